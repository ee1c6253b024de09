"""``vita convert --to docx`` end to end: a file that re-opens, and one plain line for a bad reference."""
from __future__ import annotations

import json
from pathlib import Path

from tests.vita_runner import run_vita

from .conftest import EVERYTHING, reopen


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "lee.json"
    path.write_text(json.dumps(EVERYTHING, ensure_ascii=False), encoding="utf-8")
    return path


def test_convert_writes_a_docx_in_the_chosen_theme(tmp_path: Path) -> None:
    result = run_vita("convert", str(_source(tmp_path)), "--to", "docx", "--theme", "modern",
                      "--set", "headings.color=#008000", "--set", "header.uppercase_name=true")
    assert result.code == 0, result.err
    document = reopen((tmp_path / "lee.docx").read_bytes())
    assert document.styles["Heading 1"].font.color.rgb == (0x00, 0x80, 0x00)
    assert document.styles["Title"].font.all_caps
    assert document.paragraphs[0].text == "李小龍 Lee"  # caps are a style; the text stays as written


def test_bad_reference_is_one_line_and_no_file(tmp_path: Path) -> None:
    result = run_vita("convert", str(_source(tmp_path)), "--to", "docx", "--set",
                      f"docx.reference={tmp_path / 'house.docx'}")
    assert result.code == 2  # a usage error, found before anything is written
    problem = [line for line in result.err.splitlines() if "house.docx" in line]
    assert len(problem) == 1 and "docx.reference file cannot be read" in problem[0]
    assert "Traceback" not in result.err
    assert not (tmp_path / "lee.docx").exists()
