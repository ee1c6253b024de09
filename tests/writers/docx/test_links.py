"""Hyperlinks are w:hyperlink elements with external relationships."""
from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from tests.conftest import needs_shared

from .conftest import EVERYTHING, link_targets, render, reopen, sample


def test_contact_and_entry_links_in_order() -> None:
    document = reopen(render(EVERYTHING))
    assert link_targets(document) == [
        "mailto:lee@example.org", "tel:+442079460000", "https://lee.example.org", "https://github.com/leexl",
        "https://denki.example.jp", "https://github.com/leexl/tinykv", "https://usenix.example/logs",
        "https://cncf.example/cka"]
    rels = [r for r in document.part.rels.values() if r.reltype == RT.HYPERLINK]
    assert all(r.is_external for r in rels) and len(rels) == 8


def test_link_text_is_readable_and_styled() -> None:
    document = reopen(render(EVERYTHING))
    links = [h for p in document.paragraphs for h in p.hyperlinks]
    assert [h.text for h in links[:3]] == ["lee@example.org", "+44\u00a020\u00a07946\u00a00000", "lee.example.org"]
    assert all(r.style.name == "Hyperlink" for h in links for r in h.runs)


@needs_shared
def test_publication_link_of_the_official_sample() -> None:
    document = reopen(render(sample()))
    assert "http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)" in link_targets(document)
    assert "https://missdirection.example.com" in link_targets(document)
