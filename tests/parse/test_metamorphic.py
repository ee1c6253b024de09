"""Metamorphic tests: a layout change that keeps a résumé's meaning must keep its parse (tests/parse/perturb.py).

Each fixture with a gold file is parsed as written and after each layout
perturbation, and both are scored against the gold by ../shared/eval/score.py.
A perturbation may lower a fixture's F1 by at most ``TOLERANCE``, except the
drops measured and not yet fixed, listed in ``KNOWN_DROPS`` with the floor
each must stay at or above (so a regression fails, and a fix is noticed when
the floor is raised).
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from converter.parse import parse_text
from converter.readers.text import decode_text
from tests.conftest import FIXTURES, needs_shared
from tests.parse import perturb
from tests.parse.perturb import PERTURBATIONS
from tests.parse.scoring import scorer

TOLERANCE = 0.02

#: perturbation → fixture → the F1 floor for a drop not yet fixed (measured 2026-11-24, rounded down, less 0.01).
#: Causes: a Title Case heading whose section word opens it (``Bar Admissions``, an unknown heading set like the
#: rest) has no mark to go by; a heading re-marked differently from the document's other headings is ranked below
#: them; indentation alone does not make a list item; hard-wrapped items lose their continuation lines.
KNOWN_DROPS: dict[str, dict[str, float]] = {
    "heading_caps": {
        "latex-sidebar": 0.93,
    },
    "heading_title": {
        "caps-plain": 0.93, "deedy-two-col": 0.91, "eu-cv": 0.95, "homepage": 0.93, "humanities": 0.89,
        "india-it-services": 0.96, "indian-fresher": 0.85, "italian": 0.94, "litigator": 0.78, "nurse": 0.94,
        "plant-operator": 0.89, "portuguese-academic": 0.95, "readme-dev": 0.92, "spanish": 0.96, "teacher": 0.90,
    },
    "heading_bold": {
        "german": 0.91, "latex-sidebar": 0.93, "readme-dev": 0.93,
    },
    "heading_colon": {
        "latex-sidebar": 0.93,
    },
    "heading_colon_tight": {
        "deedy-two-col": 0.92, "latex-sidebar": 0.93,
    },
    "bullet_indented": {
        "homepage": 0.79, "humanities": 0.84, "indian-fresher": 0.93, "korean-ko": 0.90, "latex-sidebar": 0.93,
        "portuguese-academic": 0.79, "readme-dev": 0.94, "uk-teacher-cv": 0.93,
    },
    "blank_lines_none": {
        "arabic-en": 0.95, "chile-latam": 0.94, "deedy-two-col": 0.92, "polish-pl": 0.95, "two-column-layout": 0.94,
        "usajobs": 0.92,
    },
    "tabs_for_gaps": {
        "indian-fresher": 0.91,
    },
    "nbsp": {
        "indian-fresher": 0.93,
    },
    "wrap_hanging": {
        "artist-portfolio": 0.96, "homepage": 0.94,
    },
    "wrap_flush": {
        "artist-portfolio": 0.96, "brazilian": 0.89, "homepage": 0.93, "humanities": 0.90, "sales-manager": 0.94,
        "teacher": 0.95, "uk-teacher-cv": 0.90,
    },
}


def _fixtures() -> list[Path]:
    gold = FIXTURES / "gold"
    return sorted(p for ext in ("*.txt", "*.md") for p in FIXTURES.glob(ext) if (gold / f"{p.stem}.json").is_file())


def _f1(text: str, stem: str) -> float:
    gold = json.loads((FIXTURES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    pred = json.loads(json.dumps(parse_text(text).resume))
    return scorer().score_resume(gold, pred).total()[2]


@cache
def _source(stem: str) -> str:
    path = next(p for p in _fixtures() if p.stem == stem)
    return decode_text(path.read_bytes())


@cache
def _baseline(stem: str) -> float:
    return _f1(_source(stem), stem)


@needs_shared
@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_layout_perturbation_keeps_the_parse(name):
    fn = PERTURBATIONS[name]
    floors = KNOWN_DROPS.get(name, {})
    changed, failures = 0, {}
    for path in _fixtures():
        text = fn(_source(path.stem))
        if text == _source(path.stem):
            continue
        changed += 1
        base, got = _baseline(path.stem), _f1(text, path.stem)
        floor = floors.get(path.stem, base - TOLERANCE)
        if got < floor:
            failures[path.stem] = (round(base, 3), round(got, 3), round(floor, 3))
    assert changed >= 5, f"{name} changes only {changed} fixtures: it tests nothing"
    assert not failures, f"{name}: fixture → (F1 as written, perturbed, floor) {failures}"


def test_known_drops_name_real_perturbations_and_fixtures():
    stems = {p.stem for p in _fixtures()}
    assert set(KNOWN_DROPS) <= set(PERTURBATIONS)
    assert all(set(floors) <= stems for floors in KNOWN_DROPS.values())


SAMPLE = "Ada Lovelace\nada@example.com\n\nEXPERIENCE\n- Analyst, Engine Co., 1843\n\nSkills:\n- Mathematics\n"


@pytest.mark.parametrize(("fn", "expected"), [
    (perturb.heading_setext, "Ada Lovelace\nada@example.com\n\nEXPERIENCE\n==========\n- Analyst, Engine Co., 1843\n\n"
                             "Skills\n======\n- Mathematics\n"),
    (perturb.heading_title, "Ada Lovelace\nada@example.com\n\nExperience\n- Analyst, Engine Co., 1843\n\n"
                            "Skills\n- Mathematics\n"),
    (perturb.heading_colon_tight, "Ada Lovelace\nada@example.com\nEXPERIENCE:\n- Analyst, Engine Co., 1843\n"
                                  "Skills:\n- Mathematics\n"),
    (perturb.bullet_numbered, "Ada Lovelace\nada@example.com\n\nEXPERIENCE\n1. Analyst, Engine Co., 1843\n\n"
                              "Skills:\n1. Mathematics\n"),
    (perturb.blank_lines_none, "Ada Lovelace\nada@example.com\nEXPERIENCE\n- Analyst, Engine Co., 1843\n"
                               "Skills:\n- Mathematics"),
])
def test_perturbations_change_layout_only(fn, expected):
    assert fn(SAMPLE) == expected


def test_wrapping_keeps_the_words_and_hangs_under_the_text():
    item = "- " + " ".join(["word"] * 30)
    wrapped = perturb.wrap_hanging(item).split("\n")
    assert len(wrapped) == 2 and all(len(line) <= 80 for line in wrapped)
    assert wrapped[1].startswith("  word") and " ".join(wrapped).split() == item.split()
    assert perturb.wrap_flush(item).split("\n")[1].startswith("word")
