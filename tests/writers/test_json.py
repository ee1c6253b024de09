"""The JSON writer: canonical bytes, and a stable round trip through the JSON reader."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from converter import registry
from converter.readers.json import read_json, read_yaml
from converter.writers.json import write_json
from tests.conftest import FIXTURES, OFFICIAL_SAMPLE

SOURCES = [*sorted((FIXTURES / "json" / "valid").glob("*.json")), OFFICIAL_SAMPLE]


def _empty(value: Any) -> bool:
    return value in (None, [], {}) or (isinstance(value, str) and not value.strip())


def _without_empties(value: Any) -> Any:
    """Independent of converter.canonical: drop "", whitespace, None, [] and {} bottom-up."""
    if isinstance(value, dict):
        kept = {k: _without_empties(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not _empty(v)}
    if isinstance(value, list):
        return [v for v in map(_without_empties, value) if not _empty(v)]
    return value


def _ids(path: Path) -> str:
    return path.name


@pytest.mark.parametrize("path", SOURCES, ids=_ids)
def test_round_trip_is_stable(path: Path) -> None:
    if not path.is_file():
        pytest.skip("official sample not in ../shared")
    doc = read_json(path.read_bytes())
    once = write_json(doc, {})
    assert read_json(once) == _without_empties(doc)
    assert write_json(read_json(once), {}) == once
    again = read_json(write_json(read_json(once), {}))
    assert again == read_json(once)


@pytest.mark.parametrize("path", sorted((FIXTURES / "json" / "valid").glob("*.json")), ids=_ids)
def test_fixtures_are_already_canonical(path: Path) -> None:
    """The fixtures hold no empty values and are written in schema order, so writing changes nothing."""
    assert write_json(read_json(path.read_bytes()), {}) == path.read_bytes()


def test_official_sample_keeps_everything_but_empty_strings() -> None:
    if not OFFICIAL_SAMPLE.is_file():
        pytest.skip("official sample not in ../shared")
    doc = read_json(OFFICIAL_SAMPLE.read_bytes())
    out = read_json(write_json(doc, {}))
    assert "image" not in out["basics"] and doc["basics"]["image"] == ""
    assert out["work"] == doc["work"]
    assert list(out) == list(doc)


def test_yaml_to_json_bytes() -> None:
    written = write_json(read_yaml((FIXTURES / "yaml" / "extras.yaml").read_bytes()), {})
    assert written == (FIXTURES / "json" / "valid" / "extras.json").read_bytes()


def test_bytes_are_utf8_two_space_newline() -> None:
    data = write_json({"basics": {"name": "Łukasz Żółć", "label": "Ingénieur"}}, {"name": "classic"})
    assert data == '{\n  "basics": {\n    "name": "Łukasz Żółć",\n    "label": "Ingénieur"\n  }\n}\n'.encode()
    assert json.loads(data)["basics"]["name"] == "Łukasz Żółć"


def test_registered_as_text_format() -> None:
    writer = registry.writer("json")
    assert (writer.extension, writer.binary) == (".json", False)
    assert writer.write is write_json
