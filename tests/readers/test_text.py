"""Text-based documents (text, Markdown, HTML): any encoding a résumé is saved in reads; binary data never does."""
from __future__ import annotations

import pytest

from converter import registry
from converter.errors import InputError
from converter.readers.text import document_text

BINARY = "is binary data, not text (it holds NUL bytes); give --from if it is another format"
CV = "Ada Lovelace\nada@example.org\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_every_encoding_a_resume_is_saved_in(encoding: str) -> None:
    assert document_text(CV.encode(encoding)) == CV


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00<html><body>Ada</body></html>",
                                  b"Ada\x00Lovelace", b"\x7fELF\x02\x01\x01\x00\x00\x00"])
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_binary_data_is_refused_by_every_text_reader(fmt: str, data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        registry.reader(fmt).load(data)
    assert str(caught.value) == BINARY


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("fmt", sorted(["txt", "md", "html", "json", "yaml", "pdf", "docx"]))
def test_empty_input_is_named_empty_by_every_reader(fmt: str, data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        registry.reader(fmt).load(data)
    assert str(caught.value) == "is empty"
