"""Fonts for the PDF writer: which files to embed, and a fallback per character.

Why a chain and not one font: no single shippable font covers Latin, Greek,
Cyrillic, Chinese, Japanese and Korean, and a résumé may mix them. Text is
set in the theme's family; every character that family lacks is set in the
first font down the chain that has it, so names like ``王小明`` or ``김민준``
show real glyphs instead of empty boxes, and stay real text for extraction.

The chain, first match wins (no network, ever):

1. The theme family (``font.body`` / ``font.heading``). The generic names
   ``serif``, ``sans``, ``mono`` mean Liberation Serif/Sans/Mono — bundled
   here in ``fontfiles/`` (SIL OFL 1.1) so a wheel works on any machine; they
   cover Latin with diacritics, Greek and Cyrillic. Any other name is an
   installed TrueType family, found by file name in the usual font folders
   (``DejaVu Sans`` → ``DejaVuSans.ttf``, ``DejaVuSans-Bold.ttf`` …).
2. Installed TrueType fonts with wide coverage, in this order: DejaVu Sans
   (symbols, more scripts), WenQuanYi Micro Hei / Zen Hei (Chinese, Japanese
   kana, Korean Hangul), Droid Sans Fallback, Nanum Gothic, IPA Gothic,
   UnDotum, Baekmuk Gulim. Debian: ``fonts-wqy-microhei`` is enough for CJK.
   OpenType-CFF files (Noto Sans CJK ``.otf``/``.ttc``) cannot be embedded by
   reportlab and are skipped.
3. reportlab's built-in CJK CID fonts, which need no file: ``STSong-Light``
   (Han), ``HeiseiMin-W3`` (kana), ``HYSMyeongJo-Medium`` (Hangul). They are
   not embedded: the viewer supplies the glyphs, so text extracts correctly
   but looks depend on the reader's machine.

A character no font covers stays in the theme font.

Bold and italic carry over: a fallback run inside a bold title is set in the
fallback's bold face, and where a font has no such face (the CJK fonts have
one face only) in a synthetic one (:mod:`.synthetic`: stroked or sheared
outlines), so a Chinese job title is as bold as an English one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import ps2tt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ...errors import VitaError
from ...render import pdf_family
from ...render.text import clean
from .shaping import shape
from .synthetic import variant

BUNDLED = Path(__file__).resolve().parent / "fontfiles"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
#: (bold, italic) of each of STYLES.
STYLE_KEYS = ((False, False), (True, False), (False, True), (True, True))
#: File name endings of the style faces of an installed font, by style.
STYLE_ENDINGS = {"Bold": ("-Bold", "Bold"), "Italic": ("-Italic", "-Oblique", "Italic"),
                 "BoldItalic": ("-BoldItalic", "-BoldOblique", "BoldItalic")}
#: Folders searched for installed fonts (Linux, macOS, Windows).
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts")
#: Installed fonts tried, in order, for characters the theme family lacks.
FALLBACK_FILES = ("DejaVuSans.ttf", "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf",
                  "DroidSansFallback.ttf", "NanumGothic.ttf", "ipag.ttf", "ipagp.ttf", "UnDotum.ttf",
                  "gulim.ttf")
#: Last resort by Unicode block: reportlab's CID fonts (no file needed, not embedded).
CID_RANGES = (
    ((0x1100, 0x11FF), "HYSMyeongJo-Medium"), ((0x3130, 0x318F), "HYSMyeongJo-Medium"),
    ((0xAC00, 0xD7AF), "HYSMyeongJo-Medium"),
    ((0x3040, 0x30FF), "HeiseiMin-W3"), ((0x31F0, 0x31FF), "HeiseiMin-W3"),
    ((0x2E80, 0x2FDF), "STSong-Light"), ((0x3000, 0x303F), "STSong-Light"), ((0x3400, 0x4DBF), "STSong-Light"),
    ((0x4E00, 0x9FFF), "STSong-Light"), ((0xF900, 0xFAFF), "STSong-Light"), ((0xFF00, 0xFFEF), "STSong-Light"),
)
#: reportlab's bundled Vera (sans, Latin-1 only): the last resort for the theme family.
VERA = ("Vera", "VeraBd", "VeraIt", "VeraBI")
#: Installed stand-ins when a generic family cannot be had from the bundle.
GENERIC_INSTALLED = {"Liberation Serif": "DejaVu Serif", "Liberation Sans": "DejaVu Sans",
                     "Liberation Mono": "DejaVu Sans Mono"}


@dataclass(frozen=True)
class Family:
    """Registered reportlab font names of one family; ``<b>``/``<i>`` map onto them."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def styled(self, bold: bool, italic: bool) -> str:
        """The member for a style."""
        return (self.bold_italic if italic else self.bold) if bold else (self.italic if italic else self.regular)


@cache
def installed_files() -> dict[str, Path]:
    """Every installed font file by lower-case file name (first found wins)."""
    found: dict[str, Path] = {}
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(dirpath) / name)
    return found


def _register(name: str, path: Path, ascii_readable: bool = True) -> str | None:
    """Register one TrueType file under ``name``; None if reportlab cannot use it.

    ``ascii_readable`` (reportlab's default) puts all of ASCII in the font's
    first subset; a fallback font never sets ASCII, so it goes without those
    96 glyphs (a few kilobytes per embedded font).
    """
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0, asciiReadable=ascii_readable))
        except (TTFError, OSError, ValueError):
            return None
    return name


def _family_files(family: str) -> list[Path | None] | None:
    """The four style files of a family (None: no such face), bundled first, then installed ones."""
    stem = family.replace(" ", "")
    bundled = [BUNDLED / f"{stem}-{style}.ttf" for style in STYLES]
    if all(p.is_file() for p in bundled):
        return bundled  # type: ignore[return-value]
    files = installed_files()
    regular = files.get(f"{stem}-regular.ttf".lower()) or files.get(f"{stem}.ttf".lower())
    return _with_styles(stem, regular) if regular else None


def _with_styles(stem: str, regular: Path) -> list[Path | None]:
    """``regular`` and the installed style faces beside it (``DejaVuSans-Bold.ttf`` …)."""
    files = installed_files()
    return [regular, *(next((files[k] for end in STYLE_ENDINGS[style] if (k := f"{stem}{end}.ttf".lower()) in files),
                            None) for style in STYLES[1:])]


def _register_family(stem: str, files: list[Path | None], ascii_readable: bool = True) -> Family | None:
    """Register the faces there are; a missing one is made from the nearest face there is."""
    real = {key: _register(f"{stem}-{style}", path, ascii_readable) if path else None
            for key, style, path in zip(STYLE_KEYS, STYLES, files, strict=True)}
    if real[(False, False)] is None or any(p and real[k] is None for k, p in zip(STYLE_KEYS, files, strict=True)):
        return None
    return _complete(stem, real)


def _complete(stem: str, real: dict[tuple[bool, bool], str | None]) -> Family:
    """A family from its real faces, synthetic ones (:mod:`.synthetic`) standing in for the others."""
    names = []
    for (bold, italic), style in zip(STYLE_KEYS, STYLES, strict=True):
        near = next(k for k in ((bold, italic), (bold, False), (False, italic), (False, False)) if real.get(k))
        name = real[near]
        if near != (bold, italic):
            name = variant(f"{stem}-{style}", name, bold and not near[0], italic and not near[1])  # type: ignore[arg-type]
        names.append(name)
    result = Family(*names)
    pdfmetrics.registerFontFamily(result.regular, normal=result.regular, bold=result.bold,
                                  italic=result.italic, boldItalic=result.bold_italic)
    return result


def _vera() -> Family:
    folder = Path(pdfmetrics.__file__).resolve().parent.parent / "fonts"
    family = _register_family("Vera", [folder / f"{n}.ttf" for n in VERA])
    if family is None:  # reportlab always ships Vera; losing it is a broken install
        raise VitaError("no usable font: reportlab's bundled Vera fonts are missing")
    return family


@cache
def family(theme_name: str) -> Family:
    """The registered family for a theme font name (``serif``, ``sans``, ``mono`` or a family)."""
    wanted = pdf_family(theme_name)
    for candidate in (wanted, GENERIC_INSTALLED.get(wanted)):
        files = _family_files(candidate) if candidate else None
        if files and (registered := _register_family(candidate.replace(" ", ""), files)):  # type: ignore[union-attr]
            return registered
    if wanted in GENERIC_INSTALLED:
        return _vera()
    raise VitaError(f"font {theme_name!r} not found: use serif, sans, mono, or the family name of an "
                    f"installed TrueType font (e.g. 'DejaVu Sans')")


@cache
def _coverage(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@cache
def _fallbacks() -> tuple[Family, ...]:
    """The installed fallback fonts, in chain order, each with its style faces."""
    files = installed_files()
    found = (_register_family(f"Fallback-{Path(f).stem}", _with_styles(Path(f).stem, files[f.lower()]), False)
             for f in FALLBACK_FILES if f.lower() in files)
    return tuple(family for family in found if family)


def _cid_font(code: int) -> Family | None:
    for (low, high), name in CID_RANGES:
        if low <= code <= high:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(UnicodeCIDFont(name))
            return _complete(name, {(False, False): name})
    return None


def style_of(font_name: str) -> tuple[bool, bool]:
    """(bold, italic) of a registered family member."""
    _, bold, italic = ps2tt(font_name)
    return bool(bold), bool(italic)


@cache
def font_for(code: int, base: str) -> str | None:
    """The font to set character ``code`` in when ``base`` lacks it (None: keep ``base``).

    The fallback is in ``base``'s style: bold text falls back to bold, drawn
    synthetically where the fallback's bold or italic face lacks the character.
    """
    if code in _coverage(base) or chr(code).isspace():
        return None
    style = style_of(base)
    chain = next((f for f in _fallbacks() if code in _coverage(f.regular)), None)
    if chain is None:
        cid = _cid_font(code)
        return cid.styled(*style) if cid else None
    styled = chain.styled(*style)
    if code in _coverage(styled):
        return styled
    # a style face with fewer scripts than its regular (DejaVu Sans Oblique has no Arabic): made from the regular
    return variant(f"{chain.regular}-{STYLES[STYLE_KEYS.index(style)]}", chain.regular, *style)


#: Longest text set as one paragraph. Why a limit: reportlab re-wraps the rest of a
#: paragraph at every page break, so time grows with the square of its length
#: (20,000 characters: under a second; 1,000,000: hours). Ten pages of one
#: paragraph is far beyond any résumé.
MAX_TEXT = 20_000


def markup(text: str, base: str) -> str:
    """``text`` escaped for a Paragraph, with runs ``base`` lacks wrapped in ``<font name>``.

    Arabic is set in its joined letter forms (:mod:`.shaping`).

    ASCII text (the common case) is escaped and returned with no look-ups.
    """
    text = clean(text)
    if len(text) > MAX_TEXT:
        raise VitaError(f"a text of {len(text):,} characters ({text[:24]!r}…) is too long for one paragraph "
                        f"of a PDF (the limit is {MAX_TEXT:,}); split it or shorten it")
    if text.isascii():
        return escape(text)
    return "".join(_wrap(run, font) for run, font in _font_runs(shape(text), base))


def _font_runs(text: str, base: str) -> list[tuple[str, str | None]]:
    """(run, font) pieces of ``text``: font None where ``base`` has the characters."""
    out: list[tuple[str, str | None]] = []
    run: list[str] = []
    current: str | None = None
    for ch in text:
        font = None if ord(ch) < 0x80 else font_for(ord(ch), base)
        if font != current and not (ch.isspace() and current):
            out.append(("".join(run), current))
            run, current = [], font
        run.append(ch)
    out.append(("".join(run), current))
    return out


def text_width(text: str, base: str, size: float) -> float:
    """The width ``text`` takes when drawn, each run in the font it falls back to (CJK is wider than ``base``)."""
    text = clean(text)
    if text.isascii():
        return pdfmetrics.stringWidth(text, base, size)
    return sum(pdfmetrics.stringWidth(run, font or base, size) for run, font in _font_runs(shape(text), base))


def _wrap(text: str, font: str | None) -> str:
    return f'<font name="{font}">{escape(text)}</font>' if font and text else escape(text)
