"""Projects: name, description, highlights, dates, url, roles, keywords (MAPPING §4)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..clean import links, plain, trim
from ..contacts import URL, normalize_url
from ..group import Entry, tag_list
from ..provenance import Src, src
from ..text import join_notes, label_value, split_top
from .common import clean_value, date_fields, lead_emphasis, link_only, undated

_KEYWORD_LABELS = {"technologies", "tech", "tech stack", "stack", "tools", "keywords", "skills", "built with",
                   "technologien", "technologies utilisées", "tecnologías", "tecnologias", "tecnologie"}
_ROLE_LABELS = {"role", "roles", "position", "rolle", "rôle", "rol", "papel", "ruolo", "função", "funzione",
                "fonction", "función", "my role"}
_NAME_DESC = re.compile(r"^(?P<n>[^:–—|]{2,80}?)\s*(?::|\s[–—|-]\s)\s*(?P<d>\S.*)$")
_LONG = 12
#: ``Contributor to tokio (3 merged PRs)``: the person's role on someone else's project, the project, a note.
_ROLE_ON = re.compile(r"^(?P<r>(?:(?:core|active|regular)\s+)?(?:co-?)?(?:contributor|maintainer|committer))\s+"
                      r"(?:to|on|of)\s+(?P<n>[^\s()]{2,40})(?:\s*\((?P<d>[^()]{2,120})\))?$", re.I)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
#: A link written as its own address or as a navigation word (``[case study](…)``) says nothing more.
_LINK_ONLY = re.compile(r"\[[^\]]{1,80}\]\([^)]{1,500}\)")


#: ``Vita | Maintainer``: a few words after a bar are a label of the name; more are what the project is.
_SHORT_TAIL = 3


def _repo_name(url: str) -> str:
    path = [p for p in urlsplit(url).path.split("/") if p]
    return path[-1] if len(path) >= 2 else ""


def assign(entry: Entry) -> dict:
    out: dict = {}
    out.update(date_fields(entry))
    desc: list[Src] = []
    highlights: list[Src] = []
    head = entry.head
    for it in entry.head + entry.bullets:
        for _label, url in links(it.md):
            if "url" not in out:
                out["url"] = src(url, it)
    for it in head:
        md = undated(it).strip()
        bare = URL.search(plain(md)) if "](" not in md else None
        if bare:
            out.setdefault("url", src(normalize_url(bare.group(0)), it))
            md = _EMPTY_BRACKETS.sub(" ", plain(md).replace(bare.group(0), " ")).strip(" |,;–—-")  # (``x (url)``)
        text = clean_value(md)
        if not text:
            continue
        if "name" in out and tag_list(text):  # ``Go · PostgreSQL`` under the title: its keywords
            out.setdefault("keywords", []).extend(src(trim(x), it) for x in text.split(" · ") if trim(x))
            continue
        lv = label_value(text)
        if lv and lv[0].lower() in _KEYWORD_LABELS:
            out.setdefault("keywords", []).extend(src(trim(x), it) for x in split_top(lv[1], ",;|·") if trim(x))
            continue
        if lv and lv[0].lower() in _ROLE_LABELS:
            out.setdefault("roles", []).extend(src(trim(r), it) for r in split_top(lv[1], ",;") if trim(r))
            continue
        url = link_only(md)
        if url:
            out.setdefault("url", src(url, it))
            continue
        if "name" not in out:
            if it.bullet and len(text.split()) > _LONG and not lead_emphasis(md) and not _NAME_DESC.match(text):
                highlights.append(src(plain(it.md), it))
                continue
            role_on = _ROLE_ON.match(text)
            if role_on:
                out["name"] = src(role_on.group("n"), it)
                out.setdefault("roles", []).append(src(role_on.group("r"), it))
                if role_on.group("d"):
                    desc.append(src(role_on.group("d"), it))
                continue
            lead = lead_emphasis(md)
            if lead and trim(plain(lead[1])):
                out["name"] = src(clean_value(lead[0]), it)
                rest = trim(plain(lead[1])).strip(":–—-·| ")
                entity = re.fullmatch(r"[\s,|–—-]*[*_]([^*_]{2,60})[*_][\s,.]*", lead[1])
                tech = split_top(entity.group(1), ",") if entity and "|" in lead[1] else []
                if len(tech) >= 2 and all(len(k.split()) <= 3 for k in tech):
                    # ``**Gitlytics** | *Python, Flask, React*`` (Jake's Resume): the tools it was built with
                    out.setdefault("keywords", []).extend(src(trim(k), it) for k in tech if trim(k))
                elif entity:  # ``**Project**, *Company*``: who it was for
                    out["entity"] = src(clean_value(entity.group(1)), it)
                elif any(c.isalnum() for c in _LINK_ONLY.sub(" ", lead[1])):
                    desc.append(src(rest, it))
                continue
            m = _NAME_DESC.match(text) if it.bullet or re.search(r"\s[–—]\s", text) else None
            if m and len(m.group("n").split()) <= (6 if it.bullet else 4):  # ``Name — what it is``
                out["name"] = src(clean_value(m.group("n")), it)
                desc.append(src(trim(m.group("d")), it))
                continue
            name, _, tail = text.partition(" | ")
            if tail and "," in tail and all(len(k.split()) <= 3 for k in split_top(tail, ",")):
                out["name"] = src(clean_value(name), it)  # ``Wavetable Synth | C++, JUCE``
                out.setdefault("keywords", []).extend(src(trim(k), it) for k in split_top(tail, ","))
            elif tail and "|" not in tail and len(name.split()) <= 4 and len(tail.split()) > _SHORT_TAIL:
                out["name"] = src(clean_value(name), it)  # ``tinyraft | An educational Raft implementation …``
                desc.append(src(trim(tail), it))
            else:
                out["name"] = src(text, it)
            continue
        desc.append(src(plain(md).strip(), it))
    highlights.extend(src(plain(b.md), b) for b in entry.bullets)
    if "name" not in out and "url" in out:
        name = _repo_name(out["url"])
        if name:
            out["name"] = src(name, out["url"])
    d = join_notes(desc)
    if d:
        out["description"] = d
    out["highlights"] = highlights
    return out
