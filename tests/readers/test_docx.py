"""The DOCX reader: styles, lists, tables, text boxes, headers, links; hostile files refused."""
from __future__ import annotations

import io
import zipfile

import pytest

from converter.api import MAX_INPUT_BYTES
from converter.errors import InputError
from converter.lines import Line
from converter.readers._limits import MAX_RATIO, MAX_UNZIPPED_BYTES
from converter.readers.docx import docx_lines
from converter.registry import reader_for_extension

from . import build_docx


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return docx_lines(build_docx.resume())


def test_registered_for_docx_extension() -> None:
    assert reader_for_extension(".docx").lines is docx_lines


def test_reading_order_header_first_then_body_tables_and_text_box(lines: list[Line]) -> None:
    assert [line.text for line in lines] == [
        "jane@example.com · +1 555 0100 · [janeexample.dev](https://janeexample.dev)",
        "Jane Example",
        "Backend Engineer",
        "Summary",
        "Ten years in finance and logistics. Builds reliable **payment** systems.",
        "Experience",
        "Senior Engineer, Acme Corp",
        "Berlin, Germany",
        "Led the migration of the ledger to event sourcing.",
        "Cut p99 latency from 900 ms to 120 ms.",
        "Software Engineer, Globex",
        "Hamburg, Germany",
        "Built the fleet tracking service.",
        "Introduced contract tests.",
        "Projects",
        "ledgerlite: [github.com/jane/ledgerlite](https://github.com/jane/ledgerlite)",
        "Skills",
        "**Languages:** Python, Go",
        "**Data:** PostgreSQL, Kafka",
        "Interests",
        "Climbing",
        "Chess",
    ]
    assert [line.number for line in lines] == list(range(1, 23))


def test_footer_page_number_is_dropped(lines: list[Line]) -> None:
    assert not any(line.text.startswith("Page") for line in lines)


def test_heading_levels_from_title_and_heading_styles(lines: list[Line]) -> None:
    assert [(line.text, line.heading) for line in lines if line.heading] == [
        ("Jane Example", 1), ("Summary", 2), ("Experience", 2), ("Projects", 2), ("Skills", 2)]
    by_text = {line.text: line for line in lines}
    assert by_text["Summary"].bold and by_text["Summary"].size == 1.27
    assert by_text["Jane Example"].size == 2.36


def test_right_tab_stop_and_right_aligned_table_cell_give_right(lines: list[Line]) -> None:
    assert [(line.text, line.right, line.bold) for line in lines if line.right] == [
        ("Senior Engineer, Acme Corp", "Jan 2019 – Present", True),
        ("Software Engineer, Globex", "Mar 2015 – Dec 2018", True),
    ]


def test_list_bullet_style_and_italic_runs(lines: list[Line]) -> None:
    assert [line.text for line in lines if line.bullet] == [
        "Led the migration of the ledger to event sourcing.", "Cut p99 latency from 900 ms to 120 ms."]
    by_text = {line.text: line for line in lines}
    assert by_text["Berlin, Germany"].italic and not by_text["Berlin, Germany"].bold
    assert by_text["Backend Engineer"].italic


def test_bold_and_size_inherited_from_a_custom_style_chain() -> None:
    heading, body = docx_lines(build_docx.styled_heading_resume())
    assert (heading.text, heading.heading, heading.bold, heading.size) == ("Education", 3, True, 1.27)
    assert (body.heading, body.bold, body.size) == (0, False, 1.0)


def test_corrupt_zip_is_refused() -> None:
    data = build_docx.resume()
    with pytest.raises(InputError, match=r"^not a DOCX file: the ZIP container is corrupt"):
        docx_lines(data[:200])


def test_zip_without_a_word_document_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<office/>")
    with pytest.raises(InputError, match=r"^not a DOCX file: it has no word/document\.xml"):
        docx_lines(buf.getvalue())


_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&d;&d;&d;&d;&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>"""
_EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("xml", [_BOMB, _EXTERNAL, _EXTERNAL.decode().replace('"1.0"', '"1.0" encoding="UTF-16"')
                                 .encode("utf-16")], ids=["entity-bomb", "external-entity", "utf16-external"])
def test_xml_with_a_dtd_is_refused_before_parsing(xml: bytes) -> None:
    with pytest.raises(InputError) as caught:
        docx_lines(build_docx.with_part("word/document.xml", xml))
    assert str(caught.value) == ("DOCX part word/document.xml declares a DTD, which Office never writes; "
                                 "refusing it (XML entity attack?)")


def test_zip_bomb_over_the_total_size_is_refused_from_the_directory() -> None:
    data = build_docx.with_part("word/media/filler.bin", b"\0" * (MAX_UNZIPPED_BYTES + 1))
    with pytest.raises(InputError, match=r"^DOCX would unpack to \d+ MB; the limit is 50 MB \(possible ZIP bomb\)$"):
        docx_lines(data)


def test_zip_bomb_by_compression_ratio_is_refused() -> None:
    data = build_docx.with_part("word/media/filler.bin", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(InputError, match=rf"compressed \d+ times; the limit is {MAX_RATIO} \(possible ZIP bomb\)$"):
        docx_lines(data)


def test_malformed_xml_part_is_one_line() -> None:
    with pytest.raises(InputError, match=r"^not a readable DOCX file \("):
        docx_lines(build_docx.with_part("word/document.xml", b"<w:document><unclosed>"))


def test_oversized_input_is_refused_before_unzipping() -> None:
    with pytest.raises(InputError, match=r"^is 20\.0 MB; the limit is 20 MB$"):
        docx_lines(b"PK\x03\x04" + b"\0" * MAX_INPUT_BYTES)


def test_malformed_package_parts_are_one_line() -> None:
    """A ZIP with a namespace-less [Content_Types].xml: python-docx raised AttributeError."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputError) as caught:
        docx_lines(buffer.getvalue())
    assert str(caught.value).startswith("not a readable DOCX file: a part is malformed (AttributeError: ")


def test_document_without_text_is_not_an_empty_resume() -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(InputError) as caught:
        reader_for_extension(".docx").load(buffer.getvalue())
    assert str(caught.value) == "holds no text (an empty document, or only pictures?)"


def test_zip_directory_claiming_a_future_version_is_one_line() -> None:
    """A damaged central directory made zipfile raise NotImplementedError (found by mutating a résumé)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 240  # "version needed to extract": 24.0
    with pytest.raises(InputError) as caught:
        docx_lines(bytes(data))
    assert str(caught.value) == "not a DOCX file: the ZIP container is corrupt (zip file version 24.0)"
