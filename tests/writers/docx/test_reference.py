"""``--set docx.reference=FILE``: the user's styles and page setup, none of its content."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, RGBColor

from converter.errors import InputError

from .conftest import EVERYTHING, render, reopen


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A house-style document: red Georgia headings, Letter paper, wide margins, some content."""
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
    heading.font.name = "Georgia"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    section.left_margin = section.right_margin = Mm(30)
    document.add_heading("Template heading that must not appear", 1)
    document.add_paragraph("Template text that must not appear")
    path = tmp_path / "house.docx"
    document.save(str(path))
    return path


def test_reference_styles_and_page_are_used(template: Path) -> None:
    document = reopen(render(EVERYTHING, "classic", f"docx.reference={template}"))
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xC0, 0x10, 0x10) and heading.font.name == "Georgia"
    section = document.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1) and abs(section.left_margin - Mm(30)) < Mm(0.1)
    (stop,) = document.styles["Entry Title"].paragraph_format.tab_stops
    assert abs(stop.position - (Mm(215.9) - Mm(60))) < Mm(0.1)


def test_reference_content_is_ignored(template: Path) -> None:
    document = reopen(render(EVERYTHING, "classic", f"docx.reference={template}"))
    text = [p.text for p in document.paragraphs]
    assert not any("must not appear" in t for t in text)
    assert text[0] == "李小龍 Lee" and "Experience" in text


def test_missing_styles_are_added_without_a_look_of_their_own(template: Path) -> None:
    document = reopen(render(EVERYTHING, "modern", f"docx.reference={template}"))
    contact = document.styles["Contact"]
    assert contact.base_style.name == "Normal" and contact.font.name is None and contact.font.color.rgb is None
    assert [p.style.name for p in document.paragraphs][:3] == ["Title", "Subtitle", "Contact"]
    assert document.styles["Hyperlink"].font.color.rgb == RGBColor.from_string("1F6FEB")  # links stay visible


def test_missing_reference_is_one_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    with pytest.raises(InputError, match=r"nope\.docx: docx\.reference file cannot be read"):
        render(EVERYTHING, "classic", f"docx.reference={missing}")


def test_reference_that_is_not_a_docx_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("just text", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.docx: docx\.reference is not a readable Word \.docx file") as err:
        render(EVERYTHING, "classic", f"docx.reference={bad}")
    assert "\n" not in str(err.value)


def _patched_copy(source: Path, target: Path, member: str, old: bytes, new: bytes) -> Path:
    """A copy of a Word package with ``old`` replaced by ``new`` in one member."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(old, new) if item.filename == member else data)
    return target


def test_libreoffice_style_core_properties_relationship(template: Path, tmp_path: Path) -> None:
    """LibreOffice relates docProps/core.xml by an older type; the output still has exactly one."""
    odd = _patched_copy(template, tmp_path / "lo.docx", "_rels/.rels",
                        b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/",
                        b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/")
    data = render(EVERYTHING, "classic", f"docx.reference={odd}")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist().count("docProps/core.xml") == 1
    assert reopen(data).core_properties.title == "李小龍 Lee Résumé"


def test_word_template_dotx_is_accepted(template: Path, tmp_path: Path) -> None:
    dotx = _patched_copy(template, tmp_path / "house.dotx", "[Content_Types].xml",
                         b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
    document = reopen(render(EVERYTHING, "classic", f"docx.reference={dotx}"))
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0xC0, 0x10, 0x10)


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "detail"), [
    (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
     "'lxml.etree._Element' object has no attribute 'overrides'"),
    (_zip({"[Content_Types].xml": '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY e "x">]><Types/>'}),
     "Word part [Content_Types].xml declares a DTD, which Office never writes; refusing it (XML entity attack?)"),
    (b"PK\x05\x06" + b"\x00" * 18, "\"There is no item named '[Content_Types].xml' in the archive\""),
])
def test_hostile_reference_is_one_clear_error(tmp_path: Path, data: bytes, detail: str) -> None:
    """A reference file is as untrusted as any input: malformed parts were an internal error (exit 70)."""
    (tmp_path / "house.docx").write_bytes(data)
    with pytest.raises(InputError) as caught:
        render(EVERYTHING, "classic", f"docx.reference={tmp_path / 'house.docx'}")
    reference = tmp_path / "house.docx"
    assert str(caught.value) == f"{reference}: docx.reference is not a readable Word .docx file ({detail})"
