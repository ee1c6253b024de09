"""Items of one section → entries, around date anchors (design note 3).

Why anchors and a template: an entry is a title plus a date within a line
or two, and a résumé repeats one layout for all its entries. Within a run of
header lines holding several dates, the first entry shows how many lines
come before its date; the same offset finds where each later entry starts,
whether dates come first, last or on the title line. Bullets close a run:
a non-bullet line after bullets starts the next entry (unless it is a
``Label: value`` note of the entry above).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .contacts import place_parts
from .items import Item
from .text import label_value
from .vocab import words

_SENTENCE_END = (".", "!", "?", ":", ";")
#: ``Business or sector Information and communication``: the classic Europass CV's label, written without a colon.
_SECTOR = re.compile(r"(?i)^(?:type of )?business or sector\s+\S")


@dataclass
class Entry:
    """One entry's items: header lines (title, dates, place, notes) and bullets."""

    head: list[Item] = field(default_factory=list)
    bullets: list[Item] = field(default_factory=list)
    #: Date-only lines beyond the entry's own (a PDF layout may drift them here).
    surplus: list[Item] = field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return self.head + self.bullets


def titlish(text: str) -> bool:
    """Short and mostly capitalised: a title, not the rest of a sentence."""
    ws = [w for w in text.split() if w[:1].isalpha()]
    return 0 < len(ws) <= 8 and sum(w[0].isupper() for w in ws) >= 0.6 * len(ws)


def _merge(a: Item, b: Item, sep: str = " ") -> Item:
    return Item(f"{a.md}{sep}{b.md}", a.nums + b.nums, heading=a.heading, bullet=a.bullet, depth=a.depth,
                bold=False, italic=False, blank_before=a.blank_before, mark=a.mark)


def merge_continuations(items: list[Item]) -> list[Item]:
    """Wrapped lines joined to the bullet or comma-ended line they continue."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and not it.heading and not it.bullet and (not it.date_only or _wrapped_dates(prev, it)):
            comma = prev.md.rstrip().endswith(",") and not prev.heading
            if comma and (not titlish(it.text) or (not it.spans and ":" in prev.text)):
                out[-1] = _merge(prev, it)
                continue
            if prev.bullet and not it.blank_before and (not it.spans or (it.depth > prev.depth and not it.date_only)) \
                    and (it.depth > prev.depth or it.text[:1].islower() or _left_open(prev)
                         or (not prev.text.endswith(_SENTENCE_END) and not titlish(it.text) and not it.bold)) \
                    and not _labelled(it):
                out[-1] = _merge(prev, it)
                continue
        out.append(it)
    return out


def _left_open(prev: Item) -> bool:
    """``… a bottom-up commit model in``: a line ending in a word that never ends a sentence goes on below."""
    last = prev.text.rsplit(None, 1)[-1].lower() if prev.text.strip() else ""
    return last in words("open_endings")


def _wrapped_dates(prev: Item, it: Item) -> bool:
    """``- Lecturer, University of Carrow Vale,`` / ``2019–present``: a list item's dates wrapped after its comma."""
    return prev.bullet and not it.blank_before and prev.md.rstrip().endswith(",")


def _labelled(it: Item) -> bool:
    """``Technologies: Python, Flask``: a field of its own, not the wrapped end of the line above."""
    lv = label_value(it.text)
    return lv is not None and lv[0][:1].isupper() and len(lv[0].split()) <= 3


def tag_list(text: str) -> bool:
    """``Go · PostgreSQL``: a dotted list of short tags (an entry's keywords), no sentence, no date."""
    parts = [p.strip() for p in text.split(" · ")]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 3 for p in parts) and not text.endswith(".") \
        and not any(c.isdigit() for c in text) and not place_parts(parts[-1])  # (``Riverbend Living · Salem, OR``)


def is_note(it: Item) -> bool:
    """A ``Label: value`` line or a lower-case remark that belongs to the entry above."""
    if it.heading or it.bullet or it.date_only:  # ``mar 2016 – dic 2018``: lower-case, yet a date
        return False
    lv = label_value(it.text)
    led = it.md.startswith(("**", "__"))  # (``**Nordlys Payments** · Backend Engineer``: a bold-led title, no tags)
    if (lv is not None and not lv[0][:1].isdigit()) or (tag_list(it.text) and not led) or _SECTOR.match(it.text):
        return True
    return it.text[:1].islower() and not it.bold and not it.md.startswith(("**", "__"))  # (``**tinyraft** 2020``)


def _list_label(it: Item) -> bool:
    """``Accomplishments:`` between an entry's bullets: a label over more of them, not the next entry's title."""
    return it.md.rstrip().endswith((":", "：")) and 0 < len(it.words) <= 4 and not it.spans and not it.bold \
        and not it.heading


def has_date(it: Item) -> bool:
    """A date that anchors an entry (an expected end alone does not: it joins the entry's range)."""
    return any(s.is_range or not s.expected for s in it.spans)


def _lone_expected(head: list[Item], i: int) -> bool:
    """``Expected May 2025 | Ithaca, NY`` with no dated line beside it: it dates an entry of its own.

    Why: an expected end usually joins the start on the line next to it
    (``(Expected in June 2025) …`` / ``Sep. 2021 - Present``); alone, it is
    the anchor of its entry (Deedy sets one under each degree of a school).
    """
    return bool(head[i].spans) and not any(it.spans for it in head[max(0, i - 1):i] + head[i + 1:i + 2])


def _title_marker(it: Item) -> bool:
    return bool(it.heading) or (it.bold and not it.bullet)


def _split_head(head: list[Item], anchor: Callable[[Item], bool]) -> list[Entry]:
    """Header lines holding several anchors → one entry per anchor, by the first entry's offset."""
    anchors = [i for i, it in enumerate(head) if anchor(it) or (anchor is has_date and _lone_expected(head, i))]
    led = _title_marker(head[0]) or head[0].md.startswith(("**", "__"))
    if anchor is has_date and anchors[:1] == [0] and led \
            and not any(_title_marker(it) or it.md.startswith(("**", "__")) for it in head[1:]) \
            and not any(s.is_range for it in head[1:] for s in it.spans):
        return [Entry(head=head)]  # a marked, dated title: a lone year in a note under it starts nothing
    if not anchors:
        anchors = [i for i, it in enumerate(head) if _title_marker(it)]
        if not anchors:
            return [Entry(head=head)]
    offset = anchors[0]
    starts = [0]
    surplus: dict[int, list[Item]] = {}
    prev = anchors[0]
    for a in anchors[1:]:
        if a == prev + 1 and head[a].date_only and head[prev].date_only:
            surplus.setdefault(len(starts) - 1, []).append(head[a])
            continue
        s = max(prev + 1, a - offset)
        if head[a].date_only and not (offset == 0 and head[a].blank_before):
            # (a date line set apart by a blank line, in a layout whose entries open with their dates, starts its own)
            s = max(prev + 1, min(s, a - 1)) if a - 1 > prev else a
        while s < a and is_note(head[s]):
            s += 1
        if s > starts[-1]:
            starts.append(s)
        prev = a
    entries = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(head)
        part = head[s:end]
        extra = surplus.get(k, [])
        entries.append(Entry(head=[it for it in part if it not in extra], surplus=extra))
    return entries


def _dated_title(it: Item, anchor: Callable[[Item], bool]) -> bool:
    """``tinyraft | An educational Raft … 2020`` after bullets: a lower-case title with its own date, no note."""
    return anchor(it) and label_value(it.text) is None


def group(items: list[Item], anchor: Callable[[Item], bool] | None = None) -> list[Entry]:
    """Entries of a section. ``anchor`` says which lines anchor an entry (default: lines with dates)."""
    anchor = anchor or has_date
    items = merge_continuations(items)
    if not items:
        return []
    if all(it.bullet for it in items):
        top = min(it.depth for it in items)
        entries: list[Entry] = []
        for it in items:
            if it.depth == top or not entries:
                entries.append(Entry(head=[it]))
            else:
                entries[-1].bullets.append(it)
        return entries
    runs: list[Entry] = []
    for it in items:
        run = runs[-1] if runs else None
        late_date = run is not None and it.date_only and bool(run.bullets) and not any(anchor(h) for h in run.head)
        # a list item as deep as the one that titled this entry (``1. Project`` … ``2. Project``) starts the next
        sibling = run is not None and it.bullet and bool(run.head) and run.head[0].bullet \
            and it.depth <= run.head[0].depth and any(b.depth > it.depth for b in run.bullets)
        if run is None or sibling or (not it.bullet and not late_date and (
                (run.bullets and (not is_note(it) or _dated_title(it, anchor)) and not _list_label(it))
                or (_title_marker(it) and run.head and (any(anchor(h) for h in run.head) or run.bullets)))):
            runs.append(Entry())  # (a date line after the bullets of an undated entry is that entry's date)
        run = runs[-1]
        if it.bullet and run.head:
            run.bullets.append(it)
        elif run.bullets:
            run.bullets.append(it) if it.bullet else run.head.append(it)
        else:
            run.head.append(it)
    entries = []
    for run in runs:
        if not run.head:
            entries.append(run)
            continue
        parts = _split_head(run.head, anchor)
        parts[-1].bullets.extend(run.bullets)
        entries.extend(parts)
    return entries


_SPACE = re.compile(r"\s+")
