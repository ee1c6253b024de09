"""Work and volunteer entries: employer, role, place, dates, notes, highlights (MAPPING §4).

Why one assigner for both: a volunteer entry is a work entry whose employer
is called ``organization``.
"""
from __future__ import annotations

import re

from ..clean import links, plain
from ..contacts import URL, normalize_url, place_parts
from ..dates import is_duration
from ..group import Entry, is_note, titlish
from ..items import Item
from ..provenance import Src, src
from ..text import join_notes, paragraphs
from .common import (
    city_like,
    clean_value,
    date_fields,
    emphasis_parts,
    file_fields,
    has_word,
    is_org,
    is_role,
    label_segments,
    labelled_fields,
    lead_emphasis,
    link_only,
    sentence_end,
    split_place,
    undated,
)

_AT = re.compile(r"\s+(?:at|@|bei|chez|presso|em|en|na|no|hos|på|w|в)\s+(?=\S)", re.I)
_DASH_SEP = re.compile(r"\s+[|–—·•]\s+|\s+-\s+(?=[A-Z])|\s*\|\s*")
_MAX_ROLE_WORDS = 10
#: ``GS-0343-12``, ``GS-12``, ``WG-10``: a US federal pay plan, series and grade.
_PAY_GRADE = re.compile(r"\(?(?:GS|GG|GM|WG|WL|WS|SES|ES|SL|ST|NH|NT|YA|YB|YC|FS|FP|FO|AD|VN)-\d{1,4}(?:-\d{1,2})?\)?")


#: ``Working as Senior Engineer in Example Infotech Pvt. Ltd., Pune``: an Indian CV's sentence naming role and employer.
_WORKED_AS = re.compile(r"^(?:(?:currently|presently)\s+)?(?:working|worked|employed|serving|served)\s+as\s+"
                        r"(?:an?\s+)?(?P<role>.+?)\s+(?:in|at|with|for)\s+(?P<org>[A-Z].+?)[\s.]*$", re.I)


def split_title(md: str) -> tuple[str, str, str]:
    """A title line → (organisation, role, place); '' where not stated.

    ``Role at Org``, ``Role, Org``, ``**Role**, *Org*``, ``Role | Org | Place``,
    ``Org — City`` (MAPPING §4: "Role at Org and Role, Org lines are split").
    """
    emph = emphasis_parts(md)
    text = plain(md)
    worked = _WORKED_AS.match(text)
    if worked:
        org, place = _org_place(clean_value(worked.group("org")), "")
        return org, clean_value(worked.group("role")), place
    place = ""
    if emph and (len(emph) > 1 or len(plain(emph[0][1])) < 0.8 * len(clean_value(text))):
        first = clean_value(emph[0][1])
        second = clean_value(emph[1][1]) if len(emph) > 1 else ""
        role = first if is_role(first) or not (second and is_role(second)) else second
        if is_role(role) or len(emph) > 1:
            rest = _without(text, role)
            head, pl, tail = split_place(rest, loose=True)
            if pl:
                rest, place = head, tail
            org, place = _org_place(clean_value(rest.strip(" ,|–—-")), place)  # (``**Role** — School (Leeds)``)
            return org, role, place
        if not is_role(first) and text.startswith(f"{first}, "):  # ``**Org**, Role — City``: the lead names the org
            role, pl, tail = split_place(text[len(first) + 2:], loose=True)
            if pl and _place_after_role(role, tail):
                return first, clean_value(role), tail
            if not pl and is_role(role) and not is_org(role):
                return first, clean_value(role), ""
    parts = [clean_value(p) for p in _DASH_SEP.split(text) if clean_value(p)]
    if len(parts) >= 2:
        org, role = "", ""
        for p in parts:
            name, comma, rest = p.partition(", ")
            placed = comma and not place and place_parts(rest) and not place_parts(name)
            if placed and not org and not is_role(name):  # (``Chalet Host – Alpine Nest Chalets, Niseko, Japan``)
                org, place = name, rest
            elif comma and not role and not place and (place_parts(rest) or org) and _place_after_role(name, rest):
                role, place = name, rest  # (``Crown Hotel — Bartender, Oslo``)
            elif comma and len(parts) == 2 and p == parts[0] and not org and not role and is_role(name) \
                    and not is_role(rest) and (len(rest.split()) > 1 or is_org(rest)) \
                    and (place_parts(parts[1]) or city_like(parts[1])):  # (``Head Chef, The Loft · Bath``)
                role, org = name, rest
            elif comma and len(parts) == 2 and p == parts[0] and not org and not role and is_role(rest) \
                    and not is_role(name) and not is_org(rest) and place_parts(parts[1]):
                org, role = name, rest  # (``Larkspur Health, Software Engineer | Seattle, WA``)
            elif not place and (place_parts(p) or (org and city_like(p))):
                place = p
            elif not role and is_role(p) and not (is_org(p) and not org):
                role = p
            elif not org:
                org = p
            else:
                role = f"{role} {p}".strip() if role else p
        if org and role and is_org(role) and not is_role(role) and not is_org(org):
            org, role = role, org  # (``Koordinatorin | Tafel Spreeufer e.V.``: the part that names an organisation)
        elif org == parts[0] and role and is_org(role) and not is_role(role) and role in text:
            # (``Banco Horizonte S.A. – Departamento Jurídico, São Paulo, SP``: the employer's unit, as written)
            org, role = clean_value(text[:text.index(role) + len(role)]), ""
        at = _AT.search(role) if role and not org else None
        if at and role[at.end():][:1].isupper() and is_role(role[:at.start()]):  # (``Role at Org | City``)
            role, org = clean_value(role[:at.start()]), clean_value(role[at.end():])
        return _org_place(org, place)[0], role, _org_place(org, place)[1]
    head, pl, tail = split_place(text)
    if pl:
        text, place = head, tail
    m = _AT.search(text)
    before = text[:m.start()] if m else ""
    first = text[m.end():][:1] if m else ""
    # (an employer opens with a capital, or with a letter of a script that has none: ``연구원 at 바다테크``)
    if m and (first.isupper() or (first.isalpha() and first.lower() == first.upper())) and before \
            and not (is_org(before) and not is_role(before)):
        # (``Associação Raparigas no Código``: an organisation's own name may hold the word)
        org, place = _org_place(clean_value(text[m.end():]), place)
        return org, clean_value(before), place
    if "," in text:
        left, right = text.split(",", 1)
        then = _THEN.match(right)
        if then and is_role(left) and is_role(then.group("role")):  # (``Commis Chef, then Demi Chef de Partie, Org``)
            left, right = f"{left},{right[:then.end('role')]}", right[then.end():]
        if _PAY_GRADE.fullmatch(right.strip()):  # ``Program Analyst, GS-0343-12``: the grade is part of the title
            return "", clean_value(text), place
        if is_role(left) and not is_role(right):
            org, place = _org_place(clean_value(right), place)
            return org, clean_value(left), place
        if is_role(right) and not is_role(left) and not is_org(right):
            org, place = _org_place(clean_value(left), place)
            role, comma, tail = clean_value(right).rpartition(", ")
            if comma and not place and _place_after_role(role, tail):  # (``**Kiln House**, Potter, Aberdeen``)
                return org, role, tail
            return org, clean_value(right), place
    if is_org(text) and not place:
        head, pl, tail = split_place(text, loose=True)
        if pl:
            return clean_value(head), "", tail
    bracketed = None if place else _bracketed(text, loose=False)
    if bracketed:  # (``Summit Ridge Automation, Inc. (Denver, CO)``)
        return bracketed[0], "", bracketed[1]
    return clean_value(text), "", place


#: ``, then Demi Chef de Partie, …``: a second role held at the same employer, part of the role.
_THEN = re.compile(r"\s*(?:then|later)\s+(?P<role>[^,]+),")


#: A bracketed note at the end of a title line (``(11–18 academy, Ofsted Good)``).
_ABOUT = re.compile(r"\s*\(([^()]{3,80})\)\s*$")


#: ``Snowgum Ridge Resort (Thredbo NSW)``: an employer with its place in brackets after the name.
_BRACKETED = re.compile(r"^(?P<org>.*\S)\s+\((?P<place>[^()]{2,40})\)$")
#: ``(LoResMo)``, ``(NASA)``: an acronym of the name, no place.
_ACRONYM = re.compile(r"\w*[A-Z]\w*[A-Z]")
#: ``(Contract)``, ``(Part-time)``: how the job was held, no place.
_TERMS = re.compile(r"(?i)(?:contract|contractor|freelance|internship|intern|part[- ]time|full[- ]time|temporary|"
                    r"seasonal|casual|locum|volunteer|placement|secondment|maternity cover|fixed[- ]term|"
                    r"summer|winter|spring|autumn|fall)")


def _bracketed(org: str, loose: bool = True) -> tuple[str, str] | None:
    """``Kiln House (Aberdeen)`` → (``Kiln House``, ``Aberdeen``); ``loose``: a city-like word is enough, where
    the line is known to name an employer (else only a place with its state or country: ``Acme (Denver, CO)``)."""
    bracketed = _BRACKETED.match(org)
    if not bracketed:
        return None
    inside = bracketed["place"].strip()
    if place_parts(inside) or (loose and city_like(inside) and not _ACRONYM.match(inside.split()[0])
                               and not _TERMS.fullmatch(inside)):
        return clean_value(bracketed["org"]), inside
    return None


def _place_after_role(role: str, tail: str) -> bool:
    """``Bartender, Oslo`` after its employer: the role ends in a place, not in a team or field (``Engineer,
    Design``, ``Manager, Sales``)."""
    return is_role(role) and not is_org(role) and not is_role(tail) and (
        bool(place_parts(tail)) or (city_like(tail) and not has_word(tail, "generic_fields")))


def _org_place(org: str, place: str) -> tuple[str, str]:
    """An organisation known to stand alone may end in its city (``Ferrovia Digital, Porto``, ``Kiln House
    (Aberdeen)``)."""
    if place:
        return org, place
    head, pl, tail = split_place(org, loose=True)
    if pl and tail.count("(") == tail.count(")"):  # (``Acme S.p.A., Milano (Italy)``: the city with its country)
        return clean_value(head), tail
    return _bracketed(org) or (org, "")


def _without(text: str, part: str) -> str:
    """``text`` with ``part`` taken out, and the separators that joined them."""
    i = text.find(part)
    if i < 0:
        return text
    return (text[:i].rstrip(" ,|–—-") + ", " + text[i + len(part):].lstrip(" ,|–—-")).strip(" ,")


def _role_line(text: str) -> bool:
    return is_role(text) and len(text.split()) <= _MAX_ROLE_WORDS and not text.endswith(".")


#: ``PROGRAM MANAGEMENT: Led …``: a duty paragraph's label.
_DUTY_LABEL = re.compile(r"^[A-Z][A-Z&/,'’ -]{2,60}:\s+\S")
_DUTY_WORDS = 12
#: ``Duties, Accomplishments and Related Skills:``, ``Main activities and responsibilities:``: a label over duties.
_DUTIES_HEADER = re.compile(r"(?i)^(?:main |key |major )?(?:duties|responsibilities|accomplishments|achievements|"
                            r"activities|tasks)\b[\w ,&/]{0,60}$")
_LABELLED_DUTY_WORDS = 6


def _blocks(items: list[Item]) -> list[list[Item]]:
    """Items in runs separated by blank lines."""
    out: list[list[Item]] = []
    for it in items:
        if it.blank_before or not out:
            out.append([])
        out[-1].append(it)
    return out


def _duty(block: list[Item]) -> bool:
    """A paragraph long enough to be a duty, or a shorter one led by a duty label; never a note (``Supervisor: …``)."""
    if any(kind for kind, _seg in label_segments(block[0].md)):
        return False
    words = sum(len(it.text.split()) for it in block)
    return words >= _DUTY_WORDS or (words >= _LABELLED_DUTY_WORDS and bool(_DUTY_LABEL.match(block[0].text)))


def _duties(head: list[Item]) -> int:
    """Where an entry's duty paragraphs begin in its header lines (``len(head)`` when there are none).

    Why: a federal résumé (USAJOBS) follows each job's header and one-line
    notes (``Hours per week: 40``) with long paragraphs set apart by blank
    lines, each one duty, often led by a capitalised label (``PROGRAM
    MANAGEMENT: Led …``). They are the entry's highlights, not notes; one
    unlabelled paragraph stays the entry's summary.
    """
    for k in range(1, len(head)):
        if not head[k].blank_before:
            continue
        blocks = _blocks(head[k:])
        if all(_duty(b) for b in blocks) and (len(blocks) >= 2 or _DUTY_LABEL.match(blocks[0][0].text)):
            return k
    return len(head)


def _listed_duties(head: list[Item]) -> tuple[list[Item], list[Item]]:
    """(header lines, duty lines): the lines under ``Duties, Accomplishments and Related Skills:``.

    Why: the USAJOBS résumé builder prints that label over a job's duties,
    one paragraph a line, and then the job's remaining notes
    (``Supervisor: …``); the duties run to the next ``Label: value`` note.
    """
    def label(it: Item) -> bool:
        return it.md.rstrip().endswith((":", "：")) and bool(_DUTIES_HEADER.match(it.text))

    kept: list[Item] = []
    listed: list[Item] = []
    k = 0
    while k < len(head):
        if label(head[k]):
            k += 1  # (the label itself is layout)
            while k < len(head) and not is_note(head[k]) and not label(head[k]):
                listed.append(head[k])
                k += 1
        else:
            kept.append(head[k])
            k += 1
    return kept, listed


def _role_and_employer(head: list[Item]) -> tuple[Item, Item, str, str, str] | None:
    """(dated line, placed line, role, employer, place) for ``Role | dates`` beside ``Employer | City, ST``.

    Why: LaTeX templates set an entry as two lines with a right-hand column,
    the dates beside the role and the place beside the employer, in either
    order (Jake's Resume puts the role first, Awesome-CV and the Harvard
    template the employer). The column says which is which when the role
    words do not (``Barista`` / ``Lemonade Stand``); role words win when
    they plainly say the opposite.
    """
    lines = [it for it in head if not is_note(it)]
    if len(lines) != 2 or bool(lines[0].spans) == bool(lines[1].spans):
        return None  # (exactly one of the two lines is dated)
    dated, placed = (lines[1], lines[0]) if lines[1].spans else (lines[0], lines[1])
    role = clean_value(undated(dated))
    org, bar, place = clean_value(placed.md).partition(" | ")
    if not bar or " | " in place or " | " in role or not role or not org or not place_parts(place) \
            or place_parts(org) or len(role.split()) > _MAX_ROLE_WORDS or len(org.split()) > _MAX_ROLE_WORDS:
        return None
    if is_role(org) and not is_org(org) and is_org(role) and not is_role(role):
        role, org = org, role
    return dated, placed, role, org, place


def assign(entry: Entry, org_key: str = "name") -> dict:
    """One work (``org_key`` ``name``) or volunteer (``organization``) entry."""
    out: dict = {}
    k = _duties(entry.head)
    head, listed = _listed_duties(entry.head[:k])
    duties = [src(plain(" ".join(it.md for it in p)), p) for p in _blocks(entry.head[k:])]
    out.update(date_fields(Entry(head=head)))
    notes: list[Src] = []
    paired = _role_and_employer(head)
    if paired:
        dated, placed, role, org, place = paired
        out["position"], out[org_key], out["location"] = src(role, dated), src(org, placed), src(place, placed)
        head = [it for it in head if it is not dated and it is not placed]
    beside = next((it for it in head if it.spans and place_parts(clean_value(undated(it)))), None)
    if beside is not None and "location" not in out:
        # ``Jan 2021 – Ongoing | Milano, Italy`` (AltaCV): the place beside the dates is the entry's, so no other
        # line (an employer in italics) is taken for it
        out["location"] = src(clean_value(undated(beside)), beside)
        head = [it for it in head if it is not beside]
    for it in head:
        _head_line(it, out, notes, org_key)
    summary = join_notes(notes)
    if summary:
        out["summary"] = summary
    name = out.get(org_key, "")
    for it in entry.head:
        for label, url in links(it.md):
            if name and label and (label in name or name in label):
                out.setdefault("url", src(normalize_url(url), it))
    out["highlights"] = paragraphs(listed) + duties + [src(plain(b.md), b) for b in entry.bullets]
    return out


def _head_line(it: Item, out: dict, notes: list[Src], org_key: str, md: str | None = None) -> None:
    md = undated(it).strip() if md is None else md
    url = link_only(md)
    if url:
        out.setdefault("url", src(url, it))
        return
    fields = labelled_fields(md)
    if fields and any(kind for kind, _label, _value in fields):  # ``City: Lisbon | Country: Portugal`` (Europass)
        for label, value in file_fields(fields, it, out):
            _head_line(it, out, notes, org_key, f"{label}: {value}")
        return
    if " | " in md and (org_key in out or "position" in out):  # ``site | Palo Alto, CA``: one column at a time
        for part in md.split(" | "):
            if part.strip():
                _head_line(it, out, notes, org_key, part.strip())
        return
    text = clean_value(md)
    if not text or is_duration(text):
        return
    place, comma, site = text.rpartition(", ")
    if comma and "location" not in out and "url" not in out and URL.fullmatch(site) and city_like(place):
        out["location"], out["url"] = src(place, it), src(normalize_url(site), it)  # (``Москва, acme.ru``)
        return
    if "location" not in out and (place_parts(text) or (it.italic and city_like(text) and len(out) > 1)):
        out["location"] = src(text, it)  # (a lone place set in italic under the title)
        return
    segments = label_segments(md)
    for kind, seg in segments:
        if not plain(seg).strip():
            continue
        if kind == "role":
            out.setdefault("position", src(clean_value(seg), it))
        elif kind == "note":
            notes.append(src(plain(seg).rstrip(" ,;"), it))
        else:
            _free_text(seg, it, out, notes, org_key)


def _free_text(md: str, it: Item, out: dict, notes: list[Src], org_key: str) -> None:
    text = clean_value(md)
    sentence = sentence_end(plain(md).strip())  # (``text`` has lost its full stop: a sentence is a note)
    if org_key not in out and "position" not in out:
        org, role, place = split_title(md)
        about = _ABOUT.search(md)
        if about and not place:  # ``Role, School, Leeds (11–18 academy, Ofsted Good)``: a note on the employer
            parts = split_title(md[:about.start()])
            if all(parts):
                org, role, place = parts
                notes.append(src(about.group(1).strip(), it))
        if org and not role and not place and _role_line(org) and not is_org(org):
            org, role = "", org  # (``Senior Backend Engineer · 2023–present`` above its employer's line)
        head, _, remark = org.partition(": ")
        if role and remark[:1].islower():  # ``Role, Org: what was done there`` — the remark is a note
            org = head
            notes.append(src(remark, it))
        if org:
            out[org_key] = src(org, it)
        if role:
            out["position"] = src(role, it)
        if place and "location" not in out:
            out["location"] = src(place, it)
        return
    lead = lead_emphasis(md)
    if (lead and "position" not in out and is_role(lead[0])) or (lead and "position" not in out and it.italic is False \
            and lead[1] and lead[1][0].isupper() and len(lead[0].split()) <= 5 and not lead[0].endswith(".")):
        out["position"] = src(clean_value(lead[0]), it)
        if plain(lead[1]).strip():
            notes.append(src(plain(lead[1]).rstrip(" ,;"), it))
        return
    if "position" not in out and _role_line(text):
        out["position"] = src(text, it)
        name = out.get(org_key)
        if name and "location" not in out:  # (``The Salt Loft, Bristol`` / ``Head Chef``: now known for an employer)
            org, place = _org_place(str(name), "")
            if place:
                out[org_key], out["location"] = src(org, name), src(place, name)
        return
    if org_key in out and ("position" not in out or "|" in it.text) and "location" not in out \
            and len(text.split()) <= 2 and city_like(text) and not it.bold:
        # (``Org`` / ``City`` / ``Role``: a lone place between employer and role; ``Org | City`` under the role)
        out["location"] = src(text, it)
        return
    if org_key not in out and not sentence:
        org, place = _org_place(text, "") if "position" in out else (text, "")
        out[org_key] = src(org, it)
        if place and "location" not in out:  # (``U.S. Department of Example Affairs, Washington, DC``)
            out["location"] = src(place, it)
        return
    name = out.get(org_key)
    named_org = is_org(text) and not is_org(str(name)) and not is_role(text)
    if "position" not in out and name and (is_role(name) or named_org) and not is_role(text) and titlish(text) \
            and not sentence:
        # the role came first (``Data Engineer`` / ``Acme B.V. — Rotterdam``): the line that names
        # an organisation is the employer, the other one the role
        org, _role, place = split_title(md)
        out["position"], out[org_key] = name, src(org or text, it)
        if place and "location" not in out:
            out["location"] = src(place, it)
        return
    if name and "position" in out and "location" not in out and not is_org(str(name)) \
            and not sentence:
        head, place, tail = split_place(text, loose=True)
        if is_org(head) and not is_role(head):
            # ``Registered Nurse, Medical ICU`` / ``Example General Hospital, Columbus, OH``: the unit, then its
            # organisation (and the organisation's place)
            out[org_key] = src(f"{name}, {clean_value(head)}", name, it)
            if place:
                out["location"] = src(tail, it)
            return
    notes.append(src(plain(md).rstrip(" ,;"), it))


def inherit_employer(value: dict, previous: list[dict], entry: Entry, org_key: str) -> None:
    """A further position under the employer named above it (``Acme — Denver`` / ``Role A`` … / ``Role B`` …).

    Why: one employer line over several dated positions is a common layout;
    the later positions carry only a role, which names no organisation.
    """
    name = value.get(org_key, "")
    role_only = "position" in value and not name  # (the role line already read as one)
    if not previous or not (role_only or ("position" not in value and name and is_role(name) and not is_org(name))):
        return
    if sum(1 for it in entry.head if not it.date_only) != 1:
        return
    prev = previous[0]
    if org_key not in prev or "position" not in prev:
        return
    if not role_only:
        value["position"] = value.pop(org_key)
    value[org_key] = prev[org_key]
    if "location" in prev and "location" not in value:
        value["location"] = prev["location"]
