"""Meaning-preserving rewrites of résumé text that move dates and entry parts around (metamorphic tests).

Each perturbation is a pure ``text -> text`` function; a résumé and its rewrite say the same thing, so they must
parse to the same JSON Resume document. What each family keeps:

* month formats (``Jan 2020`` ↔ ``January 2020`` ↔ ``Jan. 2020`` ↔ ``01/2020`` ↔ ``1/2020`` ↔ ``2020-01``): the
  month and year, so every date field keeps its value and precision;
* range separators (`` – `` ↔ `` - `` ↔ ``—`` ↔ ``–`` ↔ `` to `` ↔ `` until ``) and the open-end words (``Present``
  ↔ ``present`` ↔ ``Current`` ↔ ``Now`` ↔ ``Today`` ↔ ``ongoing``): the start, the end, and that an open range
  has no end;
* date placement (flush right ↔ own line under the title ↔ ``(…)`` after the title ↔ ``… | `` before it): which
  entry the dates belong to;
* role/organisation order and joiners (``Role, Org`` ↔ ``Role at Org`` ↔ ``Org — Role`` ↔ ``Role | Org`` ↔ two
  lines, bold or italic): which words are the role and which the employer;
* location placement (``Org, City`` ↔ ``Org (City)`` ↔ ``Org · City`` ↔ city flush right): the entry's place.

The first two families rewrite values the gold may quote in free text (a summary that says ``since Jan 2020``):
``gold_text`` applies them to the gold's non-date strings too. The last two need to know which words are the role,
the employer and the place; they are told by ``entry_parts`` (read from the gold) and leave the gold unchanged.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBR = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"Sept": 9}
FULL = {m: i for i, m in enumerate(MONTHS, 1)}
_MONTH = "|".join(sorted([*FULL, *ABBR], key=len, reverse=True))
YEAR = r"(?:19|20)\d\d"
MONTH_YEAR = re.compile(rf"(?<![\w/-])(?<!\d\s)(?P<m>{_MONTH})(?P<dot>\.)?\s(?P<y>{YEAR})(?![\w/-])")
DATE = rf"(?:(?:{_MONTH})\.?\s{YEAR}|\d{{1,2}}/{YEAR}|{YEAR}-\d\d|{YEAR})"
PRESENT = r"(?:Present|present|PRESENT|Current|current|Now|now|Today|today|ongoing|Ongoing)"
SEPARATOR = r"(?:\s*[–—-]{1,2}\s*|\s+to\s+|\s+until\s+)"
RANGE = re.compile(rf"(?<![\w/.-])(?P<a>{DATE})(?P<sep>{SEPARATOR})(?P<b>{DATE}|{PRESENT})(?![\w/-])")
SPAN = rf"(?:{DATE}(?:{SEPARATOR}(?:{DATE}|{PRESENT}))?)"
BULLET = re.compile(r"^\s*(?:[-*•·]|\d+\.)\s")

Perturbation = Callable[[str], str]


# ---- (a) month formats -------------------------------------------------------------------------------------------
def month_format(style: str) -> Perturbation:
    """Write every English ``Month YYYY`` in one style: abbr, full, dot, mm, m, iso (same month, same precision).

    A day before the month (``27 Dec 2021``) makes a full date, left as it is."""
    def write(match: re.Match) -> str:
        name, year = match["m"], match["y"]
        month = FULL.get(name) or ABBR[name]
        return {"abbr": f"{MONTHS[month - 1][:3]} {year}",
                "full": f"{MONTHS[month - 1]} {year}",
                "dot": f"{MONTHS[month - 1][:3]}{'' if month == 5 else '.'} {year}",
                "mm": f"{month:02d}/{year}",
                "m": f"{month}/{year}",
                "iso": f"{year}-{month:02d}"}[style]
    return lambda text: MONTH_YEAR.sub(write, text)


# ---- (b) range separators and open ends --------------------------------------------------------------------------
def range_separator(sep: str) -> Perturbation:
    """Join every date range with ``sep`` (the start and end stay as written)."""
    return lambda text: RANGE.sub(lambda m: f"{m['a']}{sep}{m['b']}", text)


def present_word(word: str) -> Perturbation:
    """Write the open end of every range as ``word`` (a range open to date has no end, whatever the word)."""
    def write(match: re.Match) -> str:
        end = word if re.fullmatch(PRESENT, match["b"]) else match["b"]
        return f"{match['a']}{match['sep']}{end}"
    return lambda text: RANGE.sub(write, text)


# ---- (c) date placement ------------------------------------------------------------------------------------------
_LEAD = r"(?P<lead>\s*(?:#{1,6}\s+)?)"
DATES_AFTER = re.compile(rf"^{_LEAD}(?P<body>[^\s|].*?[^\s,|—–·(-])(?:\s{{2,}}|\s+[|—–·-]\s+|,\s+)"
                         rf"\(?(?P<span>{SPAN})\)?(?P<tail>\s*)$")
DATES_BEFORE = re.compile(rf"^{_LEAD}(?P<span>{SPAN})(?:\s{{2,}}|\s*\|\s*)(?P<body>[^\s|].*?)(?P<tail>\s*)$")


def _entry_line(line: str) -> re.Match | None:
    """A title line with a period at one end (not a bullet, not a table row; a lone date may be a detail such as
    ``Issued Mar 2019``, which is no title)."""
    if BULLET.match(line) or line.lstrip().startswith("|"):
        return None
    match = DATES_AFTER.match(line) or DATES_BEFORE.match(line)
    if not match:
        return None
    body = match["body"]
    # a title with words of its own: not the rest of a date, a label (Volunteer experience: …), a second entry
    # with its own dates, or a line of two columns (which a move would shuffle between the columns)
    words = re.sub(rf"{DATE}|{_MONTH}", "", body)
    if not re.search(r"[^\W\d_]", words) or ":" in body or re.search(r"\s{3,}", body) or RANGE.search(body):
        return None
    if not RANGE.search(match["span"]):
        return None
    return match


def date_placement(style: str) -> Perturbation:
    """Put an entry's dates flush right (right), on their own line under the title (below), in brackets after
    the title (brackets) or before it (before); the dates stay with the same title line."""
    def place(line: str) -> str:
        match = _entry_line(line)
        if not match:
            return line
        lead, body, span, tail = match["lead"], match["body"], match["span"], match["tail"]
        return {"right": f"{lead}{body}        {span}{tail}",
                "below": f"{lead}{body}{tail}\n{span}{tail}",
                "brackets": f"{lead}{body} ({span}){tail}",
                "before": f"{lead}{span} | {body}{tail}"}[style]
    return lambda text: "\n".join(place(line) for line in text.split("\n"))


# ---- (d) role / organisation, (e) location -----------------------------------------------------------------------
_MARK = r"[*_]{0,2}"
_JOIN = r"(?:,\s+|\s+at\s+|\s+[—–-]\s+|\s+\|\s+|\s+·\s+|\s+@\s+)"


def _pair(first: str, second: str) -> re.Pattern:
    """``first`` and ``second`` joined by one of the usual joiners, each maybe in bold or italic."""
    return re.compile(rf"{_MARK}{re.escape(first)}{_MARK}{_JOIN}{_MARK}{re.escape(second)}{_MARK}(?![\w*_])")


def _table_row(line: str) -> bool:
    """A Markdown table row, or a flattened table's (``2021.03 ~ 재직중 | 회사 | 직위 | 업무``): its cells are
    columns named by a header row, which a rewrite of one cell would shift."""
    return line.lstrip().startswith("|") or line.count(" | ") >= 3


ROLE_FORMS = {
    "comma": "{role}, {org}",
    "at": "{role} at {org}",
    "org-dash-role": "{org} — {role}",
    "pipe": "{role} | {org}",
    "bold-role": "**{role}**, {org}",
    "italic-org": "{role}, *{org}*",
    "bold-org-role": "**{org}**, {role}",
}


def role_order(form: str, parts: Iterable[tuple[str, str, str]]) -> Perturbation:
    """Rewrite each ``role``/``org`` pair (either order, any joiner) in ``form``: a ``ROLE_FORMS`` key, or
    ``org-line`` / ``role-line`` for two lines (the line with the rest of the entry first, its partner under it).
    Table rows are left alone; bullets keep their one-line form, where a second line would change what the bullet
    holds."""
    parts = list(parts)

    def rewrite(line: str) -> str:
        for role, org, place in parts:
            for pattern in (_pair(role, org), _pair(org, role)):
                found = list(pattern.finditer(line))
                if len(found) != 1:
                    continue
                m = found[0]
                if _table_row(line):
                    return line
                if form in ROLE_FORMS:
                    return line[:m.start()] + ROLE_FORMS[form].format(role=role, org=org) + line[m.end():]
                if BULLET.match(line) or ";" in line:
                    return line
                rest = line[m.end():]
                after = re.match(rf"(?:,\s+|\s+[—–·|-]\s+){re.escape(place)}(?!\w)", rest) if place else None
                if after:  # (the place written after the employer stays with it: ``Org, City`` on its line)
                    org, rest = org + after.group(), rest[after.end():]
                top, under = (org, role) if form == "org-line" else (role, org)
                return f"{line[:m.start()]}{top}{rest}\n{under}"
        return line
    return lambda text: "\n".join(rewrite(line) for line in text.split("\n"))


LOCATION_FORMS = {"comma": "{org}, {place}", "brackets": "{org} ({place})", "dot": "{org} · {place}"}


def location_placement(form: str, parts: Iterable[tuple[str, str, str]]) -> Perturbation:
    """Rewrite each ``org`` + ``place`` pair (``Org, City``, ``Org — City``, ``Org (City)`` …) in ``form``: a
    ``LOCATION_FORMS`` key, or ``right`` for the place flush right at the end of the organisation's line."""
    parts = [(o, p) for _, o, p in parts if p]

    def rewrite(line: str) -> str:
        if _table_row(line):
            return line
        for org, place in parts:
            pattern = re.compile(rf"{_MARK}{re.escape(org)}{_MARK}(?:,\s+|\s+[—–-]\s+|\s+·\s+|\s+\|\s+|\s+\()"
                                 rf"{re.escape(place)}\)?(?![\w])")
            found = list(pattern.finditer(line))
            if len(found) != 1:
                continue
            m = found[0]
            if form == "brackets" and "(" in place:  # (``Imola (BO)`` in brackets would nest them)
                return line
            if form == "right":
                return f"{line[:m.start()]}{org}{line[m.end():].rstrip()}        {place}"
            return line[:m.start()] + LOCATION_FORMS[form].format(org=org, place=place) + line[m.end():]
        return line
    return lambda text: "\n".join(rewrite(line) for line in text.split("\n"))


def entry_parts(gold: dict) -> list[tuple[str, str, str]]:
    """``(role, organisation, place)`` of every gold work and volunteer entry that names both role and employer."""
    parts = []
    for section, org_key in (("work", "name"), ("volunteer", "organization")):
        for entry in gold.get(section, []):
            if entry.get("position") and entry.get(org_key):
                parts.append((entry["position"], entry[org_key], entry.get("location", "")))
    return parts


DATE_FIELDS = {"startDate", "endDate", "date", "releaseDate"}


def gold_text(gold, perturb: Perturbation):
    """The gold with ``perturb`` applied to its free-text strings (dates fields keep their ISO values)."""
    if isinstance(gold, dict):
        return {k: v if k in DATE_FIELDS else gold_text(v, perturb) for k, v in gold.items()}
    if isinstance(gold, list):
        return [gold_text(v, perturb) for v in gold]
    return perturb(gold) if isinstance(gold, str) else gold


TEXT_PERTURBATIONS: dict[str, Perturbation] = {
    **{f"month-{s}": month_format(s) for s in ("abbr", "full", "dot", "mm", "m", "iso")},
    **{f"sep-{n}": range_separator(s) for n, s in (("en-spaced", " – "), ("hyphen-spaced", " - "), ("em", "—"),
                                                   ("to", " to "), ("en-tight", "–"), ("until", " until "))},
    **{f"present-{w}": present_word(w) for w in ("Present", "present", "Current", "Now", "Today", "ongoing")},
}
PLACEMENTS: dict[str, Perturbation] = {f"dates-{s}": date_placement(s)
                                       for s in ("right", "below", "brackets", "before")}
ROLE_PERTURBATIONS = [*ROLE_FORMS, "org-line", "role-line"]
LOCATION_PERTURBATIONS = [*LOCATION_FORMS, "right"]
