"""``basics.image`` as a local picture both writers can embed, or None.

Why one check for both writers: the PDF and the DOCX must agree on whether
the photo is shown, and neither may fetch a URL (Vita never touches the
network), open a device such as ``/dev/zero``, or read a huge file. Only
regular files of at most ``MAX_IMAGE_BYTES`` whose first bytes announce a
format both reportlab and python-docx embed (PNG, JPEG, GIF, BMP, TIFF) are
offered; a file that still fails to decode is skipped by the writer, so a
broken photo never fails the résumé.
"""
from __future__ import annotations

from pathlib import Path

MAX_IMAGE_BYTES = 10 * 1024 * 1024
#: File signatures of the formats both writers embed.
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


def local_image(image: str) -> Path | None:
    """The photo's path when it is a local picture worth trying to embed, else None."""
    if not image or ("://" in image and not image.startswith("file://")):
        return None
    path = Path(image.removeprefix("file://")).expanduser()
    try:
        if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        with path.open("rb") as fh:
            head = fh.read(8)
    except (OSError, ValueError):  # unreadable, or a name the OS refuses (NUL byte, too long)
        return None
    return path if head.startswith(_SIGNATURES) else None
