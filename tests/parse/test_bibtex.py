"""BibTeX entries in a publication list → one publication each (MAPPING §4 publications)."""
from __future__ import annotations

from converter.parse import parse_text
from converter.parse.bibtex import bookkeeping_lines, entry_length, fields, publication, value

ARTICLE = """@article{okafor2023drift,
  title     = {Protein Fold Drift under {CRISPR} Knock-outs},
  author    = {Okafor, Chidera and Lee, Min and M{\\"u}ller, Jonas},
  journal   = {Journal of Synthetic Genomics},
  volume    = {12},
  pages     = {45--67},
  year      = {2023},
  month     = mar,
  url       = {https://doi.org/10.5555/jsg.2023.0314}
}"""


def _publications(body: str) -> list[dict]:
    return parse_text(f"# Ann Example\n\n## Publications\n\n{body}\n").resume["publications"]


def test_an_article_field_by_field():
    assert publication(ARTICLE, tuple(range(10, 20))) == {
        "name": "Protein Fold Drift under CRISPR Knock-outs",
        "publisher": "Journal of Synthetic Genomics",
        "releaseDate": "2023-03",
        "url": "https://doi.org/10.5555/jsg.2023.0314",
        "summary": "Okafor, Chidera and Lee, Min and Müller, Jonas",
    }


def test_each_value_remembers_its_line():
    found = publication(ARTICLE, tuple(range(10, 20)))
    assert (found["name"].lines, found["summary"].lines, found["releaseDate"].lines) == ((11,), (12,), (16, 17))


def test_values_quoted_bare_and_concatenated():
    raw = fields('@misc{k, title = "A {\\"O}st" # " Tale", year = 2021, month = 12, note = {Poster}}')
    assert {k: v for k, (v, _offset) in raw.items()} == {
        "title": 'A {\\"O}st  Tale', "year": "2021", "month": "12", "note": "Poster"}
    assert value(raw["title"][0]) == "A Öst Tale"


def test_accents_and_commands_in_values():
    assert value("Fran{\\c{c}}ois, Am{\\'e}lie and Luc{\\'\\i}a Ba{\\~n}os") == "François, Amélie and Lucía Baños"
    assert value("\\textit{In vivo} {R}esults \\& {O}utlook") == "In vivo Results & Outlook"


def test_an_entry_spans_lines_until_its_braces_balance():
    assert entry_length([*ARTICLE.splitlines(), "", "text after"]) == 10
    assert entry_length(["@misc{k, title={One {line}}} and more"]) == 1
    assert entry_length(["@article(k,", "  title={Parens (here)}", ")", "next"]) == 3


def test_a_fenced_block_and_bare_entries_are_one_publication_each():
    body = ("```bibtex\n" + ARTICLE + "\n\n@misc{okafor2024atlas,\n  title={A Single-Cell Atlas},\n"
            "  author={Okafor, Chidera},\n  year={2024},\n  eprint={2402.05555},\n  archivePrefix={arXiv},\n"
            "  note={Under review}\n}\n```\n\n@inproceedings{lee2022, title={Graph Priors}, author={Lee, Min},"
            " booktitle={Proceedings of CCG}, year={2022}, month={December}}\n\n"
            "@string{ccg = {Conference on Computational Genomics}}")
    assert _publications(body) == [
        {"name": "Protein Fold Drift under CRISPR Knock-outs", "publisher": "Journal of Synthetic Genomics",
         "releaseDate": "2023-03", "url": "https://doi.org/10.5555/jsg.2023.0314",
         "summary": "Okafor, Chidera and Lee, Min and Müller, Jonas"},
        {"name": "A Single-Cell Atlas", "publisher": "arXiv", "releaseDate": "2024",
         "summary": "Okafor, Chidera; Under review"},
        {"name": "Graph Priors", "publisher": "Proceedings of CCG", "releaseDate": "2022-12", "summary": "Lee, Min"},
    ]


def test_venues_other_than_a_journal():
    assert _publications("@misc{k, title={T}, journal={arXiv preprint arXiv:2310.01234}, year={2023}}") == [
        {"name": "T", "publisher": "arXiv", "releaseDate": "2023"}]
    assert _publications("@phdthesis{k, title={T}, school={Halden University}, date={2019-06-30}}") == [
        {"name": "T", "publisher": "Halden University", "releaseDate": "2019-06"}]
    assert _publications("@misc{k, title={T}, howpublished={\\url{https://t.example.org}}, year={2020}}") == [
        {"name": "T", "releaseDate": "2020", "url": "https://t.example.org"}]


def test_typeset_references_beside_bibtex_are_still_read():
    body = "1. A. Smith and B. Jones. 2020. Typeset Title. *Journal of Things*.\n\n@misc{k, title={Raw}, year={2021}}"
    assert _publications(body) == [
        {"name": "Typeset Title", "publisher": "Journal of Things", "releaseDate": "2020",
         "summary": "A. Smith and B. Jones"},
        {"name": "Raw", "releaseDate": "2021"}]


def test_lines_holding_no_field_read_are_bookkeeping():
    # the key line, volume, pages and the closing brace; a wrapped title covers both its lines
    assert bookkeeping_lines(ARTICLE, tuple(range(10, 20))) == {10, 14, 15, 19}
    wrapped = "@misc{k,\n  title={A long\n    title},\n  eprint={2402.05555}\n}"
    assert publication(wrapped, (1, 2, 3, 4, 5))["name"].lines == (2, 3)
    assert bookkeeping_lines(wrapped, (1, 2, 3, 4, 5)) == {1, 4, 5}


def test_bibtex_under_another_heading_is_still_a_publication_list():
    doc = parse_text("# Ann Example\n\n## References\n\n@article{k, title={T}, journal={J}, year={2020}}\n\n"
                     "@misc{m, title={U}, year={2021}}\n").resume
    assert doc["publications"] == [{"name": "T", "publisher": "J", "releaseDate": "2020"},
                                   {"name": "U", "releaseDate": "2021"}]
    assert "references" not in doc
