"""The characters no page can show are dropped, the rest kept exactly."""
from __future__ import annotations

from converter.render.text import clean


def test_drops_controls_surrogates_and_non_characters() -> None:
    assert clean("A\x00d\x01a\x0b\x0c\x1f\x7f L\ud800o\udfffv\ufffee\uffff") == "Ada Love"


def test_keeps_layout_and_every_script() -> None:
    text = "Tab\there\nline\r\n👩‍💻 مرحبا שלום 漢字 \u00a0\u2028é"
    assert clean(text) == text
