"""Publications: title, venue, date, url, authors and status (MAPPING §4).

Why by parts: a reference is written in many orders (title first or
authors first, venue on its own line or after the quoted title), but its
parts look different: a quoted or linked title, a comma list of names, a
venue with a year, a status such as ``under review``.
"""
from __future__ import annotations

import re

from .. import vocab
from ..clean import links, plain, trim
from ..dates import find_dates, strip_dates
from ..group import Entry, group
from ..items import Item
from ..provenance import Src, src
from .common import clean_value

_QUOTED = re.compile(r"[\"“]\s*(?P<t>[^\"“”]{3,400}?)\s*[,.]?\s*[\"”]")
_CONNECTIVE = re.compile(r"^(?:in\s+proc(?:eedings|\.)?\s+of(?:\s+the)?|proc(?:eedings|\.)?\s+of(?:\s+the)?|in|to|for|at|"
                         r"published\s+in|appeared\s+in)\s+", re.I)
_GLUED_YEAR = re.compile(r"^(?P<v>[A-Za-z][A-Za-z\-]{1,20})(?P<y>(?:19|20)\d\d)$")
_AUTHOR_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[a-z]{1,3}|[A-Z]\.(?:[A-Z]\.)*|et|al\.?)\*?$")


def _statuses() -> list[str]:
    return sorted(vocab.words("statuses"), key=len, reverse=True)


def is_authors(text: str) -> bool:
    """A comma list of personal names (``A. Smith, B. Jones and C. Wu``)."""
    text = re.sub(r"\([^)]*\)", "", plain(text)).replace("*", "")
    parts = [p.strip() for p in re.split(r",|;|\band\b|&", text) if p.strip()]
    if len(parts) < 2 and not (len(parts) == 1 and "et al" in text):
        return False
    good = sum(1 <= len(p.split()) <= 4 and all(_AUTHOR_WORD.match(w) for w in p.split()) for p in parts)
    return good >= max(2, 0.75 * len(parts)) or (len(parts) == 1 and "et al" in text)


def _is_navigation(text: str) -> bool:
    words = re.findall(r"[\w\-]+", text.lower())
    nav = vocab.words("navigation")
    joined = " ".join(words)
    for phrase in sorted((w for w in nav if " " in w), key=len, reverse=True):
        joined = joined.replace(phrase, " ")
    return bool(words) and all(w in nav for w in joined.split())


def group_publications(items: list[Item]) -> list[Entry]:
    """Each top-level bullet is a publication; without bullets, author lines anchor them."""
    if any(it.bullet for it in items):
        entries: list[Entry] = []
        top = min(it.depth for it in items if it.bullet)
        for it in items:
            if (it.bullet and it.depth == top) or not entries:
                entries.append(Entry(head=[it]))
            else:
                entries[-1].head.append(it)
        return entries
    return group(items, anchor=lambda it: is_authors(it.text))


def _strip_status(text: str) -> tuple[str, str]:
    """(text without status, status as written)."""
    low = text.lower()
    for st in _statuses():
        i = low.find(st)
        if i >= 0 and (i == 0 or not low[i - 1].isalnum()) and (i + len(st) == len(low) or not low[i + len(st)].isalnum()):
            status = text[i:i + len(st)]
            rest = (text[:i] + " " + text[i + len(st):]).strip()
            return rest, status
    return text, ""


def _venue(text: str) -> tuple[str, str, str]:
    """A venue text → (publisher, year or date, status)."""
    text = trim(text)
    text, status = _strip_status(text)
    spans = find_dates(text)
    date = ""
    if spans:
        date = spans[-1].start
        text = strip_dates(text, spans[-1:])
    else:
        g = _GLUED_YEAR.match(text.strip(" .,"))
        if g:
            text, date = g.group("v"), g.group("y")
    text = _CONNECTIVE.sub("", trim(text).strip(" .,")).strip()
    text = _CONNECTIVE.sub("", text).strip()
    return clean_value(text), date, status


def assign(entry: Entry) -> dict:
    out: dict = {}
    title: Src | None = None
    authors: Src | None = None
    venue_parts: list[tuple[str, Item]] = []
    statuses: list[Src] = []
    url = None
    for it in entry.head + entry.bullets:
        if _is_navigation(it.text):
            continue
        md = re.sub(r"\[\s*\[([^\]]*)\]\([^)]*\)\s*\]|\[(?:[^\[\]]*)\](?!\()", _nav_bracket, it.md)
        text = plain(md)
        q = _QUOTED.search(text)
        if q and title is None:
            title = src(clean_value(q.group("t")), it)
            before, after = text[:q.start()], text[q.end():]
            if is_authors(before):
                authors = src(trim(before), it)
            elif trim(before):
                venue_parts.append((before, it))
            if trim(after):
                venue_parts.append((after, it))
            for label, link in links(it.md):
                if plain(label) and plain(label) in q.group("t"):
                    url = src(link, it)
            continue
        if is_authors(text) and authors is None and (title is not None or not it.bullet):
            authors = src(trim(text), it)
            continue
        if title is None:
            title = src(clean_value(text), it)
            for label, link in links(it.md):
                if plain(label) and plain(label) in text:
                    url = src(link, it)
                    break
            continue
        venue_parts.append((text, it))
    if title:
        out["name"] = title
    publisher: list[Src] = []
    date: Src | None = None
    for text, it in venue_parts:
        pub, when, status = _venue(text)
        if status:
            statuses.append(src(status, it))
        if when and date is None:
            date = src(when, it)
        if pub and not _is_navigation(pub):
            publisher.append(src(pub, it))
    if publisher:
        out["publisher"] = src(", ".join(publisher), *publisher)
    if date:
        out["releaseDate"] = date
    if url:
        out["url"] = url
    summary = [authors] if authors else []
    summary += statuses
    if summary:
        out["summary"] = src("; ".join(summary), *summary)
    return out


def _nav_bracket(m: re.Match[str]) -> str:
    inner = m.group(1) if m.group(1) is not None else m.group(0)[1:-1]
    return " " if _is_navigation(plain(inner)) else m.group(0)

