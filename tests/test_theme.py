"""Themes: built-ins merged over classic, user theme files, and --set overrides typed by the theme schema."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from converter.errors import UsageError
from converter.schema import load_schema
from converter.theme import (
    builtin_names,
    describe_themes,
    load_theme,
    merge,
    parse_set,
    resolve_theme,
)
from tests.conftest import ROOT


def _leaves(schema: dict[str, Any], defs: dict[str, Any], prefix: str = "") -> set[str]:
    """Every settable dotted key the theme schema defines."""
    keys = set()
    for name, node in schema.get("properties", {}).items():
        node = {**defs.get(node.get("$ref", "").split("/")[-1], {}), **node}
        if node.get("type") == "object":
            keys |= _leaves(node, defs, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def _flat(theme: dict[str, Any], prefix: str = "") -> set[str]:
    keys = set()
    for name, value in theme.items():
        keys |= _flat(value, f"{prefix}{name}.") if isinstance(value, dict) else {prefix + name}
    return keys


def test_builtin_names_base_first() -> None:
    names = builtin_names()
    assert names[0] == "classic"
    assert set(names) == {p.stem for p in (ROOT / "themes").glob("*.toml")}


def test_classic_sets_every_key_the_schema_defines() -> None:
    schema = load_schema("theme")
    assert _leaves(schema, schema["$defs"]) - {"extends"} == _flat(load_theme("classic"))


@pytest.mark.parametrize("name", builtin_names())
def test_every_builtin_theme_is_complete_and_valid(name: str) -> None:
    theme = load_theme(name)
    assert theme["name"] == name
    assert _flat(theme) == _flat(load_theme("classic"))


def test_modern_overrides_classic() -> None:
    modern, classic = load_theme("modern"), load_theme("classic")
    assert modern["accent"] == "#1f6feb"
    assert modern["font"]["body"] == "sans"
    assert modern["page"] == classic["page"]


def test_describe_themes() -> None:
    described = dict(describe_themes())
    assert described["classic"] == "Serif type, centred name, single column, thin rules under section titles."
    assert list(described) == builtin_names()


def test_merge_is_deep_and_does_not_touch_inputs() -> None:
    base = {"page": {"size": "a4", "margins": {"top": 1, "left": 2}}, "accent": "#000000"}
    out = merge(base, {"page": {"margins": {"top": 5}}, "accent": "#ffffff"})
    assert out == {"page": {"size": "a4", "margins": {"top": 5, "left": 2}}, "accent": "#ffffff"}
    assert base["page"]["margins"]["top"] == 1


@pytest.mark.parametrize(("assignment", "expected"), [
    ("accent=#1f6feb", {"accent": "#1f6feb"}),
    ("page.size=letter", {"page": {"size": "letter"}}),
    ("page=letter", {"page": {"size": "letter"}}),
    ("font=mono", {"font": {"body": "mono"}}),
    ("bullet=–", {"list": {"bullet": "–"}}),
    ("font.size=9", {"font": {"size": 9}}),
    ("font.size=9.5", {"font": {"size": 9.5}}),
    ("page.margins.top=12", {"page": {"margins": {"top": 12}}}),
    ("headings.rule=off", {"headings": {"rule": False}}),
    ("sections.order=work, education", {"sections": {"order": ["work", "education"]}}),
    (" dates.present = heute ", {"dates": {"present": "heute"}}),
])
def test_parse_set(assignment: str, expected: dict[str, Any]) -> None:
    assert parse_set(assignment) == expected


@pytest.mark.parametrize(("assignment", "message"), [
    ("colour=red", "unknown theme key 'colour' (keys at the top level: accent, colors, dates, description, "
                   "docx, extends, font, header, headings, list, name, page, sections, spacing)"),
    ("page.sizes=a4", "unknown theme key 'page.sizes' (keys at page: margins, size)"),
    ("page.size.x=1", "unknown theme key 'page.size.x' (page.size is a single value, set it as --set page.size=VALUE)"),
    ("page.margins=5", "--set page.margins: is a group of settings; set one of its keys "
                       "(bottom, left, right, top)"),
    ("font.size=large", "--set font.size: 'large' is not a number"),
    ("headings.bold=maybe", "--set headings.bold: 'maybe' is not true or false"),
    ("=x", "--set '=x': expected KEY=VALUE, e.g. accent=#1f6feb"),
    ("font.size=", "--set font.size: '' is not a number"),
    ("font.size=nan", "--set font.size: 'nan' is not a number"),
    ("font.size=1e999", "--set font.size: '1e999' is not a number"),
    ("font.size=10.5.1", "--set font.size: '10.5.1' is not a number"),
])
def test_parse_set_errors(assignment: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_set(assignment)
    assert str(caught.value) == message


@pytest.mark.parametrize(("assignment", "value"), [("font.size=1e1", 10.0), ("font.size=+9", 9),
                                                 ("font.size=9.5", 9.5), ("page.margins.top=12", 12)])
def test_parse_set_numbers_in_any_spelling(assignment: str, value: float) -> None:
    override = parse_set(assignment)
    leaf = override["font"]["size"] if "font" in override else override["page"]["margins"]["top"]
    assert (leaf, type(leaf)) == (value, type(value))


def test_resolve_theme_validates_values_after_sets() -> None:
    theme = resolve_theme("compact", ["page=LETTER", "accent=#abcdef"])
    compact = load_theme("compact")
    assert (theme["page"]["size"], theme["accent"]) == ("letter", "#abcdef")
    assert theme["font"] == compact["font"] and compact["font"] != load_theme("classic")["font"]
    with pytest.raises(UsageError) as caught:
        resolve_theme(None, ["font.size=40", "page.size=a5"])
    assert str(caught.value) == ("--set: bad theme setting: font.size: 40 should be at most 16; "
                                 "page.size: 'a5' is not one of the allowed values: a4, letter, legal")
    assert [p.pointer for p in caught.value.problems] == ["/font/size", "/page/size"]


@pytest.mark.parametrize(("filename", "text"), [
    ("mine.toml", 'extends = "modern"\n[font]\nsize = 11\n'),
    ("mine.json", '{"extends": "modern", "font": {"size": 11}}'),
    ("mine.yaml", "extends: modern\nfont:\n  size: 11\n"),
])
def test_user_theme_files(tmp_path: Path, filename: str, text: str) -> None:
    (tmp_path / filename).write_text(text, encoding="utf-8")
    theme = load_theme(str(tmp_path / filename))
    assert (theme["font"]["size"], theme["accent"], theme["page"]["size"]) == (11, "#1f6feb", "a4")


@pytest.mark.parametrize(("text", "message"), [
    ('accent = "#123456"\nfonts = 1\n', "bad theme setting: unknown key fonts (allowed: name, description, "
                                       "extends, accent, page, font, colors, header, headings, dates, list, "
                                       "spacing, sections, docx)"),
    ('[header]\nalign = "right"\n', "bad theme setting: header.align: 'right' is not one of the allowed values: "
                                    "left, center"),
    ('extends = "fancy"\n', "extends unknown theme 'fancy' (built-in themes: classic, "),
    ("accent = \n", "not a valid theme file: "),
])
def test_user_theme_errors_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        load_theme(str(path))
    assert str(caught.value).startswith(f"{path}: {message}")
    assert "\n" not in str(caught.value)


def test_unknown_theme_name() -> None:
    with pytest.raises(UsageError) as caught:
        load_theme("fancy")
    assert str(caught.value) == ("unknown theme 'fancy' (built-in themes: " + ", ".join(builtin_names())
                                 + ", or a path to a theme file)")


@pytest.mark.parametrize(("filename", "data", "message"), [
    ("mine.toml", b"accent = [\n", "not a valid theme file: Invalid value (at end of document)"),
    ("mine.toml", b"\xff", "not a valid theme file: not UTF-8 (byte 0xff at offset 0)"),
    ("mine.yaml", b"accent: [", "not a valid theme file at line 1, column 10: expected the node content, "
                                "but found '<stream end>'"),
    ("mine.json", b"[" * 100_000, "not a valid theme file: nested too deeply"),
])
def test_unreadable_theme_file_is_one_line(tmp_path: Path, filename: str, data: bytes, message: str) -> None:
    (tmp_path / filename).write_bytes(data)
    with pytest.raises(UsageError) as caught:
        load_theme(str(tmp_path / filename))
    assert str(caught.value) == f"{tmp_path / filename}: {message}"


def test_theme_path_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        load_theme(str(tmp_path))
    assert str(caught.value) == f"{tmp_path}: is a folder, not a theme file"


def test_user_theme_named_like_the_base_still_extends_it(tmp_path: Path) -> None:
    """`name = "classic"` in a user's file made it skip the base: an incomplete theme, KeyError in the writers."""
    (tmp_path / "mine.toml").write_text('name = "classic"\naccent = "#000000"\n', encoding="utf-8")
    theme = load_theme(str(tmp_path / "mine.toml"))
    assert theme["accent"] == "#000000"
    assert {k: v for k, v in theme.items() if k != "accent"} == {
        k: v for k, v in load_theme("classic").items() if k != "accent"}
