"""Word (.docx) résumés → lines with the cues Word keeps: styles, lists, bold, tabs, links.

Order of the lines: page headers, then footers (contact details often live
only there), then the body. Page numbers in headers and footers are dropped;
a header line repeated by several sections is kept once.

Safety: the ZIP directory is checked for bombs and every XML part for a DTD
(:mod:`converter.readers._limits`) before python-docx parses anything;
python-docx's own lxml parser also never resolves entities.
"""
from __future__ import annotations

import io
from dataclasses import replace

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ...errors import InputError
from ...lines import Line
from ...registry import Reader, register
from .._limits import ZIP_ERRORS, check_xml_parts, open_zip
from .._pages import is_page_number
from .styles import Styles
from .walk import Walker

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _open(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    archive = open_zip(data, "DOCX")
    with archive:
        if "word/document.xml" not in archive.namelist():
            raise InputError("not a DOCX file: it has no word/document.xml (an ODT, XLSX or other ZIP?)")
        check_xml_parts(archive, "DOCX")
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, etree.XMLSyntaxError, *ZIP_ERRORS) as exc:
        raise InputError(f"not a readable DOCX file ({exc})") from None
    except (AttributeError, TypeError, IndexError) as exc:  # python-docx walking parts that lack what Word writes
        raise InputError(f"not a readable DOCX file: a part is malformed ({type(exc).__name__}: {exc})") from None


def _links(part) -> dict[str, str]:
    """Relationship id → URL for the part's external hyperlinks."""
    return {rid: rel.target_ref for rid, rel in part.rels.items() if rel.is_external and rel.reltype == RT.HYPERLINK}


def _furniture_parts(document) -> list:
    """Header parts, then footer parts, in section order, each once."""
    body = document.element.body
    found: list = []
    for kind in ("w:headerReference", "w:footerReference"):
        for ref in body.iter(_W + kind.split(":")[1]):
            part = document.part.related_parts.get(ref.get(_R_ID, ""))
            if part is not None and all(part is not p for p in found):
                found.append(part)
    return found


def docx_lines(data: bytes) -> list[Line]:
    """The document's lines: header and footer first, then the body in reading order."""
    document = _open(data)
    styles = Styles(document.styles.element)
    lines: list[Line] = []
    seen: set[str] = set()
    for part in _furniture_parts(document):
        for draft in Walker(styles, _links(part)).blocks(part.element):
            key = draft.line.text + "\t" + draft.line.right
            if not is_page_number(draft.line.text) and key not in seen:
                seen.add(key)
                lines.append(draft.line)
    lines.extend(d.line for d in Walker(styles, _links(document.part)).blocks(document.element.body))
    return [replace(line, number=n) for n, line in enumerate(lines, start=1)]


register(Reader("docx", (".docx",), "Word résumé (.docx): styles, lists, tables, text boxes, headers",
                lines=docx_lines))
