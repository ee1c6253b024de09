"""Projects: name, keywords and dates from a template's project line (MAPPING §4)."""
from __future__ import annotations

from converter.parse import parse_text


def test_an_italic_tool_list_after_a_bar_is_the_keywords_and_an_italic_company_the_entity():
    text = ("Jo Park\n\n## Projects\n\n**Gitlytics** | *Python, Flask, React*  June 2020 – Present\n"
            "- Charts of commit history\n\n**Atlas**, *Example Corp*  2019\n- Maps\n")
    first, second = parse_text(text).resume["projects"]
    assert (first["name"], first["keywords"], first["startDate"]) == ("Gitlytics", ["Python", "Flask", "React"],
                                                                       "2020-06")
    assert "entity" not in first
    assert (second["name"], second["entity"]) == ("Atlas", "Example Corp")


def test_a_name_then_a_bar_then_what_the_project_is_gives_name_and_description():
    text = ("Ann Example\n\nPROJECTS\ntinyraft | An educational Raft implementation in 900 lines of Go    2020\n"
            "• Written for a study group.\n\nVita | Maintainer    2021\n• Wrote the parser.\n")
    assert parse_text(text).resume["projects"] == [
        {"name": "tinyraft", "description": "An educational Raft implementation in 900 lines of Go",
         "highlights": ["Written for a study group."], "startDate": "2020", "endDate": "2020"},
        {"name": "Vita | Maintainer", "highlights": ["Wrote the parser."], "startDate": "2021", "endDate": "2021"}]


def test_contributor_to_a_linked_project_gives_role_name_url_and_note():
    text = ("# Ann Example\n\n## Open source\n\n- [**pgwatchdog**](https://github.com/ann/pgwatchdog) — lock alerts\n"
            "- Contributor to [tokio](https://github.com/tokio-rs/tokio) (3 merged PRs on `tokio::sync`)\n")
    assert parse_text(text).resume["projects"][1] == {
        "name": "tokio", "description": "3 merged PRs on tokio::sync", "url": "https://github.com/tokio-rs/tokio",
        "roles": ["Contributor"]}
