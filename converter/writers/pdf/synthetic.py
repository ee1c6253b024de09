"""Bold and italic for fonts that have no such face: outlines stroked, or sheared.

Why: the fonts that carry Chinese, Japanese and Korean (WenQuanYi, Droid
Sans Fallback, the CID fonts) ship one face. Set in them, a bold job title
came out regular and an italic organisation upright, so a reader — Vita's
own or an applicant-tracking system's — lost the role/organisation split and
the skill categories. Word and LibreOffice do what is done here for such
fonts: *bold* fills and strokes the outlines (text render mode 2) with a
line 1/30 of the type size, *italic* shears the text matrix by 12°. The
variant is its own PDF font named ``<face>,Bold`` / ``,Italic`` /
``,BoldItalic`` (the PDF convention for styled TrueType names) whose
descriptor has the ForceBold / Italic flags, so readers that go by names or
flags see the style as well as those that look at the drawing. The glyphs
stay real text: extraction gives the same characters.

:class:`StyledCanvas` is the canvas the writer draws with; its text objects
apply the variant's drawing whenever a paragraph switches to one.
"""
from __future__ import annotations

import copy
import math
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import FF_FORCEBOLD, FF_ITALIC, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

#: Stroke width per point of type size that makes a regular face read as bold.
EMBOLDEN = 1 / 30
#: Slant of a synthetic italic, in degrees (the usual oblique angle).
SLANT_DEGREES = 12.0
SLANT = math.tan(math.radians(SLANT_DEGREES))
SUFFIXES = {(True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}


def variant(name: str, base: str, bold: bool, italic: bool) -> str:
    """Register ``name``: font ``base`` drawn emboldened and/or slanted; returns ``name``.

    The parsed face is shared (re-reading a 5 MB CJK file would cost a tenth of
    a second); only its PDF name and style flags differ, which also keeps
    reportlab from merging the two fonts (it merges fonts by face name).
    """
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    font = copy.copy(pdfmetrics.getFont(base))
    font.fontName = name
    suffix = SUFFIXES[(bold, italic)]
    if isinstance(font, TTFont):
        face = font.face = copy.copy(font.face)
        # ``WenQuanYiMicroHei-0,Bold``: the collection index (``-0``) stays inside the name
        face.name, face.subfontNameX = face.name + face.subfontNameX + b"," + suffix.encode(), b""
        face.flags |= (FF_FORCEBOLD if bold else 0) | (FF_ITALIC if italic else 0)
        face.italicAngle = -SLANT_DEGREES if italic else face.italicAngle
        font.state = WeakKeyDictionary()
    else:  # a CID font: not embedded, the viewer supplies its glyphs
        font.name = name
    font.synthetic = (bold, italic)
    pdfmetrics.registerFont(font)
    return name


def _style(font_name: str) -> tuple[bool, bool]:
    """(emboldened, slanted) for a registered font; real faces are (False, False)."""
    return getattr(pdfmetrics.getFont(font_name), "synthetic", (False, False))


class StyledText(PDFTextObject):
    """A text object that strokes emboldened variants and shears slanted ones.

    Why it tracks where text has got to: a shear can only be set with a new
    text matrix, which also moves the start of the line to the point given.
    So a slanted run starts at the end of the text drawn before it on the
    line (measured with the widths reportlab lays out with), the upright
    matrix is set again at its end, and at the next line move the line start
    is put back where reportlab (which knows nothing of this) has it.
    """

    def __init__(self, canvas: Canvas, x: float = 0, y: float = 0, direction: str | None = None) -> None:
        #: Text drawn since the line start: (text, font, size, char spacing, word spacing).
        self._drawn: list[tuple[str, str, float, float, float]] = []
        self._line = (x, y)  # the line start, in the canvas's coordinates
        self._displaced = False  # the PDF's line start is the end of a slanted run, not ``_line``
        self._restore = False
        super().__init__(canvas, x, y, direction)

    # where the text is -----------------------------------------------------
    def setTextOrigin(self, x: float, y: float) -> None:
        super().setTextOrigin(x, y)
        self._line, self._drawn, self._displaced = (x, y), [], False

    def setTextTransform(self, a: float, b: float, c: float, d: float, e: float, f: float) -> None:
        super().setTextTransform(a, b, c, d, e, f)
        self._line, self._drawn, self._displaced = (e, f), [], False

    def moveCursor(self, dx: float, dy: float) -> None:
        super().moveCursor(dx, dy)
        x, y = self._line
        self._new_line(x + dx, y - dy * self._up)

    def _textOut(self, text: str, TStar: int = 0) -> None:
        super()._textOut(text, TStar)
        if TStar:
            self._new_line(self._line[0], self._line[1] - self._leading * self._up)

    def textLine(self, text: str = "") -> None:
        super().textLine(text)
        self._new_line(self._line[0], self._line[1] - self._leading * self._up)

    def _new_line(self, x: float, y: float) -> None:
        """A line move has been written: follow it, and correct it if a slanted run displaced it."""
        self._line, self._drawn = (x, y), []
        if self._displaced:
            self._code.append(f"1 0 0 {self._up} {fp_str(x, y)} Tm")
            self._displaced = False

    @property
    def _up(self) -> int:
        return 1 if self._canvas.bottomup else -1

    def _width(self, text: str, font: str, size: float, char_space: float, word_space: float) -> float:
        return self._canvas.stringWidth(text, font, size) + char_space * len(text) + word_space * text.count(" ")

    # how it is drawn -------------------------------------------------------
    def _formatText(self, text: str) -> str:
        code = super()._formatText(text)
        before = sum(self._width(*drawn) for drawn in self._drawn) if _style(self._fontname)[1] and text else None
        self._drawn.append((text, self._fontname, self._fontsize, getattr(self, "_charSpace", 0),
                            getattr(self, "_wordSpace", 0)))
        if before is None:
            return code
        (x, y), up = self._line, self._up
        end = x + before + self._width(*self._drawn[-1])
        self._displaced = True
        return f"1 0 {fp_str(SLANT * up)} {up} {fp_str(x + before, y)} Tm {code} 1 0 0 {up} {fp_str(end, y)} Tm"

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._embolden(psfontname, size)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._embolden(psfontname, size)

    def _embolden(self, font_name: str, size: float) -> None:
        if _style(font_name)[0]:
            self._code.append(f"{fp_str(size * EMBOLDEN)} w")
            self.setStrokeColor(getattr(self, "_fillColorObj", self._canvas._fillColorObj))
            self.setTextRenderMode(2)
            self._restore = True
        elif self._textRenderMode == 2:
            self.setTextRenderMode(0)

    def setFillColor(self, aColor: object, alpha: float | None = None) -> None:
        super().setFillColor(aColor, alpha)
        if self._textRenderMode == 2:  # the stroke that emboldens is the text's colour
            self.setStrokeColor(aColor)

    def getCode(self) -> str:
        """The text object's code, leaving the graphics state as the canvas believes it is."""
        if self._restore:
            self.setTextRenderMode(0)
            self._code.append(f"{fp_str(self._canvas._lineWidth)} w")
            self.setStrokeColor(self._canvas._strokeColorObj)
        return super().getCode()


class StyledCanvas(Canvas):
    """A canvas whose text objects draw synthetic bold and italic (see :class:`StyledText`)."""

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> StyledText:
        return StyledText(self, x, y, direction=direction)
