"""The canonical form: schema key order, unknown keys after, empty values gone."""
from __future__ import annotations

import pytest

from converter.canonical import canonical, to_json
from converter.errors import VitaError


def test_keys_follow_schema_order_at_every_level() -> None:
    doc = {
        "meta": {"version": "1"},
        "custom": 1,
        "work": [{"highlights": ["h"], "team": "x", "startDate": "2020", "name": "N", "position": "P"}],
        "basics": {"profiles": [{"url": "https://x.example", "network": "X"}], "name": "A",
                   "location": {"city": "Oslo", "address": "Gate 1"}},
        "$schema": "https://example.org/s.json",
    }
    out = canonical(doc)
    assert list(out) == ["$schema", "basics", "work", "meta", "custom"]
    assert list(out["basics"]) == ["name", "location", "profiles"]
    assert list(out["basics"]["location"]) == ["address", "city"]
    assert list(out["basics"]["profiles"][0]) == ["network", "url"]
    assert list(out["work"][0]) == ["name", "position", "startDate", "highlights", "team"]


def test_empty_values_removed_recursively() -> None:
    doc = {
        "basics": {"name": "A", "image": "", "label": "   ", "location": {"city": ""}, "profiles": [{"url": ""}]},
        "work": [{"name": "W", "highlights": ["", "kept", " "]}, {}],
        "skills": [],
        "meta": {},
        "awards": [{"title": "T", "summary": None}],
    }
    assert canonical(doc) == {
        "basics": {"name": "A"},
        "work": [{"name": "W", "highlights": ["kept"]}],
        "awards": [{"title": "T"}],
    }


def test_non_empty_scalars_kept() -> None:
    doc = {"basics": {"name": "A", "x-count": 0, "x-flag": False}}
    assert canonical(doc) == doc


def test_no_schema_key_added() -> None:
    assert "$schema" not in canonical({"basics": {"name": "A"}})


def test_input_not_changed() -> None:
    doc = {"basics": {"name": "A", "image": ""}}
    canonical(doc)
    assert doc == {"basics": {"name": "A", "image": ""}}


def test_json_text_form() -> None:
    text = to_json({"basics": {"summary": "Ünïcode — 中文 \"quoted\"", "name": "Zoë"}})
    assert text == '{\n  "basics": {\n    "name": "Zoë",\n    "summary": "Ünïcode — 中文 \\"quoted\\""\n  }\n}\n'
    assert "\\u" not in text


def test_empty_document() -> None:
    assert to_json({"basics": {"name": ""}}) == "{}\n"


@pytest.mark.parametrize(("value", "detail"), [
    (float("nan"), "Out of range float values are not JSON compliant: nan"),
    ({1}, "Object of type set is not JSON serializable"),
])
def test_values_json_cannot_hold(value: object, detail: str) -> None:
    with pytest.raises(VitaError) as caught:
        to_json({"basics": {"x-extra": value}})
    assert str(caught.value) == f"cannot write as JSON: {detail}"
