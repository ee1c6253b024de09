"""Event-style CVs → entries: one dated line per event (``Entered X`` … ``Graduated from X``).

Why a step of its own: a Japanese rirekisho (and its English versions) writes
no date ranges. It lists what happened each month — enrolled, graduated,
joined, transferred, left — and an entry is the time between two events.
Pairing the events is one job, done here; the entries' words are split with
the same helpers as any other work or education line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import vocab
from ..items import Item
from ..provenance import Src, src
from ..text import join_notes, split_top
from .common import clean_value, is_role
from .education import is_degree, is_school
from .work import split_title

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_PAREN = re.compile(r"\s*[(（]([^()（）]{1,80})[)）]\s*$")
_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_AS = re.compile(r"\s+as\s+(?:an?\s+)?(?=\S)", re.I)
#: ``Department of X`` / ``X学科`` name the field; ``Faculty of X`` / ``X学部`` a part of the school.
_AREA = re.compile(r"^(?:department|dept\.?|major|programme|program)\s+(?:of|in)\s+|(?:学科|専攻|コース)$", re.I)
_UNIT = re.compile(r"^(?:faculty|school|graduate school|college|division|institute)\s+(?:of|for)\s+"
                   r"|(?:学部|研究科|学府|学群)$", re.I)
_JA_PARTICLE = re.compile(r"(?:により|にて|より|に|へ|を)$")
_JA_UNITS = re.compile(r"(大学院|大学(?![院校]|大学院)|大学校|高等学校|高校|学部|研究科|学科)(?=[\u3400-\u9fff])")
_JA_AS = re.compile(r"^(?P<org>.+?)\s*[にへ]\s*(?P<role>[^にへ]+?)\s*として$")
_MONTH_CELL = re.compile(r"(1[0-2]|0?[1-9])(?:\s*\|\s*|\s+)(?=\S)")
_ARTICLE = re.compile(r"^the\s+", re.I)
_SAME = re.compile(r"^同(?:校|大学|大学院|社)?(?=\s|$)")


@dataclass
class Event:
    """One line of the table: what happened (``kind``), when, and the words around the event word."""

    kind: str  # start, end, move, open, layout, dated (a date but no event word), note (no date)
    item: Item
    date: str | None = None
    #: The event's object (``Tohoku Institute of Technology``), without date and event word.
    obj: str = ""
    #: Words after a Japanese event word (``入社（営業部）`` → ``（営業部）``).
    after: str = ""
    #: The line without its date, as written.
    line: str = ""


@cache
def _words() -> dict[str, dict[str, list[str]]]:
    return vocab.load("events")


@cache
def _patterns(section: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per event kind: (English words opening the line, Japanese words closing the object)."""
    out = {}
    for kind, words in _words()[section].items():
        latin = sorted((w for w in words if not _CJK.search(w)), key=len, reverse=True)
        cjk = sorted((w for w in words if _CJK.search(w)), key=len, reverse=True)
        # (an English verb may close the line too: ``Keio High School (Graduated)``, ``Waseda University – Entered``)
        last = [w for w in latin if " " not in w]
        lead = rf"^(?:{'|'.join(map(re.escape, latin))})(?:\s*[:：]\s*|\s+|$)" if latin else r"(?!)"
        tails = []
        if cjk:
            tails.append(rf"(?:{'|'.join(map(re.escape, cjk))})(?=$|[\s　、。，,(（)])")
        if last:
            tails.append(rf"(?<=[\s,;(–—-])(?:{'|'.join(map(re.escape, last))})(?=\)?\.?$)")
        out[kind] = (re.compile(lead, re.I), re.compile("|".join(tails) or r"(?!)", re.I))
    return out


def is_layout(text: str) -> bool:
    """``現在に至る``, ``以上 (End)``: a line of an event table that is layout."""
    return _layout(text) is not None


def _layout(text: str) -> str | None:
    """``現在に至る (to present)`` → open, ``以上`` → end: table layout, not content."""
    low = _BRACKETS.sub(" ", text).strip().lower()
    whole = text.strip().lower()
    for kind in ("open", "end"):
        words = _words()["layout"][kind]
        if low in words or whole in words:
            return kind
    return None


def says_none(items: list[Item]) -> bool:
    """A section that only says "none" (``なし``, ``None``): a form's box left empty on purpose."""
    return len(items) == 1 and items[0].text.strip(" .。").lower() in _words()["layout"]["none"]


def read_event(it: Item, section: str) -> Event:
    """What one line of a ``section`` (work, education) table says."""
    line = _after_date(it) if _leads_with_date(it) else it.text.strip()
    layout = _layout(line)
    if layout:
        return Event("open" if layout == "open" else "layout", it, line=line)
    if not _leads_with_date(it):  # (a year inside a note under an event is not an event)
        return Event("note", it, line=it.text.strip())
    date = it.spans[0].start
    month = _MONTH_CELL.match(line) if len(date) == len("2019") else None
    if month:  # ``2014 4 Entered …``: a Word table's year and month cells joined by a single space
        date, line = f"{date}-{int(month.group(1)):02d}", line[month.end():]
    for kind, (lead, tail) in _patterns(section).items():
        m = lead.match(line)
        if m:
            return Event(kind, it, date, clean_value(line[m.end():]), "", line)
        m = tail.search(line)
        if m:
            obj = _JA_PARTICLE.sub("", line[:m.start()].strip()).strip().rstrip(" ,;(（–—-")
            return Event(kind, it, date, clean_value(obj), line[m.end():].strip(" )）."), line)
    return Event("dated", it, date, clean_value(line), "", line)


def _after_date(it: Item) -> str:
    """The line after its leading date (``Expected`` and other words a date may frame are kept)."""
    return it.text[it.spans[0].stop:].strip(" |")


def _leads_with_date(it: Item) -> bool:
    return bool(it.spans) and not it.spans[0].is_range and it.spans[0].begin == 0


def event_style(items: list[Item], section: str) -> bool:
    """Most dated lines open with one date (never a range) and name an event: a rirekisho-style table.

    Two events make a table; one is enough when the table's own layout
    (``現在に至る``, ``以上``) is there too.
    """
    dated = [it for it in items if it.spans]
    leading = [it for it in dated if _leads_with_date(it)]
    if not leading or 2 * len(leading) < len(dated) or any(s.is_range for it in dated for s in it.spans):
        return False
    events = [it for it in leading if read_event(it, section).kind in ("start", "end", "move")]
    enough = 1 if any(_layout(it.text) for it in items if not it.spans) else 2
    return len(events) >= enough and 2 * len(events) >= len(leading)


def assign(items: list[Item], section: str) -> dict[str, list[dict]] | None:
    """Entries by section key when ``items`` are an event table, else None (the usual grouping applies).

    A table headed for education may go on into work history (``学歴・職歴``
    under one heading): from the first employment event on, lines are work.
    """
    if section not in ("education", "work") or not event_style(items, section):
        return None
    if section == "education":
        cut = next((k for k, it in enumerate(items) if read_event(it, "work").kind == "start"
                    and read_event(it, "education").kind == "dated"), len(items))
        out = {"education": _education([read_event(it, "education") for it in items[:cut]])}
        if cut < len(items):
            out["work"] = _work([read_event(it, "work") for it in items[cut:]])
        return out
    return {"work": _work([read_event(it, "work") for it in items])}


class _Draft:
    """An entry being built: its fields and its one-line notes (joined into ``summary`` at the end)."""

    def __init__(self) -> None:
        self.fields: dict = {}
        self.notes: list[Src] = []
        self.highlights: list[Src] = []

    def values(self) -> list[str]:
        return [str(v).casefold() for v in [*self.fields.values(), *self.notes] if isinstance(v, str)]

    def has(self, text: str) -> bool:
        low = text.casefold()
        return any(low in v for v in self.values())

    def note(self, text: str, it: Item) -> None:
        if text and not self.has(text) and not _layout(text):
            self.notes.append(src(text, it))

    def done(self) -> dict:
        out = dict(self.fields)
        summary = join_notes(self.notes)
        if summary:
            out["summary"] = summary
        if self.highlights:
            out["highlights"] = self.highlights
        return out


def _school_parts(text: str, known_school: bool) -> tuple[dict[str, str], list[str]]:
    """``X University, Faculty of Y, Department of Z (Bachelor of W)`` → fields and notes.

    ``known_school``: the entry already names its school, so a faculty or
    graduate school on this line is a note, not the institution.
    """
    fields: dict[str, str] = {}
    notes: list[str] = []
    m = _PAREN.search(text)
    if m and is_degree(m.group(1)):
        fields["studyType"] = clean_value(m.group(1))
        text = text[:m.start()]
    seps = ",;" if "," in text or "，" in text or not _CJK.search(text) else " 　"
    if seps == " 　":  # ``東都大学理学部物理学科``: school, faculty and department written together
        text = _JA_UNITS.sub(r"\1 ", text)
    parts = [_ARTICLE.sub("", clean_value(p)) for p in split_top(text, seps) if clean_value(p)]
    for k, part in enumerate(parts):
        area = _AREA.search(part)
        unit = _UNIT.search(part)
        school_named = known_school or "institution" in fields or any(
            is_school(p) and not _UNIT.search(p) for p in parts[k + 1:])
        if area and "area" not in fields:
            fields["area"] = clean_value(_AREA.sub("", part)) if area.start() == 0 else part
        elif unit and school_named:
            notes.append(part)
        elif is_degree(part) and not is_school(part) and "studyType" not in fields:
            fields["studyType"] = part
        elif "institution" not in fields and not known_school:
            fields["institution"] = part
        else:
            notes.append(part)
    return fields, notes


def _same_school(draft: _Draft, ev: Event) -> bool:
    """The closing line names this entry's school (or a part of it already noted), or says ``同`` (the same)."""
    if _SAME.match(ev.obj):
        return True
    fields, notes = _school_parts(ev.obj, False)
    named = fields.get("institution") or (notes[0] if notes else "")
    if not named:
        return False
    inst = str(draft.fields.get("institution", "")).casefold()
    low = named.casefold()
    return draft.has(named) or (bool(inst) and (inst in low or low in inst))


def _education(events: list[Event]) -> list[dict]:
    drafts: list[_Draft] = []
    for ev in events:
        it = ev.item
        if ev.kind in ("open", "layout"):
            continue
        if ev.kind == "note":
            if drafts:
                drafts[-1].note(ev.line, it)
            continue
        open_ = [d for d in drafts if "endDate" not in d.fields]
        target = None
        if ev.kind == "end" and open_:
            named = [d for d in reversed(open_) if _same_school(d, ev)]
            school = _school_parts(_SAME.sub("", ev.obj), False)[0].get("institution", "")
            target = named[0] if named else (open_[-1] if not is_school(school) else None)
        if target is None:
            target = _Draft()
            drafts.append(target)
        obj = _SAME.sub("", ev.obj).strip()
        fields, notes = _school_parts(obj, "institution" in target.fields)
        for key, value in fields.items():
            if key not in target.fields and not target.has(value):
                target.fields[key] = src(value, it)
        for n in notes:
            target.note(n, it)
        if ev.after:
            target.note(ev.after, it)
        if ev.date:
            target.fields["endDate" if ev.kind == "end" else "startDate"] = src(ev.date, it)
    return [d.done() for d in drafts]


def _employer(ev: Event, draft: _Draft) -> None:
    """``X Corp. as Role`` / ``株式会社X`` → name, position (a place or division after the name is a note)."""
    it = ev.item
    m = _AS.search(ev.obj)
    ja = _JA_AS.match(ev.obj)
    if ja:  # ``株式会社X に営業職として``
        draft.fields["name"] = src(clean_value(ja.group("org")), it)
        draft.fields["position"] = src(clean_value(ja.group("role")), it)
    elif m:
        draft.fields["name"] = src(clean_value(ev.obj[:m.start()]), it)
        draft.fields["position"] = src(clean_value(ev.obj[m.end():]), it)
    else:
        org, role, place = split_title(ev.obj)
        if org:
            draft.fields["name"] = src(org, it)
        if role:
            draft.fields["position"] = src(role, it)
        if place:
            draft.fields["location"] = src(place, it)
    if ev.after:
        draft.note(ev.after, it)


def _work(events: list[Event]) -> list[dict]:
    drafts: list[_Draft] = []
    for ev in events:
        it = ev.item
        last = drafts[-1] if drafts else None
        if ev.kind in ("open", "layout"):
            continue  # (``to present``: the last entry has no end already)
        if ev.kind == "note":
            if last is None:
                last = _Draft()
                drafts.append(last)
            if it.bullet:
                last.highlights.append(src(ev.line, it))
            else:
                last.note(ev.line, it)
            continue
        if ev.kind == "end" and last is not None:
            if ev.date and "endDate" not in last.fields:
                last.fields["endDate"] = src(ev.date, it)
            last.notes.append(src(ev.line, it))  # (why the person left: kept as written)
            continue
        draft = _Draft()
        if last is not None and ev.date and "endDate" not in last.fields and "startDate" in last.fields:
            last.fields["endDate"] = src(ev.date, it)  # (a new post, here or elsewhere: the running one ended)
        if ev.kind == "move":
            if last is not None and "name" in last.fields:
                draft.fields["name"] = last.fields["name"]
            org, role, _place = split_title(ev.obj)
            at = _AS.search(ev.obj)
            if at:  # ``Transferred to the Singapore branch as Regional Sales Manager``
                org, role = clean_value(ev.obj[:at.start()]), clean_value(ev.obj[at.end():])
            if role or is_role(org):  # ``Transferred: Senior Engineer, Cloud Division``, ``Promoted to Team Lead``
                draft.fields["position"] = src(role or org, it)
                draft.note(org if role else "", it)
                draft.note(ev.after, it)
            else:  # ``マーケティング部へ異動``: no role named, the line is the note
                draft.note(ev.line, it)
        else:
            _employer(ev, draft)
        if ev.date:
            draft.fields["startDate"] = src(ev.date, it)
        drafts.append(draft)
    return [d.done() for d in drafts]


def without_verbs(items: list[Item]) -> list[Item]:
    """Certificate lines of a dated table with their verb taken off (``普通自動車免許 取得`` → the licence's name)."""
    lead, tail = _patterns("certificates")["verbs"]
    out = []
    for it in items:
        if not _leads_with_date(it):
            out.append(it)
            continue
        md = lead.sub("", _after_date(it))
        md = tail.sub("", md).strip()
        out.append(Item(f"{it.text[:it.spans[0].stop]} | {md}", it.nums, bullet=it.bullet, depth=it.depth,
                        blank_before=it.blank_before))
    return out
