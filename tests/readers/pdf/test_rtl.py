"""Arabic read back from a PDF in reading order, with base letters, whatever order it was drawn in."""
from __future__ import annotations

import json

import pytest

from converter.api import dump
from converter.readers.pdf import pdf_lines
from converter.readers.pdf.glyphs import Glyph
from converter.readers.pdf.rtl import _base_level, _bracket_shapes, in_visual_order, logical
from tests.conftest import FIXTURES, needs_shared
from tests.readers.test_roundtrip import TARGET_F1, THEMES, f1, round_trip

LINES = ["سلام عليكم", "محللة بيانات بخبرة ثماني سنوات في منطقة الخليج.", "بناء لوحات باستخدام Power BI",
         "محلل أعمال معتمد (CBAP), IIBA", "Layla Haddad | ليلى حداد", "الأدوات: Excel, Airflow, Git"]


def _pdf(lines: list[str]) -> bytes:
    return dump({"basics": {"name": "Layla"}, "work": [{"name": "Acme", "highlights": lines}]}, "pdf", "classic")


def test_vita_pdf_reads_back_as_written() -> None:
    read = [line.text for line in pdf_lines(_pdf(LINES))]
    assert read[-len(LINES):] == LINES


def test_a_wrapped_arabic_paragraph_reads_back_as_one_line() -> None:
    long = "بداية " + " ".join(["كلمة", "عمل", "فريق"] * 25) + " نهاية"
    assert pdf_lines(_pdf([long]))[-1].text == long


def _glyphs(chars: str, x: list[float]) -> list[Glyph]:
    return [Glyph(c, x0, x0 + 5, 100.0, 10.0, False, False) for c, x0 in zip(chars, x, strict=True)]


def test_presentation_forms_fold_and_a_ligature_keeps_lam_before_alef() -> None:
    # drawn: final mīm, the lam-alef ligature (split by PDFium into lam and alef, one box), initial sīn
    glyphs = [*_glyphs("مل", [0, 5]), Glyph("ا", 5, 10, 100.0, 10.0, False, False), *_glyphs("\ufeb3", [10])]
    assert "".join(g.char for g in logical(glyphs)) == "سلام"


def test_a_line_drawn_out_of_order_is_sorted_left_to_right_only_when_it_holds_arabic() -> None:
    arabic = _glyphs("ءانب", [30, 20, 10, 0])
    latin = _glyphs("ba", [10, 0])
    assert [g.x0 for g in in_visual_order([*arabic, None])[:4]] == [0, 10, 20, 30]
    assert in_visual_order([*latin, None]) == [*latin, None]


@pytest.mark.parametrize(("shown", "level"), [("مالس", 1), ("abc ابحرم xyz", 0), ("Git :تاودألا", 1),
                                               ("Layla | ىليل", 0), ("Power BI مادختساب تاحول", 1)])
def test_direction_of_a_line_seen_left_to_right(shown: str, level: int) -> None:
    assert _base_level(shown) == level


def test_brackets_take_the_shape_they_are_drawn_in() -> None:
    assert _bracket_shapes("IIBA ,(CBAP( دمتعم") == "IIBA ,(CBAP) دمتعم"


@needs_shared
@pytest.mark.parametrize("theme", THEMES)
def test_arabic_english_resume_round_trips_through_pdf(theme: str) -> None:
    doc = json.loads((FIXTURES / "gold" / "arabic-en.json").read_text(encoding="utf-8"))
    assert f1(doc, round_trip(doc, "pdf", theme)) >= TARGET_F1
