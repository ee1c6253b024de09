"""converter/lines.py: the line model of plain text and Markdown."""
from __future__ import annotations

from converter.lines import text_lines
from converter.parse import parse_text


def test_a_leading_byte_order_mark_is_no_part_of_the_first_line():
    assert [(ln.text, ln.number) for ln in text_lines("\ufeff# Ada Lovelace\r\nada@example.com")] == [
        ("# Ada Lovelace", 1), ("ada@example.com", 2)]


def test_front_matter_after_a_byte_order_mark_is_still_front_matter():
    doc = parse_text("\ufeff---\ntitle: Ada Lovelace\n---\n\nada@example.com\n").resume
    assert doc["basics"]["name"] == "Ada Lovelace"
