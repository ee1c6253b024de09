"""Which items are section headings, and which section every other item is in.

Why weak signals together: a heading may be a ``#`` line at any level, a
setext title, capitals, a bold line, or a plain short line; none of those
alone is reliable (a school set as ``# Tsinghua University`` is an entry).
The heading's words decide the section (MAPPING §3). A marked line with
unknown words opens an extra section only when it is set the way the
document's known headings are set, so entry titles stay entries.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from .headings import BILINGUAL, column_header, section_key
from .items import Item
from .vocab import heading_phrases, words

_MAX_UNKNOWN_WORDS = 4
#: A trailing colon marks a short heading (``Grants and Fellowships:``); a longer line so set is a label
#: inside an entry (``Duties, Accomplishments and Related Skills:``).
_MAX_COLON_WORDS = 3
#: A line set at the very level of the document's section headings may be a longer title
#: (``Are you legally eligible to work in Canada?`` over its answer in an applicant-tracking export).
_MAX_LEVELLED_WORDS = 10


@dataclass
class Section:
    """A run of items under one heading (``heading`` None for the top of the page)."""

    key: str
    heading: Item | None
    items: list[Item] = field(default_factory=list)
    #: Headings inside the section that group its items (``### Journal Articles``): structure, not entries.
    subheadings: list[Item] = field(default_factory=list)


_DECORATION = "~=*_-–—·|#>•◆◇■□ "
#: Marks set on both sides of a heading (``~ Skills ~``, ``== Skills ==``); not a table's bars nor a quote's mark.
_ORNAMENTS = "~=*_-–—·#•◆◇■□"
#: Brackets a Korean, Japanese or Chinese form sets around a heading: layout.
_BRACKETS = {"[": "]", "【": "】", "〔": "〕", "［": "］", "《": "》", "〈": "〉", "「": "」", "『": "』"}
#: ``III. EXPERIENCIA LABORAL``, ``B) EDUCATION``, ``2. SKILLS``: a heading's number is layout; its words decide.
_ENUMERATOR = re.compile(r"^(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)]\s+(?=\S)")


def undecorated(text: str) -> str:
    """``~ SKILLS ~`` → ``SKILLS``, ``IV. CAPACITACIÓN`` → ``CAPACITACIÓN``: ornaments and numbers are layout."""
    text = text.strip(_DECORATION) or text
    if len(text) > 2 and _BRACKETS.get(text[0]) == text[-1]:  # ``[학력사항]``, ``【자격증】``
        text = text[1:-1].strip() or text
    return _ENUMERATOR.sub("", text)


def _ornamented(item: Item) -> bool:
    """``~ Press ~`` set like ``~ Skills ~``: a line between the same two ornaments is marked, whatever its case."""
    return len(item.text) > 2 and item.text[0] == item.text[-1] and item.text[0] in _ORNAMENTS


def _marked(item: Item) -> bool:
    return bool(item.heading) or (item.bold and not item.bullet) or _ornamented(item) or (
        item.caps and not item.bullet and len(item.words) <= 6) or (
        _colon(item) and not item.bullet and len(item.words) <= _MAX_COLON_WORDS)


def _features(item: Item) -> set[str]:
    feats = set()
    if item.heading:
        feats.add(f"{item.mark}{item.heading}")
    if item.caps:
        feats.add("caps")
    if item.bold:
        feats.add("bold")
    if _colon(item) and not item.bullet:  # (the markup, not the text: clean-up trims a value's trailing colon)
        feats.add("colon")
    if _ornamented(item):
        feats.add("ornament")
    return feats


def heading_key(item: Item) -> str | None:
    """The section a line opens, or None when it is not a known heading."""
    if item.bullet or item.spans or len(item.text) > 70:
        return None
    text = undecorated(item.text)
    if " · " in text.partition(" | ")[2]:
        return None  # ``Tools | Git · LaTeX``: a label beside its dotted list (AltaCV, Deedy), not a table's header
    columns = column_header(text)
    if columns is not None:  # ``年 | 月 | 免許・資格``: a table's header row names its section, or nothing
        return section_key(columns, True) or "columns" if columns else "columns"
    if text.endswith(".") and not item.heading and text.lower() not in heading_phrases():
        return None  # (a sentence's full stop; ``Misc.``: an abbreviation listed with its period is a heading)
    if text.endswith((",", ";")) or (text[:1].islower() and not _marked(item)):
        return None  # (``services,``: a wrapped line's last word, not a heading)
    halves = BILINGUAL.sub(" ", text) if any(c in text for c in "/|｜／") else text  # (no bar, no slash: no halves)
    if any(c in halves.rstrip(":：") for c in ":：@/"):
        return None
    marked = _marked(item) or text.rstrip().endswith((":", "："))
    return section_key(text, marked) or _standing_title(item, text)


def _standing_title(item: Item, text: str) -> str | None:
    """``Clinical Experience`` alone in Title Case after a blank line: a heading whose last words name the section.

    Why the last words: an English heading ends in its noun (``Kitchen Experience``), while a job title that
    opens with a section's word (``Project Manager``, ``Teaching Assistant``) does not end in one.
    """
    if not item.blank_before or item.bullet or not 2 <= len(item.words) <= _MAX_UNKNOWN_WORDS:
        return None
    if not all(w[:1].isupper() or len(w) <= 3 for w in item.words) or not item.words[0][:1].isupper():
        return None
    key = section_key(text, True)
    return key if key and key != "ignore" and section_key(item.words[-1]) == key else None


def split_sections(items: list[Item]) -> list[Section]:
    """The items grouped under their headings; the first section (key ``top``) is the preamble."""
    keys = [heading_key(it) for it in items]
    known = [_features(it) for it, key in zip(items, keys, strict=True)
             if key and key != "ignore" and section_key(undecorated(it.text)) == key]
    # the level most known headings share: a known phrase one level down (``### Journal Articles``
    # under ``## Publications``) groups entries and says nothing of how sections are set
    ranks = Counter(f for feats in known for f in feats if f[-1].isdigit())
    if ranks:
        top = ranks.most_common(1)[0][0]
        known = [feats for feats in known if top in feats] or known
    shared = set.intersection(*known) if known else set()
    spaced = all(it.blank_before for it, k in zip(items, keys, strict=True) if k and k != "ignore")
    levels = {f for f in shared if f[-1].isdigit()}
    if levels:  # the document sets every section heading at one level: other lines need the exact words
        keys = [k if not k or _features(it) & levels or section_key(undecorated(it.text)) == k
                or column_header(undecorated(it.text)) is not None else None  # (a table's header row, at any level)
                for it, k in zip(items, keys, strict=True)]
    colons = sum(_colon(it) for it, key in zip(items, keys, strict=True) if key and key != "ignore")
    sections = [Section("top", None)]
    for i, (it, key) in enumerate(zip(items, keys, strict=True)):
        if key == "ignore" and i < 3:
            sections[-1].items.append(it)
            continue
        if key == "columns":  # a table's header row: structure, like a sub-heading
            sections[-1].subheadings.append(it)
            continue
        if key and key != "ignore" and key == sections[-1].key and levels and not _features(it) & levels:
            sections[-1].subheadings.append(it)  # ``### Conference Papers`` under ``## Publications``
            continue
        if key and key != "ignore" and _entry_label(it, sections[-1], colons, len(known)):
            sections[-1].items.append(it)  # ``Accomplishments:`` between a job's bullets
            continue
        if key and key != "ignore":
            sections.append(Section(key, it))
            continue
        if _unknown_heading(items, i, shared, spaced) and (len(sections) > 1 or len(sections[0].items) > 1) \
                and not (sections[-1].key == "education" and {w.lower() for w in it.words} & words("institutions")):
            # (a school set like a heading under Education is its entry's title: MAPPING §3)
            sections.append(Section("extra", it))
            continue
        consent = _consent(it) if sections[-1].items and it.blank_before else ""
        if consent:  # (a clause under no heading at the end: its opening words title it)
            sections.append(Section("extra", Item(consent, it.nums), [it]))
            continue
        current = sections[-1]
        if _subheading(items, i, current):
            current.subheadings.append(it)
            if current.key == "skills":
                current.items.append(it)
            continue
        sections[-1].items.append(it)
    return sections


def _colon(item: Item) -> bool:
    return item.md.rstrip().endswith((":", "："))


def _entry_label(item: Item, section: Section, colons: int, known: int) -> bool:
    """``Duties:`` / ``Accomplishments:`` over a job's bullets: a label inside the entry, not a section heading.

    Why: its words name a section (achievements are awards), but the line is
    marked by its colon alone while the document's other headings are set
    otherwise (capitals, bold, a level) and end with none.
    """
    return section.key in ("work", "volunteer") and bool(section.items) and _colon(item) and not item.bullet \
        and not _features(item) - {"colon"} and known >= 2 and colons == 1


def _consent(item: Item) -> str:
    """``Wyrażam zgodę na przetwarzanie moich danych osobowych …``: the opening words of a consent clause, or ''."""
    if item.bullet or item.heading:
        return ""
    low = item.text.lower()
    if not low.startswith(_consent_openings()):  # (one test for all openings first: most lines open with none)
        return ""
    found = [w for w in _consent_openings() if low.startswith(w)]
    return item.text[:len(max(found, key=len))] if found else ""


@cache
def _consent_openings() -> tuple[str, ...]:
    return tuple(words("consent_openings"))


_LIST_SECTIONS = {"publications", "skills", "languages", "interests", "references", "awards", "certificates"}


def _subheading(items: list[Item], i: int, section: Section) -> bool:
    """A heading set below its section's, over a list (``### Journal Articles`` then items), not an entry title."""
    it = items[i]
    if section.key not in _LIST_SECTIONS or section.heading is None or not it.heading or it.spans:
        return False
    followed_by_list = i + 1 < len(items) and items[i + 1].bullet
    return it.heading > section.heading.heading > 0 and len(it.words) <= 8 and followed_by_list


def _unknown_heading(items: list[Item], i: int, shared: set[str], spaced: bool) -> bool:
    """A marked line with unknown words that is set exactly like the document's section headings.

    ``spaced``: every known heading has a blank line before it, so a line
    inside a block (a capitalised item in a list) is not one.
    """
    it = items[i]
    overlap = _features(it) & shared
    if it.bullet or it.spans or not overlap or (spaced and not it.blank_before):
        return False
    if overlap == {"colon"} and shared != {"colon"}:
        return False  # (``Funciones:`` under ``III. EXPERIENCIA LABORAL:``: a colon alone is how labels are set too)
    levels = {f for f in shared if f[-1].isdigit()}
    if levels and not (_features(it) & levels):
        return False
    if len(it.words) > (_MAX_LEVELLED_WORDS if levels else _MAX_UNKNOWN_WORDS) or not it.words \
            or it.text.endswith((".", ",", ";")):
        return False
    if any(c.isdigit() for c in undecorated(it.text)) or ":" in it.text.rstrip(":：") or "@" in it.text:
        return False
    first = undecorated(it.text)[:1]  # (``~ PRESS ~``: the ornament is layout, the word decides)
    if not first.isupper() and (first.lower() != first.upper() or not levels):
        return False  # (a script without capitals, ``生年月日``: the headings' level must tell)
    nxt = items[i + 1:i + 3]
    return not any(n.date_only and not n.bullet for n in nxt)  # (a bulleted date is a list's item: ``Date of birth``)
