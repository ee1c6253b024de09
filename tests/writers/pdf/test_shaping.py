"""Arabic in Vita's PDF: joined letter forms, drawn right to left line by line, extractable."""
from __future__ import annotations

from converter.readers.pdf.glyphs import read_pages
from converter.writers.pdf import fonts
from converter.writers.pdf.shaping import shape

from .samples import render, text

#: "Peace be upon you": sīn, lam-alef ligature, final mīm; then ʿayn … final mīm.
GREETING = "سلام عليكم"
SHAPED = "\ufeb3\ufefc\ufee1 \ufecb\ufee0\ufef4\ufedc\ufee2"
#: A paragraph long enough to wrap over three lines: its first and last words are unique.
LONG = "بداية " + " ".join(["كلمة", "عمل", "فريق"] * 25) + " نهاية"


def test_letters_take_their_joined_forms_and_lam_alef_its_ligature() -> None:
    assert shape(GREETING) == SHAPED
    assert shape("مَرحبا")[1] == "\u064e"  # a vowel mark the person wrote stays
    assert shape("Zoë 王") == "Zoë 王"


def test_shaped_text_is_in_the_pdf_and_drawn_right_to_left() -> None:
    pdf = render({"basics": {"name": "Layla", "summary": GREETING}})
    assert SHAPED in text(pdf)
    glyphs = [g for g in read_pages(pdf)[0].glyphs if g is not None]
    first = next(g for g in glyphs if g.char == "س")  # the first letter read …
    last = next(g for g in glyphs if g.char == "ك")  # … and one of the second word
    assert first.x0 > last.x1 and first.base == last.base


def test_a_wrapped_paragraph_starts_at_the_right_of_its_first_line() -> None:
    pdf = render({"basics": {"name": "Layla", "summary": LONG}})
    glyphs = [g for g in read_pages(pdf)[0].glyphs if g is not None]
    rows = sorted({round(g.base) for g in glyphs if g.char in "كعف"}, reverse=True)
    start = next(g for g in glyphs if g.char == "ب")  # بداية: the first word
    end = next(g for g in glyphs if g.char == "ن" and round(g.base) == rows[-1])  # نهاية: the last
    assert len(rows) >= 2 and round(start.base) == rows[0]
    assert start.x1 > max(g.x1 for g in glyphs if round(g.base) == rows[0]) - 10
    assert end.base < start.base


def test_output_is_byte_identical_run_to_run() -> None:
    doc = {"basics": {"name": "ليلى حداد", "summary": LONG}, "work": [{"position": "محللة (BI), Acme"}]}
    assert render(doc) == render(doc)


def test_italic_arabic_is_a_slanted_face_that_has_the_letters() -> None:
    italic = fonts.family("serif").italic
    name = fonts.font_for(ord("\ufeb3"), italic)
    assert name is not None and name.endswith("-Italic")
    assert ord("\ufeb3") in fonts._coverage(name)
