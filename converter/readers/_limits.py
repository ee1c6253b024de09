"""Limits that keep hostile documents from exhausting memory or time.

Why here and checked first: a DOCX is a ZIP archive, and a ZIP of a few
kilobytes can inflate to gigabytes; an XML part can declare entities that
expand a billion times or fetch a file from the disk or the network. The
sizes are checked from the ZIP directory before anything is inflated; the
XML parts' bytes are then searched for a DTD before any XML parser sees
them. Each problem becomes one plain :class:`~converter.errors.InputError`
line.

Documented limits:

* an input file is at most ``converter.api.MAX_INPUT_BYTES`` (20 MB);
* a ZIP-based document inflates to at most ``MAX_UNZIPPED_BYTES`` (50 MB) in
  total, no member inflates more than ``MAX_RATIO`` times its packed size
  (once it is over 1 MB), and it has at most ``MAX_MEMBERS`` members;
* an XML part must not declare a DTD (``<!DOCTYPE``): Office never writes one,
  and it is the vehicle of entity bombs and external entities.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from ..errors import InputError

MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000
_RATIO_FLOOR = 1024 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: What reading a damaged ZIP member can raise.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, KeyError,
              NotImplementedError, RuntimeError)


def check_size(data: bytes) -> None:
    """Refuse inputs over the documented size limit (bytes given straight to the API)."""
    from ..api import MAX_INPUT_BYTES

    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"is {len(data) / 2**20:.1f} MB; the limit is {MAX_INPUT_BYTES // 2**20} MB")


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """The archive, after its directory shows it is not a ZIP bomb."""
    check_size(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except ZIP_ERRORS as exc:  # a damaged directory can claim a ZIP version from the future
        raise InputError(f"not a {what} file: the ZIP container is corrupt ({exc})") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{what} holds {len(members)} parts; the limit is {MAX_MEMBERS}")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(f"{what} would unpack to {total / 2**20:.0f} MB; the limit is "
                         f"{MAX_UNZIPPED_BYTES // 2**20} MB (possible ZIP bomb)")
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise InputError(f"{what} part {m.filename} is compressed {m.file_size // max(m.compress_size, 1)}"
                             f" times; the limit is {MAX_RATIO} (possible ZIP bomb)")
    return archive


def check_xml_parts(archive: zipfile.ZipFile, what: str) -> None:
    """Refuse any XML part that declares a DTD (entity bombs, external entities)."""
    for m in archive.infolist():
        if not m.filename.endswith((".xml", ".rels")):
            continue
        try:
            raw = archive.read(m)
        except ZIP_ERRORS as exc:
            raise InputError(f"not a {what} file: part {m.filename} is corrupt ({exc})") from None
        if raw.startswith(_UTF16_BOMS):
            raw = raw.decode("utf-16", errors="replace").encode("utf-8")
        if _DOCTYPE.search(raw):
            raise InputError(f"{what} part {m.filename} declares a DTD, which Office never writes; "
                             "refusing it (XML entity attack?)")
