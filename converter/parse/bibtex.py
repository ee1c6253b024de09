"""BibTeX entries in a publication list → publication dicts (MAPPING §4 publications).

Why its own reader: researchers paste their ``.bib`` file into a CV (in a
fenced code block or bare). BibTeX says exactly what each part is, so the
entry is read field by field rather than guessed at like a typeset
reference: ``title`` is the name, ``journal``/``booktitle`` the venue
(``arXiv`` for an arXiv eprint), ``year``/``month`` the date, ``author``
as written then ``note`` the summary. The citation key and the
bookkeeping fields (``eprint``, ``primaryClass``, ``volume``, ``pages``)
are not résumé content. Values are LaTeX: braces, accents and commands are
resolved by the same clean-up as every other value.
"""
from __future__ import annotations

import re

from . import vocab
from .clean import clean_md, plain
from .contacts import URL, normalize_url
from .latex import accents
from .provenance import Src, src

#: Entry types read as publications; ``@string``, ``@comment`` and ``@preamble`` are bookkeeping.
_TYPES = ("article|inproceedings|conference|incollection|inbook|book|booklet|proceedings|misc|online|preprint|"
          "techreport|report|phdthesis|mastersthesis|thesis|unpublished|manual|patent|software|dataset|"
          "electronic|www|collection")
_BOOKKEEPING = ("string", "comment", "preamble")
_START = re.compile(rf"^\s*@\s*(?P<type>{_TYPES}|{'|'.join(_BOOKKEEPING)})\s*[{{(]", re.I)
_FIELD = re.compile(r"\s*,?\s*(?P<name>[A-Za-z][\w:-]*)\s*=\s*")
_BARE_VALUE = re.compile(r"[\w.:/+-]+")
_MAX_LINES = 80
#: The fields a publication is read from; the others are bookkeeping.
_READ = frozenset({"title", "author", "journal", "journaltitle", "booktitle", "year", "month", "date", "url", "note",
                   "pubstate", "howpublished", "publisher", "school", "institution", "organization", "archiveprefix",
                   "eprinttype"})
_ARXIV = re.compile(r"(?i)^arxiv(?:\s+preprint)?(?:\s+arxiv:\s*\S+)?$")


def starts_entry(text: str) -> bool:
    """The line opens a BibTeX entry (``@article{key,``)."""
    return "@" in text and bool(_START.match(text))


def is_bookkeeping(text: str) -> bool:
    """``@string{…}``, ``@comment{…}``, ``@preamble{…}``: no publication in them."""
    m = _START.match(text)
    return bool(m) and m.group("type").lower() in _BOOKKEEPING


def entry_length(texts: list[str]) -> int:
    """How many of ``texts`` the entry opened on the first one spans (until its braces balance)."""
    opened = _START.match(texts[0]) if texts else None
    pairs = ("({", ")}") if opened and opened.group(0).endswith("(") else ("{", "}")
    depth = 0
    for n, text in enumerate(texts[:_MAX_LINES]):
        text = text.replace("\\{", "").replace("\\}", "")
        depth += sum(text.count(c) for c in pairs[0]) - sum(text.count(c) for c in pairs[1])
        if depth <= 0:
            return n + 1
    return 1


def _value(text: str, pos: int) -> tuple[str, int]:
    """The raw value starting at ``pos`` (``{…}``, ``"…"``, a number or month macro, joined by ``#``)."""
    parts: list[str] = []
    while pos < len(text):
        ch = text[pos]
        if ch == "{" or ch == '"':
            close, depth, k = ("}" if ch == "{" else '"'), 0, pos + 1
            while k < len(text):
                c = text[k]
                if c == "\\":
                    k += 2
                    continue
                if c == "{":
                    depth += 1
                elif c == "}" and (depth > 0 or close == '"'):
                    depth -= 1
                elif c == close and depth == 0:
                    break
                k += 1
            parts.append(text[pos + 1:k])
            pos = k + 1
        else:
            m = _BARE_VALUE.match(text, pos)
            if not m:
                break
            parts.append(m.group(0))
            pos = m.end()
        hash_ = re.match(r"\s*#\s*", text[pos:])
        if not hash_:
            break
        pos += hash_.end()
    return " ".join(parts), pos


def fields(entry: str) -> dict[str, tuple[str, int]]:
    """Field name (lower case) → (raw value, offset in ``entry``); the type and key are left out."""
    start = _START.match(entry)
    if not start:
        return {}
    pos = entry.find(",", start.end())
    out: dict[str, tuple[str, int]] = {}
    while 0 <= pos < len(entry):
        m = _FIELD.match(entry, pos)
        if not m:
            break
        raw, end = _value(entry, m.end())
        out.setdefault(m.group("name").lower(), (raw, m.start("name")))
        pos = end
    return out


def bookkeeping_lines(entry: str, nums: tuple[int, ...]) -> set[int]:
    """The entry's lines that hold no field a publication is read from (the key, ``pages``, the closing brace)."""
    used = {k for name, (raw, offset) in fields(entry).items() if name in _READ for k in _rows(entry, raw, offset)}
    return {n for k, n in enumerate(nums) if k not in used}


def _rows(entry: str, raw: str, offset: int) -> range:
    """Which lines of ``entry`` (joined by newlines) a field written at ``offset`` covers."""
    first = entry.count("\n", 0, offset)
    return range(first, first + raw.count("\n") + 1)


def value(raw: str) -> str:
    """A field's text as typeset: accents, commands, braces and spacing resolved (``{CRISPR}`` → ``CRISPR``)."""
    text = clean_md(accents(raw))
    return plain(re.sub(r"(?<!\\)[{}]", "", text))


def _month(raw: str) -> int | None:
    raw = raw.strip().strip(".").lower()
    if raw.isdigit():
        return int(raw) if 1 <= int(raw) <= 12 else None
    return vocab.month_numbers().get(raw) or vocab.month_numbers().get(raw[:3])


def _date(found: dict[str, str]) -> str:
    """``year`` and ``month`` (``mar``, ``March``, ``3``), or biblatex's ISO ``date``."""
    year = re.search(r"\d{4}", found.get("year", ""))
    if not year:
        iso = re.match(r"(\d{4})(?:-(\d{2}))?", found.get("date", ""))
        return "-".join(g for g in iso.groups() if g) if iso else ""
    month = _month(found.get("month", ""))
    return f"{year.group(0)}-{month:02d}" if month else year.group(0)


def _publisher(found: dict[str, str]) -> tuple[str, str]:
    """(venue, the field it came from): the journal or proceedings, ``arXiv`` for an arXiv eprint."""
    for key in ("journal", "journaltitle", "booktitle"):
        if found.get(key):
            return ("arXiv" if _ARXIV.match(found[key]) else found[key]), key
    for key in ("archiveprefix", "eprinttype"):
        if found.get(key, "").lower() == "arxiv":
            return "arXiv", key
    for key in ("howpublished", "publisher", "school", "institution", "organization"):
        if found.get(key) and not URL.fullmatch(found[key]):
            return found[key], key
    return "", ""


def publication(entry: str, nums: tuple[int, ...]) -> dict[str, Src]:
    """One BibTeX entry (its source lines ``nums``, one per line of ``entry``) → a publication dict."""
    raw = fields(entry)
    found = {key: value(text) for key, (text, _offset) in raw.items()}

    def lines(*keys: str) -> list[int]:
        """The source lines of the fields given."""
        return [nums[k] for key in keys if key in raw for k in _rows(entry, *raw[key]) if k < len(nums)]

    out: dict[str, Src] = {}
    title = found.get("title", "").rstrip(".")
    if title:
        out["name"] = src(title, lines("title"))
    publisher, key = _publisher(found)
    if publisher:
        out["publisher"] = src(publisher, lines(key))
    date = _date(found)
    if date:
        out["releaseDate"] = src(date, lines("year", "month", "date"))
    shown = URL.search(found.get("howpublished", ""))
    url = found.get("url") or (shown.group(0) if shown else "")
    if url:
        out["url"] = src(normalize_url(url), lines("url", "howpublished"))
    said = ("author", "note", "pubstate")
    summary = [found[k] for k in said if found.get(k)]
    if summary:
        out["summary"] = src("; ".join(summary), lines(*said))
    return out
