"""Awards and certificates: title, date, awarder or issuer (MAPPING §4).

Why one entry per date: an award listed with several dates or periods was
received several times (MAPPING §2), so ``2021 – 2022, 2022 – 2023`` under
one title gives two entries, each dated with the start of its period.
"""
from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..clean import links, plain, trim
from ..dates import find_dates, strip_dates
from ..group import Entry
from ..items import Item
from ..provenance import Src, src
from ..text import join_notes, label_value, split_top
from .common import clean_value, emphasis_parts, is_org

_CONTEST = re.compile(r"(?i)\b(?:competition|contest|cup|olympiad|challenge|hackathon|championship|tournament|"
                      r"league|games|race|wettbewerb|concours|concurso|gara)\b")
_ISSUED_BY = re.compile(r"(?i)^(?:issued|awarded|granted|presented|conferred)\s+by\s+|^(?:verliehen|vergeben)\s+"
                        r"(?:von|durch)\s+|^(?:décerné|attribué)e?\s+par\s+|^(?:otorgado|concedido)\s+por\s+")
_CERT_SEP = re.compile(r"\s+[|–—-]\s+")
_ISSUED = re.compile(r"(?i)^(?:issued|ausgestellt|délivré|emitido|expires|credential id)\b")
_BY = re.compile(r"\s+(?:in|at|from|by|von|de|par|por|da)\s+(?=[A-Z])")


def _awarder(title_md: str) -> tuple[str, str]:
    """(title, awarder) from ``… in/at <institution>`` or an emphasised institution."""
    emph = emphasis_parts(title_md)
    text = clean_value(title_md)
    if len(emph) >= 2:
        return clean_value(emph[0][1]), clean_value(emph[1][1])
    matches = list(_BY.finditer(text))
    if matches:
        m = matches[-1]
        tail = text[m.end():]
        if is_org(tail) and "," not in tail and not _CONTEST.search(tail):
            return clean_value(text[:m.start()]), clean_value(tail)
    return text, ""


def _titled_dates(it: Item) -> list[tuple[str, str]]:
    """Several ``Title (2021), Title (2020)`` awards on one line → [(title md, date)]."""
    if len(it.spans) < 2 or it.date_only:
        return []
    parts = split_top(it.md, ",;")
    out = []
    for p in parts:
        spans = find_dates(plain(p))
        rest = strip_dates(plain(p), spans)
        if len(spans) != 1 or not rest:
            return []
        out.append((rest, spans[0].start))
    return out


@cache
def _awarder_labels() -> frozenset[str]:
    return vocab.words("institution_labels") | vocab.words("awarder_labels")


def assign_awards(entry: Entry) -> list[dict]:
    """One entry, or several when the award is listed with several dates."""
    title_item = next((it for it in entry.head if not it.date_only), None)
    if title_item is not None:
        several = _titled_dates(title_item)
        if several:
            return [{"title": src(clean_value(t), title_item), "date": src(d, title_item)} for t, d in several]
    dates = [(s.start, it) for it in entry.head for s in it.spans]
    base: dict = {}
    notes: list[Src] = []
    for it in entry.head:
        if it.date_only:
            continue
        md = strip_dates(it.md, None) if it.spans else it.md
        if "title" not in base:
            title, awarder = _awarder(md)
            base["title"] = src(title, it)
            if awarder:
                base["awarder"] = src(awarder, it)
        elif _ISSUED_BY.match(plain(md)) and "awarder" not in base:
            base["awarder"] = src(clean_value(_ISSUED_BY.sub("", plain(md))), it)
        elif (lv := label_value(plain(md))) and lv[0].lower() in _awarder_labels() \
                and "awarder" not in base:  # (Europass ``Awarding institution: …``, a grants table's ``Funder``)
            base["awarder"] = src(clean_value(lv[1]), it)
        elif lv and lv[0].lower() in vocab.words("amount_labels"):  # (``Amount: $1,500``: the column's value)
            notes.append(src(trim(lv[1]), it))
        else:
            notes.append(src(plain(md).strip(" ,;"), it))  # (a note is written text: its full stop stays)
    notes.extend(src(plain(b.md), b) for b in entry.bullets)
    summary = join_notes(notes)
    if summary:
        base["summary"] = summary
    if not dates:
        return [base]
    return [{**base, "date": src(d, it)} for d, it in dates]


#: ``(exp. 03/2027)``, ``, expires 05/2026``, ``valid until 2025``: the words before the date a licence runs out.
_EXPIRY = re.compile(r"(?i)(?:\bexp(?:ires|iry|iring|ired)?\.?|\bvalid\s+(?:until|to|thru|through)|\brenewal\s+due)"
                     r"\s*(?:date)?\s*:?\s*$")
#: ``– Class LR``, ``- Category C``: a licence's class after a dash is part of its name, not an issuer.
_QUALIFIER = re.compile(r"(?i)^(?:(?:class|category|cat\.|grade|level|endorsement|tier)\b"
                        r"|(?:associate|professional|expert|specialty|practitioner|foundation)$)")  # (… – Associate)
#: ``#RN.555123``, ``No. 4411``, ``PIN 12A3456E``: a licence's number names it (it stays with the name).
_LICENCE_NUMBER = re.compile(r"(?i)^(?:#\s?\S+|(?:no\.?|number|pin|reg(?:istration)?\.?\s+(?:no\.?|number)|"
                             r"licen[cs]e\s+(?:no\.?|number|#))\s*[:#]?\s*\S*\d\S*)$")


def _expiry(text: str) -> int:
    """Where an expiry clause (``(exp. 03/2027)``, ``, expires 05/2026``) begins in ``text``, or -1.

    Why: a licence's expiry date is not the date it was issued (the schema's
    ``date``); with no field of its own, it stays in the name as written.
    """
    for span in find_dates(text):
        m = _EXPIRY.search(text, 0, span.begin)
        if m:
            start = m.start()
            return start - 1 if text[start - 1:start] == "(" else start
    return -1


def _pieces(text: str) -> list[str]:
    """``Name – Class LR, Issuer, #123`` → [name, issuer …]: a class and a licence number stay with the name."""
    split = re.split(r"(\s+[|–—-]\s+)", text)
    dashed = [split[0]]
    for sep, part in zip(split[1::2], split[2::2], strict=True):
        if _QUALIFIER.match(part.strip()):
            dashed[-1] += sep + part
        else:
            dashed.append(part)
    parts = [clean_value(p) for d in dashed for p in split_top(d, ",;")]
    parts = [p for p in parts if p and not _ISSUED.match(p)]
    numbers = [p for p in parts[1:] if _LICENCE_NUMBER.match(p)]
    rest = [p for p in parts[1:] if p not in numbers]
    return [", ".join(parts[:1] + numbers), *rest] if parts else []


def assign_certificate(entry: Entry) -> dict:
    """name, issuer, date, url: ``Name (ABBR), Issuer, 2021`` or ``Name — Issuer``."""
    out: dict = {}
    dates = [(s.start, it) for it in entry.head for s in it.spans if not 0 <= _expiry(it.text) < s.begin]
    if dates and len(dates[0][0]) == len("2020-01-01"):  # the schema wants a full date here
        out["date"] = src(dates[0][0], dates[0][1])
    rest: list[Src] = []
    for it in entry.head + entry.bullets:
        for _label, url in links(it.md):
            out.setdefault("url", src(url, it))
        if it.date_only:
            continue
        md, expiry, joiner = it.md, "", ""
        cut = _expiry(it.text)
        if cut >= 0:  # the expiry clause is kept whole, after the name, joined as written
            md, expiry = it.text[:cut].rstrip(" ,;:–—-|"), it.text[cut:].strip()
            joiner = it.text[len(md):cut] if it.text[len(md):cut].strip() else " "
        md = strip_dates(md) if find_dates(md) else md
        emph = emphasis_parts(md)
        parts = _pieces(plain(md))
        if "name" not in out and len(emph) >= 2:
            out["name"] = src(clean_value(emph[0][1]), it)
            out["issuer"] = src(clean_value(emph[1][1]), it)
        elif "name" not in out and parts:
            out["name"] = src(f"{parts[0]}{joiner}{expiry}" if expiry else parts[0], it)
            if len(parts) > 1:
                out["issuer"] = src(", ".join(parts[1:]), it)
        elif "issuer" not in out and parts:
            out["issuer"] = src(", ".join(parts), it)
        else:
            rest.extend(src(p, it) for p in parts)
    if rest:
        out["issuer"] = src(", ".join([out.get("issuer", ""), *rest]).strip(", "), out.get("issuer", ""), *rest)
    return out
