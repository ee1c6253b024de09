"""The parser's steps in order: clean → sections → entries → fields → canonical, valid JSON.

Why a pipeline module: each step lives in its own module; this one only
decides which assigner a section goes to and guarantees the promise made
to callers — the result always validates against the schema.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..canonical import canonical
from ..lines import Line
from ..schema import is_calendar_date, validate
from ..types import LIST_SECTIONS, Resume
from . import contacts, forms, labelled, oneline, personal
from .basics import add_contacts, author_name, name_out_of_order, parse_top, summary_text
from .classify import Section, split_sections, undecorated
from .clean import links, plain, title_case_name
from .columns import unweave
from .dates import forget_dates, is_duration
from .group import Entry, group, merge_continuations
from .headings import section_key
from .items import Item, prepare
from .provenance import Src, finalize, src
from .sections import awards, education, events, lists, projects, publications, work
from .signature import strip_signature
from .text import paragraphs
from .vocab import words


@dataclass
class ParseResult:
    """The parsed document, and for each JSON pointer the source lines it came from."""

    resume: Resume
    provenance: dict[str, list[int]] = field(default_factory=dict)
    #: Lines used as structure rather than values: line → what they were (``heading /work``, ``front matter``).
    structure: dict[int, str] = field(default_factory=dict)


_DATE_KEYS = frozenset({"startDate", "endDate", "date", "releaseDate"})
_ENTRY_SECTIONS = {"work", "volunteer", "education", "projects", "awards", "certificates", "publications"}


def _profile_lines(items: list[Item], basics: dict) -> list[Item]:
    """Lines that only point at a profile (``full list on my Google Scholar``) go to basics.profiles."""
    kept = []
    for it in items:
        found = [contacts.profile_of(url) for _label, url in links(it.md)]
        found = found if found and not it.spans else []
        if found and all(found) and not it.bullet:
            add_contacts(basics, it)
            for prof in found:
                if prof and not any(p.get("url") == prof.url for p in basics.get("profiles", [])):
                    entry = {"network": src(prof.network, it), "url": src(prof.url, it)}
                    if prof.username:
                        entry["username"] = src(prof.username, it)
                    basics.setdefault("profiles", []).append(entry)
            continue
        kept.append(it)
    return kept


def _labelled_lists(items: list[Item]) -> list[Item]:
    """A small heading naming a field (``Courses``) over bullets → one ``Courses: a, b, c`` line."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        label = it.text.rstrip(":：").strip().lower()
        if it.heading and label in words("course_labels"):
            j = k + 1
            while j < len(items) and items[j].bullet:
                j += 1
            if j > k + 1:
                listed = items[k + 1:j]
                md = f"{it.text.rstrip(':：')}: " + ", ".join(b.md for b in listed)
                out.append(Item(md, tuple(n for x in items[k:j] for n in x.nums), blank_before=it.blank_before))
                k = j
                continue
        out.append(it)
        k += 1
    return out


def _dated_runs(items: list[Item]) -> list[list[Item]]:
    """``Name`` / ``Issuer`` / ``Issued Mar 2019`` (LinkedIn): certificates of two or three lines closed by a date.

    Why the date: it ends every certificate whether or not blank lines part them; a list with a line of its own
    for each certificate (``PMP, PMI, 2020``) has runs of one line and stays one certificate a line.
    """
    runs: list[list[Item]] = [[]]
    for it in items:
        runs[-1].append(it)
        if it.spans:
            runs.append([])
    if runs.pop() or len(runs) < 2 or not all(2 <= len(run) <= 3 for run in runs):
        return []
    return runs


def _entries(section: Section) -> list[Entry]:
    one_line = oneline.entries(section)
    if one_line is not None:
        return one_line
    if section.key == "publications":
        return publications.group_publications(section.items)
    items = _labelled_lists(section.items)
    if section.key == "certificates" and not any(it.bullet or it.date_only for it in items):
        runs = _dated_runs(items)
        if runs:
            return [Entry(head=run) for run in runs]
        items = events.without_verbs(items)  # (``2016 | 02 | 普通自動車免許 取得``: a dated table)
        return [Entry(head=[it]) for it in merge_continuations(items)]  # one certificate a line
    return group(items)


def _assign(section: Section, tree: dict, drift: list) -> None:
    key = section.key
    heading = ""
    if section.heading:
        heading = title_case_name(undecorated(plain(section.heading.md)).rstrip(":：").strip())
    if events.says_none(section.items):  # ``賞罰`` / ``なし``: the form's box was left empty on purpose
        return
    timeline = events.assign(section.items, key) if key in _ENTRY_SECTIONS else None
    if timeline is not None:  # a rirekisho's dated events (``Entered …`` / ``Graduated from …``)
        for k, values in timeline.items():
            tree.setdefault(k, []).extend(values)
    elif key in _ENTRY_SECTIONS:
        for entry in _entries(section):
            if key in ("work", "volunteer"):
                org_key = "name" if key == "work" else "organization"
                value = work.assign(entry, org_key)
                work.inherit_employer(value, tree.get(key, [])[-1:], entry, org_key)
            elif key == "education":
                value = education.assign(entry)
                education.inherit_school(value, tree.get(key, [])[-1:])
            elif key == "projects":
                value = projects.assign(entry)
            elif key == "publications":
                value = publications.assign(entry)
            elif key == "certificates":
                value = awards.assign_certificate(entry)
            else:
                tree.setdefault("awards", []).extend(awards.assign_awards(entry))
                continue
            tree.setdefault(key, []).append(value)
            drift.append((key, value, entry))
    elif key == "skills":
        for skill in lists.assign_skills(section.items, heading, section.heading):
            if section_key(skill["name"]) == "interests" and skill.get("keywords"):
                # ``Interests: a, b`` under ``Skills & Interests``: the label names a section of its own
                tree.setdefault("interests", []).extend({"name": k} for k in skill["keywords"])
            elif section_key(skill["name"]) == "certificates" and skill.get("keywords"):
                # ``Certificates: RSA, Food Safety Level 2`` under ``Skills & Certificates``: one certificate each
                tree.setdefault("certificates", []).extend({"name": k} for k in skill["keywords"])
            else:
                tree.setdefault("skills", []).append(skill)
    elif key == "languages":
        tree.setdefault("languages", []).extend(lists.assign_languages(section.items))
    elif key == "interests":
        tree.setdefault("interests", []).extend(lists.assign_interests(section.items))
    elif key == "references":
        tree.setdefault("references", []).extend(lists.assign_references(section.items))
    elif key == "summary":
        text = summary_text(section.items)
        basics = tree["basics"]
        if text:
            old = basics.get("summary")
            basics["summary"] = src(f"{old}\n\n{text}", old, text) if old else text
    elif key == "basics":
        basics = tree["basics"]
        items, facts, _asked = personal.pick(section.items, under_heading=True)
        personal.fill(basics, facts)
        for it in items:
            for rest in add_contacts(basics, it, keep_text=True):
                place = contacts.place_parts(rest) if rest == it.text else None
                if place and "location" not in basics:
                    basics["location"] = {k: src(v, it) for k, v in place.items()}
                elif rest == it.text and _listed_languages(it):
                    tree.setdefault("languages", []).extend(lists.assign_languages([_listed_languages(it)]))
                elif rest == it.text:
                    _extra(tree, heading, section.heading, [it])
    elif section.items:  # (an empty one, ``Дополнительная информация`` over known sub-sections, is a heading only)
        _extra(tree, heading, section.heading, section.items)


def _listed_languages(it: Item) -> Item | None:
    """``Languages Known: English, Hindi`` among personal details: the languages, as a line of their own."""
    found = forms.split_field(it.text)
    if not found or not found[1] or section_key(found[0], True) != "languages":
        return None
    return Item(found[1], it.nums)


def _extra(tree: dict, title: str, heading: Item | None, items: list[Item]) -> None:
    """A section with no home in the schema → meta.extraSections (MAPPING §5)."""
    meta = tree.setdefault("meta", {})
    sections = meta.setdefault("extraSections", [])
    paras = paragraphs(items)
    if sections and sections[-1]["title"] == title:
        sections[-1]["items"].extend(paras)
    else:
        sections.append({"title": src(title or "Other", heading or ()), "items": paras})


def _fix_drift(drift: list) -> None:
    """A surplus date line (PDF drift) goes to the one undated entry of work (else volunteer, projects)."""
    surplus = [(e, v) for _k, v, e in drift if e.surplus]
    undated: list[dict] = []
    for section in ("work", "volunteer", "projects"):
        undated = undated or [v for k, v, _e in drift if k == section and "startDate" not in v]
    if len(surplus) == 1 and len(undated) == 1:
        entry, _ = surplus[0]
        it = entry.surplus[0]
        span = it.spans[0]
        undated[0]["startDate"] = src(span.start, it)
        if span.end and not span.open:
            undated[0]["endDate"] = src(span.end, it)


def _structure(sections: list[Section], dropped: set[int]) -> dict[int, str]:
    out = {n: "dropped (markup)" for n in dropped}
    for s in sections[1:]:
        if s.heading is not None:
            for n in s.heading.nums:
                out[n] = f"heading → {s.key}"
        for sub in s.subheadings:
            for n in sub.nums:
                out.setdefault(n, f"sub-heading in {s.key}")
    return out


_DATE_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_URL_SHAPE = re.compile(r"(?:https?://|mailto:)\S+")
_TOP_KEYS = frozenset({"basics", "meta", *LIST_SECTIONS})


def _plainly_valid(value: object, key: str = "") -> bool:
    """The few schema rules a parsed document could break, checked directly.

    Why: the document is built from fixed keys and strings, so only dates,
    URLs and e-mails can be wrong; checking those is a hundred times faster
    than a full schema run, which is kept for anything that fails here.
    """
    if isinstance(value, dict):
        return all(_plainly_valid(v, k) for k, v in value.items())
    if isinstance(value, list):
        return all(_plainly_valid(v, key) for v in value)
    if not isinstance(value, str):
        return False
    if key in _DATE_KEYS:
        return bool(_DATE_SHAPE.fullmatch(value)) and is_calendar_date(value)
    if key == "url":
        return bool(_URL_SHAPE.fullmatch(value))
    if key == "email":
        return "@" in value
    return True


def _valid(doc: dict, prov: dict[str, list[int]]) -> dict:
    """Remove values the schema refuses (never expected; the last guarantee of validity)."""
    full_dates = all(len(c.get("date", "2020-01-01")) == len("2020-01-01") for c in doc.get("certificates", []))
    if set(doc) <= _TOP_KEYS and full_dates and _plainly_valid(doc):
        return doc
    for _ in range(20):
        problems = validate(doc)
        if not problems:
            return doc
        for problem in problems:
            parts = [p.replace("~1", "/").replace("~0", "~") for p in problem.pointer.split("/")[1:]]
            if not parts:
                return {}
            parent = doc
            try:
                for p in parts[:-1]:
                    parent = parent[int(p)] if isinstance(parent, list) else parent[p]
                last = parts[-1]
                if isinstance(parent, list):
                    parent.pop(int(last))
                else:
                    parent.pop(last, None)
            except (KeyError, IndexError, ValueError, TypeError):
                continue
            for k in [k for k in prov if k == problem.pointer or k.startswith(problem.pointer + "/")]:
                del prov[k]
            break
        doc = canonical(doc)
    return doc if not validate(doc) else {}


def parse_lines(lines: list[Line]) -> ParseResult:
    """Parse reader lines into JSON Resume, with provenance."""
    text = "\n".join(line.text for line in lines)
    forget_dates(text, contacts.american(text))  # (how ``03/04/2024`` reads is one decision for the document)
    prepared = prepare(lines)
    form = forms.read(prepared.items)
    if form is not None:
        sections, basics = form.sections, form.basics
        prepared.dropped.update(form.dropped)
    else:
        sections = unweave(split_sections(prepared.items))
        sections[0].items, facts, asked = personal.pick(sections[0].items)
        basics, _rest = parse_top(sections[0].items, prepared.front)
        name_out_of_order(basics, sections)
        personal.fill(basics, facts)
        sections[1:1] = asked  # (``生年月日　1996年3月8日``: a fact with no place in basics, titled by its label)
    tree: dict = {"basics": basics}
    drift: list = []
    if len(sections) > 1:  # (``Place: Pune`` / ``Date:`` / ``(NAME)`` under the closing declaration)
        sections[-1].items, signed = strip_signature(sections[-1].items, str(basics.get("name", "")))
        prepared.dropped.update(n for it in signed for n in it.nums)
    for section in sections[1:]:
        if publications.holds_bibtex(section.items):  # (BibTeX under ``References`` or ``Bibliography``)
            section.key = "publications"
        section.items = _profile_lines(section.items, basics)
        oneline.spread(section)
        try:
            blocks = labelled.assign(section.items, section.key)
            if blocks is not None:  # ``Job title: …`` / ``Company: …`` blocks: the labels name the fields
                tree.setdefault(section.key, []).extend(blocks)
            else:
                _assign(section, tree, drift)
        except Exception:  # a parser bug must not lose the section: keep its text (MAPPING §5)
            _extra(tree, plain(section.heading.md) if section.heading else "", section.heading, section.items)
    _fix_drift(drift)
    if "name" not in basics:
        pubs = [it.md for s in sections if s.key == "publications" for it in s.items]
        name = author_name(pubs)
        if name:
            lines_of = [it for s in sections if s.key == "publications" for it in s.items if name in plain(it.md)]
            basics["name"] = src(name, *lines_of[:1])
    resume, prov = finalize(tree)
    doc = canonical(resume)
    doc = _valid(doc, prov)
    structure = _structure(sections, prepared.dropped)
    _explain_dropped(sections, prov, structure)
    return ParseResult(doc, prov, structure)


def _explain_dropped(sections: list[Section], prov: dict[str, list[int]], structure: dict[int, str]) -> None:
    """Say why the lines that were dropped on purpose were (MAPPING §5 allows these)."""
    used = {n for numbers in prov.values() for n in numbers}
    for section in sections:
        for it in section.items:
            if any(n in used or n in structure for n in it.nums):
                continue
            if section_key(it.text, True) == "ignore":
                reason = "document title"
            elif publications.is_navigation(it.text):
                reason = "navigation links"
            elif events.is_layout(it.text):
                reason = "table layout (to present, end of table)"
            elif is_duration(it.text):
                reason = "duration (restates the dates)"
            elif section.key == "certificates" and it.spans:
                reason = "certificate date (the schema takes full dates only)"
            else:
                continue
            for n in it.nums:
                structure[n] = reason


__all__ = ["ParseResult", "Src", "parse_lines"]
