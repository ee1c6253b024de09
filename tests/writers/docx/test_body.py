"""The body: every value of the input, in reading order, in named styles."""
from __future__ import annotations

import json

import pytest
from docx.shared import Pt

from converter.render import link_target
from converter.render.dates import format_date
from tests.conftest import FIXTURES, ROOT, needs_shared

from .conftest import EVERYTHING, render, reopen, sample, text_lines

#: keys whose values are shown transformed (dates formatted, URLs as link targets) or not at all
_DATES = {"startDate", "endDate", "date", "releaseDate"}
_NOT_SHOWN = {"$schema", "image", "type", "canonical", "version", "lastModified"}


def _values(node: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict) and node.get("url") and "network" in node and not node.get("username"):
        # a linked profile with no username is shown by its URL, after its network name
        node = {k: v for k, v in node.items() if k != "network"}
    if isinstance(node, dict):
        return [v for k, child in node.items() for v in _values(child, k)]
    if isinstance(node, list):
        return [v for child in node for v in _values(child, key)]
    return [(key, node)] if isinstance(node, str) and node.strip() else []


def _assert_complete(doc: dict, theme: str = "classic") -> None:
    document = reopen(render(doc, theme))
    text = "\n".join(text_lines(document)).casefold()
    targets = {h.address for p in document.paragraphs for h in p.hyperlinks}
    missing = []
    for key, value in _values(doc):
        if key in _NOT_SHOWN:
            continue
        if key == "url":
            ok = link_target(value) in targets
        elif key in _DATES:
            ok = format_date(value, "MMM D, YYYY").casefold() in text
        else:
            ok = all(line.strip().casefold() in text for line in value.split("\n") if line.strip())
        if not ok:
            missing.append((key, value))
    assert not missing


@needs_shared
@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_official_sample_text_is_complete(theme: str) -> None:
    _assert_complete(sample(), theme)


def test_every_section_and_script_is_complete() -> None:
    _assert_complete(EVERYTHING)


RESUMES = [*sorted((FIXTURES / "gold").glob("*.json")), *sorted((ROOT / "examples").glob("*.json"))]


@pytest.mark.parametrize("path", RESUMES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_resumes_are_complete(path) -> None:
    _assert_complete(json.loads(path.read_text(encoding="utf-8")))


def test_reading_order_and_styles(everything: dict) -> None:
    document = reopen(render(everything))
    rows = list(zip([p.style.name for p in document.paragraphs], text_lines(document), strict=True))
    assert rows[:3] == [("Title", "李小龍 Lee"), ("Subtitle", "Ingénieure logicielle"),
                        ("Contact", "lee@example.org  ·  +44 20 7946 0000  ·  lee.example.org  ·  Zürich, CH  ·  "
                                    "GitHub: leexl  ·  Mastodon: @lee@example.social")]
    headings = [text for style, text in rows if style == "Heading 1"]
    assert headings == ["Summary", "Experience", "Education", "Projects", "Publications", "Awards", "Certificates",
                        "Volunteering", "Skills", "Languages", "Interests", "References", "Patents"]
    assert ("Entry Title", "主任エンジニア, 東京電機\tApr 2019 – Present") in rows
    assert ("Entry Detail", "denki.example.jp\t東京") in rows
    assert ("Normal", "Systems (Expert): Rust, Go, Linux") in rows
    assert rows[-2:] == [("List Bullet", "EP 1234567: compaction"), ("List Bullet", "US 7654321: merging")]


def test_contact_items_do_not_break_inside() -> None:
    contact = reopen(render(EVERYTHING)).paragraphs[2]
    assert "Mastodon:\u00a0@lee@example.social" in contact.text and "+44\u00a020\u00a07946\u00a00000" in contact.text
    assert "  ·  " in contact.text  # the theme's separator keeps its ordinary spaces: lines break there


def test_no_direct_formatting_beyond_emphasis(everything: dict) -> None:
    """Runs carry only bold/italic, a character style, or an East-Asian font: the look lives in styles."""
    document = reopen(render(everything))
    allowed = {"b", "i", "rStyle", "rFonts"}
    for p in document.paragraphs:
        for r in p.iter_inner_content():
            runs = r.runs if hasattr(r, "runs") else [r]
            for run in runs:
                rpr = run.element.rPr
                tags = {c.tag.split("}")[1] for c in rpr} if rpr is not None else set()
                assert tags <= allowed, (p.text, tags)
        ppr = {c.tag.split("}")[1] for c in p.paragraph_format.element.pPr}
        assert ppr <= {"pStyle", "spacing", "keepNext"}, (p.text, ppr)


def test_short_entries_do_not_chain_a_section_together() -> None:
    """An entry with only a head releases keep-with-next on its last line; others keep their style's."""
    document = reopen(render(EVERYTHING))
    rows = {p.text: p.paragraph_format.keep_with_next for p in document.paragraphs}
    assert rows["Courses: Compilers, Distributed Systems"] is False      # education: head only
    assert rows["cncf.example/cka"] is False                             # certificate: head only
    assert rows["主任エンジニア, 東京電機\tApr 2019 – Present"] is None     # style decides (keeps)


def test_title_line_bold_title_italic_organisation(everything: dict) -> None:
    document = reopen(render(everything))
    line = next(p for p in document.paragraphs if p.style.name == "Entry Title")
    assert [(r.text, r.bold, r.italic) for r in line.runs] == [
        ("主任エンジニア", True, None), (", ", None, None), ("東京電機", None, True),
        ("\tApr 2019 – Present", None, None)]
    assert line.runs[-1].style.name == "Entry Dates"


def test_east_asian_runs_name_an_east_asian_font(everything: dict) -> None:
    from converter.render.fonts import DOCX_EAST_ASIAN

    document = reopen(render(everything))
    runs = [r for p in document.paragraphs for r in p.runs]
    cjk = [r for r in runs if r.text in ("主任エンジニア", "東京電機", "한국어 지원 추가", "李小龍 Lee")]
    assert len(cjk) == 4
    assert all(r.element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == DOCX_EAST_ASIAN for r in cjk)
    latin = next(r for r in runs if r.text == "Taught Python")
    assert latin.element.rPr is None


@pytest.mark.parametrize("doc", [{}, {"work": [{}]}, {"meta": {"extraSections": [{"title": "", "items": []}]}}])
def test_empty_resumes_give_one_empty_paragraph(doc: dict) -> None:
    document = reopen(render(doc))
    assert [p.text for p in document.paragraphs] == [""]
    assert document.core_properties.title == "Résumé"


def test_control_characters_are_dropped_not_fatal(everything: dict) -> None:
    everything["basics"]["label"] = "Engineer\x0b\x01 lead"
    document = reopen(render(everything))
    assert document.paragraphs[1].text == "Engineer lead"


def test_hidden_sections_and_reordering_follow_set() -> None:
    document = reopen(render(EVERYTHING, "classic", "sections.hidden=references,awards",
                             "sections.order=skills,work", "sections.titles.work=Berufserfahrung",
                             "dates.present=heute", "dates.format=MM/YYYY"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Skills", "Berufserfahrung", "Summary"]
    assert "References" not in headings and "Awards" not in headings
    assert any(p.text.endswith("\t04/2019 – heute") for p in document.paragraphs)


@pytest.mark.parametrize(("theme", "sets"), [("classic", ()), ("modern", ("sections.hidden=skills,summary",)),
                                             ("compact", ("sections.order=languages,education",))])
def test_sections_and_dates_are_the_shared_views(theme: str, sets: tuple[str, ...]) -> None:
    """Same section titles and date texts, in the same order, as the view the PDF writer draws."""
    from converter.render import layout
    from converter.theme import resolve_theme

    view = layout(EVERYTHING, resolve_theme(theme, list(sets)))
    document = reopen(render(EVERYTHING, theme, *sets))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [s.title for s in view.sections]
    dates = [r.text.lstrip("\t") for p in document.paragraphs for r in p.runs if r.style.name == "Entry Dates"
             and any(c.isdigit() for c in r.text)]
    assert dates == [e.dates for s in view.sections for e in s.entries if e.dates]


def test_a_paragraph_after_one_of_its_kind_has_the_pdfs_paragraph_space_before_it() -> None:
    """Detail lines after the first, an entry's description under them, later summary paragraphs (as the PDF)."""
    doc = {"basics": {"name": "Ann Example", "summary": "First paragraph.\n\nSecond paragraph."},
           "education": [{"institution": "Example University", "studyType": "BSc", "area": "Economics",
                          "score": "3.9", "endDate": "2020", "summary": "Dean's List"}]}
    before = {p.text: p.paragraph_format.space_before for p in reopen(render(doc)).paragraphs}
    space = Pt(10.5 * 0.3)
    assert before["First paragraph."] is None and before["BSc in Economics"] is None
    assert before["Second paragraph."] == before["GPA: 3.9"] == before["Dean's List"] == space
