"""Bullets are a real Word list: List Bullet points at a bullet numbering definition."""
from __future__ import annotations

from .conftest import EVERYTHING, render, reopen

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _list_level(document, style: str = "List Bullet"):
    num_id = document.styles[style].element.pPr.find(f"{W}numPr/{W}numId").get(f"{W}val")
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.iterfind(f"{W}num") if n.get(f"{W}numId") == num_id)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(a for a in numbering.iterfind(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id)
    return abstract.find(f"{W}lvl")


def test_bullets_are_list_paragraphs_with_the_theme_bullet() -> None:
    document = reopen(render(EVERYTHING, "classic", "bullet=–"))
    level = _list_level(document)
    assert level.find(f"{W}numFmt").get(f"{W}val") == "bullet"
    assert level.find(f"{W}lvlText").get(f"{W}val") == "–"
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[:2] == ["Cut latency by 40%", "한국어 지원 추가"]
    assert all(not t.startswith(("•", "-", "–")) for t in bullets)


def test_abstract_numbering_precedes_instances() -> None:
    """Word rejects numbering.xml when a w:abstractNum follows a w:num."""
    numbering = reopen(render(EVERYTHING)).part.numbering_part.element
    tags = [child.tag.split("}")[1] for child in numbering]
    assert "num" in tags and tags.index("num") > max(i for i, t in enumerate(tags) if t == "abstractNum")
