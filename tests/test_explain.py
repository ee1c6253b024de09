"""``vita explain``: every source line beside the JSON paths it went to, then the lines that went nowhere."""
from __future__ import annotations

from click.testing import CliRunner

from converter.cli import cli
from converter.explain import explain_lines
from converter.lines import text_lines
from converter.parse import ParseResult

TEXT = """Ada Example
ada@example.org

Experience
Analyst at Example Bank
2019 – 2021
- Built risk models.
"""


def test_each_line_shows_where_it_went():
    report = explain_lines(text_lines(TEXT)).splitlines()
    assert report[0].startswith("   1  Ada Example") and report[0].endswith("/basics/name")
    assert report[1].endswith("/basics/email")
    assert report[3].endswith("heading → work")
    assert report[4].endswith("/work/0/name, /work/0/position")
    assert report[5].endswith("/work/0/endDate, /work/0/startDate")
    assert report[6].endswith("/work/0/highlights/0")
    assert report[-1] == "Lines that went nowhere: none"


def test_lines_that_went_nowhere_are_listed():
    lines = text_lines("Ada Example\nstray words")
    result = ParseResult({"basics": {"name": "Ada Example"}}, {"/basics/name": [1]})
    report = explain_lines(lines, result)
    assert "   2  stray words" in report and "(nowhere)" in report
    assert report.rstrip().endswith("Lines that went nowhere (1):\n   2  stray words")


def test_cli_explain(tmp_path):
    src = tmp_path / "cv.md"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(src)])
    assert result.exit_code == 0, result.output
    assert "/work/0/highlights/0" in result.output


def test_cli_explain_missing_file(tmp_path):
    import pytest

    from converter.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["explain", str(tmp_path / "nope.txt")])
    assert exc.value.code == 1


def test_cli_explain_refuses_an_empty_or_textless_file_like_convert(tmp_path, capsys):
    import pytest

    from converter.cli import main

    for name, body, problem in [("empty.md", "", "is empty"), ("blank.txt", " \n\n", "is empty"),
                                ("pictures.html", "<html><body><img src='a.png'></body></html>",
                                 "no visible text")]:
        src = tmp_path / name
        src.write_text(body, encoding="utf-8")
        errors = []
        for command in ("explain", "convert"):
            with pytest.raises(SystemExit) as exc:
                main([command, str(src), *(["-o", str(tmp_path / "out.json")] if command == "convert" else [])])
            assert exc.value.code == 1
            errors.append(capsys.readouterr().err.strip().splitlines())
        explained, converted = errors
        assert len(explained) == 1 and explained[0].endswith(converted[0]), errors  # "vita: " + the same line
        assert str(src) in explained[0] and problem in explained[0]
