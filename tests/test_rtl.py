"""converter/rtl.py: the UAX #9 display order and its permutation."""
from __future__ import annotations

from bidi import get_display

from converter.rtl import base_level, has_rtl, visual_order

LINES = ["abc (مرحبا) def", "بناء لوحات باستخدام Power BI", "منطقة الخليج.", "Layla Haddad | ليلى حداد",
         "שלום עולם, Tel Aviv"]


def test_display_matches_python_bidi_and_permutes_the_text() -> None:
    for text in LINES:
        shown, order = visual_order(text)
        assert shown == get_display(text)
        assert sorted(order) == list(range(len(text)))


def test_arabic_word_is_reversed_and_brackets_mirrored() -> None:
    assert visual_order("(سلام)", 1) == ("(مالس)", [5, 4, 3, 2, 1, 0])
    assert visual_order("abc", 1)[1] == [0, 1, 2]


def test_direction_tests() -> None:
    assert has_rtl("ليلى") and has_rtl("ﻻ") and has_rtl("שלום") and not has_rtl("Zoë 王")
    assert base_level("123 ليلى Layla") == 1 and base_level("Layla ليلى") == 0


def test_unassigned_code_points_take_their_block_s_direction() -> None:
    # U+0590 (unassigned, Hebrew block) has no bidi class: it reads right to left; U+0378 (Greek) left to right
    assert visual_order("\u05d0\u0590") == ("\u0590\u05d0", [1, 0])
    assert visual_order("\u0378x") == ("\u0378x", [0, 1])


def test_isolate_controls_are_neutral() -> None:
    for control in "\u2066\u2067\u2068\u2069":
        shown, order = visual_order(f"a {control}\u05d0\u05d1")
        assert sorted(order) == list(range(5)) and shown.endswith("\u05d1\u05d0")
