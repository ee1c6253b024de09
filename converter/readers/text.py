"""Plain-text and Markdown résumés: lines as written, the parser finds the structure."""
from __future__ import annotations

from ..errors import InputError
from ..lines import Line, text_lines
from ..registry import Reader, register

#: Byte-order marks and the encodings they announce.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(data: bytes) -> str:
    """Text from bytes: BOM if any, else UTF-8, else cp1252 (never fails).

    Why lenient: a résumé saved by an old editor is still a résumé; mojibake
    and stray bytes are repaired by the parser's clean-up, not rejected.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: every other byte NUL (ASCII-range text)."""
    for zeros, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if len(data) >= 4 and len(data) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            return data.decode(encoding, errors="replace")
    return None


def document_text(data: bytes) -> str:
    """The text of a text-based document (text, Markdown, HTML); binary data is refused, not parsed.

    Why refuse: a picture or program renamed ``cv.txt`` would otherwise
    "convert" into a summary of mojibake with exit status 0.
    """
    text = _utf16_without_bom(data) if not data.startswith(tuple(b for b, _ in _BOMS)) else None
    text = decode_text(data) if text is None else text
    if "\x00" in text:
        raise InputError("is binary data, not text (it holds NUL bytes); give --from if it is another format")
    return text


def read_text_lines(data: bytes) -> list[Line]:
    return text_lines(document_text(data))


register(Reader("txt", (".txt", ".text"), "plain-text résumé, any layout", lines=read_text_lines))
register(Reader("md", (".md", ".markdown"), "Markdown résumé (also pages with YAML front matter)",
                lines=read_text_lines))
