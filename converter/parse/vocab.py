"""The parser's word lists, read once from the TOML files in ``data/``.

Why data files: heading synonyms, month names, degree and role words grow
with every new language or profession; keeping them out of the code means a
new word is a one-line data change, and the lists ship inside the wheel.
"""
from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data"


@cache
def load(name: str) -> dict[str, Any]:
    """One data file (``headings``, ``months``, ``words``, ``places``, ``profiles``) as a dict."""
    with (_DATA / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def words(key: str) -> frozenset[str]:
    """A word list from ``words.toml`` as a set."""
    return frozenset(load("words")[key])


@cache
def heading_phrases() -> dict[str, str]:
    """Every heading phrase (lower case) → section key; later languages never override earlier ones."""
    table: dict[str, str] = {}
    for key, langs in load("headings").items():
        if key in ("modifiers", "whole_only"):
            continue
        for phrases in langs.values():
            for phrase in phrases:
                table.setdefault(phrase.lower(), key)
    return table


@cache
def heading_modifiers() -> frozenset[str]:
    return frozenset(load("headings")["modifiers"]["words"])


@cache
def whole_only_headings() -> frozenset[str]:
    """Heading phrases that must stand alone: with a word of their own they mean something else."""
    return frozenset(load("headings")["whole_only"]["words"])


@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (lower case) → 1..12."""
    return {name: int(num) for num, names in load("months")["months"].items() for name in names}


@cache
def countries() -> dict[str, str]:
    return load("places")["countries"]


@cache
def regions() -> tuple[frozenset[str], frozenset[str]]:
    """(state/province codes, region names in lower case)."""
    r = load("places")["regions"]
    return frozenset(r["codes"]), frozenset(r["names"])
