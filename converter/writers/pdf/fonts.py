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
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ...errors import VitaError
from ...render import pdf_family
from ...render.text import clean

BUNDLED = Path(__file__).resolve().parent / "fontfiles"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
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


def _register(name: str, path: Path) -> str | None:
    """Register one TrueType file under ``name``; None if reportlab cannot use it."""
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
        except (TTFError, OSError, ValueError):
            return None
    return name


def _family_files(family: str) -> list[Path] | None:
    """The four style files of a family: bundled first, then installed ones."""
    stem = family.replace(" ", "")
    bundled = [BUNDLED / f"{stem}-{style}.ttf" for style in STYLES]
    if all(p.is_file() for p in bundled):
        return bundled
    files = installed_files()
    regular = files.get(f"{stem}-regular.ttf".lower()) or files.get(f"{stem}.ttf".lower())
    if regular is None:
        return None
    variants = {"Bold": ("-Bold",), "Italic": ("-Italic", "-Oblique"), "BoldItalic": ("-BoldItalic", "-BoldOblique")}
    out = [regular]
    for style in STYLES[1:]:
        match = next((files[k] for s in variants[style] if (k := f"{stem}{s}.ttf".lower()) in files), None)
        out.append(match or (out[1] if style == "BoldItalic" and len(out) > 1 else regular))
    return out


def _register_family(family: str, files: list[Path]) -> Family | None:
    stem = family.replace(" ", "")
    names = [_register(f"{stem}-{style}", path) for style, path in zip(STYLES, files, strict=True)]
    if None in names:
        return None
    result = Family(*names)  # type: ignore[arg-type]
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
        if files and (registered := _register_family(candidate, files)):  # type: ignore[arg-type]
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
def _fallbacks() -> tuple[str, ...]:
    """Registered names of the installed fallback fonts, in chain order."""
    files = installed_files()
    names = (_register(f"Fallback-{Path(f).stem}", files[f.lower()]) for f in FALLBACK_FILES if f.lower() in files)
    return tuple(_single(n) for n in names if n)


def _single(name: str) -> str:
    """Make ``name`` its own family, so ``<b>``/``<i>`` around a fallback run keep it."""
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return name


def _cid_font(code: int) -> str | None:
    for (low, high), name in CID_RANGES:
        if low <= code <= high:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(UnicodeCIDFont(name))
            return _single(name)
    return None


@cache
def font_for(code: int, base: str) -> str | None:
    """The font to set character ``code`` in when ``base`` lacks it (None: keep ``base``)."""
    if code in _coverage(base) or chr(code).isspace():
        return None
    for name in _fallbacks():
        if code in _coverage(name):
            return name
    return _cid_font(code)


#: Longest text set as one paragraph. Why a limit: reportlab re-wraps the rest of a
#: paragraph at every page break, so time grows with the square of its length
#: (20,000 characters: under a second; 1,000,000: hours). Ten pages of one
#: paragraph is far beyond any résumé.
MAX_TEXT = 20_000


def markup(text: str, base: str) -> str:
    """``text`` escaped for a Paragraph, with runs ``base`` lacks wrapped in ``<font name>``.

    ASCII text (the common case) is escaped and returned with no look-ups.
    """
    text = clean(text)
    if len(text) > MAX_TEXT:
        raise VitaError(f"a text of {len(text):,} characters ({text[:24]!r}…) is too long for one paragraph "
                        f"of a PDF (the limit is {MAX_TEXT:,}); split it or shorten it")
    if text.isascii():
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    for ch in text:
        font = None if ord(ch) < 0x80 else font_for(ord(ch), base)
        if font != current and not (ch.isspace() and current):
            out.append(_wrap("".join(run), current))
            run, current = [], font
        run.append(ch)
    out.append(_wrap("".join(run), current))
    return "".join(out)


def _wrap(text: str, font: str | None) -> str:
    return f'<font name="{font}">{escape(text)}</font>' if font and text else escape(text)
