"""Core properties come from the résumé and never from the clock."""
from __future__ import annotations

import datetime as dt

from .conftest import EVERYTHING, render, reopen


def test_core_properties() -> None:
    props = reopen(render(EVERYTHING)).core_properties
    assert props.title == "李小龍 Lee Résumé"
    assert props.author == "李小龍 Lee"
    assert props.subject == "Ingénieure logicielle"
    assert props.keywords == "Rust, Go, Linux"
    assert props.revision == 1
    assert props.created == props.modified == dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)


def test_dates_without_meta_are_a_constant() -> None:
    doc = {k: v for k, v in EVERYTHING.items() if k != "meta"}
    props = reopen(render(doc)).core_properties
    assert props.modified == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_overlong_values_are_cut_to_the_format_limit() -> None:
    doc = {"basics": {"name": "A", "label": "x" * 400}, "skills": [{"name": "s", "keywords": ["kw"] * 10}]}
    props = reopen(render(doc)).core_properties
    assert len(props.subject) == 255 and props.subject.endswith("…")
    assert props.keywords == "kw"
