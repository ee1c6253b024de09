"""A PDF's characters with their boxes, fonts and link targets, through PDFium.

Why PDFium (pypdfium2) rather than pdfminer.six or pdfplumber: measured on
the two-page test résumé (median of 20 runs), PDFium gives every character's
box, baseline, font size, font name, weight and flags in 7 ms; pdfminer.six
needs 37 ms for the same (pdfplumber, built on pdfminer, 37 ms too), and its
line grouping (LAParams) puts right-aligned dates after the whole page, so
Vita would regroup lines itself anyway. PDFium is the engine Chromium uses:
it opens damaged files that pure-Python parsers reject, and reports
encryption precisely. This module is the only one that talks to it.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ...errors import InputError

#: A résumé is a few pages; a 500-page PDF is a book or an attack on time.
MAX_PAGES = 50

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrabold", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique|slanted", re.IGNORECASE)
_FORCE_BOLD = 1 << 18
_ITALIC_FLAG = 1 << 6
#: Text sheared further than this (tan of the angle, about 6°) is set slanted: a synthetic italic.
_SLANT = 0.1
#: A drawn list bullet is a small square-ish shape, at most this many points wide.
_MARK_MAX = 8.0
#: PDFium reports a hyphen that ends a line as 0x02; a soft hyphen is drawn too.
_LINE_END_HYPHENS = (0x02, 0xAD)


@dataclass(slots=True)
class Glyph:
    """One character as drawn: its box on the page (PDF units, y up) and style."""

    char: str
    x0: float
    x1: float
    base: float
    size: float
    bold: bool
    italic: bool
    url: str = ""


@dataclass(slots=True)
class Page:
    """A page's glyphs in PDFium's text order; ``None`` entries mark its line breaks."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph | None] = field(default_factory=list)
    #: Boxes (x0, y0, x1, y1) of small square drawings: list bullets a browser or
    #: word processor drew as shapes rather than as a "•" character.
    marks: list[tuple[float, float, float, float]] = field(default_factory=list)


def open_document(data: bytes) -> pdfium.PdfDocument:
    """The parsed document, or a plain-words reason why it cannot be read."""
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise InputError("not a PDF file (no %PDF header)")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD:
            raise InputError("the PDF is encrypted with a password; save an unprotected copy first") from None
        raise InputError(f"not a readable PDF ({exc})") from None
    if len(doc) > MAX_PAGES:
        count = len(doc)
        doc.close()
        raise InputError(f"the PDF has {count} pages; Vita reads résumés of at most {MAX_PAGES}")
    return doc


class _Fonts:
    """Font style per PDFium text object, looked up once per object.

    Bold: a bold face (by weight, the ForceBold flag or the font's name), or a
    regular face filled and stroked (text render mode 2), which is how Vita,
    Word and LibreOffice embolden a font that has no bold face (CJK fonts).
    Italic: an italic face (flag or name), or upright outlines sheared by the
    text matrix, their synthetic italic.
    """

    def __init__(self) -> None:
        self._cache: dict[int, tuple[bool, bool]] = {}
        self._buf = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._matrix = raw.FS_MATRIX()

    def style(self, textpage: raw.FPDF_TEXTPAGE, index: int) -> tuple[bool, bool]:
        obj = raw.FPDFText_GetTextObject(textpage, index)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        found = self._cache.get(key)
        if found is None:
            raw.FPDFText_GetFontInfo(textpage, index, self._buf, 256, ctypes.byref(self._flags))
            name = self._buf.value.decode("latin-1")
            flags = self._flags.value
            weight = raw.FPDFText_GetFontWeight(textpage, index)
            bold = (weight >= 600 or bool(flags & _FORCE_BOLD) or bool(_BOLD_NAME.search(name))
                    or raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_FILL_STROKE)
            italic = bool(flags & _ITALIC_FLAG) or bool(_ITALIC_NAME.search(name)) or self._slanted(textpage, index)
            found = self._cache[key] = (bold, italic)
        return found

    def _slanted(self, textpage: raw.FPDF_TEXTPAGE, index: int) -> bool:
        """The glyph's vertical axis leans right of upright (whatever the text's rotation)."""
        if not raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(self._matrix)):
            return False
        m = self._matrix
        area = m.a * m.d - m.b * m.c
        return area > 0 and (m.a * m.c + m.b * m.d) / area > _SLANT


def _links(doc: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[tuple[tuple[float, float, float, float], str]]:
    """Every URI link annotation on the page: its rectangle and target."""
    found = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    buf = ctypes.create_string_buffer(2048)
    while raw.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
            continue
        size = raw.FPDFAction_GetURIPath(doc, action, buf, len(buf))
        if not size or not raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        url = buf.raw[: size - 1].decode("utf-8", errors="replace").strip()
        box = (min(rect.left, rect.right), min(rect.bottom, rect.top),
               max(rect.left, rect.right), max(rect.bottom, rect.top))
        if url:
            found.append((box, url))
    return found


def _url_at(links: list[tuple[tuple[float, float, float, float], str]], x: float, y: float) -> str:
    for (x0, y0, x1, y1), url in links:
        if x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1:
            return url
    return ""


def _page_glyphs(doc: pdfium.PdfDocument, page: pdfium.PdfPage, number: int) -> Page:
    width, height = page.get_size()
    out = Page(number, width, height)
    textpage = page.get_textpage()
    links = _links(doc, page)
    fonts = _Fonts()
    box = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (10, 13):
            if out.glyphs and out.glyphs[-1] is not None:
                out.glyphs.append(None)
            continue
        if code == 0 or code == 0xFFFE or code == 0xFFFF:
            continue
        raw.FPDFText_GetLooseCharBox(textpage, i, box)
        raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        bold, italic = fonts.style(textpage, i)
        url = _url_at(links, (box.left + box.right) / 2, (box.bottom + box.top) / 2) if links else ""
        char = "-" if code in _LINE_END_HYPHENS else chr(code)
        out.glyphs.append(Glyph(char, box.left, box.right, oy.value,
                                raw.FPDFText_GetFontSize(textpage, i), bold, italic, url))
    textpage.close()
    out.marks = _marks(page)
    return out


def _marks(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    found = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        x0, y0, x1, y1 = obj.get_bounds()
        w, h = x1 - x0, y1 - y0
        if 0.5 < w <= _MARK_MAX and 0.5 < h <= _MARK_MAX and abs(w - h) <= 0.3 * max(w, h):
            found.append((x0, y0, x1, y1))
    return found


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def read_pages(data: bytes) -> list[Page]:
    """Every page's glyphs; refuses PDFs with no text layer in plain words."""
    doc = open_document(data)
    try:
        pages = []
        scanned = False
        for number in range(len(doc)):
            try:
                page = doc[number]
            except pdfium.PdfiumError:
                raise InputError(f"the PDF is damaged: page {number + 1} cannot be read") from None
            pages.append(_page_glyphs(doc, page, number + 1))
            if not any(g is not None and g.char.strip() for g in pages[-1].glyphs):
                scanned = scanned or _has_images(page)
            page.close()
        if not any(g is not None and g.char.strip() for p in pages for g in p.glyphs):
            if scanned:
                raise InputError("no text layer: scanned PDFs need OCR, which Vita does not do")
            raise InputError("the PDF contains no text")
        return pages
    finally:
        doc.close()
