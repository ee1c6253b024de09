"""Font families shared by the writers: one theme name, the same look in PDF and DOCX.

Why metric-compatible pairs: the PDF embeds Liberation fonts (free, shippable,
on most Linux machines), the DOCX names the fonts they are metric-compatible
with (Times New Roman, Arial, Courier New) so Word lays the text out the same,
and LibreOffice substitutes Liberation for them. Page counts then agree.
A theme's ``font.body``/``font.heading`` is a generic name below or any
installed family name (used as given).
"""
from __future__ import annotations

#: generic theme name → (family embedded in PDFs, family named in DOCX files)
FAMILIES: dict[str, tuple[str, str]] = {
    "serif": ("Liberation Serif", "Times New Roman"),
    "sans": ("Liberation Sans", "Arial"),
    "mono": ("Liberation Mono", "Courier New"),
}

#: East-Asian font named on DOCX runs so Word picks CJK glyphs (PDF resolves its own).
DOCX_EAST_ASIAN = "Noto Sans CJK SC"


#: Proprietary families a theme may name, embedded in PDFs as their free metric-compatible twins.
PDF_TWINS: dict[str, str] = {
    "times new roman": "Liberation Serif", "times": "Liberation Serif",
    "arial": "Liberation Sans", "helvetica": "Liberation Sans",
    "courier new": "Liberation Mono", "courier": "Liberation Mono",
}


def pdf_family(name: str) -> str:
    """The font family a PDF should embed for a theme font name."""
    key = name.lower()
    return FAMILIES[key][0] if key in FAMILIES else PDF_TWINS.get(key, name)


def docx_family(name: str) -> str:
    """The font family a DOCX should name for a theme font name."""
    return FAMILIES.get(name.lower(), (name, name))[1]
