"""basics.image: only local pictures are offered to the writers; URLs, devices and non-pictures never."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from converter.render import image as image_mod
from converter.render.image import local_image


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "TIFF"])
def test_local_pictures_are_offered(tmp_path: Path, fmt: str) -> None:
    photo = tmp_path / f"me.{fmt.lower()}"
    Image.new("RGB", (4, 5), (200, 30, 30)).save(photo, fmt)
    assert local_image(str(photo)) == photo
    assert local_image(f"file://{photo}") == photo


@pytest.mark.parametrize("image", ["", "https://example.org/me.png", "http://10.0.0.1/me.png",
                                   "data:image/png;base64,AAAA", "/no/such/me.png", os.devnull, "/dev/zero",
                                   "me\x00.png", "x" * 5000])
def test_never_fetched_or_opened(image: str) -> None:
    assert local_image(image) is None


def test_non_pictures_folders_and_huge_files_are_not_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cv.md").write_text("Ada Lovelace\n", encoding="utf-8")
    assert local_image(str(tmp_path / "cv.md")) is None
    assert local_image(str(tmp_path)) is None
    photo = tmp_path / "me.png"
    Image.new("RGB", (4, 5)).save(photo)
    monkeypatch.setattr(image_mod, "MAX_IMAGE_BYTES", photo.stat().st_size - 1)
    assert local_image(str(photo)) is None
