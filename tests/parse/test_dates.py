"""Date atoms and ranges → ISO dates (MAPPING §2), in every language the parser reads."""
from __future__ import annotations

import pytest

from converter.parse.dates import find_dates, is_date_only, is_duration, strip_dates
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


@pytest.mark.parametrize(("text", "expected"), [
    # Dutch
    ("mrt. 2016 – heden", ("2016-03", None, True, False)),
    ("januari 2018 tot december 2019", ("2018-01", "2019-12", False, False)),
    ("mei 2020 - nu", ("2020-05", None, True, False)),
    ("okt 2019 tot heden", ("2019-10", None, True, False)),
    # Swedish
    ("maj 2019 – nu", ("2019-05", None, True, False)),
    ("augusti 2017 till juni 2019", ("2017-08", "2019-06", False, False)),
    # Danish
    ("marts 2018 – i dag", ("2018-03", None, True, False)),
    ("okt. 2015 til maj 2017", ("2015-10", "2017-05", False, False)),
    # Norwegian
    ("des. 2020 – nå", ("2020-12", None, True, False)),
    ("januar 2016 til desember 2018", ("2016-01", "2018-12", False, False)),
    # Polish
    ("10.2019 – obecnie", ("2019-10", None, True, False)),
    ("styczeń 2018 – grudzień 2020", ("2018-01", "2020-12", False, False)),
    ("1 października 2019 do teraz", ("2019-10-01", None, True, False)),
    ("wrz 2016 do lut 2018", ("2016-09", "2018-02", False, False)),
    # Czech
    ("září 2019 – současnost", ("2019-09", None, True, False)),
    ("leden 2015 – prosinec 2017", ("2015-01", "2017-12", False, False)),
    # Turkish
    ("Eylül 2019 - günümüz", ("2019-09", None, True, False)),
    ("Şubat 2017 – Ağustos 2018", ("2017-02", "2018-08", False, False)),
    ("Ekim 2020 - halen", ("2020-10", None, True, False)),
    # Russian
    ("январь 2019 – настоящее время", ("2019-01", None, True, False)),
    ("сент. 2015 – по настоящее время", ("2015-09", None, True, False)),
    ("марта 2016 до мая 2018", ("2016-03", "2018-05", False, False)),
    ("03.2017 – н.в.", ("2017-03", None, True, False)),
    # Japanese
    ("2019年4月～現在", ("2019-04", None, True, False)),
    ("2015年4月 〜 2019年3月", ("2015-04", "2019-03", False, False)),
    ("2020年10月 - 現在", ("2020-10", None, True, False)),
])
def test_dates_in_more_languages(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text", ["sinds 2020", "sedan 2020", "od 2020", "с 2020"])
def test_since_in_more_languages_opens_a_range(text):
    assert one(text) == ("2020", None, True, False)


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


@pytest.mark.parametrize(("text", "value"), [
    ("2019年4月1日 入社", "2019-04-01"), ("2019/04 Joined", "2019-04"), ("2019年4月 | Entered", "2019-04"),
    ("2019 | 4 | Entered X University", "2019-04"), ("2011 | 04 | 大阪府立北野台高等学校 入学", "2011-04"),
    ("2019   4   Entered", "2019-04"), ("2025 | 8.42/10", "2025"), ("2019 | 12 | x", "2019-12"),
    ("平成29年4月1日", "2017-04-01"), ("令和元年5月", "2019-05"), ("昭和64年1月", "1989-01"),
    ("平成29 | 4 | 入学", "2017-04"),
    ("２０１４ | ４ | 入学", "2014-04"), ("2021 3 東都大学 卒業", "2021-03"), ("2019 3 projects", "2019"),
])
def test_rirekisho_dates_and_year_month_columns(text, value):
    assert find_dates(text)[0].start == value



@pytest.mark.parametrize(("text", "expected"), [
    ("Январь 2020 — настоящее время", ("2020-01", None, True, False)),
    ("март 2018 — декабрь 2019", ("2018-03", "2019-12", False, False)),
    ("с сентября 2014 по февраль 2018", ("2014-09", "2018-02", False, False)),
    ("янв. 2019 – н.в.", ("2019-01", None, True, False)),
    ("od marca 2021 r. do chwili obecnej", ("2021-03", None, True, False)),
    ("03.2019 – 02.2021", ("2019-03", "2021-02", False, False)),
    ("09.2022 – obecnie", ("2022-09", None, True, False)),
    ("jan 2020 – nuvarande", ("2020-01", None, True, False)),
    ("maj 2016 – okt 2019", ("2016-05", "2019-10", False, False)),
    ("2018 – pågående", ("2018", None, True, False)),
    ("out. 2019 – até à data", ("2019-10", None, True, False)),
    ("01/2015 a 01/2016", ("2015-01", "2016-01", False, False)),
    ("desde 2021", ("2021", None, True, False)),
])
def test_ranges_in_russian_polish_swedish_portuguese(text, expected):
    assert one(text) == expected
    assert is_date_only(text)


def test_two_occasions_joined_by_a_word_are_two_dates_and_the_word_goes_with_them():
    assert [s.start for s in find_dates("Stypendium Rektora, 2015 i 2016")] == ["2015", "2016"]
    assert strip_dates("Stypendium Rektora, 2015 i 2016") == "Stypendium Rektora"
    assert strip_dates("Lagerarbetare, Hemköp  sommaren 2014 och 2015") == "Lagerarbetare, Hemköp"


def test_a_since_word_and_a_year_word_go_with_the_date():
    assert strip_dates("Mentorka, od marca 2021 r.") == "Mentorka"
    assert strip_dates("Волонтёр, с 2019 г.") == "Волонтёр"
    assert strip_dates("z dnia 27 kwietnia 2016 r. (RODO)") == "z dnia (RODO)"


@pytest.mark.parametrize("text", ["4 года 11 месяцев", "1 год 10 месяцев", "3 lata 2 miesiące", "2 år 3 mån",
                                  "5 anos", "2 yrs 3 mos"])
def test_computed_durations_in_more_languages(text):
    assert is_duration(text)
    assert not is_duration("34 года, родился")


def test_a_range_wrapped_after_its_dash_continues_on_the_next_line():
    from converter.parse.dates import continues_range

    assert continues_range("Январь 2020 —", "настоящее время")
    assert continues_range("Март 2018 –", "Декабрь 2019")
    assert not continues_range("Январь 2020", "настоящее время")  # no dash: two lines
    assert not continues_range("Январь 2020 —", "ООО «Северный Ветер»")


@pytest.mark.parametrize(("text", "expected"), [
    ("Q3 2023", ("2023", None, False, False)),
    ("H1 2024 – Q2 2025", ("2024", "2025", False, False)),
    ("Jun '15 – Feb 2019", ("2015-06", "2019-02", False, False)),
])
def test_quarters_and_apostrophe_years(text, expected):
    assert one(text) == expected
    assert is_date_only(text)


def test_ambiguous_slash_dates_read_month_first_only_in_a_us_document():
    from converter.parse.dates import forget_dates
    try:
        forget_dates("Austin, TX", american=True)
        assert find_dates("03/04/2024")[0].start == "2024-03-04"
        assert find_dates("25/04/2024")[0].start == "2024-04-25"  # (unambiguous: day first whatever the hint)
        forget_dates("Certified 12/25/2023; renewed 03/04/2024")  # a month-first date elsewhere decides
        assert find_dates("03/04/2024")[0].start == "2024-03-04"
        forget_dates("issued 14/02/2023", american=True)  # a day-first date elsewhere outweighs the US hint
        assert find_dates("03/04/2024")[0].start == "2024-04-03"
    finally:
        forget_dates()
    assert find_dates("03/04/2024")[0].start == "2024-04-03"  # the default stays day first


@pytest.mark.parametrize(("text", "expected"), [
    ("Winter 2024 (Jun – Oct)", ("2024-06", "2024-10", False, False)),
    ("Summer 2023 (Dec – Feb)", ("2023-12", "2024-02", False, False)),
    ("Ski season 2019/20", ("2019", "2020", False, False)),
    ("2021/22", ("2021", "2022", False, False)),
    ("2019/25", ("2019", None, False, False)),
    ("2011/12", ("2011-12", None, False, False)),
])
def test_season_ranges(text, expected):
    """A season's months in brackets give the months; ``2019/20`` (the next year's two digits) is two years."""
    assert one(text) == expected
    assert strip_dates("Ski season 2019/20") == ""


@pytest.mark.parametrize("text, start", [
    ("Jan 2021 – till date", "2021-01"), ("from Jun 2019 to till date.", "2019-06"), ("Jun 2019 to date", "2019-06"),
    ("Marzo 2019 – a la fecha", "2019-03"), ("2018 a la fecha", "2018"), ("2018 hasta la fecha", "2018"),
    ("2015 – actualmente", "2015"), ("Enero 2020 - presente", "2020-01"), ("Jan 2020 - till now", "2020-01"),
])
def test_indian_and_latin_american_open_ends(text, start):
    span = find_dates(text)[0]
    assert (span.start, span.end, span.open) == (start, None, True)


def test_korean_dates_and_present_words():
    spans = find_dates("2019년 7월 ~ 2021년 2월")
    assert [(s.start, s.end, s.open) for s in spans] == [("2019-07", "2021-02", False)]
    assert [(s.start, s.end, s.open) for s in find_dates("2021.03 ~ 재직중")] == [("2021-03", None, True)]
    assert [(s.start, s.end, s.open) for s in find_dates("2023.09 ~ 현재")] == [("2023-09", None, True)]
    assert [s.start for s in find_dates("2024년 3월 15일")] == ["2024-03-15"]


def test_arabic_indic_digits_and_arabic_months():
    assert [(s.start, s.end, s.open) for s in find_dates("مارس ٢٠٢١ – حتى الآن")] == [("2021-03", None, True)]
    assert [(s.start, s.end) for s in find_dates("سبتمبر ٢٠١٧ – فبراير ٢٠٢١")] == [("2017-09", "2021-02")]
    assert [(s.start, s.end) for s in find_dates("٢٠١٧/٠٩ – ٢٠٢١/٠٢")] == [("2017-09", "2021-02")]
    assert [(s.start, s.end) for s in find_dates("۱۳۹۸ – ۲۰۲۰")] == [("2020", None)]
