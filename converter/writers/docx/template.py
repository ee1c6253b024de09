"""The starting document: python-docx's default template, trimmed once and kept as bytes.

Why trim and cache: the default template carries 160 styles, a thumbnail,
customXml and a second styles part; Vita writes its own styles, so loading
and saving all that on every résumé only costs time. The trimmed package is
made on first use and re-opened from memory afterwards (a fresh, mutable
copy per document).
"""
from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from typing import Any

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

#: styles kept from the default template (the rest are Vita's own, written from the theme)
_KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
#: parts of the default template a résumé has no use for
_DROP = {RT.THUMBNAIL, RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}


def drop_relationships(rels: dict[str, Any], keep: Callable[[str, Any], bool]) -> None:
    """Remove the relationships ``keep(rId, rel)`` says no to (their parts are not saved)."""
    for rid, rel in list(rels.items()):
        if not keep(rid, rel):
            del rels[rid]


#: docProps/app.xml: the application that wrote the file (the template names Mac Word)
_APP = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        b"<Application>Vita</Application><DocSecurity>0</DocSecurity></Properties>")


def _modernise(document: Document) -> None:
    """Word 2013+ layout rules (no "Compatibility Mode" banner), no preview picture, Vita as the application."""
    settings = document.settings.element
    for node in settings.iter(qn("w:compatSetting")):
        if node.get(qn("w:name")) == "compatibilityMode":
            node.set(qn("w:val"), "15")
    for node in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(node)
    package = document.part.package
    drop_relationships(package.rels, lambda rid, rel: rel.reltype != RT.EXTENDED_PROPERTIES)
    package.relate_to(Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, _APP, package),
                      RT.EXTENDED_PROPERTIES)


def _trimmed() -> bytes:
    document = docx.Document()
    drop_relationships(document.part.package.rels, lambda rid, rel: rel.reltype not in _DROP)
    drop_relationships(document.part.rels, lambda rid, rel: rel.reltype not in _DROP)
    styles = document.styles.element
    for node in list(styles.iterchildren(qn("w:style"))):
        if node.get(qn("w:styleId")) not in _KEEP_STYLES:
            styles.remove(node)
    fonts = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    if fonts is not None:  # theme fonts outrank named ones; Vita names its fonts
        fonts.getparent().remove(fonts)
    _modernise(document)
    numbering = document.part.numbering_part.element
    for node in list(numbering):
        numbering.remove(node)
    body = document.element.body
    for child in list(body):
        if child is not body.sectPr:
            body.remove(child)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@cache
def _default_bytes() -> bytes:
    return _trimmed()


def default_document() -> Document:
    """A fresh copy of the trimmed default template."""
    return docx.Document(io.BytesIO(_default_bytes()))
