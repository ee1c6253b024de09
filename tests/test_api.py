"""The public Python API (converter.load / dump / validate) and the README example that documents it."""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

import converter
from converter import registry
from converter.errors import InputError, Problem, UsageError
from tests.conftest import FIXTURES, ROOT

FULL = FIXTURES / "json" / "valid" / "full.json"
YAML = FIXTURES / "yaml" / "extras.yaml"


def test_public_names() -> None:
    assert set(converter.__all__) >= {"load", "dump", "validate", "Problem", "VitaError"}


def test_load_from_paths() -> None:
    expected = json.loads(FULL.read_text(encoding="utf-8"))
    assert converter.load(FULL) == expected
    assert converter.load(str(FULL)) == expected
    assert converter.load(str(YAML)) == json.loads((FIXTURES / "json/valid/extras.json").read_text(encoding="utf-8"))


def test_load_from_text_and_bytes() -> None:
    assert converter.load('  {"basics": {"name": "Zoë"}}') == {"basics": {"name": "Zoë"}}
    assert converter.load('{"basics": {"name": "Zoë"}}'.encode()) == {"basics": {"name": "Zoë"}}
    assert converter.load("basics:\n  name: Zoë\n", fmt="yaml") == {"basics": {"name": "Zoë"}}
    assert converter.load(YAML.read_bytes(), fmt="yaml")["basics"]["name"] == "Priya Raman"


def test_load_fmt_overrides_extension(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text('{"basics": {"name": "A"}}', encoding="utf-8")
    assert converter.load(tmp_path / "cv.txt", fmt="json") == {"basics": {"name": "A"}}


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^nope\.json: no such file$"):
        converter.load("nope.json")
    (tmp_path / "bad.json").write_text("{,}", encoding="utf-8")
    with pytest.raises(InputError, match=r"^.*/bad\.json: invalid JSON at line 1, column 2: Expecting"):
        converter.load(tmp_path / "bad.json")
    (tmp_path / "cv.xyz").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match=r"^.*/cv\.xyz: no reader for \.xyz$"):
        converter.load(tmp_path / "cv.xyz")
    with pytest.raises(UsageError, match=r"^unknown input format 'nope'"):
        converter.load("{}", fmt="nope")


def test_dump_json_is_canonical() -> None:
    doc = converter.load(FULL)
    assert converter.dump(doc, "json") == FULL.read_bytes()
    with pytest.raises(UsageError, match=r"^unknown output format 'nope'"):
        converter.dump(doc, "nope")


def test_dump_passes_the_theme(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    table = dict(registry.writers())
    table["theme"] = registry.Writer("theme", ".t", "the theme's accent",
                                     lambda doc, theme: theme["accent"].encode(), binary=False)
    monkeypatch.setattr(registry, "WRITERS", table)
    doc = {"basics": {"name": "A"}}
    assert converter.dump(doc, "theme") == b"#1a1a1a"
    assert converter.dump(doc, "theme", theme="modern") == b"#1f6feb"
    (tmp_path / "t.toml").write_text('accent = "#010203"\n', encoding="utf-8")
    assert converter.dump(doc, "theme", theme=str(tmp_path / "t.toml")) == b"#010203"
    assert converter.dump(doc, "theme", theme={"accent": "#ffffff"}) == b"#ffffff"


def test_validate_returns_problems() -> None:
    assert converter.validate(converter.load(FULL)) == []
    problems = converter.validate({"basics": {"email": "x"}})
    assert problems == [Problem("/basics/email", "'x' is not an e-mail address")]
    assert problems[0].as_dict() == {"pointer": "/basics/email", "message": "'x' is not an e-mail address"}


def test_readme_python_example_runs_as_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code, "README has no Python example under ## Python API"
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code.group(1), "README.md", "exec"), {})
    shown = re.findall(r"# prints: (.*)", code.group(1))
    assert shown and printed.getvalue().splitlines() == shown
    assert converter.validate(converter.load(tmp_path / "ada.json")) == []


@pytest.mark.parametrize(("doc", "message"), [
    ("x", "not a valid JSON Resume document: /: 'x' should be an object (key: value pairs)"),
    ({"basics": {"name": 5}}, "not a valid JSON Resume document: /basics/name: 5 should be text"),
    ({"basics": {"location": "Paris"}, "work": [None]},
     "not a valid JSON Resume document: /basics/location: 'Paris' should be an object (key: value pairs) "
     "(and 1 more; run `vita validate`)"),
])
@pytest.mark.parametrize("fmt", ["json", "pdf", "docx"])
def test_dump_refuses_invalid_documents_in_one_line(doc: object, message: str, fmt: str) -> None:
    """Writers trust the schema's shapes; an invalid dict was an AttributeError deep inside one."""
    with pytest.raises(converter.VitaError) as caught:
        converter.dump(doc, fmt)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_dump_takes_a_partial_theme_dict_and_checks_it() -> None:
    from pypdf import PdfReader

    pdf = converter.dump({"basics": {"name": "Ada"}}, "pdf", {"page": {"size": "letter"}})
    assert [round(float(v)) for v in PdfReader(io.BytesIO(pdf)).pages[0].mediabox[2:]] == [612, 792]
    with pytest.raises(UsageError) as caught:
        converter.dump({}, "pdf", {"font": {"size": 99}})
    assert str(caught.value) == "theme: bad theme setting: font.size: 99 should be at most 16"


def test_load_text_with_half_a_character_is_one_line() -> None:
    """A lone surrogate in a str given to load() was a UnicodeEncodeError."""
    with pytest.raises(InputError) as caught:
        converter.load('{"basics": {"name": "A\ud800"}}')
    assert str(caught.value) == "not UTF-8 JSON: byte 0xed at offset 22"
