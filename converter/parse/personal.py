"""Labelled personal rows (``氏名 / Name: …``, ``氏名　山本 美咲``, ``住所: 〒…``) → basics.

Why a step of its own: a Japanese rirekisho, and its English versions, open
with a block of label/value rows rather than a name line and a contact line;
labels may be written in two languages or in Japanese without a colon, and
the address carries a ``〒`` postcode in Japanese order. The person's name and
address are read from their rows here; contact rows are handed on to the
ordinary contact reader with an English label; facts with no place in
``basics`` (date of birth) become extra sections titled by their label.
"""
from __future__ import annotations

import re
from functools import cache

from . import contacts, vocab
from .classify import Section
from .clean import title_case_name
from .dates import is_duration
from .forms import label_kind, split_field
from .headings import BILINGUAL
from .items import Item
from .provenance import src

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: ``〒211-0063``: a Japanese postcode (the mark itself is dropped with other symbols by the clean-up).
_POSTMARK = re.compile(r"^(?:〒\s*)?(?P<code>\d{3}-\d{4})\s+")
_JP_CODE = re.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])")
_JAPAN = re.compile(r"(?:,\s*|\s)(?:japan|日本)\.?$", re.I)
#: A Japanese address, largest part first: prefecture, then city, ward, town or village.
_JA_ADDRESS = re.compile(r"^(?P<region>東京都|北海道|(?:京都|大阪)府|[\u3400-\u9fff]{2,3}県)"
                         r"(?P<city>[\u3040-\u30ff\u3400-\u9fff]{1,8}?[市区町村])(?P<rest>.*)$")
#: ``氏名　山本 美咲``: a Japanese label, then its value after a space (the table's cell border).
_BARE = re.compile(r"^(?P<label>[\u3040-\u30ff\u3400-\u9fff][\u3040-\u30ff\u3400-\u9fff・]{0,7}|e-?mail)"
                   r"\s+(?P<value>\S.*)$", re.I)
#: ``氏　　名``: a label spaced out to fill its cell.
_SPACED_LABEL = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff](?:\s+[\u3040-\u30ff\u3400-\u9fff])+(?=\s|$)")
_CONTACT_LABEL = {"phone": "Phone", "email": "Email"}
_MAX_FACTS = 5


@cache
def _labels() -> dict[str, str]:
    table = vocab.load("personal")
    out = {label: kind for kind, labels in table["labels"].items() for label in labels}
    out.update({label: "fact" for label in table["facts"]["words"]})
    return out


def kind_of(label: str) -> str | None:
    """What a row's label names (full_name, address, phone, email, fact, or a forms.toml kind), by either half."""
    for half in [label, *BILINGUAL.split(label)]:
        low = half.strip().lower()
        kind = _labels().get(low) or label_kind(low)
        if kind:
            return kind
    return None


def _row(it: Item) -> tuple[str, str, str] | None:
    """(kind, label, value) of a personal row, or None."""
    if it.bullet or it.heading:
        return None
    text = _SPACED_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group(0)), it.text.strip())
    place = address_parts(text) if _POSTMARK.match(text) else None
    if place and "city" in place:  # an address row with no label
        return "address", "", text
    found = split_field(text)
    bare = _BARE.match(text) if found is None else None
    if bare:
        found = bare.group("label"), bare.group("value")
    if found is None or not found[1]:
        return None
    label, value = found
    kind = kind_of(label)
    # (plain ``Phone: …`` / ``Address: …`` rows are the contact reader's; these are the rirekisho's)
    japanese_address = kind == "address" and bool(_POSTMARK.match(value) or (_JAPAN.search(value)
                                                                             and _JP_CODE.search(value)))
    if kind is None or not (bare or _CJK.search(label) or BILINGUAL.search(label) or kind in ("full_name", "fact")
                            or japanese_address):
        return None
    return kind, label, value


Fact = tuple[str, str, Item]  # (kind, value, row)


def _gender(it: Item) -> str:
    """The first part of a line of personal facts (``Мужчина, 34 года, …``, ``Brasileira, solteira, 28 anos``), or ''.

    Such a line opens with a gender word or states an age among its parts.
    """
    parts = [p.strip() for p in it.text.split(",")]
    if len(parts) < 2 or it.bullet or len(parts) > _MAX_FACTS:
        return ""
    aged = any(is_duration(p) and len(p.split()) == 2 for p in parts)
    return parts[0] if parts[0].lower() in vocab.words("genders") or aged else ""


def pick(items: list[Item], under_heading: bool = False) -> tuple[list[Item], list[Fact], list[Section]]:
    """(rows left for the usual readers, (kind, value, row) facts for :func:`fill`, extra sections).

    ``under_heading``: the rows are a section of their own, whose heading
    titles the facts with no place in basics; at the top of the page each such
    fact is titled by its own label.
    """
    kept: list[Item] = []
    facts: list[Fact] = []
    asked: list[Section] = []
    rows = [part for it in items for part in _columns(it)]
    k = 0
    while k < len(rows):
        it = rows[k]
        k += 1
        gender = _gender(it) if not under_heading else ""
        if gender:  # ``Мужчина, 34 года, родился 5 мая 1990``: personal data with no label, titled by its first word
            asked.append(Section("extra", Item(gender, it.nums), [it]))
            continue
        row = _row(it)
        if row is None:
            kept.append(it)
            continue
        kind, label, value = row
        nxt = rows[k] if k < len(rows) else None
        if kind == "address" and _POSTMARK.fullmatch(f"{value} ") and nxt and _JA_ADDRESS.match(nxt.text.strip()):
            value, it = f"{value} {nxt.text.strip()}", Item(f"{it.md} {nxt.md}", it.nums + nxt.nums)
            k += 1  # (``〒150-0002`` / the address itself on the next line)
        if kind in ("full_name", "address"):
            facts.append((kind, value, it))
        elif kind in _CONTACT_LABEL:
            kept.append(Item(f"{_CONTACT_LABEL[kind]}: {value}", it.nums, blank_before=it.blank_before))
        elif kind == "fact" and not under_heading:
            asked.append(Section("extra", Item(label, it.nums), [Item(value, it.nums)]))
        else:
            kept.append(it)
    return kept, facts, asked


@cache
def _before_fact() -> re.Pattern[str]:
    """Where a fact's label starts inside a line (``… 14/03/1990 Nationality: Portuguese``)."""
    labels = sorted((label for label, kind in _labels().items() if kind == "fact" and not _CJK.search(label)),
                    key=len, reverse=True)
    alternatives = "|".join(map(re.escape, labels))
    return re.compile(rf"\s+(?=(?:{alternatives})\s*:)", re.I)


def _columns(it: Item) -> list[Item]:
    """``Nationality: Portuguese | Date of birth: 14/03/1990``: one row per labelled column, when one is personal.

    Columns are parted by ``|`` or, in a line copied without its layout, where a fact's label begins
    (``Date of birth: 14/03/1990 Nationality: Portuguese Gender: Female``).
    """
    parts = it.md.split(" | ") if " | " in it.md else _before_fact().split(it.md)
    parts = parts if len(parts) > 1 else []
    rows = [Item(p.strip(), it.nums, blank_before=it.blank_before) for p in parts]
    if rows and all(split_field(r.text) for r in rows) and any(_row(r) for r in rows):
        return rows
    if rows and " | " in it.md and any(split_field(r.text) and _row(r) for r in rows):
        # (``GMC Number: 7012345 | a@example.com | 07700 900456``: the labelled fact, then the other columns)
        facts = [r for r in rows if split_field(r.text) and _row(r)]
        rest = [r.md for r in rows if r not in facts]
        return [*facts, Item(" | ".join(rest), it.nums, blank_before=it.blank_before)]
    return [it]


def fill(basics: dict, facts: list[Fact]) -> None:
    """The person's name and address from their rows (a labelled name beats a guessed one)."""
    for kind, value, it in facts:
        if kind == "full_name":
            basics["name"] = src(title_case_name(value), it)
        else:
            place = address_parts(value) or {"address": value}
            basics["location"] = {k: src(v, it) for k, v in place.items()}


def address_parts(text: str) -> dict[str, str] | None:
    """``〒211-0063 3-5-12 Kosugi-machi, Nakahara-ku, Kawasaki, Kanagawa, Japan`` or ``〒530-0001 大阪府大阪市北区…``.

    Why here and not in the general place reader: a Japanese address names
    its prefecture and city in a fixed order, largest first in Japanese and
    last in English, after the ``〒`` postcode.
    """
    m = _POSTMARK.match(text)
    inner = _JP_CODE.search(text) if not m and _JAPAN.search(text) else None
    if inner:  # ``2-1-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan``
        out = {"postalCode": inner.group(0)}
        rest = f"{text[:inner.start()].rstrip()}{text[inner.end():]}"
    elif m:
        out = {"postalCode": m.group("code")}
        rest = text[m.end():].strip()
    else:
        return contacts.place_parts(text)
    ja = _JA_ADDRESS.match(rest)
    if ja:
        out.update(region=ja.group("region"), city=ja.group("city"))
        if ja.group("rest").strip():
            out["address"] = ja.group("rest").strip()
        return out
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    code = vocab.countries().get(parts[-1].lower()) if parts else None
    if code:
        out["countryCode"] = code
        parts.pop()
    if len(parts) >= 3:
        out["region"], out["city"] = parts.pop(), parts.pop()
        out["address"] = ", ".join(parts)
    elif parts:
        out["address"] = ", ".join(parts)
    return out
