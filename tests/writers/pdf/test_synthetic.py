"""Bold and italic in fonts with one face: drawn stroked and sheared, read back as bold and italic."""
from __future__ import annotations

import io
import re

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from converter.readers.pdf.glyphs import read_pages
from converter.writers.pdf import fonts
from converter.writers.pdf.synthetic import StyledCanvas, variant

from .samples import content, font_names, needs_cjk_font, reader, render, text

#: A Chinese entry title (bold role, italic organisation) and a Chinese skill category (bold).
CHINESE = {"basics": {"name": "Chen"},
           "work": [{"position": "高级工程师", "name": "星河公司", "startDate": "2020-01"}],
           "skills": [{"name": "编程语言", "keywords": ["Go"]}]}


def _text_objects(pdf: bytes) -> list[str]:
    return re.findall(r"BT .*? ET", content(pdf).decode("latin-1"), re.S)


@needs_cjk_font
def test_cjk_bold_run_is_stroked_and_italic_run_sheared() -> None:
    title = next(t for t in _text_objects(render(CHINESE)) if " 2 Tr" in t)
    # classic body text is 10.5 pt: a stroke of 10.5/30 pt in the text colour, fill and stroke
    assert ".35 w 0 0 0 RG 2 Tr .101961 .101961 .101961 rg .101961 .101961 .101961 RG" in title
    # the organisation starts after "高级工程师, " (5 × 10.5 + 5.25 pt), sheared by tan 12°, and ends 4 × 10.5 on
    assert "1 0 .212557 1 57.75 2.625 Tm" in title and "1 0 0 1 99.75 2.625 Tm" in title
    # the canvas's idea of the graphics state holds again after the text object
    assert title.endswith("1 w 0 0 0 RG ET") and re.findall(r"\d Tr", title)[-1] == "0 Tr"


@needs_cjk_font
def test_synthetic_faces_are_named_and_text_stays_extractable() -> None:
    pdf = render(CHINESE)
    assert {"WenQuanYiMicroHei-0,Bold", "WenQuanYiMicroHei-0,Italic"} <= font_names(pdf)
    assert "高级工程师, 星河公司" in text(pdf) and "编程语言: Go" in text(pdf)
    assert pdf == render(CHINESE)  # still byte-identical run to run


@needs_cjk_font
def test_fallback_fonts_embed_only_what_they_draw() -> None:
    """ASCII is always set in the theme font: a fallback subset carries no ASCII glyphs but the space."""
    fallback = [font.get_object() for page in reader(render(CHINESE)).pages
                for font in page["/Resources"]["/Font"].values() if "WenQuanYi" in font.get_object()["/BaseFont"]]
    # codes 0-32 are .notdef and the space; the 5 + 4 + 4 Chinese characters fill codes from 1 up
    assert sorted(int(font["/LastChar"]) for font in fallback) == [32, 32]


@needs_cjk_font
def test_reader_sees_the_synthetic_styles() -> None:
    glyphs = [g for page in read_pages(render(CHINESE)) for g in page.glyphs if g and not g.char.isascii()]
    assert [(g.char, g.bold, g.italic) for g in glyphs if g.char != "–"] == [
        *((c, True, False) for c in "高级工程师"), *((c, False, True) for c in "星河公司"),
        *((c, True, False) for c in "编程语言")]


@needs_cjk_font
def test_text_after_a_slanted_run_is_where_reportlab_laid_it_out() -> None:
    """Inline dates (compact theme: sans, 8.5 pt) follow the italic organisation on the same line, unmoved."""
    glyphs = [g for g in read_pages(render(CHINESE, "compact"))[0].glyphs if g]
    title = next(g for g in glyphs if g.char == "高")
    date = next(g for g in glyphs if g.char == "0")
    sans, size = fonts.family("sans"), 8.5
    laid_out = (stringWidth("高级工程师", fonts.font_for(ord("高"), sans.bold), size)
                + stringWidth(", ", sans.regular, size)
                + stringWidth("星河公司", fonts.font_for(ord("星"), sans.italic), size)
                + 2 * stringWidth("\xa0", sans.regular, size))
    assert abs(date.x0 - title.x0 - laid_out) < 0.05  # glyph boxes start within a hair of the origin


def test_slanted_run_on_a_canvas_keeps_the_line() -> None:
    """Shearing sets a new text matrix: the run starts after the text before it, and the line goes on."""
    regular = fonts.family("serif").regular
    slanted = variant("Test-Serif-Slanted", regular, bold=False, italic=True)
    canvas = StyledCanvas(io.BytesIO())
    tx = canvas.beginText(10, 700)
    tx.setFont(regular, 10, 12)
    tx.textOut("ab ")
    tx.setFont(slanted, 10, 12)
    tx.textOut("cd")
    tx.textLine()
    tx.textOut("f")  # the next line: at its start, 12 pt lower
    code = tx.getCode()
    start = 10 + stringWidth("ab ", regular, 10)
    end = start + stringWidth("cd", regular, 10)
    assert re.findall(r"\S+ \S+ \S+ \S+ \S+ \S+ Tm", code) == [
        "1 0 0 1 10 700 Tm", f"1 0 .212557 1 {fp_str(start, 700)} Tm", f"1 0 0 1 {fp_str(end, 700)} Tm",
        "1 0 0 1 10 688 Tm",  # after the line move (T*), the line start put back where reportlab has it
        "1 0 .212557 1 10 688 Tm", f"1 0 0 1 {fp_str(10 + stringWidth('f', regular, 10), 688)} Tm"]


def test_missing_faces_are_made_from_the_nearest_real_one() -> None:
    regular, bold = fonts.family("serif").regular, fonts.family("serif").bold
    only_regular = fonts._complete("TestOne", {(False, False): regular})
    assert only_regular == fonts.Family(regular, "TestOne-Bold", "TestOne-Italic", "TestOne-BoldItalic")
    made = (only_regular.bold, only_regular.italic, only_regular.bold_italic)
    assert [getFont(n).synthetic for n in made] == [(True, False), (False, True), (True, True)]
    with_bold = fonts._complete("TestTwo", {(False, False): regular, (True, False): bold})
    assert with_bold.bold == bold and getFont(with_bold.bold_italic).synthetic == (False, True)
    assert getFont(with_bold.bold_italic).face.name == b"LiberationSerif-Bold,Italic"
    assert fonts.style_of(with_bold.bold_italic) == (True, True)


@needs_cjk_font
def test_fallback_takes_the_style_of_the_text_around_it() -> None:
    serif = fonts.family("serif")
    assert fonts.markup("王", serif.regular) == '<font name="Fallback-wqy-microhei-Regular">王</font>'
    assert fonts.markup("王", serif.bold_italic) == '<font name="Fallback-wqy-microhei-BoldItalic">王</font>'
    if "dejavusans-bold.ttf" in fonts.installed_files():  # a fallback with a real bold face uses it
        assert fonts.font_for(ord("✓"), serif.bold) == "Fallback-DejaVuSans-Bold"
        assert getFont("Fallback-DejaVuSans-Bold").face.name == b"DejaVuSans-Bold"
