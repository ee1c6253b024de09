"""Problems as records, and the one place where they become plain words.

Why records: a schema error, a bad theme key and a broken input file all need
the same three things for a user — where (a JSON pointer, plus a source line
when known), what, and which file. Carrying them as data lets the CLI print
one line each, ``--format json`` emit them, and tests compare them exactly.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from jsonschema.exceptions import ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where it is and what is wrong, in plain words."""

    pointer: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.pointer or "/"
        if self.line is not None:
            where = f"line {self.line}: {where}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


class VitaError(Exception):
    """A failure the user can fix; its text is one plain line, never a traceback."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class InputError(VitaError):
    """The input file cannot be read as the format it claims to be."""


class UsageError(VitaError):
    """The command line asks for something that does not exist (exit status 2)."""


def yaml_problem(exc: Exception) -> str:
    """A YAML error as `` at line L, column C: problem`` — one line, where PyYAML gives five."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return f"{where}: {problem}"


def pointer(path: Iterable[Any]) -> str:
    """RFC 6901 JSON pointer for a jsonschema path."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else ""


#: A fragment only JSON Resume's date pattern contains (``iso8601`` in the schema).
DATE_PATTERN_MARK = "[1-2][0-9]{3}"

_FORMAT_WORDS = {
    "email": "an e-mail address",
    "uri": "a URL with a scheme (https://…)",
    "date": "a date (YYYY-MM-DD)",
}
_TYPE_WORDS = {
    "string": "text", "array": "a list", "object": "an object (key: value pairs)",
    "number": "a number", "integer": "a whole number", "boolean": "true or false",
}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def plain_message(error: ValidationError) -> str:
    """Rewrite one jsonschema error in the words a résumé writer understands."""
    v = error.validator
    if v == "pattern" and DATE_PATTERN_MARK in str(error.validator_value):
        return f"{_short(error.instance)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    if v == "pattern":
        return f"{_short(error.instance)} does not match the pattern {error.validator_value}"
    if v == "format":
        words = _FORMAT_WORDS.get(str(error.validator_value), f"in {error.validator_value} format")
        return f"{_short(error.instance)} is not {words}"
    if v == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        want = " or ".join(_TYPE_WORDS.get(n, n) for n in names)
        return f"{_short(error.instance)} should be {want}"
    if v == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        patterns = list(error.schema.get("patternProperties", {}))
        extra = [k for k in error.instance if k not in allowed and not any(re.search(p, k) for p in patterns)]
        label = "unknown key" if len(extra) == 1 else "unknown keys"
        return f"{label} {', '.join(extra)} (allowed: {', '.join(allowed)})"
    if v == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return f"{_short(error.instance)} is not one of the allowed values: {allowed}"
    if v == "required":
        return error.message.replace("is a required property", "is required")
    if v in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = "at least" if "inimum" in v else "at most"
        return f"{_short(error.instance)} should be {bound} {error.validator_value}"
    if v in ("minItems", "maxItems", "minLength", "maxLength"):
        return error.message
    return error.message


def problems_from(errors: Iterable[ValidationError]) -> list[Problem]:
    """All schema errors as problems, ordered by where they are in the document."""
    def where(error: ValidationError) -> tuple[tuple[int, int, str], ...]:
        # list indexes sort as numbers (/work/2 before /work/10)
        return tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path)

    ordered = sorted(errors, key=lambda e: (where(e), plain_message(e)))
    return [Problem(pointer(e.absolute_path), plain_message(e)) for e in ordered]
