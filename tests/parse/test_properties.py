"""Always valid, never a crash, nothing invented (issue 3, points 3 and 4), on arbitrary input."""
from __future__ import annotations

import random
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.parse import parse_text
from converter.readers.text import decode_text
from converter.schema import is_calendar_date, validate
from tests.json_leaves import string_leaves

from .test_pipeline import PLAIN

DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MD_LINE = st.one_of(
    st.sampled_from(["# Education", "## Experience", "Skills:", "PUBLICATIONS", "News", "=====", "-----", "---",
                     "| a | b |", "|---|---|", "<!--", "-->", "$\\bullet$ item", "**Bold** *it*", "", "   ",
                     "2019 – Present", "Sep. 2021 - Expected June 2025", "GPA: 3.9/4.0", "Role: Intern Advisor: X",
                     "jane@example.com · +1 555 0100 · github.com/x", "Berlin, Germany", "• bullet", "1. first",
                     "[link](https://example.org) [x](#)", "ðŸŽ‰ â€” mojibake", "Teaching Assistant at Some University",
                     "Paper title. In Proc. of Conf, 2020.", "A. Author, B. Author, and C. Author. 2021."]),
    st.text(max_size=80),
)


def _check(doc: dict) -> None:
    assert validate(doc) == []
    for key, value in string_leaves(doc):
        if key in DATE_KEYS:
            assert is_calendar_date(value), value


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold()))


@FAST
@given(st.text(max_size=2000))
def test_random_unicode_gives_a_valid_document(text):
    _check(parse_text(text).resume)


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_decoded_leniently(data):
    _check(parse_text(decode_text(data)).resume)


@FAST
@given(st.lists(MD_LINE, max_size=60))
def test_random_markdown_lines(lines):
    text = "\n".join(lines)
    result = parse_text(text)
    _check(result.resume)
    for pointer, numbers in result.provenance.items():
        assert all(1 <= n <= len(text.splitlines()) for n in numbers), pointer


@FAST
@given(st.randoms(use_true_random=False))
def test_shuffled_resume_lines(rnd: random.Random):
    lines = PLAIN.splitlines()
    rnd.shuffle(lines)
    text = "\n".join(lines)
    doc = parse_text(text).resume
    _check(doc)
    # nothing invented: every word of the output is in the source (dates and headings aside)
    out_words = set()
    for key, value in string_leaves(doc):
        if key not in DATE_KEYS and key not in ("network", "countryCode", "url"):
            out_words.update(_words(str(value)))
    assert out_words <= _words(text)


def test_empty_and_blank_inputs():
    for text in ["", "\n\n", "   \t  ", "---\n---\n", "<!-- only a comment -->"]:
        _check(parse_text(text).resume)


def test_pathological_inputs_stay_fast():
    cases = [" " * 50000, "1" * 50000, "-" * 50000, "–" * 20000 + "2020", "(" * 20000, "*" * 30000,
             "[" * 10000 + "](" * 10000, "$" * 20000, "a@" * 20000, "2020 " * 10000, "| a " * 10000,
             "#" * 10000, "http://" + "a." * 20000]
    for text in cases:
        start = time.perf_counter()
        _check(parse_text(text).resume)
        assert time.perf_counter() - start < 10, text[:20]  # far above the normal few milliseconds


def test_one_megabyte_parses():
    text = (PLAIN + "\n") * (1_000_000 // len(PLAIN) + 1)
    start = time.perf_counter()
    doc = parse_text(text).resume
    assert time.perf_counter() - start < 30  # generous: the benchmark measures the real figure (< 2 s)
    _check(doc)
