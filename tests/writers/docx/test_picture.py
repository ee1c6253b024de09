"""basics.image: a local photo floats at the header's right; URLs and broken files are left out."""
from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from .conftest import EVERYTHING, render, reopen

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _with_image(image: str) -> dict:
    doc = copy.deepcopy(EVERYTHING)
    doc["basics"]["image"] = image
    return doc


def test_local_photo_is_anchored_top_right(tmp_path: Path) -> None:
    photo = tmp_path / "me.png"
    Image.new("RGB", (300, 400), (200, 120, 40)).save(photo)
    data = render(_with_image(str(photo)))
    title = reopen(data).paragraphs[0]
    (anchor,) = title._p.iter(f"{WP}anchor")
    assert anchor.find(f"{WP}positionH/{WP}align").text == "right"
    assert int(anchor.find(f"{WP}extent").get("cy")) * 3 == int(anchor.find(f"{WP}extent").get("cx")) * 4
    assert title.text == "李小龍 Lee"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(n.startswith("word/media/") for n in archive.namelist())


@pytest.mark.parametrize("image", ["https://example.org/me.png", "/no/such/photo.png", "not-an-image",
                                   "truncated-png", "/dev/zero"])
def test_remote_missing_or_broken_images_are_left_out(tmp_path: Path, image: str) -> None:
    broken = {"not-an-image": b"not a picture", "truncated-png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 10}
    if image in broken:
        Path(tmp_path / "me.png").write_bytes(broken[image])
        image = str(tmp_path / "me.png")
    document = reopen(render(_with_image(image)))
    assert not list(document.paragraphs[0]._p.iter(f"{WP}anchor"))
    assert document.paragraphs[0].text == "李小龍 Lee"
