"""Publications: title, venue, date, url, authors and status (MAPPING §4).

Why by parts: a reference is written in many orders (title first or
authors first, venue on its own line or after the quoted title), but its
parts look different: a quoted or linked title, a comma list of names, a
venue with a year, a status such as ``under review``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import bibtex, vocab
from ..clean import links, plain, trim, unmark
from ..contacts import URL, normalize_url
from ..dates import find_dates, is_date_only, strip_dates
from ..group import Entry, group
from ..items import Item
from ..provenance import Src, src
from ..text import split_top
from .common import clean_value, lead_emphasis, link_only

_QUOTED = re.compile(r"[\"“«]\s*(?P<t>[^\"“”«»]{3,400}?)\s*[,.]?\s*[\"”»]")
_CONNECTIVE = re.compile(r"^(?:in\s+proc\.?\s+of(?:\s+the)?|proc\.\s+of(?:\s+the)?|in|to|for|at|on|with|by|"
                         r"published\s+(?:in|by)|appeared\s+in|presented\s+at)\s+", re.I)
_DASH = re.compile(r"\s+[—–]\s+")
_GLUED_YEAR = re.compile(r"^(?P<v>[A-Za-z][A-Za-z\-]{1,20})(?P<y>(?:19|20)\d\d)$")
_INITIALLED = re.compile(r"(?:[A-Z][\w'’\-]+\s)?(?:[A-Z]\.\s?){1,3}[A-Z][\w'’\-]+|[A-Z][\w'’\-]+,\s(?:[A-Z]\.\s?){1,3}")
_AUTHOR_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[a-z]{1,3}|[A-Z]\.(?:[A-Z]\.)*|et|al\.?)\*?$")


@cache
def _statuses() -> tuple[str, ...]:
    """Status words, longest first; sorted once (the vocabulary is fixed while Vita runs)."""
    return tuple(sorted(vocab.words("statuses"), key=len, reverse=True))


@cache
def _navigation_phrases() -> tuple[str, ...]:
    """Navigation phrases of several words, longest first; sorted once (the vocabulary is fixed)."""
    return tuple(sorted((w for w in vocab.words("navigation") if " " in w), key=len, reverse=True))


def _case_shape(text: str) -> str:
    """Letters as ``A``/``a`` by case (caseless scripts as capitals), so name patterns fit every alphabet."""
    if text.isascii():
        return text
    return "".join(("a" if c.islower() else "A") if c.isalpha() else c for c in text)


def is_authors(text: str) -> bool:
    """A comma list of personal names (``A. Smith, B. Jones and C. Wu``, ``Ł. Żółć, 山田太郎``)."""
    text = re.sub(r"\([^)]*\)", "", plain(text)).replace("*", "")
    parts = [_case_shape(p.strip()) for p in re.split(r",|;|\band\b|&", text) if p.strip()]
    if len(parts) < 2 and not (len(parts) == 1 and "et al" in text):
        return False
    good = sum(1 <= len(p.split()) <= 4 and all(_AUTHOR_WORD.match(w) for w in p.split()) for p in parts)
    return good >= max(2, 0.75 * len(parts)) or (len(parts) == 1 and "et al" in text)


def is_navigation(text: str) -> bool:
    words = re.findall(r"[\w\-]+", text.lower())
    nav = vocab.words("navigation")
    joined = " ".join(words)
    for phrase in _navigation_phrases():
        joined = joined.replace(phrase, " ")
    return bool(words) and all(w in nav for w in joined.split())


def _hanging(items: list[Item]) -> list[Entry] | None:
    """References set with a hanging indent: a line at the margin starts one, indented lines continue it.

    A margin line followed by another margin line, with no year, is a label
    over a group of references (``Journal articles``): structure, dropped.
    """
    if any(it.bullet for it in items) or sum(it.depth > 0 for it in items) < 2 or items[0].depth > 0:
        return None
    entries: list[Entry] = []
    for k, it in enumerate(items):
        if it.depth > 0 and entries:
            entries[-1].head.append(it)
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        label = nxt is not None and nxt.depth == 0 and not it.spans and len(it.words) <= 8 \
            and not it.text.endswith(".")
        if not label:
            entries.append(Entry(head=[it]))
    return entries


def holds_bibtex(items: list[Item]) -> bool:
    """Most of the section is BibTeX entries: a publication list, whatever its heading says."""
    return 2 * sum(bibtex.starts_entry(it.md) for it in items) > len(items)


def group_publications(items: list[Item]) -> list[Entry]:
    """Each top-level bullet is a publication; without bullets, author lines anchor them."""
    if any(bibtex.starts_entry(it.md) for it in items):  # a BibTeX entry is one publication, whatever is around it
        read: list[Entry] = []
        run: list[Item] = []
        for it in [*items, None]:
            if it is None or bibtex.starts_entry(it.md):
                read += group_publications(run) if run else []
                read += [Entry(head=[it])] if it is not None else []
                run = []
            else:
                run.append(it)
        return read
    hanging = _hanging(items)
    if hanging is not None:
        return hanging
    if any(it.bullet for it in items):
        entries: list[Entry] = []
        top = min(it.depth for it in items if it.bullet)
        for it in items:
            if (it.bullet and it.depth == top) or not entries or _starts_citation(it):
                entries.append(Entry(head=[it]))
            elif _wrapped(entries[-1].head[-1], it):
                last = entries[-1].head[-1]
                entries[-1].head[-1] = replace(last, md=f"{last.md} {it.md}", nums=last.nums + it.nums)
            else:
                entries[-1].head.append(it)
        return entries
    if len(items) > 1 and all(_VANCOUVER.match(it.text) or _BLUEBOOK.match(it.text) for it in items):
        return [Entry(head=[it]) for it in items]  # one whole citation a line, no bullets (``Doe, Title, 98 …``)
    if sum(map(_starts_citation, items)) >= 2:  # Vancouver references wrapped over lines, no bullets
        return group(items, anchor=_starts_citation)
    titled = [it for it in items if _bold_title(it)]
    if len(titled) >= 2 and 4 * len(titled) >= len(items):  # ``**Title**, *Venue*`` lines start the entries
        return group(items, anchor=_bold_title)
    return group(items, anchor=lambda it: is_authors(it.text))


def _wrapped(prev: Item, it: Item) -> bool:
    """``Subword boundaries as`` / ``latent variables.``: a line cut mid-phrase, not the reference's next field."""
    return not it.bullet and it.text[:1].islower() \
        and not prev.md.rstrip().endswith((".", ",", ";", ":", "?", "!", "*"))


def _bold_title(it: Item) -> bool:
    """A line led by a bold part that is not a person's name: a reference's title."""
    if it.bold and not it.bullet:
        return not _name_like(it.text) and not is_authors(it.text)
    lead = lead_emphasis(it.md) if it.md.startswith(("**", "__")) else None
    return lead is not None and _titled(lead)


def _titled(lead: tuple[str, str]) -> bool:
    """Whether a line's leading emphasis is a title: it names no people, or an italic venue follows it.

    ``**Sparse Kernels**, *Hooli Press*``: a bold part before an italic venue
    is the title even when, like a name, it is two capitalised words.
    """
    if re.match(r"[,.]?\s*[*_][^*_]", lead[1]):
        return True
    return not _name_like(plain(lead[0])) and not is_authors(plain(lead[0]))


_TALK = re.compile(r"(?i)\b(?:keynote|colloquium|seminar|invited talk|talk|tutorial|panel|lecture|"
                   r"plenary|vortrag|conférence invitée|ponencia)\b")
_AWARD = re.compile(r"(?i)\b(?:award|prize|honou?rable mention|best paper|distinguished paper)\b")
_ABBREV = re.compile(r"(?:\b[A-Z]|\bal|\bproc|\bvol|\bno|\bpp|\beds?|\be\.g|\bi\.e|\bdr|\bprof|\bst|\binc|"
                     r"\bltd|\bjr|\bsr|\bvs|\bet)\.$", re.I)


def segments(text: str) -> list[str]:
    """Sentences of a reference (``Authors. 2024. Title. Venue.``), not split after initials."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.?!])\s+", text.strip()):
        if out and _ABBREV.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip(" .")]


def _name_like(text: str) -> bool:
    """``M. K. Osei``, ``Haoze He``: a person, so an author list follows, not a title."""
    ws = text.replace("*", "").split()
    return (1 <= len(ws) <= 4 and all(w[:1].isupper() for w in ws) and not text.endswith((".", "?", "!"))) \
        or bool(re.fullmatch(r"(?:[A-Z]\.\s?)+[\w'’-]+", text))


def _status_split(part: str) -> tuple[str, str]:
    """(venue text, status) of one venue part."""
    low = part.lower()
    for st in _statuses():
        i = low.find(st)
        if i < 0 or (i > 0 and low[i - 1].isalnum()) or (i + len(st) < len(low) and low[i + len(st)].isalnum()):
            continue
        if i == 0:
            return _CONNECTIVE.sub("", part[len(st):].strip()), part[:len(st)]
        return "", part
    if (_TALK.search(part) or _AWARD.search(part)) and len(part.split()) <= 5:
        return "", part
    return part, ""


def _undate(text: str, spans: list | None = None) -> str:
    """``text`` without its last date, the punctuation closed up (``34 (2018): 1`` → ``34: 1``).

    Why also before splitting at commas: a date such as ``Oct 1, 2014`` holds
    a comma itself, so it is taken out whole first.
    """
    spans = find_dates(text) if spans is None else spans
    if not spans:
        return text
    return re.sub(r"\s+([:;,.])", r"\1", strip_dates(text, spans[-1:]))


def _venue(parts: list[str]) -> tuple[str, str, list[str]]:
    """Venue texts → (publisher, date, statuses)."""
    pieces: list[str] = []
    statuses: list[str] = []
    texts = [plain(part) for part in parts]
    date = next((spans[-1].start for text in texts if (spans := find_dates(text))), "")
    for text in texts:
        for piece in split_top(_undate(text), ","):
            piece = trim(piece).rstrip(".").strip()
            spans = find_dates(piece)
            if spans:
                date = date or spans[-1].start
                piece = _undate(piece, spans)
            else:
                g = _GLUED_YEAR.match(piece)
                if g:
                    piece, date = g.group("v"), date or g.group("y")
            piece, status = _status_split(trim(piece))
            if status:
                statuses.append(trim(status).rstrip("."))
            piece = _CONNECTIVE.sub("", trim(piece)).strip()
            if piece and not is_navigation(piece):
                pieces.append(piece)
    return clean_value(", ".join(pieces)), date, statuses


def _title_url(it: Item, title: str) -> str | None:
    for label, link in links(it.md):
        if plain(label) and plain(label) in title:
            return link
    return None


_APA = re.compile(r"^(?P<a>[^()]{2,600}?)\s*\((?P<d>(?:19|20)\d\d)[a-z]?(?:,\s*(?P<m>[^()\d]{3,20}?)(?:\s+\d{1,2})?)?\)"
                  r"\.?\s+(?P<r>\S.*)$")
_APA_YEAR = re.compile(r"\((?:19|20)\d\d")
_BRACKET = re.compile(r"\s*\[(?P<n>[^\[\]]{2,60})\](?!\()")


def _apa(entry: Entry) -> dict | None:
    """``Authors (2024). Title. Venue, 19(2), 1–9. https://doi…`` (APA style) → fields, or None."""
    items = entry.head + entry.bullets
    if not items or not _APA_YEAR.search(items[0].text):
        return None  # (fast path: APA puts ``(Year`` on the first line, after the authors)
    text = " ".join(unmark(it.md).strip() for it in items)  # (``text`` drops a line's final comma)
    m = _APA.match(text)
    if not m or not is_authors(m.group("a")):
        return None
    rest = m.group("r")
    url = next((u.group(0) for u in URL.finditer(rest)), "")
    if url:
        rest = rest.replace(url, " ")
    notes = [b.group("n") for b in _BRACKET.finditer(rest)]
    rest = _BRACKET.sub("", rest)
    segs = segments(rest)
    if not segs:
        return None
    date = m.group("d")
    month = vocab.month_numbers().get((m.group("m") or "").strip(" .").lower())
    if month:
        date = f"{date}-{month:02d}"
    out: dict = {"name": src(clean_value(segs[0]), items), "releaseDate": src(date, items)}
    venue = _CONNECTIVE.sub("", " ".join(segs[1:]).strip()).strip().rstrip(".")
    if venue:
        out["publisher"] = src(venue, items)
    if url:
        out["url"] = src(normalize_url(url.rstrip(".")), items)
    out["summary"] = src("; ".join([trim(m.group("a")), *notes]), items)
    return out


#: ``Castellanos-Reyes IN``, ``van der Berg J``: a Vancouver (PubMed) author, surname then initials.
_VAN_AUTHOR = r"[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,3}\s[A-Z]{1,3}[*†#]?"
_VANCOUVER = re.compile(
    rf"^(?P<a>{_VAN_AUTHOR}(?:,\s{_VAN_AUTHOR}){{0,60}}(?:,?\s(?:et\s+al|and\s+others))?)\.\s+"
    r"(?P<t>.{3,400}?[.?!])\s+(?P<j>[^.;]{2,120}?)\.\s+"
    r"(?:(?P<y>(?:19|20)\d\d)(?:\s(?P<m>[A-Z][a-z]{2,8})(?:\s(?P<day>\d{1,2}))?)?"
    r"|(?P<press>(?i:in\s+press|forthcoming|accepted|submitted)))"
    r"(?P<loc>[;:]\S*?)?\.?(?=\s|$)(?P<rest>.*)$")
#: ``Jane Doe, Title, 98 Ex. L. Rev. 1234, 1240 (2019).``: a Bluebook (US legal) citation; ``(forthcoming 2025)``.
_BLUEBOOK = re.compile(r"^(?P<a>[^,]{3,120}?),\s+(?P<t>.{3,300}?),\s+"
                       r"(?P<v>\d{1,4}\s+[A-Z][^()]{1,80}?(?:\s\d{1,5}(?:[-–,]\s?\d{1,5})*)?)\s+"
                       r"\((?P<c>[^()]{0,40}?)\s?(?P<y>(?:19|20)\d\d)\)\.?$")
_IDENTIFIER = re.compile(r"(?i)^(?:doi|pmid|pmcid|isbn|issn)\b")
_VANCOUVER_START = re.compile(rf"^{_VAN_AUTHOR}(?:,\s{_VAN_AUTHOR}){{0,60}}(?:,?\s(?:et\s+al|and\s+others))?\.\s+\S")


def _starts_citation(it: Item) -> bool:
    """A line at the margin that opens with a Vancouver author list (``Tanaka A, Rossi M. …``)."""
    return not it.bullet and it.depth == 0 and bool(_VANCOUVER_START.match(it.text))


def _joined(entry: Entry) -> tuple[list[Item], str]:
    items = entry.head + entry.bullets
    return items, " ".join(unmark(it.md).strip() for it in items)


def _vancouver(items: list[Item], text: str) -> dict | None:
    """``Surname AB, Surname C. Title. Abbrev J. 2024 Mar 11;59(5):612-627. doi:…`` (PubMed style) → fields.

    The journal's volume, issue and pages stay in ``publisher``; a bracketed
    note (``bioRxiv [Preprint]``) is a status; DOI, PMID and PMCID numbers are
    identifiers, dropped (no URL is built from them), a written URL is kept.
    """
    m = _VANCOUVER.match(text) if items else None
    if not m:
        return None
    date = m.group("y") or ""
    month = vocab.month_numbers().get((m.group("m") or "").lower())
    if month:
        date = f"{date}-{month:02d}" + (f"-{int(m.group('day')):02d}" if m.group("day") else "")
    journal, rest = m.group("j"), m.group("rest")
    statuses = [b.group("n") for b in _BRACKET.finditer(journal + rest)] + [m.group("press") or ""]
    venue = ", ".join(p for p in (_BRACKET.sub("", journal).strip(), (m.group("loc") or "")[1:]) if p)
    out: dict = {"name": src(clean_value(m.group("t")), items), "publisher": src(venue, items)}
    if date:
        out["releaseDate"] = src(date, items)
    url = next((u.group(0) for u in URL.finditer(rest)), "")
    if url:
        out["url"] = src(normalize_url(url.rstrip(".")), items)
    for seg in segments(_BRACKET.sub(" ", rest.replace(url, " ") if url else rest)):
        seg = trim(seg).rstrip(".")
        low = seg.lower()
        if not _IDENTIFIER.match(seg):  # (``doi:…``, ``PMID: …``: identifiers, dropped)
            statuses.extend(seg[low.find(st):low.find(st) + len(st)] for st in _statuses() if st in low)
    out["summary"] = src("; ".join([m.group("a"), *filter(None, statuses)]), items)
    return out


def _bluebook(items: list[Item], text: str) -> dict | None:
    """``Jane Doe & John Roe, *Title*, 98 Ex. L. Rev. 1234 (2019).`` (US legal style) → fields.

    The volume, reporter abbreviation and first page are the ``publisher``
    as written; a word before the year in the brackets (``forthcoming``) is
    a status.
    """
    m = _BLUEBOOK.match(text) if items else None
    if not m or not all(_name_like(trim(a)) for a in re.split(r"\s+(?:&|and)\s+|,\s+", m.group("a"))):
        return None
    out: dict = {"name": src(clean_value(m.group("t")), items), "publisher": src(trim(m.group("v")), items),
                 "releaseDate": src(m.group("y"), items)}
    status = trim(m.group("c"))
    out["summary"] = src("; ".join([trim(m.group("a")), *([status] if status else [])]), items)
    return out


def assign(entry: Entry) -> dict:
    if len(entry.head) == 1 and not entry.bullets and bibtex.starts_entry(entry.head[0].md):
        return bibtex.publication(entry.head[0].md, entry.head[0].nums)
    joined = _joined(entry)  # (the lines as one text, read by both styles below)
    cited = _apa(entry) or _vancouver(*joined) or _bluebook(*joined)
    if cited is not None:
        return cited
    out: dict = {}
    title: Src | None = None
    authors: Src | None = None
    venue: list[tuple[str, Item]] = []
    notes: list[Src] = []
    titled_venue = False  # the title line named the venue (``**Title**, *Venue*``)
    url = None
    for it in entry.head + entry.bullets:
        if is_navigation(it.text):
            continue
        link = link_only(it.md)
        if link:  # a line that is only a link (a DOI): the publication's address
            url = url or link
            continue
        if not authors and title is not None and _INITIALLED.fullmatch(_case_shape(it.text)):
            authors = src(it.text, it)  # a lone author (``M. K. Osei``) under the title
            continue
        column = it.md.rsplit(" | ", 1)
        if len(column) == 2 and is_date_only(plain(column[1])):  # a date set flush right of the title
            venue.append((plain(column[1]), it))
            it = Item(column[0], it.nums, bold=it.bold, italic=it.italic)
        lead = find_dates(it.md) if title is None else []
        if lead and lead[0].begin == 0 and trim(plain(it.md[lead[0].stop:])):  # a date column left of the title
            venue.append((it.md[:lead[0].stop], it))
            it = Item(it.md[lead[0].stop:].strip(), it.nums, bold=it.bold, italic=it.italic)
        address = _written_address(it.md)
        if address:  # ``[papers.example.org/x](https://…) (Venue)``: the address, then the venue
            url = url or normalize_url(address[1])
            rest = re.sub(r"^\(([^()]*)\)$", r"\1", it.md.replace(address[0], " ").strip())  # (the venue bracketed)
            it = Item(rest, it.nums, bold=it.bold, italic=it.italic)
        md = re.sub(r"\[\s*\[([^\]]*)\]\([^)]*\)\s*\]|\[(?:[^\[\]]*)\](?!\()", _nav_bracket, it.md)
        text = plain(md)
        q = _QUOTED.search(text)
        if q and title is None:
            title = src(clean_value(q.group("t")), it)
            before, after = text[:q.start()], text[q.end():]
            if is_authors(before) or _name_like(trim(before)):  # (``P. Raman, "Title"``: a lone author)
                authors = src(trim(before), it)
            elif trim(before):
                venue.append((before, it))
            if trim(after):
                venue.append((after, it))
            url = url or _title_url(it, q.group("t"))
            continue
        if title is None:
            lead = lead_emphasis(md)
            if lead and _titled(lead):
                title = src(clean_value(lead[0]), it)
                venue.extend((seg, it) for seg in segments(plain(lead[1])))
                titled_venue = any(trim(plain(seg)) and not is_date_only(seg) for seg in segments(plain(lead[1])))
                url = url or _title_url(it, title)
                continue
            segs = segments(text)
            if len(segs) == 1 and _DASH.search(segs[0]):
                segs = _DASH.split(segs[0], maxsplit=1)
            for k, seg in enumerate(segs):
                nxt = segs[k + 1] if k + 1 < len(segs) else ""
                if authors is None and title is None and (is_authors(seg) or (
                        nxt and is_date_only(nxt) and re.fullmatch(r"(?:[A-Z]\.\s?)+[\w'’-]+|[\w\s.'’-]{3,40}", seg))) \
                        and len(segs) > 1:
                    authors = src(trim(seg).rstrip("."), it)
                elif is_date_only(seg) and title is None:
                    venue.append((seg, it))
                elif title is None:
                    title = src(clean_value(seg), it)
                    url = url or _title_url(it, seg)
                else:
                    venue.append((seg, it))
            continue
        if authors is None and is_authors(text):
            authors = src(trim(text), it)
            continue
        if titled_venue and len(text.split()) >= 5 and not it.spans:
            notes.append(src(text, it))  # a sentence under ``**Title**, *Venue*``: what the work is about
            continue
        venue.append((text, it))
    if title:
        out["name"] = title
    publisher, date, statuses = _venue([v for v, _ in venue])
    where = [it for _, it in venue]
    if publisher:
        out["publisher"] = src(publisher, where)
    if date:
        out["releaseDate"] = src(date, where)
    if not url:  # a link labelled only ``slides``, ``pdf``, ``video``: the publication's own address
        url = next((link for it in entry.head + entry.bullets for label, link in links(it.md)
                    if label and is_navigation(label) and link.startswith("http")), None)
    if url:
        out["url"] = src(url, title or ())
    summary = [str(authors)] if authors else []
    summary += statuses + [str(n) for n in notes]
    if summary:
        out["summary"] = src("; ".join(summary), authors or (), where, *notes)
    return out


def _written_address(md: str) -> tuple[str, str] | None:
    """(Markdown, target) of a link labelled with its own web address, beside other text on the line.

    Why: a reference often prints its address in full (RenderCV writes
    ``papers.example.org/… (Venue)``); that text is the publication's URL,
    not part of its venue.
    """
    for label, target in links(md):
        written = f"[{label}]({target})"
        if target.startswith("http") and URL.fullmatch(label) and written in md \
                and trim(plain(md.replace(written, ""))):
            return written, target
    return None


def _nav_bracket(m: re.Match[str]) -> str:
    inner = m.group(1) if m.group(1) is not None else m.group(0)[1:-1]
    return " " if is_navigation(plain(inner)) else m.group(0)

