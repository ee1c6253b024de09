"""Hyperlinks as Word makes them: ``w:hyperlink`` with an external relationship.

Why real hyperlinks: Word, LibreOffice, ATS tools and Vita's own DOCX reader
all see a clickable target (``mailto:`` for e-mail, ``https://`` for sites,
profiles and publications), and the text stays plain, editable words.
"""
from __future__ import annotations

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml.etree import _Element

from ...render.text import clean
from .ooxml import el
from .runs import run


def hyperlink(document: Document, url: str, text: str, *, style: str) -> _Element:
    """A ``w:hyperlink`` to ``url`` showing ``text`` in the character style ``style``."""
    rid = document.part.relate_to(clean(url), RT.HYPERLINK, is_external=True)
    node = el("w:hyperlink", run(text, style=style), history=1)
    node.set(qn("r:id"), rid)
    return node
