"""Damaged documents: every reader either reads them or says why in one line, never crashes.

Why seeded corruption: real files arrive truncated by a mail client, with a
block of bytes overwritten, or cut in the middle; each kind is applied to a
valid PDF, DOCX and HTML résumé at seeded random places, so a failure is
reproducible from its test id.
"""
from __future__ import annotations

import random

import pytest

from converter.errors import InputError
from converter.readers.docx import docx_lines
from converter.readers.html import html_lines
from converter.readers.pdf import pdf_lines
from tests.conftest import FIXTURES

from . import build_docx, build_pdf

SOURCES = {
    "pdf": (pdf_lines, build_pdf.two_page_resume()),
    "docx": (docx_lines, build_docx.resume()),
    "html": (html_lines, (FIXTURES / "documents" / "even-theme.html").read_bytes()),
}


def damage(data: bytes, seed: int) -> bytes:
    """Overwrite random bytes, truncate, or cut a slice out, chosen by the seed."""
    rng = random.Random(seed)
    out = bytearray(data)
    kind = seed % 3
    if kind == 0:
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == 1:
        del out[rng.randrange(len(out)):]
    else:
        start = rng.randrange(len(out))
        del out[start:start + rng.randint(1, 200)]
    return bytes(out)


@pytest.mark.parametrize("fmt", sorted(SOURCES))
@pytest.mark.parametrize("seed", range(40))
def test_damaged_document_reads_or_fails_in_one_plain_line(fmt: str, seed: int) -> None:
    read, data = SOURCES[fmt]
    try:
        lines = read(damage(data, seed))
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
    else:
        assert [line.number for line in lines] == list(range(1, len(lines) + 1))
