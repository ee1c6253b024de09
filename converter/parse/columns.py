"""Two-column layouts flattened into one stream of lines (PDF or copy-paste of a sidebar CV).

Why: when a sidebar (contact, skills, languages) and the main column are
read line by line, their lines alternate. The sign is two headings in a
row, one of each kind (``EXPERIENCE`` then ``SKILLS``). From there each line
goes to the open sidebar section when it has that section's shape (a
``·`` list, ``English — native``, an e-mail), and otherwise to the open
main section, so each column's lines come back together in order.
"""
from __future__ import annotations

import re

from . import contacts
from .classify import Section
from .items import Item

SIDEBAR = {"basics", "skills", "languages", "interests", "certificates"}
_LEVEL = re.compile(r"(?i)\b(?:native|fluent|basic|conversational|intermediate|advanced|beginner|"
                    r"proficiency|bilingual|[ABC][12])\b")


def _short_list(text: str, max_words: int) -> bool:
    parts = [p.strip() for p in re.split(r"[·,;|•]", text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= max_words for p in parts) and not text.endswith(".")


def fits_sidebar(key: str, it: Item) -> bool:
    """The line has the shape of an item of sidebar section ``key``."""
    text = it.text
    if it.bullet or it.heading:
        return False
    if key == "basics":
        return contacts.is_contact_line(text) or contacts.place_parts(text) is not None
    if key == "skills":
        return ("·" in text or text.count(",") >= 2) and _short_list(text, 3) and not it.spans
    if key == "languages":
        return bool(_LEVEL.search(text)) and len(text.split()) <= 6
    if key == "interests":
        return ("·" in text or text.count(",") >= 2) and _short_list(text, 3) and not it.spans
    if key == "certificates":
        return bool(it.spans) and len(text.split()) <= 8 and not it.date_only
    return False


def _kind(section: Section) -> str:
    return "side" if section.key in SIDEBAR else "main"


def unweave(sections: list[Section]) -> list[Section]:
    """Sections with the lines of two interleaved columns given back to their own sections."""
    start = next((k for k in range(1, len(sections) - 1) if not sections[k].items
                  and _kind(sections[k]) != _kind(sections[k + 1])), None)
    if start is None:
        return sections
    out = sections[:start]
    open_: dict[str, Section] = {}
    for section in sections[start:]:
        fresh = Section(section.key, section.heading, [], list(section.subheadings))
        out.append(fresh)
        open_[_kind(section)] = fresh
        for it in section.items:
            side = open_.get("side")
            main = open_.get("main")
            if side is not None and (main is None or fits_sidebar(side.key, it)):
                side.items.append(it)
            else:
                (main or fresh).items.append(it)
    return out
