"""Publications by parts: title, venue, date, link and notes (MAPPING §4)."""
from __future__ import annotations

from converter.parse import parse_text


def _publications(body: str) -> list[dict]:
    return parse_text(f"# Ann Example\n\n## Publications\n\n{body}\n").resume["publications"]


def test_a_date_holding_a_comma_is_one_date_not_part_of_the_venue() -> None:
    assert _publications("**Sparse Kernels**, *Hooli Press* | Oct 1, 2014") == [
        {"name": "Sparse Kernels", "publisher": "Hooli Press", "releaseDate": "2014-10-01"}]


def test_link_and_sentence_under_a_titled_venue() -> None:
    body = ("**Video compression for 3d media**, *Hooli* | Oct 2014\n"
            "[en.wikipedia.org/wiki/Video_(format)](https://en.wikipedia.org/wiki/Video_(format))\n"
            "Innovative middle-out compression algorithm that changes the way we store data.")
    assert _publications(body) == [{
        "name": "Video compression for 3d media", "publisher": "Hooli", "releaseDate": "2014-10",
        "url": "https://en.wikipedia.org/wiki/Video_(format)",
        "summary": "Innovative middle-out compression algorithm that changes the way we store data."}]


def test_vancouver_citation_pubmed_style():
    text = ("# Ann Example\n\n## Publications\n\n"
            "1. Tanaka A, van der Berg J, Chen L. Single-cell atlas of the kidney. Nat Cell Biol. "
            "2024 Mar 11;59(5):612-627. doi:10.1234/x\n"
            "2. Chen L, Tanaka A. Lipid droplets in podocytes. bioRxiv [Preprint]. 2023 Nov 2. doi:10.1101/2023.11.02\n"
            "3. Tanaka A, Smith J. Podocyte injury. J Am Soc Nephrol. 2020;31(4):701-715. PMID: 31555555\n")
    assert parse_text(text).resume["publications"] == [
        {"name": "Single-cell atlas of the kidney", "publisher": "Nat Cell Biol, 59(5):612-627",
         "releaseDate": "2024-03-11", "summary": "Tanaka A, van der Berg J, Chen L"},
        {"name": "Lipid droplets in podocytes", "publisher": "bioRxiv", "releaseDate": "2023-11-02",
         "summary": "Chen L, Tanaka A; Preprint"},
        {"name": "Podocyte injury", "publisher": "J Am Soc Nephrol, 31(4):701-715", "releaseDate": "2020",
         "summary": "Tanaka A, Smith J"}]


def test_bluebook_citations_one_a_line():
    text = ("JANE DOE\n\nPUBLICATIONS\n"
            "Jane Doe, *Title of Note*, 98 Ex. L. Rev. 1234 (2019).\n"
            "Jane Doe & John Roe, A Forthcoming Article, 99 Sample Litig. J. (forthcoming 2025).\n")
    assert parse_text(text).resume["publications"] == [
        {"name": "Title of Note", "publisher": "98 Ex. L. Rev. 1234", "releaseDate": "2019", "summary": "Jane Doe"},
        {"name": "A Forthcoming Article", "publisher": "99 Sample Litig. J.", "releaseDate": "2025",
         "summary": "Jane Doe & John Roe; forthcoming"}]


def test_a_lone_initialled_author_before_a_quoted_title():
    assert _publications('- P. Raman, "Third-Party Funding in Arbitration", *Example Arbitration Review*, 2021.') == [
        {"name": "Third-Party Funding in Arbitration", "publisher": "Example Arbitration Review",
         "releaseDate": "2021", "summary": "P. Raman"}]


def test_vancouver_statuses_in_brackets_or_in_place_of_the_date():
    assert _publications("1. Smith B, **Example A**. Organoids for all. Cell Rep. 2024;43(2):113700. "
                         "[Epub ahead of print]\n2. Example A, Smith B. Title in press. Kidney Int. In press.") == [
        {"name": "Organoids for all", "publisher": "Cell Rep, 43(2):113700", "releaseDate": "2024",
         "summary": "Smith B, Example A; Epub ahead of print"},
        {"name": "Title in press", "publisher": "Kidney Int", "summary": "Example A, Smith B; In press"}]


def test_vancouver_references_wrapped_over_lines_without_bullets():
    text = ("ANN EXAMPLE\n\nPUBLICATIONS\nTanaka A, Rossi M. Single-cell atlas of the murine kidney reveals\n"
            "    podocyte stress states. Nat Cell Biol. 2024 Mar 11;59(5):612-627.\n"
            "Chen L, Tanaka A. Lipid droplets in podocytes. bioRxiv [Preprint]. 2023 Nov 2.\n")
    assert parse_text(text).resume["publications"] == [
        {"name": "Single-cell atlas of the murine kidney reveals podocyte stress states",
         "publisher": "Nat Cell Biol, 59(5):612-627", "releaseDate": "2024-03-11", "summary": "Tanaka A, Rossi M"},
        {"name": "Lipid droplets in podocytes", "publisher": "bioRxiv", "releaseDate": "2023-11-02",
         "summary": "Chen L, Tanaka A; Preprint"}]


def test_a_bulleted_reference_hard_wrapped_mid_title_keeps_its_title_whole():
    text = ("Ada Example\n\n## Publications\n\n- **A. Example** and B. Sample. 2024. Subword boundaries as\n"
            "  latent variables. *Transactions on Morphology*, 12(3), 211–240.\n")
    pub = parse_text(text).resume["publications"][0]
    assert (pub["name"], pub["releaseDate"]) == ("Subword boundaries as latent variables", "2024")
    assert pub["publisher"].startswith("Transactions on Morphology")


def test_a_date_column_left_of_the_title_is_the_release_date() -> None:
    body = ("Oct 2022 **Backpressure-Aware Scheduling**\n"
            "Ann Example, Tomasz Krawiec\n"
            "Journal of Practical Systems")
    assert _publications(body) == [{
        "name": "Backpressure-Aware Scheduling", "publisher": "Journal of Practical Systems",
        "releaseDate": "2022-10", "summary": "Ann Example, Tomasz Krawiec"}]


def test_an_address_written_out_beside_the_venue_is_the_url() -> None:
    body = ("**Backpressure-Aware Scheduling** | Oct 2022\n"
            "Ann Example, Tomasz Krawiec\n"
            "[papers.example.org/wads-2022/bp](https://papers.example.org/wads-2022/bp) (Workshop on Systems)")
    assert _publications(body) == [{
        "name": "Backpressure-Aware Scheduling", "publisher": "Workshop on Systems", "releaseDate": "2022-10",
        "url": "https://papers.example.org/wads-2022/bp", "summary": "Ann Example, Tomasz Krawiec"}]
