"""The résumé photo (``basics.image``), floated at the right of the header as in the PDF.

Why only local files: Vita never fetches anything at run time, so a URL is
left out (the PDF writer does the same); an unreadable or unknown image is
skipped rather than failing the résumé. Why floating: an inline picture
would push the name down; anchored at the top right margin the header text
wraps beside it, like the PDF's two-column header.
"""
from __future__ import annotations

from docx.document import Document
from docx.image.exceptions import InvalidImageStreamError, UnexpectedEndOfFileError, UnrecognizedImageError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from lxml.etree import _Element

from ...render.image import local_image
from .ooxml import el

WIDTH = Mm(24)
_ANCHOR = (f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="114300" distR="0" simplePos="0" '
           'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
           '<wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '</wp:anchor>')


def photo_run(document: Document, image: str) -> _Element | None:
    """A run holding the photo anchored at the top right of the text area, or None."""
    path = local_image(image)
    if path is None:
        return None
    try:
        inline = document.part.new_pic_inline(str(path), width=WIDTH)
    except (OSError, UnrecognizedImageError, InvalidImageStreamError, UnexpectedEndOfFileError, ValueError,
            ZeroDivisionError):  # a damaged picture: the résumé goes without it
        return None
    anchor = parse_xml(_ANCHOR)
    extent = inline.find(qn("wp:extent"))
    anchor.append(extent)
    anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
    anchor.append(parse_xml(f'<wp:wrapSquare {nsdecls("wp")} wrapText="left"/>'))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        node = inline.find(qn(tag))
        if node is not None:
            anchor.append(node)
    return el("w:r", el("w:drawing", anchor))
