"""A user's own Word file (.docx or .dotx) as the template: its styles, fonts and page setup, none of its text.

Why (pandoc's reference document): people and employers keep a house style
in a .docx; ``--set docx.reference=FILE`` makes the résumé use it. The file's
body is emptied, keeping the last section's page setup (size, margins,
headers and footers); media and links only the old body used are dropped.
The emptied file is cached as bytes, keyed by path, size and modification
time, so a batch re-reads it once.
"""
from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError

from ...errors import InputError
from ...readers._limits import ZIP_ERRORS, check_xml_parts, open_zip
from .template import drop_relationships

#: relationships that belong to body content (dropped when nothing left refers to them)
_CONTENT = {RT.IMAGE, RT.HYPERLINK, RT.CHART, RT.OLE_OBJECT, RT.PACKAGE, RT.DIAGRAM_DATA, RT.DIAGRAM_LAYOUT,
            RT.DIAGRAM_QUICK_STYLE, RT.DIAGRAM_COLORS, RT.VIDEO, RT.AUDIO}
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx) repackaged as a document (.docx): only its main content type differs.

    The package passes the same size, ZIP-bomb and DTD checks as a DOCX résumé does: a reference file is
    as untrusted as any input.
    """
    with open_zip(data, "Word") as src:
        check_xml_parts(src, "Word")
        types = src.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE) if item.filename ==
                             "[Content_Types].xml" else src.read(item))
    return out.getvalue()


def _emptied(path: Path, shown: str) -> bytes:
    try:
        document = docx.Document(io.BytesIO(_as_document(path.read_bytes())))
    except PackageNotFoundError:
        raise InputError(f"{shown}: docx.reference is not a readable Word .docx file (not a zip package)") from None
    except InputError as exc:
        raise InputError(f"{shown}: docx.reference is not a readable Word .docx file ({exc})") from None
    except (*ZIP_ERRORS, AttributeError, TypeError, IndexError) as exc:  # python-docx on malformed parts
        raise InputError(f"{shown}: docx.reference is not a readable Word .docx file ({exc})") from None
    body = document.element.body
    for child in list(body):
        if child is not body.sectPr:
            body.remove(child)
    used = {value for node in document.element.iter() for key, value in node.attrib.items()
            if key.startswith(_R_NS)}
    drop_relationships(document.part.rels, lambda rid, rel: rid in used or rel.reltype not in _CONTENT)
    # LibreOffice relates core properties by another (older) type; python-docx would then add a second
    # docProps/core.xml, so that relationship goes and Vita's core properties replace it.
    drop_relationships(document.part.package.rels, lambda rid, rel: rel.reltype == RT.CORE_PROPERTIES
                       or not rel.reltype.endswith("/metadata/core-properties"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@lru_cache(maxsize=8)
def _cached(path: str, size: int, mtime: int, shown: str) -> bytes:
    return _emptied(Path(path), shown)


def reference_document(name: str) -> Document:
    """A fresh, empty copy of the reference document ``name``; one clear error when it cannot be used."""
    path = Path(name).expanduser()
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError(f"{name}: docx.reference file cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise InputError(f"{name}: docx.reference is not a file")
    return docx.Document(io.BytesIO(_cached(str(path.resolve()), stat.st_size, stat.st_mtime_ns, name)))
