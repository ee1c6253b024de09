"""Validation against the shipped JSON Schemas (never fetched: no network).

Why jsonschema only at the edges: the dict is the data model everywhere; the
schema is checked when a document enters (``vita validate``, readers' output
in tests) and when a theme is loaded, and problems are reported all at once.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker, ValidationError, validators

from .errors import DATE_PATTERN_MARK, Problem, problems_from
from .resources import data_dir


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A schema from ``schemas/`` by file stem (``resume`` or ``theme``)."""
    with (data_dir("schemas") / f"{name}.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


#: The standard's date pattern (recognised by DATE_PATTERN_MARK) admits ``2020-13``
#: and ``2021-02-30``; Vita's validator (not the schema file) also rejects dates
#: the calendar lacks.


def is_calendar_date(text: str) -> bool:
    """True for YYYY, YYYY-MM and YYYY-MM-DD that name a real month or day."""
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return len(parts[0]) == 4
        if len(parts) == 2:
            return 1 <= int(parts[1]) <= 12
        dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        return True
    except ValueError:
        return False


def _pattern_and_calendar(validator, pattern, instance, schema) -> Iterator[ValidationError]:
    """The schema's pattern, and for date fields a real calendar date too.

    Why: the schema file stays the official one (its verdicts are the
    standard's), while ``vita validate`` still tells a user that month 13
    does not exist.
    """
    errors = list(_PATTERN(validator, pattern, instance, schema))
    yield from errors
    if not errors and DATE_PATTERN_MARK in pattern and isinstance(instance, str) \
            and not is_calendar_date(instance):
        yield ValidationError(f"{instance!r} is not a calendar date")


_PATTERN = Draft4Validator.VALIDATORS["pattern"]
_VitaDraft4 = validators.extend(Draft4Validator, {"pattern": _pattern_and_calendar})


@cache
def _resume_validator() -> Draft4Validator:
    return _VitaDraft4(load_schema("resume"), format_checker=FormatChecker())


@cache
def _theme_validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema("theme"), format_checker=FormatChecker())


def validate(doc: Any) -> list[Problem]:
    """Every problem of a JSON Resume document (empty list when it is valid)."""
    return problems_from(_resume_validator().iter_errors(doc))


def validate_theme(theme: Any) -> list[Problem]:
    """Every problem of a theme (merged or a user's file), as problems."""
    return problems_from(_theme_validator().iter_errors(theme))
