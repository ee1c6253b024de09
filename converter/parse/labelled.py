"""Entries written as labelled blocks (``Job title: …`` / ``Company: …`` / ``Start date: …``) → entry dicts.

Why its own step: application-form exports and some label:value résumés
give every field of an entry its own labelled line, one block per entry.
The label then says exactly which JSON Resume field the value is, so the
value goes there directly instead of being guessed from its words; a label
met a second time starts the next entry.
"""
from __future__ import annotations

from .clean import plain, trim
from .contacts import normalize_url
from .dates import find_dates
from .forms import entry_kind, split_field
from .group import Entry
from .items import Item
from .provenance import Src, src
from .sections import work
from .sections.common import clean_value, split_place
from .text import join_notes, split_top

#: label kind → field, per section (``title`` is a job's position and any other entry's name).
_FIELDS: dict[str, dict[str, str]] = {
    "work": {"org": "name", "role": "position", "title": "position", "place": "location", "text": "summary",
             "url": "url", "name": "name"},
    "volunteer": {"org": "organization", "role": "position", "title": "position", "text": "summary",
                  "url": "url", "name": "organization"},
    "education": {"school": "institution", "org": "institution", "name": "institution", "degree": "studyType",
                  "title": "studyType", "area": "area", "score": "score", "courses": "courses",
                  "place": "location", "text": "summary", "url": "url"},
    "projects": {"name": "name", "title": "name", "text": "description", "role": "roles", "org": "entity",
                 "url": "url", "keywords": "keywords", "note": "description"},
    "certificates": {"name": "name", "title": "name", "issuer": "issuer", "org": "issuer", "url": "url"},
    "awards": {"name": "title", "title": "title", "issuer": "awarder", "org": "awarder", "text": "summary"},
    "publications": {"name": "name", "title": "name", "issuer": "publisher", "org": "publisher", "url": "url",
                     "text": "summary"},
    "references": {"name": "name", "role": "reference", "title": "reference", "org": "reference",
                   "place": "reference", "text": "reference", "phone": "reference", "email": "reference",
                   "relation": "reference"},
}
_DATE_KINDS = frozenset({"start", "end", "period", "date"})
_TITLES = frozenset({"name", "position", "institution", "studyType", "title", "organization"})
_LISTS = frozenset({"courses", "roles", "keywords"})
_RANGED = frozenset({"work", "volunteer", "education", "projects"})
_MIN_FIELDS = 3


def _field(text: str, key: str) -> tuple[str, str] | None:
    """(kind, value) of a labelled text whose label names a field of a ``key`` entry."""
    found = split_field(text)
    if found is None:
        return None
    kind = entry_kind(found[0])
    if kind is None or (kind not in _DATE_KINDS and kind not in _FIELDS[key]):
        return None
    return kind, f"{found[0]}: {found[1]}" if kind == "note" and found[1] else found[1]  # (``Team Size: 8``)


def _fields(it: Item, key: str) -> list[tuple[str, str]]:
    """The labelled fields of a line: one, or several in columns (``Start date: 2019 | End date: 2021``)."""
    if it.bullet or it.heading:
        return []
    parts = [_field(part, key) for part in it.text.split(" | ")]
    if len(parts) > 1 and all(parts):
        return [p for p in parts if p]
    one = _field(it.text, key)
    return [one] if one else []


def is_labelled(items: list[Item], key: str) -> bool:
    """Most lines of the section are labelled fields, and some of them name an entry's title."""
    if key not in _FIELDS:
        return False
    kinds = [kind for it in items for kind, _value in _fields(it, key)]
    lines = sum(1 for it in items if not it.bullet)
    titled = any(k not in _DATE_KINDS and _FIELDS[key].get(k) in _TITLES for k in kinds)
    least = 2 if key == "references" else _MIN_FIELDS  # (one referee: a name and a phone)
    return titled and len(kinds) >= least and len(set(kinds)) >= 2 and 2 * len(kinds) >= lines


def assign(items: list[Item], key: str) -> list[dict] | None:
    """The section's entries, or None when it is not written as labelled blocks."""
    if not is_labelled(items, key):
        return None
    blocks: list[list[tuple[str, str, Item]]] = [[]]
    heads = [it for it in items if not it.bullet]
    leading = key in _RANGED and bool(heads) and heads[0].date_only  # (``Marzo 2019 – Actualidad`` / ``Cargo: …``)
    for it in items:
        found = _fields(it, key)
        if not found and leading and it.date_only and not it.bullet:
            if blocks[-1]:  # a date line over each block: it opens the next entry
                blocks.append([])
            blocks[-1].append(("period", it.text, it))
            continue
        if not found:
            blocks[-1].append(("bullet" if it.bullet else "more", plain(it.md), it))
            continue
        if any(k == kind for k, _v, _i in blocks[-1] for kind, _value in found):
            blocks.append([])
        blocks[-1].extend((kind, value, it) for kind, value in found)
    entry = _reference if key == "references" else _entry
    return [e for e in (_unlabelled(b, key) or entry(b, key) for b in blocks if b) if e]


def _unlabelled(block: list[tuple[str, str, Item]], key: str) -> dict | None:
    """A job written as ordinary lines among labelled ones (``dates`` / ``Role – Org, City`` / bullets), or None.

    Why: the labels say nothing about such a block, so it is read like any
    other entry of its section.
    """
    if key not in ("work", "volunteer") or any(kind not in ("more", "bullet", "period") for kind, _v, _i in block) \
            or not any(kind == "more" for kind, _v, _i in block):
        return None
    lines = [it for _kind, _value, it in block]
    return work.assign(Entry(head=[it for it in lines if not it.bullet], bullets=[it for it in lines if it.bullet]),
                       "name" if key == "work" else "organization")


def _reference(block: list[tuple[str, str, Item]], _key: str) -> dict:
    """A referee's block: ``Name`` the name, every other value, in order, the ``reference``."""
    out: dict = {}
    rest: list[Src] = []
    for kind, value, it in block:
        found = split_field(value) if kind in ("more", "bullet") else None
        value = trim(found[1] if found else value)
        if kind == "name" and "name" not in out:
            out["name"] = src(clean_value(value), it)
        elif value:
            rest.append(src(value, it))
    if rest:
        out["reference"] = src(", ".join(rest), *rest)
    return out


def _entry(block: list[tuple[str, str, Item]], key: str) -> dict:
    fields = _FIELDS[key]
    out: dict = {}
    notes: list[Src] = []
    bullets: list[Src] = []
    last = ""
    when: dict[str, tuple[str, Item]] = {}
    for kind, value, it in block:
        value = trim(value)
        if kind == "bullet":
            bullets.append(src(value, it))
            continue
        if kind == "more" and entry_kind(value):
            last = ""  # (``Funciones:`` over its bullets: the label alone, nothing to continue)
            continue
        if kind == "more":  # a wrapped value, or a line of its own
            if last and isinstance(out.get(last), Src) and last not in _LISTS:
                out[last] = src(f"{out[last]} {value}", out[last], it)
            else:
                notes.append(src(value, it))
            continue
        if not value:
            continue
        if kind in _DATE_KINDS:
            when.setdefault(kind, (value, it))
            last = ""
            continue
        field = fields[kind]
        last = field
        if kind == "note":  # kept with its label, among the entry's other notes in their order
            notes.append(src(value, it))
            last = ""
            continue
        if field in _LISTS:
            out.setdefault(field, []).extend(src(trim(v), it) for v in split_top(value, ",;") if trim(v))
        elif field == "url":
            out.setdefault(field, src(normalize_url(value), it))
        elif field in out:
            notes.append(src(value, it))
        else:
            out[field] = src(clean_value(value) if field not in ("summary", "description") else value, it)
    org = fields.get("org")
    if key in ("work", "volunteer") and org in out and "location" not in out:
        head, place, town = split_place(str(out[org]), loose=True)  # (``Organization: Example Pvt. Ltd., Bengaluru``)
        if place and head:
            out[org], out["location"] = src(head, out[org]), src(town, out[org])
    out.update(_dates(when, key))
    if notes:
        old = out.get("summary")
        joined = join_notes([old, *notes] if old else notes)
        if key in ("work", "volunteer", "education", "awards", "publications") and joined:
            out["summary"] = joined
        elif joined:
            out["description"] = join_notes([out.get("description", ""), *notes])
    if bullets:
        target = "highlights" if key in ("work", "volunteer", "projects") else "summary"
        if target == "highlights":
            out["highlights"] = bullets
        else:
            out["summary"] = join_notes([out.get("summary", ""), *bullets])
    return out


def _dates(when: dict[str, tuple[str, Item]], key: str) -> dict[str, Src]:
    """``Start date`` / ``End date`` / ``Dates`` / ``Date`` values → the entry's date fields (MAPPING §2)."""
    if not when:
        return {}
    if key not in _RANGED:
        value, it = when.get("date") or when.get("period") or when.get("start") or when["end"]
        spans = find_dates(value)
        if not spans:
            return {}
        start = spans[0].start
        if key == "certificates" and len(start) != len("2020-01-01"):
            return {}  # the schema takes full dates only
        return {"releaseDate" if key == "publications" else "date": src(start, it)}
    if "period" in when or "date" in when:
        value, it = when.get("period") or when["date"]
        spans = find_dates(value)
        sources: tuple[Item, ...] = (it,)
    else:
        start, end = when.get("start"), when.get("end")
        text = f"{start[0] if start else ''} – {end[0] if end else ''}".strip(" –")
        spans = find_dates(text)
        sources = tuple(x[1] for x in (start, end) if x)
        if start and not end and spans:  # a start alone: still going on
            return {"startDate": src(spans[0].start, *sources)}
        if end and not start and spans:  # an end alone: when it was finished (a degree's graduation)
            return {"endDate": src(spans[0].start, *sources)}
    if not spans:
        return {}
    span = spans[0]
    out = {"startDate": src(span.start, *sources)}
    if span.end and not span.open:
        out["endDate"] = src(span.end, *sources)
    elif not span.is_range and key != "education":
        out["endDate"] = src(span.start, *sources)
    elif not span.is_range:
        out = {"endDate": src(span.start, *sources)}
    return out
