"""A section written on one line (``Org A, Role, 2021 – Present; Org B, Role, 2019``) → entries.

Why a step of its own: forms and terse résumés put a whole section on one
line, entries at ``;`` and their fields at ``,``. Each entry becomes a
:class:`Part`, and each of its fields a line of its entry, so the ordinary
entry assigners read it as they read a multi-line entry.
"""
from __future__ import annotations

import re

from . import contacts
from .classify import Section
from .dates import is_date_only
from .group import Entry
from .items import Item
from .sections.common import city_like, is_org, is_role
from .text import split_top

SECTION_KEYS = frozenset({"work", "volunteer", "education", "projects", "awards", "certificates", "publications",
                          "skills", "languages", "interests", "references"})
#: Sections whose entries have fields (an award or a publication line is read whole).
FIELDED = frozenset({"work", "volunteer", "education", "projects", "certificates"})
_CLOSING_BRACKETS = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


class Part(Item):
    """One entry of a section written on one line (``Org A, Role, 2021; Org B, Role, 2019``)."""


def spread(section: Section) -> None:
    """A section written on one line → one :class:`Part` per ``;``-separated entry.

    Applies to a form's value (the line of its label) and to a single line of
    entries under an ordinary heading, where every dated kind of entry must
    have its date and every list entry its fields, so that one entry with a
    note after a semicolon stays whole.
    """
    if section.key not in SECTION_KEYS or len(section.items) != 1 or section.heading is None:
        return
    it = section.items[0]
    if it.bullet or it.heading or isinstance(it, Part):
        return
    on_label_line = it.nums[0] in section.heading.nums
    parts = _split_entries(it.md, pipes=on_label_line)
    dated = section.key in FIELDED or section.key in ("awards", "publications")
    if not on_label_line and (len(parts) < 2 or not all(_dated(p) if dated else "," in p for p in parts)):
        return  # (under a heading every entry must show it is one: a date, or a list's fields)
    section.items = [Part(p, it.nums, blank_before=k == 0 and it.blank_before) for k, p in enumerate(parts)]


def _split_entries(md: str, pipes: bool) -> list[str]:
    """Entries of a one-line section: at ``;``, else (``pipes``, a form's value) at `` | `` between
    entries that have ``,`` fields (under a heading, `` | `` more often parts one entry's columns).

    With no comma anywhere, ``;`` parts around a lone date are the fields of
    one entry (``BSc Mathematics; University of Leeds; 2017``).
    """
    parts = split_top(md, ";")
    if len(parts) == 1 and pipes:
        piped = [p.strip() for p in md.split(" | ") if p.strip()]
        entries = len(piped) > 1 and all("," in p and not is_date_only(p) for p in piped)  # (``Oct 1, 2014``)
        return piped if entries else parts
    if not any("," in p for p in parts) and any(is_date_only(p) for p in parts):
        return [", ".join(parts)]
    return parts


def _dated(text: str) -> bool:
    return bool(Item(text, ()).spans)


def entries(section: Section) -> list[Entry] | None:
    """Entries of a spread section: each Part one entry, its ``,`` fields the entry's lines."""
    items = section.items
    if not items or not all(isinstance(it, Part) for it in items):
        return None
    if section.key not in FIELDED:
        return [Entry(head=[it]) for it in items]  # (an award's ``Title, Org, 2015, 2017`` reads as one line)
    out = []
    for it in items:
        lines = fields(it)
        if section.key in ("work", "volunteer"):
            _mark_role(lines)
        out.append(Entry(head=lines))
    return out


def _mark_role(lines: list[Item]) -> None:
    """``Org, Role, dates`` (the form's order) when neither title field names a role or the second an organisation.

    Why: the entry assigner tells employer from role by their words; a role
    it does not know (``Koordinatorin``, ``Barista``) would be a note. The
    form's field order decides instead, said with the role label the
    assigner reads (``Position: Barista``).
    """
    titles = [k for k, line in enumerate(lines) if not line.date_only and not line.italic]
    if len(titles) < 2:
        return
    first, second = (lines[k] for k in titles[:2])
    if is_role(first.text) or is_role(second.text) or is_org(second.text):
        return
    lines[titles[1]] = Item(f"Position: {second.md}", second.nums, blank_before=second.blank_before)


def fields(part: Item) -> list[Item]:
    """``Org, Austin, TX, Role, May 5, 2024`` → lines ``Org`` / ``Austin, TX`` / ``Role`` / ``May 5, 2024``.

    A date or a place that itself holds a comma is kept whole; a lone city
    after the title fields is marked as set apart (italic), as a place line
    under an entry's title is. Dated fields in closing brackets are fields
    too (``PMP (Project Management Institute, 2019-06-01)``).
    """
    out: list[str] = []
    md = part.md
    closing = _CLOSING_BRACKETS.match(md)
    if closing and _dated(closing.group(2)):
        md = f"{closing.group(1)}, {closing.group(2)}"
    decimals = _DECIMAL_COMMA.sub("\0", md)  # (``Note 1,5`` is one field)
    for value in (v.replace("\0", ",") for v in split_top(decimals, ",")):
        prev = out[-1] if out else ""
        joined = f"{prev}, {value}"
        if prev and ((is_date_only(joined) and not is_date_only(prev))
                     or (len(out) > 1 and contacts.place_parts(joined) and not contacts.place_parts(value))):
            out[-1] = joined
        else:
            out.append(value)
    lines = []
    titles = 0
    for value in out:
        dated = is_date_only(value)
        titles += not dated
        apart = not dated and titles > 2 and city_like(value)
        lines.append(Item(value, part.nums, italic=apart, blank_before=part.blank_before and not lines))
    return lines
