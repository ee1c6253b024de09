"""Date atoms and ranges → ISO dates (MAPPING §2), in every language the parser reads."""
from __future__ import annotations

import pytest

from converter.parse.dates import find_dates, is_date_only, strip_dates
from converter.schema import is_calendar_date


def one(text: str) -> tuple:
    spans = find_dates(text)
    assert len(spans) == 1, spans
    s = spans[0]
    return s.start, s.end, s.open, s.expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sep. 2021 - Present", ("2021-09", None, True, False)),
    ("Sept.2022 - Expected August.2024", ("2022-09", "2024-08", False, True)),
    ("September 2021", ("2021-09", None, False, False)),
    ("09/2021 – 10/2022", ("2021-09", "2022-10", False, False)),
    ("2021.09 ~ 2022.06", ("2021-09", "2022-06", False, False)),
    ("2021-09", ("2021-09", None, False, False)),
    ("5-2025", ("2025-05", None, False, False)),
    ("Sep '21 – Jun '23", ("2021-09", "2023-06", False, False)),
    ("2019 – 2023", ("2019", "2023", False, False)),
    ("2023-present", ("2023", None, True, False)),
    ("Jul 2023 – Now", ("2023-07", None, True, False)),
    ("(Expected in June 2025)", ("2025-06", None, False, True)),
    ("Summer 2024", ("2024", None, False, False)),
    ("15.03.2019 – 31.12.2020", ("2019-03-15", "2020-12-31", False, False)),
    ("März 2020 – heute", ("2020-03", None, True, False)),
    ("janv. 2019 à aujourd'hui", ("2019-01", None, True, False)),
    ("ene. 2020 - actualidad", ("2020-01", None, True, False)),
    ("2020年3月 – 至今", ("2020-03", None, True, False)),
    ("2019年9月-2023年6月", ("2019-09", "2023-06", False, False)),
    ("since 2020", ("2020", None, True, False)),
])
def test_dates_in_many_shapes(text, expected):
    assert one(text) == expected


def test_several_periods_on_one_line_stay_apart():
    spans = find_dates("2021 – 2022, 2022 – 2023")
    assert [(s.start, s.end) for s in spans] == [("2021", "2022"), ("2022", "2023")]


def test_numbers_that_are_not_dates():
    assert find_dates("+1 9296897240") == []
    assert find_dates("GPA 3.80/4.0, 2:4 sparsity, DSAA5013") == []


def test_impossible_days_fall_back_to_the_month():
    (span,) = find_dates("31.02.2020")
    assert span.start == "2020-02" and is_calendar_date(span.start)


def test_strip_dates_keeps_the_words_and_brackets():
    assert strip_dates("Research on X July 2023 - Feb. 2024") == "Research on X"
    assert strip_dates("Workshop (LoResMo), 2022") == "Workshop (LoResMo)"
    assert strip_dates("Employee of the quarter, Café Lda. (2020)") == "Employee of the quarter, Café Lda."
    assert is_date_only("Sep. 2021 - Present") and not is_date_only("Bachelor 2021")


def test_pathological_input_is_fast():
    import time

    text = "1" * 20000 + " 2020-" * 2000 + "-" * 20000 + " " * 50000
    start = time.perf_counter()
    find_dates(text)
    assert time.perf_counter() - start < 5  # linear: well under a second normally


def test_a_date_between_two_words_leaves_a_column_mark() -> None:
    assert strip_dates("*The Salt Loft* 2021 – Present Bristol", column=True) == "*The Salt Loft* | Bristol"
    framed = "Engineer (2019 – 2020), Acme"  # a date in brackets separates nothing
    assert strip_dates(framed, column=True) == strip_dates(framed)
