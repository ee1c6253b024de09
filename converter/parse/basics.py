"""The top of the page → ``basics``: name, headline, contacts, bio (MAPPING §4 basics).

Why its own step: the preamble has no heading to say what it is; the
person's name is the first name-like line, contact lines are recognised
field by field, one short line under the name is the headline, and any
other prose is the bio (``summary``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import contacts
from .clean import links, plain, title_case_name
from .contacts import label_network
from .headings import section_key
from .items import Item
from .provenance import Src, src
from .sections.common import city_like, is_org
from .sections.publications import is_navigation
from .text import paragraphs

if TYPE_CHECKING:
    from .classify import Section
from .vocab import words

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_.'’\-]*(?:[.'’\-][^\W\d_]*)*\.?$")
_CJK_NAME = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af·]{2,6}$")
_MAX_LABEL_WORDS = 16
_SCRIPTS = re.compile(r"\s+[|/]\s+")
_LABEL_PARTS = re.compile(r"(\s+[|·•]\s+)")
_GREETING = re.compile(r"^(?:(?:hi|hello|hey|hallo|hola|olá|ola|ciao|salut|bonjour|hej)(?: there)?[,!]?\s+)?"
                       r"(?:i['’]m|i am|my name is|this is|ich bin|je suis|soy|sou|sono|jag är)\s+", re.I)


def is_name(text: str) -> bool:
    """Looks like a person's name: 2–5 words of letters, or 2–6 CJK characters.

    A nickname in quotes and credentials after a comma (``Danielle "Dani"
    Fontaine, BSN, RN``) are allowed around the name.
    """
    text = re.sub(r"\s[\"“(][^\"”()]{1,20}[\"”)]\s", " ", f" {text.strip()} ").strip()
    head, _, creds = text.partition(",")
    if creds and all(re.fullmatch(r"[A-Z][A-Za-z.]{1,6}", c.strip()) for c in creds.split(",")):
        text = head
    if _CJK_NAME.match(text.replace(" ", "")):
        return True
    halves = _SCRIPTS.split(text)
    if len(halves) == 2 and len({max(h) > "\u024f" for h in halves}) == 2:
        return all(is_name(h) for h in halves)  # ``Layla Haddad | ليلى حداد``: one name written in two scripts
    ws = text.split()
    if not 2 <= len(ws) <= 5 or len(text) > 60:
        return False
    if section_key(text, True):
        return False
    # (a script without capitals, ``ليلى حداد``, counts as capitalised)
    return all(_NAME_WORD.match(w) for w in ws) and sum(w[0].isupper() or w[0].lower() == w[0].upper()
                                                         for w in ws) >= len(ws) - 1


def _split_name(first: Item, second: Item) -> bool:
    """A name set large over two lines (``HENRIK`` / ``SOLBERG-ADAMS``): two lone words set alike."""
    one, two = first.text.split(), second.text.split()
    return len(one) == 1 and len(two) == 1 and not second.blank_before and first.caps == second.caps \
        and is_name(f"{first.text} {second.text}")


def _contacts_only(item: Item) -> bool:
    fields = contacts.find_contacts(item.text)
    return bool(fields) and all(contacts.is_contact(f) or f.kind == "location" for f in fields)


def _name_below_contacts(items: list[Item], start: int) -> int | None:
    """The name's index when a bar of contacts is set above it (a LaTeX header, icons before each field).

    Only contact lines may stand before it, and it must be set as a name is
    (a heading, bold or capitals) or at least not read as a job title.
    """
    for k in range(start, min(len(items), start + 8)):
        it = items[k]
        if k > start and is_name(it.text) and (it.heading or it.bold or it.caps
                                                or not set(it.text.lower().split()) & words("roles")):
            return k
        if not _contacts_only(it):
            return None
    return None


def _department_place(text: str) -> dict[str, str] | None:
    """``Department of History, University of X · Ravensworth, United Kingdom`` → address, city, country.

    Why: under a name, a line whose last part is a place is where the person
    works; what stands before the place is the address, however it is worded.
    """
    if text.endswith(".") or len(text) > 120:
        return None
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text) if p.strip()]
    splits = [(parts[0], parts[1])] if len(parts) == 2 else []
    commas = [p.strip() for p in text.split(",")]
    splits += [(", ".join(commas[:-k]), ", ".join(commas[-k:])) for k in (2, 1) if len(commas) > k]
    for address, where in splits:
        if not (is_org(address) or any(c.isdigit() for c in address)):
            continue  # (``Platform Engineer · Oslo, Norway`` is a headline and a place)
        place = contacts.place_parts(where)
        if place and "address" not in place:
            return {"address": address, **place}
    return None


def _same(url: str) -> str:
    """A URL or handle as compared for duplicates: no scheme, no ``www.``, no trailing slash, any case."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _add_profile(out: dict, network: str, username: str, url: str, item: Item) -> None:
    profiles = out.setdefault("profiles", [])
    key = _same(url or username)
    if any(_same(p.get("url") or p.get("username", "")) == key for p in profiles):
        return
    for p in profiles:  # a handle written beside its link: one profile
        if username and p.get("username", "").lower() == username.lower() and (
                not p.get("url") or not url) and (not network or p.get("network") in (None, network)):
            if url:
                p["url"] = src(url, item)
            return
    entry = {}
    if network:
        entry["network"] = src(network, item)
    if username:
        entry["username"] = src(username, item)
    if url:
        entry["url"] = src(url, item)
    profiles.append(entry)


#: ``123 Example Street``, ``4B Rua …``: a street address starts with its house number.
_HOUSE_NUMBER = re.compile(r"^\d{1,6}[A-Za-z]?,?\s+[^\W\d_]")


def _street_and_town(text: str) -> dict[str, str] | None:
    """``Dirección: Los Aromos 456, Santiago``: a labelled address with no postcode or country, street then town."""
    street, comma, town = text.rpartition(", ")
    if not comma or not any(c.isdigit() for c in street) or any(c.isdigit() for c in town) \
            or not town[:1].isupper() or len(town.split()) > 3:
        return None
    return {"address": street, "city": town}


def add_contacts(out: dict, item: Item, keep_text: bool = False) -> list[str]:
    """Put the contact fields of one line into ``out`` (basics); returns the parts that were not contacts."""
    fields = contacts.find_contacts(item.text)
    leftovers: list[str] = []
    linked = [(label, url) for label, url in links(item.md) if contacts.profile_of(url)]
    rest = item.text
    for label, _url in linked:
        rest = rest.replace(label, " ")
    if linked and len(rest.split()) <= 2 and not any(contacts.is_contact(f) for f in fields):
        # ``[jdoe](https://github.com/jdoe) (GitHub)``: a profile link and its label, nothing else
        for _label, url in linked:
            prof = contacts.profile_of(url)
            _add_profile(out, prof.network, prof.username, prof.url, item)  # type: ignore[union-attr]
        return []
    targets = links(item.md)
    if len(targets) == 1 and len(item.text.split()) <= 2 and not any(contacts.is_contact(f) for f in fields):
        # a line that is one link (a badge, ``[Blog](https://…)``): its target is the contact
        found = contacts.field_of(targets[0][1])
        if found.kind in ("email", "url") and found.kind not in out:
            out[found.kind] = src(found.value, item)
            return []
    if not any(contacts.is_contact(f) for f in fields):
        return [item.text]
    streets = {k for k in range(len(fields) - 1) if fields[k].kind == "text" and fields[k + 1].kind == "location"
               and _HOUSE_NUMBER.match(fields[k].value)}  # (``123 Example Street, Apt. 4B • Chicago, IL 60601``)
    for k, f in enumerate(fields):
        if k in streets:
            continue
        if f.kind == "email" and "email" not in out:
            out["email"] = src(f.value, item)
        elif f.kind == "phone" and "phone" not in out:
            out["phone"] = src(f.value, item)
        elif f.kind == "url" and "url" not in out:
            shown = f.value.split("://", 1)[-1]
            target = next((url for label, url in links(item.md) if label == shown and url.startswith("http")), "")
            out["url"] = src(target or f.value, item)  # the link's target when its text was shortened
        elif f.kind in ("profile", "handle"):
            shown = f.value.split("://", 1)[-1]
            target = next((url for label, url in links(item.md) if label == shown and url.startswith("http")), "")
            _add_profile(out, f.network, f.username, target or (f.value if f.kind == "profile" else ""), item)
        elif f.kind == "location" and "location" not in out:
            lone = "," not in f.value and not any(c.isdigit() for c in f.value) and len(f.value.split()) <= 3
            place = contacts.place_parts(f.value) or _street_and_town(f.value) \
                or {"city" if lone else "address": f.value}  # (``Проживает: Москва``)
            if k - 1 in streets and "address" not in place:
                place = {"address": fields[k - 1].value, **place}
            out["location"] = {key: src(v, item) for key, v in place.items()}
        elif f.kind == "text":
            if (re.fullmatch(r"@?[\w][\w.\-]{1,38}", f.value) and not f.value.isalpha()) or (
                    re.fullmatch(r"[\w.\-]{2,39}", f.value) and any(c.isupper() for c in f.value[1:])
                    and " " not in f.value and not f.value.isupper()):
                _add_profile(out, "", f.value.lstrip("@"), "", item)
            elif keep_text:
                leftovers.append(f.value)
    for _label, url in links(item.md):
        prof = contacts.profile_of(url)
        if prof:
            _add_profile(out, prof.network, prof.username, prof.url, item)
    return leftovers


def parse_top(items: list[Item], front: dict[str, tuple[str, int]]) -> tuple[dict, list[Item]]:
    """(basics dict with Src values, items that went nowhere)."""
    out: dict = {}
    rest: list[Item] = []
    start = 0
    while start < len(items) and section_key(items[start].text, True) == "ignore":
        start += 1
    for key in ("author", "name"):
        value = front.get(key)
        if value and is_name(value[0]):
            out["name"] = src(title_case_name(value[0]), value[1])
            break
    if start < len(items) and "name" not in out:
        first = items[start]
        name_part = first.text
        if contacts.is_contact_line(first.text):
            name_part = next((f.value for f in contacts.find_contacts(first.text) if f.kind == "text"), "")
        greeted = _GREETING.sub("", name_part).strip(" !.,")
        if greeted != name_part and is_name(greeted):  # ``Hi, I'm Kwame Asante`` (a profile README)
            name_part = greeted
        if is_name(name_part):
            out["name"] = src(title_case_name(name_part), first)
            if name_part != first.text:
                add_contacts(out, first)
            start += 1
        elif start + 1 < len(items) and _split_name(first, items[start + 1]):
            second = items[start + 1]
            out["name"] = src(title_case_name(f"{first.text} {second.text}"), first, second)
            start += 2
        elif (later := _name_below_contacts(items, start)) is not None:
            out["name"] = src(title_case_name(items[later].text), items[later])
            items = items[:later] + items[later + 1:]
    if "name" not in out:
        for key in ("title",):
            value = front.get(key)
            if value and is_name(value[0]):
                out["name"] = src(title_case_name(value[0]), value[1])
                break
    named_on_page = "name" in out and not any(out["name"].lines == (v[1],) for v in front.values())
    prose: list[Item] = []
    notes: list[Src] = []
    beside: Src | None = None
    for it in items[start:]:
        left = add_contacts(out, it, keep_text=True)
        if left == [it.text]:
            place = contacts.place_parts(it.text) or _department_place(it.text)
            if place and "location" not in out:
                out["location"] = {k: src(v, it) for k, v in place.items()}
            else:
                prose.append(it)
            continue
        labels = {plain(label).lower() for label, _url in links(it.md)}
        for part in left:  # words beside the contacts: the headline (``Nurse · Madrid · mail``)
            if is_navigation(part) or part.lower() in labels or label_network(part) \
                    or part.lower() in words("contact_notes") or part.lower() == out.get("name", "").lower():
                continue  # a link's label, its address already kept or lost (MAPPING §5), as the name often is
            place = contacts.place_parts(part) or _department_place(part)
            if not place and not it.text.startswith(part) and len(part.split()) <= 2 and city_like(part):
                place = {"city": part}  # (``mail • phone • Uppsala``: a lone town after the contacts)
            if place and "location" not in out:
                out["location"] = {k: src(v, it) for k, v in place.items()}
            elif beside is None and len(part.split()) <= _MAX_LABEL_WORDS:
                beside = src(title_case_name(part), it)
            else:
                notes.append(src(part, it))
    if prose:
        first = prose[0]
        alone = len(prose) == 1 or prose[1].blank_before or prose[1].bullet \
            or prose[1].nums[0] > first.nums[-1] + 1 or (
                len(first.text.split()) <= 8 and not first.text.endswith(".")
                and len(prose[1].text.split()) > _MAX_LABEL_WORDS)
        one_sentence = not re.search(r"[.!?]\s+\S", first.text)
        set_apart = named_on_page or first.bold or first.heading
        earlier = beside is None or first.nums[0] < beside.lines[0]
        short = len(first.text.split()) <= _MAX_LABEL_WORDS
        if earlier and set_apart and not first.bullet and short and alone and one_sentence:
            pieces = _LABEL_PARTS.split(first.text)  # parts and, between them, their separators
            label = pieces[0].strip()
            for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
                part = part.strip()
                piped = "|" in sep  # (a short part after a pipe is a city; after a dot it may be words)
                place = contacts.place_parts(part) or ({"city": part} if piped and len(part.split()) <= 2 else None)
                if place and "location" not in out:
                    out["location"] = {k: src(v, first) for k, v in place.items()}
                elif part:
                    label = f"{label}{sep}{part}"
            out["label"] = src(title_case_name(label), first)
            prose = prose[1:]
    if beside is not None and "label" not in out:
        out["label"] = beside
    elif beside is not None:
        notes.insert(0, beside)
    paras = notes + paragraphs(prose)
    if paras:
        out["summary"] = src("\n\n".join(paras), *paras)
    return out, rest


def name_out_of_order(basics: dict, sections: list[Section]) -> None:
    """The name when the columns were read out of order (a sidebar first, or the main column first).

    A heading set above every section heading (``# Jane Example`` among
    ``##`` sections) that reads as a person's name, not an organisation, is
    the name wherever it fell; a short line under it is the headline and
    the contact lines after that are the person's. They leave the section
    they fell into.
    """
    levels = [s.heading.heading for s in sections[1:] if s.heading is not None and s.heading.heading]
    if "name" in basics or not levels:
        return
    for section in sections[1:]:
        if section.key in ("publications", "references"):
            continue
        for k, it in enumerate(section.items):
            if 0 < it.heading < min(levels) and is_name(it.text) and not is_org(it.text):
                basics["name"] = src(title_case_name(it.text), it)
                rest = section.items[k + 1:]
                if rest and "label" not in basics and not (rest[0].heading or rest[0].bullet or rest[0].spans) \
                        and len(rest[0].words) <= _MAX_LABEL_WORDS and not rest[0].text.endswith(".") \
                        and not _contacts_only(rest[0]):
                    basics["label"] = src(title_case_name(rest[0].text), rest[0])
                    rest = rest[1:]
                while rest and _contacts_only(rest[0]):
                    add_contacts(basics, rest[0])
                    rest = rest[1:]
                section.items = section.items[:k] + rest
                return


def summary_text(items: list[Item]) -> Src | None:
    """A summary section's paragraphs, joined by a blank line (MAPPING §3)."""
    paras = paragraphs(items)
    if not paras:
        return None
    return src("\n\n".join(paras), *paras)


def author_name(md_lines: list[str]) -> str | None:
    """The name set in bold most often in the person's own publication list."""
    counts: dict[str, int] = {}
    for md in md_lines:
        for m in re.finditer(r"\*\*([^*]{3,60}?)\*{2,3}", md):
            name = plain(m.group(1)).rstrip("*").strip()
            if is_name(name):
                counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


__all__ = ["Src", "add_contacts", "author_name", "is_name", "name_out_of_order", "parse_top", "summary_text"]
