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


def read_text_lines(data: bytes) -> list[Line]:
    """The lines of a text résumé; binary data (NUL bytes) is refused, not parsed as mojibake."""
    text = decode_text(data)
    if "\x00" in text:
        raise InputError("is binary data, not text (it holds NUL bytes); give --from if it is another format")
    return text_lines(text)


register(Reader("txt", (".txt", ".text"), "plain-text résumé, any layout", lines=read_text_lines))
register(Reader("md", (".md", ".markdown"), "Markdown résumé (also pages with YAML front matter)",
                lines=read_text_lines))
