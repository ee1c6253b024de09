"""The shared render view: what both visual writers show, in which order, with which words."""
from __future__ import annotations

from converter.render import Run, contact_runs, display_url, format_date, format_range, layout, link_target
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


def test_dates_show_the_precision_the_resume_gives() -> None:
    assert format_date("2024-03-05", "MMM D, YYYY") == "Mar 5, 2024"
    assert format_date("2024-03", "MMM D, YYYY") == "Mar 2024"
    assert format_date("2024", "MMM D, YYYY") == "2024"
    assert format_date("2024-03", "DD/MM/YYYY") == "03/2024"
    assert format_date("2024-03-05", "D MMMM YYYY") == "5 March 2024"
    assert format_date("2024-03", "D MMMM YYYY") == "March 2024"
    classic, compact = resolve_theme("classic"), resolve_theme("compact")
    assert format_range("2013-12-01", "2014-12", classic) == "Dec 1, 2013 – Dec 2014"
    assert format_range("2013-12-01", None, compact) == "01/12/2013 – Present"


def test_profiles_show_network_and_handle_with_the_link() -> None:
    runs = contact_runs({"profiles": [
        {"network": "SoundCloud", "username": "dandy", "url": "https://soundcloud.example.com/dandy"},
        {"network": "Blog", "url": "blog.example.org"},
        {"url": "https://example.net/me"},
        {"network": "Twitter", "username": "neutral"}]})
    assert runs == [Run("dandy", "https://soundcloud.example.com/dandy", label="SoundCloud: "),
                    Run("blog.example.org", "https://blog.example.org", label="Blog: "),
                    Run("example.net/me", "https://example.net/me"), Run("Twitter: neutral")]


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


def test_an_entry_without_a_title_opens_with_its_first_detail_line() -> None:
    doc = {"education": [{"studyType": "Qualified Teacher Status (QTS)", "endDate": "2019-07", "score": "Pass"},
                         {"institution": "Hollyfield School", "studyType": "GCSEs"}]}
    first, second = layout(doc, resolve_theme("classic", [])).sections[0].entries
    assert (first.title, first.dates, first.lines) == ("Qualified Teacher Status (QTS)", "Jul 2019", ["Grade: Pass"])
    assert (second.title, second.lines) == ("Hollyfield School", ["GCSEs"])
