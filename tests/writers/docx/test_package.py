"""Same input, same bytes: fixed zip dates and order, no clock, no random ids."""
from __future__ import annotations

import io
import time
import zipfile

from converter.registry import writer

from .conftest import EVERYTHING, render


def test_same_input_same_bytes() -> None:
    first = render(EVERYTHING, "modern")
    time.sleep(1.1)  # the zip format stores times in 2-second steps; make a clock leak visible
    assert render(EVERYTHING, "modern") == first


def test_zip_entries_are_dated_1980_and_content_types_first() -> None:
    with zipfile.ZipFile(io.BytesIO(render(EVERYTHING))) as archive:
        infos = archive.infolist()
        assert archive.testzip() is None
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    names = [i.filename for i in infos]
    assert "docProps/thumbnail.jpeg" not in names and not any(n.startswith("customXml") for n in names)


def test_registered_as_binary_docx_writer() -> None:
    item = writer("docx")
    assert item.extension == ".docx" and item.binary
    assert item.write(EVERYTHING, __import__("converter.theme").theme.resolve_theme("classic"))[:2] == b"PK"


def test_modern_word_mode_and_vita_as_application() -> None:
    with zipfile.ZipFile(io.BytesIO(render(EVERYTHING))) as archive:
        settings, app = archive.read("word/settings.xml"), archive.read("docProps/app.xml")
    assert b'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    assert b"<Application>Vita</Application>" in app and b"Macintosh" not in app
