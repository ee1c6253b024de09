"""Application-form exports and label:value résumés: ``Label: value`` lines → basics and sections.

Why a step of its own: an ATS export or a résumé typed as ``First name: Ana``,
``Experience: Org, Role, 2021 – Present; …`` has no headings and no layout;
every line is a field. The labels are layout (MAPPING §5): a label naming a
basics field fills it, a label naming a résumé section (the heading words of
MAPPING §3) is that section's heading with its value as content (a section on
one line is read by oneline.py), and any other label is a form question kept
as its own extra section.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import contacts, vocab
from .basics import add_contacts, parse_top
from .classify import Section, heading_key
from .clean import title_case_name
from .headings import section_key
from .items import Item
from .oneline import FIELDED, SECTION_KEYS
from .provenance import src
from .sections.common import city_like

#: ``Label: value`` (or a bare ``Label:``); the label may be a whole question (``Are you … ?``).
_FIELD = re.compile(r"^(?P<label>[^\W\d_][^:：]{0,90}?)\s*(?::(?:\s+|$)|：\s*)(?P<value>.*)$")
_MAX_LABEL_WORDS = 14
#: ``===== Candidate profile export =====``: a banner of an export, not content.
_BANNER = re.compile(r"^[=\-*#~_+]{3,}\s*(?P<text>.*?)\s*[=\-*#~_+]{3,}$")
_REQUIRED = re.compile(r"\s*(?:\*+|\((?:required|optional)\))$", re.I)
#: Share of a document's lines that must be fields, and the fewest fields, for it to be a form.
_FORM_SHARE = 0.7
_MIN_FIELDS = 6
_CONTACT_KINDS = ("email", "url", "profile")
#: A value line at least this long that the next line continues was wrapped; a shorter one was complete.
_WRAPPED = 60
_MAX_BARE_WORDS = 6
#: Label kinds whose values are read as contacts (by their shape), not kept as facts.
_CONTACT_LABELS = frozenset({"phone", "email", "website"})
#: Entry labels that are a referee's contact details (anywhere else, the person's).
_REFEREE_KINDS = frozenset({"phone", "email", "relation"})
#: Sections of ``Label: value`` lines (``Programming: Python, Go``) rather than entries.
_LISTS = frozenset({"skills", "languages", "interests", "references"})
_NO_ANSWER = frozenset({"n/a", "na", "n.a.", "-", "–", "—", "none", "not provided", "not applicable", "nil"})
#: ``Title: Mr`` is a form of address, not a headline.
_SALUTATION = re.compile(r"(?i)(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|m|mme|mlle|herr|frau|sr|sra|srta|sig|"
                         r"sig\.ra|dott|dott\.ssa|pan|pani|heer|mevrouw)\.?")


@dataclass
class Form:
    """A document read as a form: its basics (``Src`` values), its sections, the lines dropped as layout."""

    basics: dict
    sections: list[Section]
    dropped: set[int] = field(default_factory=set)


@cache
def _labels() -> dict[str, str]:
    """Label (lower case) → basics field it names."""
    return {label: kind for kind, labels in vocab.load("forms")["labels"].items() for label in labels}


@cache
def _entry_labels() -> dict[str, str]:
    """Label (lower case) → the entry field it names (``Company`` → org, ``Start date`` → start)."""
    return {label: kind for kind, labels in vocab.load("forms")["entry_labels"].items() for label in labels}


#: ``Project #1``, ``Project 2``, ``Project No. 3``: a numbered label is the label.
_LABEL_NUMBER = re.compile(r"\s*(?:#|no\.?\s*)?\d{1,2}$", re.I)


def entry_kind(label: str) -> str | None:
    """The entry field a label names when a section is written as labelled blocks (see labelled.py)."""
    low = label.lower().strip()
    kind = _entry_labels().get(low)
    if kind is None and low[-1:].isdecimal():  # (``Year 12`` names a school year, not a date; a number ends it)
        kind = _entry_labels().get(_LABEL_NUMBER.sub("", low))
        kind = kind if kind not in ("start", "end", "period", "date") else None
    return kind


@lru_cache(maxsize=4096)
def split_field(text: str) -> tuple[str, str] | None:
    """``Label: value`` → (label, value); None when the line is not a field.

    A value set apart by a column gap (``First name:      Ana``, which the
    clean-up marks ``First name: | Ana``) is the value; a known label in a
    column of its own (``First name | Ana``, a tab-separated export) is a label.
    """
    m = _FIELD.match(text.strip())
    if not m:
        label, gap, value = text.strip().partition(" | ")
        known = gap and value and " | " not in value and _known_label(_REQUIRED.sub("", label))
        return (_REQUIRED.sub("", label), value.strip()) if known else None
    label = _REQUIRED.sub("", m.group("label").strip())
    if not label or len(label.split()) > _MAX_LABEL_WORDS or "http" in label.lower() or "@" in label:
        return None
    value = m.group("value").strip()
    return label, value[2:].strip() if value.startswith("| ") else value


def _field_line(it: Item, listed: bool = False) -> tuple[str, str] | None:
    """A line's (label, value); a list item is a field when its label is one the vocabulary knows
    (``- **Email:** …`` in a Markdown form, not ``- Impact: …`` under a job), or when it follows
    a field set as a list item (``listed``)."""
    if it.heading:
        return None
    found = split_field(it.text)
    return found if found and (not it.bullet or listed or _known_label(found[0])) else None


def _known_label(label: str) -> bool:
    """A label the form vocabulary or the heading words know, or a question."""
    return bool(label_kind(label) or entry_kind(label) or section_key(label) or contacts.label_network(label)
                or label.endswith("?"))


@lru_cache(maxsize=4096)
def label_kind(label: str) -> str | None:
    """The basics field a label names (``Given name`` → first_name, ``Province/State`` → region), or None."""
    low = label.lower().strip()
    table = _labels()
    if low in table:
        return table[low]
    kinds = {table.get(p.strip()) for p in low.split("/")}
    return kinds.pop() if len(kinds) == 1 else None


def is_banner(text: str) -> bool:
    return bool(_BANNER.match(text.strip()))


def _value_md(it: Item) -> str:
    """The value part of a field line, keeping its Markdown (a link's target)."""
    md = it.md
    cut = min((i for i in (md.find(": "), md.find("："), md.find(":**"), md.find(":__")) if i >= 0), default=-1)
    if cut < 0 or md.rstrip().endswith((":", "：")):
        return split_field(it.text)[1] if split_field(it.text) else ""
    return md[cut + 1:].lstrip("*_ ").strip()


def is_form(items: list[Item]) -> bool:
    """Most lines are ``Label: value`` fields, and some label names a résumé section or a name part."""
    lines = [it for it in items if not is_banner(it.text) and not it.heading]
    content = [it for prev, it in zip([None, *lines], lines, strict=False)  # (a value wrapped over lines is one)
               if prev is None or it.bullet or split_field(it.text) is not None or not _wraps(prev, it)]
    fields = []
    listed = False
    for it in content:
        found = _field_line(it, listed)
        listed = it.bullet if found else listed
        if found and found[1]:
            fields.append(found)
    if len(fields) < _MIN_FIELDS or len(fields) < (_FORM_SHARE - 0.5) * len(content):
        return False  # (the cheap test first: most documents stop here)
    bare = [it for it in content if heading_key(it) in SECTION_KEYS]  # (``Skills:`` over its lines)
    if len(fields) + len(bare) < _FORM_SHARE * len(content):
        return False
    named = len(bare) + sum(1 for label, _ in fields if section_key(label) in SECTION_KEYS)
    parts = sum(1 for label, _ in fields if label_kind(label) in ("first_name", "last_name", "full_name"))
    return named >= 2 or (named >= 1 and parts >= 1)


def read(items: list[Item]) -> Form | None:
    """The document as a form, or None when it is not one (see :func:`is_form`)."""
    items = next((v for v in _readings(items) if is_form(v)), [])
    if not items:
        return None
    reader = _Reader()
    for k, it in enumerate(items):
        reader.line(items[k - 1] if k else None, it, items[k + 1] if k + 1 < len(items) else None)
    return reader.finish()


def _readings(items: list[Item]) -> Iterator[list[Item]]:
    """The lines as written, with labels above their values paired, and with joined label and value cells
    parted and paired. A reading that changed no line is not offered twice: telling a form is the costly part."""
    yield items
    pairs = paired(items)
    if not _same(pairs, items):
        yield pairs
    parted = spaced(items)
    if not _same(parted, items):
        yield paired(parted)


def _same(a: list[Item], b: list[Item]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


@dataclass
class _Reader:
    """Reads a form line by line: the section being filled, and what is known of the person so far."""

    top: Section = field(default_factory=lambda: Section("top", None))
    sections: list[Section] = field(default_factory=list)
    basics: dict = field(default_factory=dict)
    facts: dict[str, list[tuple[str, Item]]] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    #: Extra sections opened by a line that looked like a label.
    bare: list[Section] = field(default_factory=list)
    #: Lines before the first field (a title, or the person's name).
    before: list[Item] = field(default_factory=list)
    current: Section | None = None
    #: The current section's value began on its label's line.
    inline: bool = False
    #: The last field was a list item (a form written as a Markdown list).
    listed: bool = False

    def open(self, section: Section, inline: bool = False, bare: bool = False) -> None:
        self.current, self.inline = section, inline
        self.sections.append(section)
        if bare:
            self.bare.append(section)

    def line(self, prev: Item | None, it: Item, nxt: Item | None) -> None:
        banner = _BANNER.match(it.text.strip())
        if banner:
            key = section_key(banner.group("text"))
            if key in SECTION_KEYS or key == "summary":
                self.open(Section(key, it))
            else:
                self.dropped.update(it.nums)
            return
        found = _field_line(it, self.listed)
        if found is not None:
            self.listed = it.bullet
            self.field(it, *found)
            return
        opens = heading_key(it)
        if opens in SECTION_KEYS or opens in ("summary", "basics"):  # ``Experience:`` over lines (colon trimmed)
            self.open(Section(opens, it))
        else:
            self.loose(prev, it, nxt)

    def loose(self, prev: Item | None, it: Item, nxt: Item | None) -> None:
        """A line that is no field: a wrapped value, a label over its lines, a group's title, or content."""
        current = self.current
        if current is not None and self.inline and current.items and prev is not None and _wraps(prev, it):
            last = current.items[-1]  # a value wrapped onto the next line
            current.items[-1] = Item(f"{last.md} {it.md}", last.nums + it.nums, blank_before=last.blank_before)
        elif self._group_title(it, nxt):
            self.current, self.inline = None, False  # ``Application questions`` over fields: a group's title
            self.dropped.update(it.nums)
        elif (current is not None or self.sections) and (current is None or self.inline) and _bare_label(it):
            self.open(Section("extra", it), bare=True)  # ``Cover letter:`` over its text (colon trimmed)
        elif current is not None:
            current.items.append(it)
        else:
            (self.top.items if self.sections or self.facts or self.basics else self.before).append(it)

    def _group_title(self, it: Item, nxt: Item | None) -> bool:
        """A label-like line over fields that are no entry's (``Application questions``), not inside a
        section still waiting for its first line."""
        current = self.current
        if not _bare_label(it) or any(c.isdigit() for c in it.text) or nxt is None:
            return False
        found = _field_line(nxt, self.listed)
        if not found or not found[1]:
            return False
        waiting = current is not None and not self.inline and not current.items
        return not waiting and not (current is not None and not self.inline and entry_kind(found[0]))

    def field(self, it: Item, label: str, value: str) -> None:
        current = self.current
        if current is not None and not self.inline and current.key in SECTION_KEYS and _holds(current, it, label):
            current.items.append(it)
            return
        heading = Item(label, it.nums, blank_before=it.blank_before)
        value_item = Item(_value_md(it), it.nums, blank_before=it.blank_before)
        kind = label_kind(label)
        key = section_key(label)
        self.current, self.inline = None, False
        if value.lower() in _NO_ANSWER:
            self.dropped.update(it.nums)  # ``Website: N/A``: nothing to keep
            return
        fact = kind and kind not in _CONTACT_LABELS and not (kind == "headline" and _SALUTATION.fullmatch(value))
        if fact and value:
            self.facts.setdefault(kind, []).append((value, value_item))
        elif not (value and not key and _contact(self.basics, label, value_item)):
            key = key if key in SECTION_KEYS or key in ("summary", "basics") else "extra"
            if key in ("work", "volunteer") and value and not value_item.spans and not any(c in value for c in ",;"):
                key = "extra"  # (``Experience: 8 years``, ``Position: Data Engineer``: an answer, not a job)
            self.open(Section(key, heading, [value_item] if value else []), inline=bool(value))

    def finish(self) -> Form:
        for section in self.bare:
            if not section.items and section.heading is not None:
                section.items = [section.heading]  # a lone line taken for a label (``Notice period 4 weeks``)
        basics = self.basics
        _fill_basics(basics, self.facts)
        name = basics.get("name", "").lower()
        top = self.top.items
        for it in self.before:  # over a labelled name, a line above the fields is the document's title
            if name and not contacts.is_contact_line(it.text):
                self.dropped.update(it.nums)  # (``CV – Marie Dupont``, ``Candidate profile — Req 4471``)
            else:
                top.append(it)
        top_basics, _rest = parse_top(sorted(top, key=lambda it: it.nums), {})
        for key, value in top_basics.items():
            basics.setdefault(key, value)
        return Form(basics, [self.top, *self.sections], self.dropped)


def _holds(section: Section, it: Item, label: str) -> bool:
    """A field line under a label that opened a section with no value is that section's content: an
    entry's field (``Company: …``), a dated line under ``Experience:``, or a list's line (``English: native``
    under ``Languages:``, up to a blank line)."""
    kind = entry_kind(label)
    if (kind and (kind not in _REFEREE_KINDS or section.key == "references")) or (it.spans and section.key in FIELDED):
        return True  # (a ``Phone:`` under ``Experience:`` is the person's again)
    return section.key in _LISTS and not _known_label(label) and not (it.blank_before and section.items)


def paired(items: list[Item]) -> list[Item]:
    """Each label set above its value (``First name`` / ``Ana``, a colon trimmed) joined into one field line.

    Only labels of a person's details, of an entry's fields, or questions
    pair: a section heading keeps the lines under it.
    """
    out: list[Item] = []
    k = 0
    while k < len(items):
        it, nxt = items[k], items[k + 1] if k + 1 < len(items) else None
        label = it.text
        # (the cheap tests first: most lines are no label over a value)
        known = nxt is not None and not it.bullet and not nxt.bullet and len(label.split()) <= _MAX_LABEL_WORDS \
            and bool(label_kind(label) or entry_kind(label) or contacts.label_network(label) or label.endswith("?")) \
            and not section_key(label)
        if known and split_field(nxt.text) is None and not _known_label(nxt.text):
            out.append(Item(f"{it.md}: {nxt.md}", it.nums + nxt.nums, blank_before=it.blank_before))
            k += 2
            continue
        out.append(it)
        k += 1
    return out


@cache
def _label_phrases() -> dict[str, tuple[str, ...]]:
    """Every label the vocabulary knows, by its first word, longest first (``e-mail address`` before ``e-mail``)."""
    known = {*_labels(), *_entry_labels(), *vocab.heading_phrases(), *vocab.load("profiles")["labels"]}
    index: dict[str, list[str]] = {}
    for phrase in sorted((k for k in known if len(k) >= 3), key=len, reverse=True):
        index.setdefault(phrase.split()[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in index.items()}


def spaced(items: list[Item]) -> list[Item]:
    """``First name Ana`` → ``First name: Ana``: a known label and its value in one line with only a space
    between (two table cells a reader joined); used only when that makes the document a form."""
    out: list[Item] = []
    for it in items:
        low = it.text.lower()
        first = low.split(maxsplit=1)[0] if low.strip() else ""
        label = None if it.bullet or it.heading or split_field(it.text) else next(
            (p for p in _label_phrases().get(first, ()) if low.startswith(p + " ")), None)
        if label is None:
            out.append(it)
            continue
        text = it.text
        out.append(Item(f"{text[:len(label)]}: {text[len(label):].strip()}", it.nums, blank_before=it.blank_before))
    return out


def _wraps(prev: Item, it: Item) -> bool:
    """The line continues the value on the line before: a part of the same line (cut at a date range
    by the clean-up), or the next line when the one before filled its width."""
    return it.nums[0] in prev.nums or (not it.blank_before and (len(prev.text) >= _WRAPPED
                                                                or it.text[:1].islower()))


def _bare_label(it: Item) -> bool:
    """A short capitalised line, no sentence: a label whose value is on the lines below."""
    words = it.text.split()
    most = _MAX_LABEL_WORDS if it.text.endswith("?") else _MAX_BARE_WORDS  # (a question over its answer)
    return 0 < len(words) <= most and it.text[:1].isupper() and not it.text.endswith((".", "!", ","))\
        and not it.spans and not contacts.is_contact_line(it.text)


def _contact(basics: dict, label: str, value: Item) -> bool:
    """Put a contact field into basics; False when the value is no contact (a form question).

    A phone needs a phone label (``Salary: 80000 - 90000`` looks like one), a
    bare handle the label of a known network (``GitHub: ana-qb``).
    """
    found = contacts.field_of(value.text)
    if found.kind in _CONTACT_KINDS or (found.kind == "phone" and _phone_label(label)):
        add_contacts(basics, value)
    elif contacts.label_network(label) and contacts.field_of(f"{label}: {value.text}").kind == "handle":
        add_contacts(basics, Item(f"{label}: {value.md}", value.nums))
    else:
        return False
    return True


@cache
def _phone_words() -> frozenset[str]:
    return frozenset(label for label, kind in _labels().items() if kind == "phone" and " " not in label)


def _phone_label(label: str) -> bool:
    """``Phone``, ``Teléfono móvil``, ``Mobile number (home)``: a label with a phone word in it."""
    return label_kind(label) == "phone" or any(w in _phone_words() for w in re.findall(r"[^\W\d_]+", label.lower()))


def _fill_basics(basics: dict, facts: dict[str, list[tuple[str, Item]]]) -> None:
    """Name parts, headline and place fields → basics.name, label, location."""
    def first(kind: str) -> tuple[str, Item] | None:
        return facts[kind][0] if facts.get(kind) else None

    names = [first(k) for k in ("first_name", "middle_name", "last_name")]
    full = first("full_name")
    if "name" not in basics and (full or any(names)):
        parts = [full] if full else [n for n in names if n]  # (``Ana`` + ``QUIROGA``: each part as a name)
        basics["name"] = src(" ".join(title_case_name(v) for v, _ in parts), *(it for _, it in parts))
    headline = first("headline")
    if headline and "label" not in basics:
        basics["label"] = src(headline[0], headline[1])
    place: dict = {}
    if len(facts.get("address", [])) > 1:  # ``Address line 1`` / ``Address line 2``
        lines = facts["address"]
        facts["address"] = [(", ".join(v for v, _ in lines), Item("", tuple(n for _, it in lines for n in it.nums)))]
    for kind in ("address", "location"):
        got = first(kind)
        if got:
            parts = contacts.place_parts(got[0])
            if not parts:
                parts = {"city": got[0]} if kind == "location" and city_like(got[0]) else {"address": got[0]}
            place.update({k: src(v, got[1]) for k, v in parts.items() if k not in place})
    for kind, key in (("postal_code", "postalCode"), ("city", "city"), ("region", "region")):
        got = first(kind)
        if got and key not in place:
            place[key] = src(got[0], got[1])
    country = first("country")
    if country and "countryCode" not in place:
        name = country[0].strip(" .")
        code = vocab.countries().get(name.lower())
        if not code and len(name) == 2 and name.upper() in vocab.countries().values():  # ``Country: GB``
            code = name.upper()
        if code:
            place["countryCode"] = src(code, country[1])
    if place and "location" not in basics:
        basics["location"] = place
