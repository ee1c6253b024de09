"""Building WordprocessingML elements by hand, in schema order.

Why not python-docx's property setters: they edit what is already there and
leave theme attributes (``w:asciiTheme``, ``w:themeColor``) that silently
outrank the values Vita sets. Styles and numbering are written whole from a
theme, so a small element builder is simpler and exact.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element


def el(tag: str, *children: _Element | None, **attrs: str | int) -> _Element:
    """``el("w:spacing", before=120)`` → ``<w:spacing w:before="120"/>``; None children are skipped."""
    node = OxmlElement(tag)
    for key, value in attrs.items():
        node.set(qn(f"w:{key}"), str(value))
    for child in children:
        if child is not None:
            node.append(child)
    return node


def val(tag: str, value: str | int) -> _Element:
    """An element whose only attribute is ``w:val``."""
    return el(tag, val=value)


def pt_to_twips(pt: float) -> int:
    return round(pt * 20)


def hex_color(color: str) -> str:
    """``#1A2b3c`` → ``1A2B3C`` as Word writes colours."""
    return color.lstrip("#").upper()


def fonts(family: str | None, east_asian: str | None = None) -> _Element | None:
    """``w:rFonts`` naming a family for Latin and complex scripts (and East-Asian when given)."""
    if not family and not east_asian:
        return None
    attrs = {"ascii": family, "hAnsi": family, "cs": family} if family else {}
    if east_asian:
        attrs["eastAsia"] = east_asian
    return el("w:rFonts", **attrs)
