"""Field helpers shared by the entry assigners: dates, places, roles, labels.

Why shared: work, volunteer, projects and education entries all carry a
date range, a place and ``Label: value`` notes written the same way.
"""
from __future__ import annotations

import re
from functools import cache

from .. import vocab
from ..clean import links, plain, trim
from ..contacts import URL, normalize_url, place_parts
from ..dates import Span, is_date_only, strip_dates
from ..group import Entry
from ..items import Item
from ..provenance import Src, src
from ..text import label_value

_ROLE_SUFFIXES = ("entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter",
                  "leiterin", "manager", "managerin", "assistent", "assistentin", "referent", "referentin",
                  "analyst", "analystin", "designer", "designerin", "architekt", "architektin", "techniker",
                  "technikerin", "mitarbeiter", "mitarbeiterin", "praktikant", "praktikantin", "student",
                  "studentin", "lehrer", "lehrerin", "pfleger", "pflegerin", "kaufmann", "kauffrau",
                  "utvecklare", "ekonom", "ingenjör", "konsult", "ledare", "arbetare", "handläggare", "tekniker",
                  "säljare", "sköterska", "lärare", "pedagog", "samordnare", "assistent", "chef")
_WORD_SPLIT = re.compile(r"[\s,;:()\[\]/|，、；：（）]+")
#: Scripts whose words are matched inside longer words (``华东理工大学``, ``한빛대학교``: no space before the word).
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")
_PHRASE_EDGE = re.compile(r"[,;()]")


@cache
def _phrases(key: str) -> tuple[str, ...]:
    return tuple(w for w in vocab.words(key) if " " in w)


@cache
def _cjk_words(key: str) -> tuple[str, ...]:
    return tuple(w for w in vocab.words(key) if _CJK.search(w))


def word_set(text: str) -> set[str]:
    """Lower-case words, with and without edge punctuation, and the parts of hyphenated words."""
    out = set()
    for w in _WORD_SPLIT.split(text):
        if w:
            low = w.lower()
            out.add(low)
            out.add(low.strip(".'’\"*"))
            if "-" in low:
                out.update(low.split("-"))
    return out


def has_word(text: str, key: str) -> bool:
    """The text contains a word (or phrase) of the ``words.toml`` list ``key``."""
    lows = word_set(text)
    vocab_words = vocab.words(key)
    if lows & vocab_words:
        return True
    if key == "roles" and any(len(w) >= 9 and w.endswith(_ROLE_SUFFIXES) for w in lows):
        return True  # German compounds: Softwareentwickler, Projektleiterin
    if _CJK.search(text) and any(w in text for w in _cjk_words(key)):
        return True
    if " " not in text:
        return False
    low = f" {_PHRASE_EDGE.sub(' ', text.lower())} "  # (``Year 12, School``: a comma ends a phrase like a space)
    return any(f" {w} " in low for w in _phrases(key))


def date_fields(entry: Entry, single_as_range: bool = True) -> dict[str, Src]:
    """``startDate`` / ``endDate`` from the dates in an entry's header (MAPPING §2)."""
    found: list[tuple[Span, Item]] = [(s, it) for it in entry.head for s in it.spans]
    if not found:
        return {}
    expected = [(s, it) for s, it in found if s.expected and not s.is_range]
    main = [(s, it) for s, it in found if not (s.expected and not s.is_range)]
    out: dict[str, Src] = {}
    if main:
        span, it = main[0]
        out["startDate"] = src(span.start, it)
        if span.end and not span.open:
            out["endDate"] = src(span.end, it)
        elif not span.is_range:
            singles = [(s, i) for s, i in main if not s.is_range]
            if len(singles) > 1 and len(singles) == len(main):
                out["endDate"] = src(singles[-1][0].start, singles[-1][1])
            elif single_as_range:
                out["endDate"] = src(span.start, it)
            else:  # one date on a degree: when it was obtained
                out["endDate"] = out.pop("startDate")
    if expected:
        span, it = expected[0]
        if "startDate" not in out and single_as_range:
            out["startDate"] = src(span.start, it)
        out["endDate"] = src(span.start, it)
    if "endDate" in out and "startDate" in out and out["endDate"] < out["startDate"]:
        del out["endDate"]
    return out


def link_only(md: str) -> str | None:
    """The URL when a line (or column) is nothing but a link or an address."""
    text = plain(md).strip(" .|")
    if not text or " " in text or not URL.fullmatch(text):
        return None
    found = links(md)
    return normalize_url(found[0][1] if found else text)


def undated(it: Item) -> str:
    """An item's Markdown text without its dates."""
    if not it.spans:
        return it.md
    lv = label_value(it.text)
    if lv and is_date_only(lv[1]):  # (``Conclusão: 12/2018``: the label names the date)
        return ""
    md = strip_dates(it.md, column=True)
    if md.count("*") % 2 or md.count("**") % 2:  # the date was inside emphasis: drop the markup
        return strip_dates(it.text)
    return md


def split_place(text: str, loose: bool = False) -> tuple[str, dict[str, str] | None, str]:
    """``Org, City, Country`` → (``Org``, place parts, ``City, Country``) when the tail is a place.

    ``loose``: a last part of one to three capitalised words that name no
    organisation, school or role is taken as a city (``Harrowgate Retail
    Group, Manchester``); used where the line is known to name an employer.
    """
    dash = re.split(r"\s+[–—|·]\s+", text)  # (``Moreton Bay High School · Brisbane``)
    if len(dash) >= 2:
        tail = trim(plain(dash[-1]))
        place = place_parts(tail) or ({"city": tail} if loose and city_like(tail) else None)
        if place:
            return " – ".join(dash[:-1]), place, tail
    parts = [p for p in re.split(r"\s*[,،]\s*", text)]  # (``،``: the Arabic comma)
    glued = _glued_city(parts[0], trim(plain(parts[1]))) if len(parts) == 2 else None
    if glued:
        return glued
    for n in (3, 2, 1):
        if len(parts) > n:
            tail = ", ".join(parts[-n:])
            place = place_parts(plain(tail))
            if place:
                return ", ".join(parts[:-n]), place, trim(plain(tail))
    if loose and len(parts) >= 2:
        last = trim(plain(parts[-1])).rstrip(".")
        if city_like(last):
            return ", ".join(parts[:-1]), {"city": last}, last
    return text, None, ""


def _glued_city(head: str, region: str) -> tuple[str, dict[str, str], str] | None:
    """``Quarry Data Systems Austin`` before ``TX`` → (``Quarry Data Systems``, place, ``Austin, TX``).

    Why: pdftotext without ``-layout`` joins a right-hand column to the text
    before it with one space (Jake's Resume: ``Harborline Logistics University
    Park, PA``). Before a state code the last word is the city, with the words
    that join onto it (``Palo Alto``, ``Salt Lake City``, ``College Station``);
    a head of two words may be a city alone (``Menlo Park``), and a school or
    organisation word alone is one only after a name that already ends in one
    (``… Community College Institute, WV``, never ``Stanford University, CA``).
    """
    if not _STATE.fullmatch(region) or region[:2] not in vocab.regions()[0]:
        return None
    words = plain(head).split()
    if len(words) < _MIN_GLUED_WORDS:
        return None
    joins = vocab.load("places")["city_words"]
    k = len(words) - 1
    while k > 0 and len(words) - k < _MAX_CITY_WORDS and (
            words[k].lower() in joins["endings"] or words[k - 1].lower() in joins["openings"]):
        k -= 1
    city = " ".join(words[k:])
    names = vocab.words("institutions") | vocab.words("organizations")
    if k < 1 or not city[:1].isupper() or not words[k - 1][:1].isupper() or (
            len(words) - k == 1 and city.lower() in names and words[k - 1].lower() not in names):
        return None  # (``… Institute of Technology, MA``: no city after ``of``; ``… College Institute, WV``: a town)
    found = place_parts(f"{city}, {region}")
    return (" ".join(words[:k]), found, f"{city}, {region}") if found and "city" in found else None


_STATE = re.compile(r"[A-Z]{2}(?: \d{5}(?:-\d{4})?)?")
_MIN_GLUED_WORDS = 3
_MAX_CITY_WORDS = 3
_REGION_CODE = re.compile(r"\s*\((?:[A-Z]{2,3}|[a-z][a-z -]{2,18})\)$")  # ``(BO)``, ``(hybrid)``
_CITY_MARK = re.compile(r"^(?:г\.|гор\.)\s*")
_PARTICLE = re.compile(r"^(?:[a-z]{1,3}['’]|(?:de|da|do|di|del|della|der|la|le|sur|am|an|upon|on)$)")


def city_like(text: str) -> bool:
    """One to three capitalised words naming no organisation, school, role or degree (``Porto``).

    A province code or a remark after the city (``Imola (BO)``, ``Oslo (remote)``) and lower-case particles
    inside the name (``Fiorenzuola d'Arda``, ``Castelo de Vide``) are part of it.
    """
    name = _CITY_MARK.sub("", _REGION_CODE.sub("", text))  # (``г. Екатеринбург``: "city of")
    ws = name.split()
    if not 1 <= len(ws) <= 4 or ws[0][:1].islower() or len(name) > 40:
        return False
    for w in ws:
        core = _PARTICLE.sub("", w)
        if core and (core[:1].islower() or not core.replace("-", "").replace(".", "").replace("'", "").isalpha()):
            return False  # (a caseless script, ``東京都渋谷区``, counts as capitalised)
    return not is_org(name) and not is_role(name) and not has_word(name, "degrees")


@cache
def _label_re() -> re.Pattern[str]:
    labels = sorted(vocab.words("role_labels") | vocab.words("note_labels") | {"advised by", "supervised by"},
                    key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in labels)
    return re.compile(rf"(?:^|(?<=\s))(?:\*\*)?(?P<label>{alt})(?:\*\*)?\s*(?::|：|(?<=by)\s)(?:\*\*)?\s*", re.I)


def label_segments(md: str) -> list[tuple[str, str]]:
    """``Role: X Advisor: Y`` → [("role", "X"), ("advisor", "Advisor: Y")]; text before labels gets ''."""
    if ":" not in md and "：" not in md and "by" not in md.lower():
        return [("", md)]  # (every label ends in a colon or is ``… by``: most lines have neither; speed)
    marks = list(_label_re().finditer(md))
    before = md[:marks[0].start()].split() if marks else []
    if before and before[-1][:1].islower() and ":" not in md[:marks[0].start()]:
        marks = marks[1:]  # (``Okay to contact this Supervisor: Yes``: the label word ends a longer label)
    if not marks:
        return [("", md)]
    out = []
    if md[:marks[0].start()].strip():
        out.append(("", md[:marks[0].start()].strip()))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(md)
        label = m.group("label").lower()
        if label in vocab.words("role_labels"):
            out.append(("role", md[m.end():end].strip()))
        else:
            out.append(("note", md[m.start():end].strip()))
    return out


def lead_emphasis(md: str) -> tuple[str, str] | None:
    """``*Team Lead* rest`` or ``**Role** rest`` → (emphasised text, rest)."""
    m = re.match(r"^(\*\*|\*|__|_)(?=\S)(.{1,120}?\S)\1(?!\*)\s*(.*)$", md)
    if not m:
        return None
    return m.group(2), m.group(3)


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?\S)\1|(?<![*\w])([*_])(?=[^\s*])([^*\n]{1,300}?[^\s*])\3(?![*\w])")


def emphasis_parts(md: str) -> list[tuple[str, str]]:
    """Bold/italic segments of a line in order: [("b"|"i", text)]."""
    out = []
    for m in _EMPHASIS.finditer(md):
        if m.group(1):
            out.append(("b", m.group(2)))
        else:
            out.append(("i", m.group(4)))
    return out


def is_role(text: str) -> bool:
    return has_word(text, "roles")


def is_org(text: str) -> bool:
    return has_word(text, "organizations") or has_word(text, "institutions")


_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][A-Za-z]{0,3}|\b[A-Za-z])\.$")


def sentence_end(text: str) -> bool:
    """Ends with a full stop that closes a sentence, not an abbreviation (``Tágide Energia S.A.``)."""
    return text.endswith(".") and not _ABBREVIATION_END.search(text)


def clean_value(text: str) -> str:
    """A title value: markup gone, edges trimmed, a final period dropped unless it ends an abbreviation."""
    value = trim(plain(text))
    if sentence_end(value):
        value = value[:-1].rstrip()
    return value


_PLACE_KINDS = ("address", "location", "city", "region", "postal_code", "country")
_URL_LABELS = frozenset({"website", "web", "web site", "url", "homepage", "home page", "site", "link"})
_FIELD_SEP = re.compile(r"\s+\|\s+")


@cache
def _place_labels() -> frozenset[str]:
    labels = vocab.load("forms")["labels"]
    return frozenset(label for kind in _PLACE_KINDS for label in labels[kind])


def labelled_fields(md: str) -> list[tuple[str, str, str]] | None:
    """``City: Lisbon | Country: Portugal | Website: …`` → [(kind, label, value)]; kind ``place``, ``url`` or ''.

    Why: a Europass export writes an entry's place, web site and details as
    labelled fields, several to a line; the labels say which field each is.
    None unless every part of the line is a ``Label: value`` field.
    """
    out = []
    for part in _FIELD_SEP.split(plain(md).strip()):
        lv = label_value(part.strip(), max_label_words=5)
        if lv is None:
            return None
        label, value = lv
        low = label.lower()
        kind = "place" if low in _place_labels() else "url" if low in _URL_LABELS and URL.fullmatch(value) else ""
        out.append((kind, label, value))
    return out


def file_fields(fields: list[tuple[str, str, str]], it: Item, out: dict) -> list[tuple[str, str]]:
    """Put the place (``Lisbon, Portugal``, as written) and web site of labelled fields into an entry.

    Returns the other fields, (label, value), for the entry's own reader.
    """
    place = ", ".join(value for kind, _label, value in fields if kind == "place")
    if place and "location" not in out:
        out["location"] = src(place, it)
    for kind, _label, value in fields:
        if kind == "url":
            out.setdefault("url", src(normalize_url(value), it))
    return [(label, value) for kind, label, value in fields if not kind]
