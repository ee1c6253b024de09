"""Education entries: school, degree, field, dates, score, courses, notes (MAPPING §4).

Why word lists: a degree line is told by its degree word (``Bachelor``,
``M.S.``, ``Laurea``, ``硕士``), a school by its institution word
(``University``, ``Hochschule``, ``大学``); the rest of a degree line is the
field (after ``in``, or after ``of`` when that is not part of the degree's name).
"""
from __future__ import annotations

import re

from .. import vocab
from ..clean import plain, trim
from ..contacts import place_parts
from ..group import Entry
from ..items import Item
from ..provenance import Src, src
from ..text import bold_labels, join_notes, label_value, split_top
from .common import (
    city_like,
    clean_value,
    date_fields,
    file_fields,
    has_word,
    labelled_fields,
    lead_emphasis,
    link_only,
    split_place,
    undated,
)

_SCORE = re.compile(r"\b(?:c?gpa|grade|score|note|gpa\s*/\s*rank)\b\s*[:：]?\s*(?P<v>\d{1,3}(?:[.,]\d{1,3})?"
                    r"(?:\s*/\s*\d{1,3}(?:[.,]\d{1,3})?)?)", re.I)
_DEPARTMENT = re.compile(r"^(?:department|dept\.?|school|faculty|fakultät|faculté|facultad|institut[e]?)\s+"
                         r"(?:of|for|für|de|des)\s+",
                         re.I)
_IN = re.compile(r"\s+(?:in|en|im|em|di|in the field of|i|inom|w zakresie|по специальности|по направлению|في)\s+", re.I)
_OF = re.compile(r"\s+of\s+", re.I)
_AT = re.compile(r"\s+(?:at|@|,)\s+(?=\S)")
_COLUMN_SEP = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*")
_ABBREVIATED = re.compile(r"^(?P<d>(?:[A-Z][A-Za-z]{0,3}\.?){1,3}(?:\s?\([A-Za-z]+\))?)\s+(?P<f>[A-Z][\w&’' -]{2,80})$")
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{1,3}|:\d)?(?:\s?/\s?\d{1,3}(?:[.,]\d{1,3})?)?%?")  # (``2:1``: a UK class)
_PAREN = re.compile(r"\s*\(([^()]{2,80})\)\s*$")
#: ``72%``, ``8.42/10``, ``3.6/4.0``: a mark written alone in a column.
_MARK = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%|\d{1,2}(?:[.,]\d{1,2})?\s?/\s?(?:4|5|10|20|100)(?:[.,]0{1,2})?")
_EQF = re.compile(r"(?i)^(?:level in )?eqf\b")
#: ``経営学科``, ``情報工学専攻``, ``컴퓨터공학과``: a Japanese or Korean department or major, named by its ending, is
#: the field of study.
_JA_FIELD = re.compile(r"^[^\s,;、]{1,20}(?:学科|専攻|コース|학과|전공)$")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")
_MAX_FIELD_WORDS = 4
#: ``16 valores``, ``17/20``: a grade written after the degree (Portugal's 0–20 scale and the like).
_GRADE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:valores|/\s?\d{1,3})", re.I)


def is_degree(text: str) -> bool:
    return has_word(text, "degrees")


def is_school(text: str) -> bool:
    return has_word(text, "institutions")


def parse_degree(text: str) -> tuple[str, str, list[str]]:
    """``Master of Philosophy in Data Science (Top program), advised by X`` → (studyType, area, notes)."""
    notes: list[str] = []
    parts = split_top(text, ",;")
    first, extra = (parts[0], parts[1:]) if parts else ("", [])
    dept_area = ""
    for p in extra:
        p = trim(p).rstrip(".")
        dept = _DEPARTMENT.sub("", p)
        if dept != p and not dept_area:
            dept_area = dept
        elif p:
            notes.append(p)
    m = _PAREN.search(first)
    if m and _ACRONYM.fullmatch(m.group(1)) and not _IN.search(first[:m.start()]):
        m = None  # ``Legal Practice Course (LPC)``, ``… Administration (MBA)``: the degree's own short name
    paren_area = ""
    before = first[:m.start()].strip() if m else ""
    short = len(before.split()) == 1 and is_degree(before)  # ``B.E. (Computer Science)``, as Indian CVs write it
    if m and (_IN.search(before) or not _OF.search(first)) and not short:
        notes.insert(0, m.group(1))
        first = first[:m.start()]
    elif m:  # ``Bachelor of Science (Physics)``: the bracket is part of the degree's name
        paren_area = m.group(1)
    area = ""
    study = first.strip()
    ab = _ABBREVIATED.match(study)
    if ab and is_degree(ab.group("d")) and not _IN.search(study) and not _OF.search(study):
        return clean_value(ab.group("d")), clean_value(ab.group("f")), notes
    head, _, last = study.rpartition(" ")
    if head and _HANGUL.match(last) and last in vocab.words("degrees") and not is_degree(head):
        return clean_value(last), clean_value(head), notes  # ``데이터사이언스 석사``: the field, then the degree
    im = _IN.search(first)
    if im and is_degree(first[:im.start()]):
        study, area = first[:im.start()].strip(), first[im.end():].strip()
    else:
        om = _OF.search(first)
        if om:
            field = _PAREN.sub("", first[om.end():]).strip()
            generic = vocab.words("generic_fields")
            head, _, tail = field.partition(" ")
            if field.lower() in generic:
                area = paren_area
            elif head.lower() in generic and tail and tail[:1].isupper():  # Master of Science Informatik
                study, area = f"{first[:om.end()].strip()} {head}", tail
            elif not is_degree(field):
                area = field
    area = area or dept_area or paren_area or _field_after(notes)
    return clean_value(study), clean_value(area), notes


def _field_after(notes: list[str]) -> str:
    """``Civilingenjör, Datateknik``, ``MSc, Physics``: a short capitalised part after a degree is its field."""
    if not notes:
        return ""
    first = notes[0]
    if len(first.split()) > _MAX_FIELD_WORDS or not first[:1].isupper() or re.search(r"[\d:()]", first):
        return ""
    if is_school(first) or place_parts(first) or has_word(first, "score_labels") or is_degree(first):
        return ""
    return notes.pop(0)


#: ``magna cum laude``, ``First Class Honours``, ``with Distinction``, ``2:1``: a degree's class or Latin honours.
_GRADE_WORDS = re.compile(r"(?i)(?:(?:summa|magna)\s+)?cum\s+laude|(?:with\s+)?(?:high(?:est)?\s+)?"
                          r"(?:honou?rs|distinction|merit)|(?:first|upper\s+second|lower\s+second|second|third)"
                          r"(?:[- ]class)?(?:\s+honou?rs)?|2:[12](?:\s+honou?rs)?")


def assign(entry: Entry) -> dict:
    out: dict = {}
    out.update(date_fields(entry, single_as_range=False))
    notes: list[Src] = []
    for it in entry.head + entry.bullets:
        _line(it, out, notes)
    if "score" not in out:  # a grade word written alone (``J.D., magna cum laude``) is the score (MAPPING §4)
        grade = next((n for n in [*notes, out.get("location", "")] if _GRADE_WORDS.fullmatch(str(n))), None)
        if grade is not None:
            out["score"] = grade
            notes = [n for n in notes if n is not grade]
            if out.get("location") is grade:  # (``…, 2006. First Class``: no place)
                del out["location"]
    summary = join_notes(notes)
    if summary:
        out["summary"] = summary
    return out


def inherit_school(value: dict, previous: list[dict]) -> None:
    """A further degree under the school named above it (``SCHOOL`` / ``MEng …`` … / ``BS …`` …).

    Why: Deedy and similar templates name a school once over each degree
    taken there; the later degrees carry no school of their own.
    """
    if not previous or "institution" in value or "studyType" not in value or "institution" not in previous[0]:
        return
    school, degree = previous[0]["institution"], previous[0].get("studyType")
    if isinstance(school, Src) and isinstance(degree, Src) and set(school.lines) & set(degree.lines):
        return  # (``PGCE …, University of X, 2018 – 2019`` / ``Qualified Teacher Status (QTS), July 2019``)
    value["institution"] = previous[0]["institution"]
    if "location" in previous[0] and "location" not in value:
        value["location"] = previous[0]["location"]


def _score(label: str) -> bool:
    low = label.lower()  # ``Cumulative GPA``, ``Overall grade``: the last words name the score
    return low in vocab.words("score_labels") or (low.split() or [""])[-1] in vocab.words("score_labels")


def _courses(label: str) -> bool:
    return label.lower() in vocab.words("course_labels")


def _labelled(label: str, value: str, it: Item, out: dict, notes: list[Src]) -> None:
    value = trim(plain(value))
    if _score(label) and "score" not in out:
        m = _NUMBER.match(value) or re.match(r"[^.;,]{1,30}(?=\.\s)", value)
        rest = trim(value[m.end():]).lstrip(". ") if m else ""
        unit = len(rest.split()) == 1 and value[m.end():m.end() + 1] == " " if m else False  # ``18 valores``
        phrase = bool(m) and value[m.end():m.end() + 1] == " " and rest[:1].islower()  # ``10 at grades 9–6``
        if m and rest and rest[0] not in "(" and not unit and not phrase:
            out["score"] = src(trim(m.group(0)), it)
            rest = rest.lstrip("，,;； ")
            lv = label_value(rest)
            if lv:
                _labelled(lv[0], lv[1], it, out, notes)
            else:
                notes.append(src(rest, it))
        else:
            out["score"] = src(value, it)
    elif label.lower() in vocab.words("area_labels") and "area" not in out:  # ``kierunek: Informatyka``
        out["area"] = src(clean_value(value), it)
    elif _courses(label):
        value = value.rstrip(".")
        out.setdefault("courses", []).extend(src(trim(c), it) for c in split_top(value, ",;") if trim(c))
    elif label.lower() in vocab.words("institution_labels") and "institution" not in out:
        out["institution"] = src(clean_value(value), it)
    else:
        notes.append(src(f"{plain(label)}: {value}".strip(), it))


def _line(it: Item, out: dict, notes: list[Src]) -> None:
    md = undated(it).strip()
    url = link_only(md)
    if url:
        out.setdefault("url", src(url, it))
        return
    text = trim(plain(md))
    if not text:
        return
    fields = labelled_fields(md)
    if fields and (len(fields) > 1 or fields[0][0]):  # ``City: Lisbon | Country: Portugal | Final grade: 17/20``
        for label, value in file_fields(fields, it, out):
            _labelled(label, value, it, out, notes)
        return
    pairs = bold_labels(md)
    if len(pairs) >= 2 or (pairs and pairs[0][0] != ""):
        for label, value in pairs:
            if label:
                _labelled(label, value, it, out, notes)
            elif plain(value).strip():
                _free(value, it, out, notes)
        return
    lv = label_value(text)
    if lv and lv[0].lower() in vocab.words("school_exams") and "studyType" not in out:
        out["studyType"], out["score"] = src(lv[0], it), src(lv[1], it)  # ``GCSEs: 10 at grades 9–6 …``
        return
    if lv and not is_degree(lv[0]) and not is_school(lv[0]):
        parts = split_top(text, ",;")
        labelled = [label_value(p) for p in parts]
        if len(parts) > 1 and all(labelled) and not _courses(lv[0]):
            for p in labelled:
                _labelled(p[0], p[1], it, out, notes)  # type: ignore[index]
        else:
            _labelled(lv[0], lv[1], it, out, notes)
        return
    _free(md, it, out, notes)


def _short_form(text: str) -> bool:
    """``MBA``, ``BTech``, ``MBA, Finance``: a degree's short name alone in one word, a field possibly after it."""
    short = split_top(text, ",")[0].strip()
    return " " not in short and short[:1].isupper() and is_degree(short)


def _free(md: str, it: Item, out: dict, notes: list[Src]) -> None:
    lead = lead_emphasis(md.strip())
    if lead and "location" not in out and city_like(trim(plain(lead[1]))):  # ``**School** Dublin``
        out["location"] = src(trim(plain(lead[1])), it)
        md = lead[0]
    text = trim(plain(md))
    m = _SCORE.search(text)
    if m and "score" not in out:
        out["score"] = src(m.group("v").strip(), it)
        text = trim((text[:m.start()] + " " + text[m.end():]).strip())
    if not text:
        return
    if "location" not in out and (place_parts(clean_value(text)) or (it.italic and city_like(text))):
        out["location"] = src(clean_value(text), it)  # (a lone place set in italic under the school)
        return
    columns = [trim(p) for p in _COLUMN_SEP.split(text) if trim(p)]
    if len(columns) == 2 and " - " in text and is_degree(columns[0]) and _short_form(columns[1]):
        columns = [text]  # ``Master of Business Administration - MBA, Finance`` (LinkedIn): a degree, its short name
    if len(columns) > 1:
        _columns(columns, it, out, notes)
        return
    if is_degree(text) and "studyType" not in out and not _school_name(text):
        at = re.search(r"\s+(?:at|@)\s+(?=[A-Z])", text)
        if at and is_school(text[at.end():]):
            _school(text[at.end():], it, out, notes)
            text = text[:at.start()]
        parts = split_top(text, ",;|")
        if len(parts) > 1 and "institution" not in out:
            schools = [k for k, p in enumerate(parts) if is_school(p) and (not is_degree(p) or _school_name(p))]
            if schools:
                k = schools[0]
                school = parts[k:]
                remarks = []  # (``…, Atlanta, GA, 36 semester hours``: what follows the school's place is a note)
                while len(school) > 1 and not (city_like(school[-1]) or place_parts(school[-1])
                                               or is_school(school[-1])):
                    remarks.insert(0, school.pop())
                _school(", ".join(school), it, out, notes)
                degree = [r for r in remarks if is_degree(r)][:1]  # (``School, специальность «X», бакалавр``)
                for r in remarks:
                    label, _, field = r.partition(" ")
                    if r in degree:
                        continue
                    if label.lower() in vocab.words("area_labels") and field and "area" not in out:
                        out["area"] = src(clean_value(field.strip("«»\"“” ")), it)
                    else:
                        notes.append(src(clean_value(r), it))
                text = ", ".join(parts[:k] + degree)
        study, area, extra = parse_degree(text)
        if study:
            out["studyType"] = src(study, it)
        if area:
            out["area"] = src(area, it)
        for n in extra:
            lv = label_value(n)
            if _GRADE.fullmatch(n) and "score" not in out:
                out["score"] = src(n, it)  # (``Licenciatura em Economia, 16 valores``)
            elif lv and lv[0].lower() in vocab.words("area_labels") and "area" not in out:
                out["area"] = src(clean_value(lv[1]), it)  # (``Licencjat, kierunek: Finanse``)
            else:
                notes.append(src(n, it))
        return
    if "institution" not in out and not text.endswith("."):
        _school(text, it, out, notes)
        return
    unit, comma, field = text.partition(", ")
    if comma and "area" not in out and unit.split()[0].lower() in vocab.words("faculty_words") and "," not in field:
        notes.append(src(unit, it))  # (``Факультет информатики, Программная инженерия``: the faculty, then the field)
        out["area"] = src(clean_value(field), it)
        return
    if "area" not in out and _JA_FIELD.match(text):
        out["area"] = src(text, it)
        return
    notes.append(src(text, it))


def _school_name(text: str) -> bool:
    """``Citadel Hill High School``, ``Lycée Ampère``: a school whose name holds a degree's words.

    Why: ``high school``, ``lycée`` and ``Gymnasium`` name a level as well as a
    school; a name around them with no other degree word is the school's.
    """
    words = text.split()
    if "," in text or len(words) < 2 or not is_school(text):
        return False
    rest = [w for w in words if w.lower() not in vocab.words("institutions")]
    return bool(rest) and not is_degree(" ".join(rest))


def _columns(parts: list[str], it: Item, out: dict, notes: list[Src]) -> None:
    """``School | Field | Degree`` written as columns: each part by what it names."""
    rest = []
    for k, part in enumerate(parts):
        if _EQF.match(part):  # ``EQF level 7`` set flush right of a Europass degree
            notes.append(src(part, it))
        elif is_school(part) and not is_degree(part) and "institution" not in out:
            _school(part, it, out, notes)
        elif "location" not in out and (place_parts(part) or (k == len(parts) - 1 > 0 and city_like(part)
                                                              and "institution" in out)):
            # (a last column of capitalised words, once the school is known: the place set flush right)
            out["location"] = src(clean_value(part), it)
        elif is_degree(part) and "studyType" not in out:
            study, area, extra = parse_degree(part)
            out["studyType"] = src(study, it)
            if area:
                out["area"] = src(area, it)
            for n in extra:  # (``LLB (Hons) Law, University of X — 2:1``: the school named after the degree)
                if is_school(n) and not is_degree(n) and "institution" not in out:
                    _school(n, it, out, notes)
                else:
                    notes.append(src(n, it))
        elif (_GRADE_WORDS.fullmatch(part) or _MARK.fullmatch(part)) and "score" not in out:
            out["score"] = src(part, it)  # (``… | 2016 | 72%``: a column of marks)
        else:
            rest.append(part)
    for part in rest:
        if "area" not in out and "institution" in out:
            out["area"] = src(clean_value(part), it)
        elif "institution" not in out:
            _school(part, it, out, notes)
        else:
            notes.append(src(clean_value(part), it))


def _city_after_school(text: str) -> tuple[str, str] | None:
    """``Peachtree State University Atlanta, GA United States`` → (school, ``Atlanta, GA United States``).

    Why: the USAJOBS résumé builder prints the school, its city, state and
    country with no comma between school and city.
    """
    head, _, tail = text.rpartition(", ")
    words = head.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower() in vocab.words("institutions"):
            town = " ".join(words[k - 1:])  # (``… University College Station, TX``: a town named after a school)
            if k >= 2 and words[k - 2].lower() in vocab.words("institutions") and place_parts(f"{town}, {tail}"):
                return " ".join(words[:k - 1]), f"{town}, {tail}"
            city = " ".join(words[k:])
            if len(words) - k <= 3 and city_like(city) and place_parts(f"{city}, {tail}"):
                return " ".join(words[:k]), f"{city}, {tail}"
            break
    return None


def _school(text: str, it: Item, out: dict, notes: list[Src]) -> None:
    glued = _city_after_school(text) if "location" not in out else None
    if glued:
        text, out["location"] = glued[0], src(glued[1], it)
    head, place, tail = split_place(text, loose=True)
    if place and "area" not in out and not place_parts(tail) and has_word(tail, "generic_fields"):
        out["area"] = src(tail, it)  # (``Cascadia State University, Computer Science``: a field, not a town)
        text = head
    elif place and "location" not in out:
        out["location"] = src(tail, it)
        text = head
    parts = split_top(text, ",")
    schools = [p for p in parts if is_school(p)]
    if len(parts) == 2 and len(schools) == 1:
        other = parts[1] if schools[0] == parts[0] else parts[0]
        out["institution"] = src(clean_value(schools[0]), it)
        notes.append(src(clean_value(other), it))
        return
    out["institution"] = src(clean_value(text), it)
