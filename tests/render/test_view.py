"""The shared render view: what both visual writers show, in which order, with which words."""
from __future__ import annotations

from converter.render import display_url, format_date, format_range, layout, link_target
from converter.theme import resolve_theme


def test_display_url_and_link_target() -> None:
    assert display_url("https://www.example.org/") == "example.org"
    assert display_url("mailto:a@b.org") == "a@b.org"
    assert link_target("example.org/x") == "https://example.org/x"
    assert link_target("mailto:a@b.org") == "mailto:a@b.org"


def test_dates_follow_the_theme() -> None:
    theme = resolve_theme("classic", ["dates.present=heute", "dates.format=MM/YYYY"])
    assert format_range("2021-09", None, theme) == "09/2021 – heute"
    assert format_range("2021-09", "2021-09", theme) == "09/2021"
    assert format_date("2019", "MMM YYYY") == "2019"
    assert format_date("2019-03-07", "DD.MM.YYYY") == "07.03.2019"


def test_sections_in_theme_order_hidden_dropped_titles_from_theme() -> None:
    doc = {"basics": {"name": "A", "summary": "S", "email": "a@b.org"}, "work": [{"name": "W"}],
           "skills": [{"name": "Py", "keywords": ["x"]}],
           "meta": {"extraSections": [{"title": "News", "items": ["n"]}]}}
    theme = resolve_theme("classic", ["sections.order=skills,work", "sections.hidden=summary",
                                      "sections.titles.work=Berufserfahrung"])
    view = layout(doc, theme)
    assert [(s.key, s.title) for s in view.sections] == [("skills", "Skills"), ("work", "Berufserfahrung"),
                                                         ("extra", "News")]
    assert view.header.contacts[0].url == "mailto:a@b.org"
    assert (view.sections[0].entries[0].label, view.sections[0].entries[0].value) == ("Py", "x")


def test_font_families_pair_pdf_and_docx() -> None:
    from converter.render import docx_family, pdf_family

    assert (pdf_family("serif"), docx_family("serif")) == ("Liberation Serif", "Times New Roman")
    assert (pdf_family("Sans"), docx_family("sans")) == ("Liberation Sans", "Arial")
    assert pdf_family("Times New Roman") == "Liberation Serif" and pdf_family("Courier New") == "Liberation Mono"
    assert (pdf_family("DejaVu Sans"), docx_family("DejaVu Sans")) == ("DejaVu Sans", "DejaVu Sans")
