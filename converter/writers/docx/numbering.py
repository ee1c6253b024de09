"""The bullet list definition behind ``List Bullet``: a real Word list, not typed bullets.

Why a numbering definition: Word and LibreOffice treat paragraphs that point
at one as a list (Tab/Shift-Tab indent, the bullet follows the style), and
DOCX readers see list items. The bullet character is the theme's, set in
the body font so it looks as in the PDF.
"""
from __future__ import annotations

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from lxml.etree import _Element

from .ooxml import el, fonts, val


def _numbering(document: Document) -> _Element:
    """The document's ``w:numbering`` element, creating the part when the document has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return element


def _next_id(root: _Element, tag: str, attr: str) -> int:
    used = [int(n.get(qn(attr))) for n in root.iterchildren(qn(tag)) if (n.get(qn(attr)) or "").isdigit()]
    return max(used, default=0) + 1


def add_bullets(document: Document, bullet: str, font: str | None) -> int:
    """Define a one-level bullet list with ``bullet`` as its marker; its ``numId``.

    The ``nsid`` is fixed, not random, so the same résumé gives the same bytes.
    """
    root = _numbering(document)
    abstract_id, num_id = _next_id(root, "w:abstractNum", "w:abstractNumId"), _next_id(root, "w:num", "w:numId")
    level = el("w:lvl", val("w:start", 1), val("w:numFmt", "bullet"), val("w:lvlText", bullet),
               val("w:lvlJc", "left"), el("w:rPr", fonts(font)), ilvl=0)
    abstract = el("w:abstractNum", val("w:nsid", f"{0x56495441 + abstract_id:08X}"),
                  val("w:multiLevelType", "singleLevel"), level, abstractNumId=abstract_id)
    nums = list(root.iterchildren(qn("w:num")))
    if nums:
        nums[0].addprevious(abstract)
    else:
        root.append(abstract)
    root.append(el("w:num", val("w:abstractNumId", abstract_id), numId=num_id))
    return num_id
