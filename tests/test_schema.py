"""Our schema judges like the official JSON Resume 1.0.0 one; converter.validate adds a calendar check."""
from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker

import converter
from converter.errors import Problem
from converter.schema import is_calendar_date, load_schema, validate, validate_theme
from tests.conftest import FIXTURES, OFFICIAL_SAMPLE, OFFICIAL_SCHEMA, ROOT

VALID = sorted((FIXTURES / "json" / "valid").glob("*.json"))
INVALID = sorted((FIXTURES / "json" / "invalid").glob("*.json"))
#: Valid for the official schema (its pattern admits month 13), invalid for Vita's calendar check.
CALENDAR_ONLY = {"month-13.json"}

needs_official = pytest.mark.skipif(not OFFICIAL_SCHEMA.is_file(), reason="official schema not in ../shared")


def _verdict(schema: dict[str, Any], doc: Any) -> bool:
    return Draft4Validator(schema, format_checker=FormatChecker()).is_valid(doc)


def _official() -> dict[str, Any]:
    return json.loads(OFFICIAL_SCHEMA.read_text(encoding="utf-8"))


def _base() -> dict[str, Any]:
    return json.loads((FIXTURES / "json" / "valid" / "full.json").read_text(encoding="utf-8"))


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    """A mutation that puts ``value`` at a slash path of the base document."""
    def mutate(doc: dict[str, Any]) -> Any:
        *parents, last = path.strip("/").split("/")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
        return doc
    return mutate


#: (name, mutation, valid per the official schema)
VARIANTS: list[tuple[str, Callable[[dict[str, Any]], Any], bool]] = [
    ("name-is-number", _set("/basics/name", 42), False),
    ("work-is-object", _set("/work", {}), False),
    ("highlights-is-text", _set("/work/0/highlights", "did things"), False),
    ("month-13-pattern-admits", _set("/work/0/startDate", "2020-13"), True),
    ("day-32-pattern-admits", _set("/work/0/startDate", "2020-01-32"), True),
    ("date-five-digits", _set("/work/0/startDate", "20201"), False),
    ("date-one-digit-month", _set("/work/0/startDate", "2020-1"), False),
    ("date-with-time", _set("/work/0/endDate", "2020-01-01T00:00"), False),
    ("date-year-3000", _set("/education/0/startDate", "3000"), False),
    ("date-year-1899", _set("/education/0/startDate", "1899"), True),
    ("date-words", _set("/projects/0/startDate", "Spring 2021"), False),
    ("email-no-at", _set("/basics/email", "mireille.example.org"), False),
    ("email-minimal", _set("/basics/email", "a@b"), True),
    ("email-is-number", _set("/basics/email", 7), False),
    ("unknown-top-level-key", _set("/hobbies", ["chess"]), False),
    ("unknown-top-level-null", _set("/extra", None), False),
    ("nested-extra-basics", _set("/basics/pronouns", "she/her"), True),
    ("nested-extra-work", _set("/work/0/team", {"size": 4}), True),
    ("nested-extra-location", _set("/basics/location/timezone", "Europe/Paris"), True),
    ("country-code-number", _set("/basics/location/countryCode", 33), False),
    ("keyword-number", _set("/skills/0/keywords", ["C", 11]), False),
    ("meta-version-number", _set("/meta/version", 2), False),
    ("certificate-month-only", _set("/certificates/0/date", "2018-04"), False),
    ("certificate-full-date", _set("/certificates/0/date", "2018-04-30"), True),
    ("language-is-text", _set("/languages/0", "French"), False),
    ("profiles-is-object", _set("/basics/profiles", {}), False),
    ("roles-is-text", _set("/projects/0/roles", "Author"), False),
    ("courses-empty", _set("/education/0/courses", []), True),
    ("basics-null", _set("/basics", None), False),
    ("document-is-list", lambda doc: [doc], False),
    ("empty-document", lambda doc: {}, True),
]


def test_enough_generated_variants() -> None:
    assert len(VARIANTS) >= 20
    assert len({name for name, _, _ in VARIANTS}) == len(VARIANTS)


def test_fixtures_exist() -> None:
    assert len(VALID) >= 3 and len(INVALID) >= 5


@needs_official
def test_same_verdict_on_official_sample() -> None:
    sample = json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8"))
    assert _verdict(load_schema("resume"), sample) is True
    assert _verdict(_official(), sample) is True


@needs_official
@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_verdict_on_fixture(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    ours = _verdict(load_schema("resume"), doc)
    assert ours == _verdict(_official(), doc)
    assert ours is (path in VALID or path.name in CALENDAR_ONLY)


@needs_official
@pytest.mark.parametrize(("name", "mutate", "expected"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_same_verdict_on_variant(name: str, mutate: Callable[[dict[str, Any]], Any], expected: bool) -> None:
    doc = mutate(_base())
    assert _verdict(load_schema("resume"), doc) is expected
    assert _verdict(_official(), doc) is expected


def test_schema_shipped_is_draft_04_json_resume() -> None:
    schema = load_schema("resume")
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["additionalProperties"] is False
    assert list(schema["properties"])[:3] == ["$schema", "basics", "work"]
    Draft4Validator.check_schema(schema)
    assert (ROOT / "schemas" / "resume.schema.json").is_file()


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_validate_accepts_valid_fixture(path: Path) -> None:
    assert validate(json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_validate_rejects_invalid_fixture(path: Path) -> None:
    assert validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("text", "ok"), [
    ("2020", True), ("2020-12", True), ("2020-02-29", True), ("2020-13", False), ("2020-00", False),
    ("2021-02-29", False), ("2020-04-31", False), ("2020-01-00", False), ("2020-1-1", True),
])
def test_calendar_date(text: str, ok: bool) -> None:
    assert is_calendar_date(text) is ok


def test_calendar_check_is_vita_only() -> None:
    """The schema admits 2020-13 (official verdict); converter.validate rejects it and says why."""
    doc = {"work": [{"startDate": "2020-13", "endDate": "2021-02-30"}]}
    assert _verdict(load_schema("resume"), doc) is True
    assert converter.validate(doc) == [
        Problem("/work/0/endDate", "'2021-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        Problem("/work/0/startDate", "'2020-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ]


def test_validate_reports_every_problem_with_pointer_and_message() -> None:
    doc = _base()
    doc["hobbies"] = ["chess"]
    doc["basics"]["email"] = "mireille.example.org"
    doc["basics"]["profiles"][0]["username"] = 7
    doc["work"][1]["startDate"] = "20201"
    doc["skills"][0]["keywords"] = "C"
    for _ in range(10):
        doc["work"].append(copy.deepcopy(doc["work"][0]))
    doc["work"][10]["highlights"] = [None]
    allowed = ", ".join(load_schema("resume")["properties"])
    assert converter.validate(doc) == [
        Problem("", f"unknown key hobbies (allowed: {allowed})"),
        Problem("/basics/email", "'mireille.example.org' is not an e-mail address"),
        Problem("/basics/profiles/0/username", "7 should be text"),
        Problem("/skills/0/keywords", "'C' should be a list"),
        Problem("/work/1/startDate", "'20201' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        Problem("/work/10/highlights/0", "None should be text"),
    ]


def test_validate_names_several_unknown_keys() -> None:
    problems = converter.validate({"zeta": 1, "alpha": 2})
    assert [p.pointer for p in problems] == [""]
    assert problems[0].message.startswith("unknown keys zeta, alpha (allowed: $schema, basics,")


def test_validate_whole_document_of_wrong_type() -> None:
    assert converter.validate(["x"]) == [Problem("", "['x'] should be an object (key: value pairs)")]


def test_theme_validation_names_the_key() -> None:
    problems = validate_theme({"page": {"size": "a5"}, "font": {"size": 40}})
    assert [p.pointer for p in problems] == ["/font/size", "/page/size"]
    assert problems[0].message == "40 should be at most 16"
    assert problems[1].message == "'a5' is not one of the allowed values: a4, letter, legal"
