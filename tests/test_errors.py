"""Problems and their plain-words messages."""
from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker

from converter.errors import Problem, VitaError, plain_message, pointer, problems_from


def _messages(schema: dict[str, Any], instance: Any) -> list[str]:
    errors = Draft4Validator(schema, format_checker=FormatChecker()).iter_errors(instance)
    return [plain_message(e) for e in errors]


def test_problem_text_and_dict() -> None:
    assert str(Problem("/work/0/name", "1 should be text")) == "/work/0/name: 1 should be text"
    assert str(Problem("", "unknown key x")) == "/: unknown key x"
    assert str(Problem("/basics", "bad", line=7)) == "line 7: /basics: bad"
    assert Problem("/a", "m").as_dict() == {"pointer": "/a", "message": "m"}
    assert Problem("/a", "m", 3).as_dict() == {"pointer": "/a", "message": "m", "line": 3}


def test_pointer_escapes_rfc6901() -> None:
    assert pointer(["work", 0, "a/b", "c~d"]) == "/work/0/a~1b/c~0d"
    assert pointer([]) == ""


@pytest.mark.parametrize(("schema", "instance", "message"), [
    ({"type": "string"}, 5, "5 should be text"),
    ({"type": ["string", "null"]}, [], "[] should be text or null"),
    ({"type": "boolean"}, "yes", "'yes' should be true or false"),
    ({"enum": ["a4", "letter"]}, "a5", "'a5' is not one of the allowed values: a4, letter"),
    ({"required": ["name"]}, {}, "'name' is required"),
    ({"minimum": 6}, 2, "2 should be at least 6"),
    ({"maximum": 16}, 40, "40 should be at most 16"),
    ({"format": "email"}, "nobody", "'nobody' is not an e-mail address"),
    ({"pattern": "^#[0-9a-f]{6}$"}, "red", "'red' does not match the pattern ^#[0-9a-f]{6}$"),
    ({"pattern": "^[1-2][0-9]{3}$"}, "99", "'99' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ({"type": "integer"}, "x" * 100, "'" + "x" * 56 + "... should be a whole number"),
    ({"properties": {"a": {}}, "additionalProperties": False}, {"a": 1, "b(": 2, "c": 3},
     "unknown keys b(, c (allowed: a)"),
    ({"properties": {"a": {}}, "patternProperties": {"^x-": {}}, "additionalProperties": False},
     {"x-ok": 1, "y": 2}, "unknown key y (allowed: a)"),
])
def test_plain_messages(schema: dict[str, Any], instance: Any, message: str) -> None:
    assert _messages(schema, instance) == [message]


def test_problems_sorted_by_document_position() -> None:
    schema = {"type": "object", "properties": {"work": {"type": "array", "items": {"type": "string"}}}}
    errors = Draft4Validator(schema).iter_errors({"work": [1 if i in (2, 10) else "ok" for i in range(11)]})
    assert [p.pointer for p in problems_from(errors)] == ["/work/2", "/work/10"]


def test_vita_error_carries_problems() -> None:
    error = VitaError("theme: bad", [Problem("/a", "m")])
    assert str(error) == "theme: bad"
    assert error.problems == [Problem("/a", "m")]
