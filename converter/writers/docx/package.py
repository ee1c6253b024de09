"""The document's bytes: one zip written with fixed entry dates in a fixed order.

Why not ``Document.save``: python-docx stamps each zip entry with the clock,
so two runs differ. This writes the same entries python-docx would
(content types, package relationships, each part and its relationships),
in the same order, all dated 1980-01-01.
"""
from __future__ import annotations

import io
import zipfile

from docx.document import Document
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem

_DATE = (1980, 1, 1, 0, 0, 0)


def _entries(document: Document) -> list[tuple[str, bytes]]:
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    entries = [(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob),
               (PACKAGE_URI.rels_uri.membername, package.rels.xml)]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, part.rels.xml))
    return entries


def to_bytes(document: Document) -> bytes:
    """The .docx file, byte-for-byte the same for the same document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in _entries(document):
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()
