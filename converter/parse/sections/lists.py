"""Sections that are lists of short items: skills, languages, interests, references.

Why item by item: these sections are written as ``Category: a, b, c``
lines, bare comma lists or ``Name: contact`` lines rather than dated
entries, so each line (or each bold ``**Category:**`` run) is one entry.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..basics import is_name
from ..clean import plain, trim
from ..contacts import EMAIL, PHONE
from ..group import merge_continuations
from ..items import Item
from ..provenance import Src, src
from ..text import bold_labels, label_value, split_top
from .common import is_role, lead_emphasis

_LEVEL_WORDS = re.compile(
    r"(?i)\b(?:proficiency|native|mother tongue|fluent|bilingual|basic|elementary|intermediate|advanced|beginner|"
    r"conversational|working|business|professional|[ABC][12]|muttersprache|fließend|grundkenntnisse|"
    r"verhandlungssicher|courant|langue maternelle|notions|nativo|nativa|fluido|básico|avanzado|intermedio|"
    r"madrelingua|master|expert|proficient|novice|母语|熟练|流利|"
    r"avançado|avançada|intermediário|intermediária|intermédio|fluente|nativa|materna|língua materna|"
    r"ojczysty|biegły|biegle|zaawansowany|średniozaawansowany|podstawowy|komunikatywny|"
    r"modersmål|flytande|grundläggande|goda kunskaper|mycket goda kunskaper|"
    r"родной|свободно|свободный|продвинутый|средний|базовый|разговорный|технический|"
    r"원어민|모국어|능통|유창|비즈니스|일상회화|상급|중급|초급|고급|"
    r"اللغة الأم|لغة أم|ممتاز|جيد جدا|جيد|متوسط|مبتدئ|طلاقة|بطلاقة)\b")
#: ``LISTENING C2 READING C2 WRITING C1``: a row of the Europass self-assessment grid (CEFR levels per skill).
_CEFR_ROW = re.compile(r"(?i)(?:(?:listening|reading|writing|spoken production|spoken interaction|speaking|"
                       r"understanding)\s+[ABC][12]\s*)+")
#: ``English C1 C1 B2 B2 C1``: a language with its grid levels on one line (the older Europass grid).
_CEFR_LEVELS = re.compile(r"^(?P<name>[^\W\d_][^\d:|]{1,40}?):?\s+(?P<levels>(?:[ABC][12][\s|]*){2,})$")
#: ``Levels: A1 and A2: Basic user; …``, ``Common European Framework of Reference…``: the grid's legend (layout).
_CEFR_LEGEND = re.compile(r"(?i)\b(?:basic|independent|proficient) user\b.*\b(?:basic|independent|proficient) user\b"
                          r"|common european framework")
#: ``Mother tongue(s): Portuguese``: the label is the fluency of each language it names.
_MOTHER_TONGUE = re.compile(r"(?i)^(?:mother tongues?|mother tongue\(s\)|native languages?|native language\(s\)|"
                            r"first language|muttersprachen?|langues? maternelles?|langue\(s\) maternelle\(s\)|"
                            r"lingua madre|língua materna|lengua materna|moedertaal|modersmål|język ojczysty|"
                            r"родной язык)$")
#: ``Other language(s): UNDERSTANDING | SPEAKING``, ``Spoken interaction``: labels over the grid, no language.
_GRID_LABEL = re.compile(r"(?i)^(?:other )?languages?(?:\(s\))?\s*:?")
_GRID_WORDS = frozenset({"understanding", "speaking", "writing", "listening", "reading", "spoken", "interaction",
                         "production"})
_SKILL_LABELS = frozenset({"spoken", "written", "read", "oral", "comprehension", "spoken interaction",
                           "spoken production"})
#: A sentence this long in a skills section is one item, commas and all (``Planned and ran …, with …``).
_SENTENCE_WORDS = 8
_RATING = re.compile(r"^(?:[●○◐★☆■□▪▫◉◯⬤]{2,10}|\d(?:[.,]\d)?\s?/\s?(?:5|10)|\d{1,3}\s?%)$")
_DASH = re.compile(r"\s+[—–|-]\s+")
_LEVEL = re.compile(r"^(?P<name>.+?)\s*(?:[(（](?P<p>[^()]{1,60})[)）]|\s[–—-]\s(?P<d>.{1,60})"
                    r"|[:：]\s*(?P<c>.{1,60}))$")


def _keywords(text: str) -> list[str]:
    if text.rstrip().endswith((".", "!")) and len(text.split()) >= _SENTENCE_WORDS:
        return [trim(text)]
    seps = ",;|·•" if any(c in text for c in ",;|·•，；、،؛") else ""
    if not seps:
        return [trim(text)] if trim(text) else []
    return [trim(k) for k in split_top(text, seps) if trim(k)]


_BOLD_CATEGORY = re.compile(r"^\*\*([^*]{1,40})\*\*\s+(?![,;:|])([^*]+)$")


_MAX_LABEL_WORDS = 3


def _categories(it: Item) -> list[tuple[str, str]]:
    """(category, keyword text) runs of one line; category '' for a bare list."""
    pairs = bold_labels(it.md)
    if pairs and any(label for label, _ in pairs):
        return [(plain(label), plain(value)) for label, value in pairs]
    text = it.text
    lv = label_value(text, max_label_words=6)
    if lv:
        return [lv]
    label, bar, rest = text.partition(" | ")
    if bar and (" · " in rest or ", " in rest) and " | " not in rest and "," not in label \
            and len(label.split()) <= _MAX_LABEL_WORDS:
        return [(label, rest)]  # ``Programming | Python · C++``, ``Testing Tools | Selenium, JMeter``: a label column
    lead = _BOLD_CATEGORY.match(it.md)
    if lead and len(_keywords(plain(lead.group(2)))) >= 2:  # ``**DevOps** AWS, Docker`` (a LaTeX skills table)
        return [(plain(lead.group(1)), plain(lead.group(2)))]
    return [("", text)]


def assign_skills(items: list[Item], heading: str, heading_src: Item | None) -> list[dict]:
    out: list[dict] = []
    bare: dict | None = None
    for it in merge_continuations(items):
        if it.heading:  # a sub-heading names the category of the bare lists below it
            bare = {"name": src(trim(it.text), it), "keywords": []}
            out.append(bare)
            continue
        alone = re.match(r"^(.+?)\s*\(([^()]{1,30})\)$", it.text) if it.bold and not it.bullet else None
        if alone and (_LEVEL_WORDS.search(alone.group(2)) or _RATING.match(alone.group(2))):
            out.append({"name": src(trim(alone.group(1)), it), "level": src(alone.group(2), it)})
            continue  # a bold ``Figma (●●●●●)`` on its own line: one rated skill
        for cat, value in _categories(it):
            kws = [src(k, it) for k in _keywords(value)]
            paren = re.match(r"^(.+?)\s*\(([^()]{2,30})\)$", cat.strip()) if cat else None
            if paren and (_LEVEL_WORDS.search(paren.group(2)) or _RATING.match(paren.group(2))):
                out.append({"name": src(trim(paren.group(1)), it), "level": src(paren.group(2), it),
                            "keywords": kws})  # ``Web Development (Master): HTML, CSS``
            elif cat and len(kws) == 1 and (_RATING.match(kws[0]) or _LEVEL_WORDS.fullmatch(kws[0])):
                out.append({"name": src(trim(cat), it), "level": kws[0]})  # ``Figma: ●●●●○``
            elif cat:
                out.append({"name": src(trim(cat), it), "keywords": kws})
            elif kws:
                if bare is None:
                    bare = {"name": src(heading, heading_src or it), "keywords": []}
                    out.append(bare)
                bare["keywords"].extend(kws)
    return out


def _grid_label(text: str) -> bool:
    """A row of the grid's labels (or ``Other language(s)`` alone): structure, no language."""
    return all(w.lower() in _GRID_WORDS for w in _GRID_LABEL.sub("", text.replace("|", " ")).split())


_BOLD_CELL = re.compile(r"\*\*([^*]{1,40})\*\*")


def _card_rows(items: list[Item]) -> list[Item]:
    """``**English** · **German**`` over ``Native speaker · Professional working proficiency`` → one line a language.

    Why: a theme that sets languages as cards in a grid (JSON Resume's
    ``even`` printed to PDF) leaves a row of bold names, then the row of
    their levels, cell under cell; the n-th level is the n-th language's.
    """
    out: list[Item] = []
    k = 0
    while k < len(items):
        names = items[k].md.split(" · ")
        below = items[k + 1].md.split(" · ") if k + 1 < len(items) else []
        if len(names) >= 2 and len(below) == len(names) and all(_BOLD_CELL.fullmatch(n.strip()) for n in names) \
                and all(_LEVEL_WORDS.search(b) and "**" not in b for b in below):
            nums = items[k].nums + items[k + 1].nums
            out.extend(replace(items[k], md=f"{n.strip()} {b.strip()}", nums=nums, heading=0)
                       for n, b in zip(names, below, strict=True))
            k += 2
            continue
        out.append(items[k])
        k += 1
    return out


def assign_languages(items: list[Item]) -> list[dict]:
    out: list[dict] = []
    prev: Item | None = None
    for it in _card_rows(merge_continuations(items)):
        if _CEFR_LEGEND.search(it.text) or _grid_label(it.text):
            continue
        if out and _CEFR_ROW.fullmatch(it.text) and prev is not None:  # the grid rows under ``English``
            old = out[-1].get("fluency")
            out[-1]["fluency"] = src(f"{old} {trim(it.text)}", old, it) if old else src(trim(it.text), it)
            continue
        if prev is not None and out and "fluency" not in out[-1] and not it.blank_before and _LEVEL_WORDS.search(
                it.text) and len(prev.text.split()) <= 2:  # ``English`` / ``Native or bilingual proficiency``
            out[-1]["fluency"] = src(trim(it.text), it)
            prev = None
            continue
        prev = it
        text = it.text
        lv = label_value(text)
        if lv and lv[0].lower() in ("language", "sprache", "langue", "idioma", "lingua") and "," not in lv[1]:
            text, lv = lv[1], None  # ``Language: Spanish`` over its skill rows (USAJOBS): the label is layout
        if lv and out and lv[0].lower() in _GRID_WORDS | _SKILL_LABELS:  # ``Spoken: Intermediate``
            old = out[-1].get("fluency")
            row = f"{lv[0]}: {trim(lv[1])}"
            out[-1]["fluency"] = src(f"{old}; {row}", old, it) if old else src(row, it)
            continue
        if lv and _MOTHER_TONGUE.match(lv[0]):
            fluency = re.sub(r"\(s\)", "", lv[0])
            out.extend({"language": src(trim(lang), it), "fluency": src(fluency, it)} for lang in split_top(lv[1]))
            continue
        bold = _BOLD_CATEGORY.match(it.md) if not lv else None
        if bold and "," not in bold.group(2) and len(bold.group(1).split()) <= _MAX_LABEL_WORDS:
            language, fluency = trim(plain(bold.group(1))), trim(plain(bold.group(2)))
            out.append({"language": src(language, it), "fluency": src(fluency, it)})
            continue  # ``**English**  Fluent (C2)``: the language set bold, its level beside it (Awesome-CV)
        levels = _CEFR_LEVELS.match(text)
        if levels:
            grid = " ".join(re.findall(r"[ABC][12]", levels.group("levels")))
            out.append({"language": src(levels.group("name"), it), "fluency": src(grid, it)})
            continue
        cells = text.split(" | ") if not lv else []
        if len(cells) == 2 and (any(c.isdigit() for c in cells[1]) or _LEVEL_WORDS.search(cells[1])):
            # ``영어      TOEIC 915점``: the language in one column, its level or test score in the next
            out.append({"language": src(trim(cells[0]), it), "fluency": src(trim(cells[1]), it)})
            continue
        parts = [text] if lv and "," not in lv[1] else split_top(text, ",;|·•")
        for part in parts:
            part = trim(part)
            if not part:
                continue
            m = _LEVEL.match(part)
            if m:
                fluency = m.group("p") or m.group("d") or m.group("c")
                out.append({"language": src(trim(m.group("name")), it), "fluency": src(trim(fluency), it)})
            elif lv and part == trim(text):  # ``English: LISTENING C2 READING C2 … SPOKEN INTERACTION C1``
                out.append({"language": src(trim(lv[0]), it), "fluency": src(trim(lv[1]), it)})
            else:
                words = part.split()
                # ``Deutsch C1``, ``English  ●●●●○`` (AltaCV's dots): a short code or a rating after the language
                if len(words) >= 2 and ((words[-1][:1].isupper() and len(words[-1]) <= 3) or _RATING.match(words[-1])):
                    out.append({"language": src(" ".join(words[:-1]), it), "fluency": src(words[-1], it)})
                elif len(words) >= 2 and _LEVEL_WORDS.fullmatch(" ".join(words[1:])):  # ``Inglês avançado``
                    out.append({"language": src(words[0], it), "fluency": src(" ".join(words[1:]), it)})
                else:
                    out.append({"language": src(part, it)})
    return out


def assign_interests(items: list[Item]) -> list[dict]:
    out: list[dict] = []
    named: dict | None = None
    for it in merge_continuations(items):
        if (it.bold or it.heading) and not it.bullet and len(it.words) <= 4 and ":" not in it.text:
            named = {"name": src(trim(it.text), it), "keywords": []}  # a bold name over its list
            out.append(named)
            continue
        if named is not None and not named["keywords"] and not it.blank_before and not it.bullet:
            named["keywords"] = [src(k, it) for k in _keywords(it.text)]
            continue
        named = None
        for cat, value in _categories(it):
            kws = _keywords(value)
            if cat:
                out.append({"name": src(trim(cat), it), "keywords": [src(k, it) for k in kws]})
            else:
                out.extend({"name": src(k, it)} for k in kws)
    return out


def assign_references(items: list[Item]) -> list[dict]:
    out: list[dict] = []
    cur: dict | None = None
    under_bold = False
    for it in items:
        if it.bold and not it.bullet and len(it.text.split()) <= 6:  # a name set in bold over its details
            cur = {"name": src(it.text, it), "reference": []}
            out.append(cur)
            under_bold = True
            continue
        if under_bold and cur is not None and not it.bullet and not it.blank_before:
            cur["reference"].append(src(it.text, it))
            continue
        under_bold = False
        pairs = bold_labels(it.md)
        if pairs and all(label for label, _ in pairs):
            for label, value in pairs:
                out.append({"name": src(trim(plain(label)), it), "reference": src(trim(plain(value)), it)})
            cur = None
            continue
        lead = lead_emphasis(it.md)
        if lead and plain(lead[1]).strip(" —–-:,"):
            out.append({"name": src(trim(plain(lead[0])), it),
                        "reference": src(trim(plain(lead[1]).strip(" —–-:,")), it)})
            cur = None
            continue
        dash = _DASH.split(it.text, maxsplit=1)
        if len(dash) == 2 and len(dash[0].split()) <= 6 and "," not in dash[0] and not EMAIL.search(dash[0]):
            out.append({"name": src(trim(dash[0]), it), "reference": src(trim(dash[1]), it)})
            cur = None
            continue
        lv = label_value(it.text, max_label_words=6)
        if lv and not EMAIL.search(lv[0]):
            out.append({"name": src(lv[0], it), "reference": src(lv[1], it)})
            cur = None
            continue
        text = it.text
        contact = bool(EMAIL.search(text) or PHONE.search(text))
        parts = split_top(text, ",")
        if (contact or is_name(parts[0])) and len(parts) >= 3:  # ``Name, MSN, RN, Role, Employer, phone``
            k = 1
            while k < len(parts) - 1 and re.fullmatch(r"[A-Z][A-Za-z.]{1,5}", parts[k]) and parts[k][1:2].isupper() \
                    and not is_role(parts[k]):  # (``RN`` is a credential, ``CTO`` the role that follows the name)
                k += 1
            out.append({"name": src(", ".join(parts[:k]), it), "reference": src(", ".join(parts[k:]), it)})
            cur = None
            continue
        if cur is None and not is_name(text.split(",")[0]) and len(text.split()) > 2:
            out.append({"reference": src(text, it)})  # ``Available on request.``
            continue
        if cur is None or (it.blank_before and not contact) or it.bullet:
            cur = {"name": src(text, it), "reference": []}
            out.append(cur)
        else:
            cur["reference"].append(src(text, it))
    for ref in out:
        if isinstance(ref.get("reference"), list):
            parts: list[Src] = ref["reference"]
            ref["reference"] = src("; ".join(parts), *parts) if parts else ""
    return out
