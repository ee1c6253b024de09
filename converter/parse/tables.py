"""Markdown tables → the lines a résumé would have written instead.

Why: a table row ``| 2021 – present | Senior Developer | Acme, Porto | Did X<br>Did Y |``
is an entry whose columns the header names. The header decides each cell's
part (dates, role, organisation, bullets, grade, category), and the row
becomes a title line, a date line, notes and bullets that the ordinary
entry grouping understands. Tables with unknown headers keep their cells
as ``Header: value`` notes, so nothing is lost.
"""
from __future__ import annotations

import re

_COLUMNS = {
    "date": {"period", "periods", "dates", "date", "years", "year", "when", "time", "zeitraum", "datum", "jahr",
             "période", "periode", "année", "periodo", "período", "fecha", "fechas", "anno", "anni", "时间",
             "日期", "기간", "재학기간", "근무기간", "활동기간", "일자", "날짜", "취득일", "취득일자",
             "수상일", "발급일", "연도"},
    "role": {"role", "position", "title", "degree", "diploma", "qualification", "qualifications", "course",
             "exam", "examination", "standard", "job", "job title", "rolle",
             "position/rolle", "abschluss", "poste", "fonction", "diplôme", "cargo", "puesto", "título", "titolo",
             "ruolo", "grau", "学位", "职位", "직위", "직급", "직책", "학위", "자격증명", "자격명", "수상명", "역할"},
    #: a grants or awards table's title column (a ``Role`` column beside it stays a ``Role: PI`` note)
    "award": {"award", "awards", "grant", "grants", "fellowship", "prize", "honor", "honour", "scholarship",
              "grant title", "award title"},
    "org": {"company", "employer", "organization", "organisation", "school", "university", "institution", "where",
            "institute", "college", "name of institution", "institute / school", "school / college",
            "firma", "unternehmen", "arbeitgeber", "hochschule", "schule", "entreprise", "employeur", "école",
            "établissement", "empresa", "escuela", "universidad", "azienda", "scuola", "università", "instituição",
            "公司", "学校", "单位", "학교명", "학교", "회사명", "회사", "기관", "기관명", "근무처", "발행처",
            "발급기관", "시행기관", "주최", "단체명", "교육기관"},
    "bullets": {"highlights", "achievements", "description", "details", "responsibilities", "tasks", "notes",
                "aufgaben", "tätigkeiten", "erfolge", "tâches", "réalisations", "missions", "tareas", "logros",
                "funzioni", "attività", "描述", "职责", "담당업무", "주요업무", "업무내용", "내용", "활동내용"},
    "score": {"grade", "grades", "gpa", "cgpa", "score", "note", "noten", "nota", "voto", "mention", "marks",
              "percentage", "result", "cgpa / %", "cgpa/%", "% / cgpa", "成绩", "학점", "성적", "평점"},
    #: the field of study (``전공 | Major``): after the school, as a line of its own
    "area": {"major", "field of study", "field", "subject", "전공", "학과", "专业"},
    #: whether a degree was finished (``구분 | 졸업``): the dates say it (see ``_STATUSES``)
    "status": {"구분", "졸업구분", "졸업여부", "상태"},
}
_EMPTY = {"", "-", "—", "–", "n/a", "na", "/"}
#: A status column's words that restate the dates (graduated, enrolled, on leave, completed): layout, dropped.
_STATUSES = {"졸업", "재학", "재학중", "휴학", "휴학중", "수료", "졸업예정", "중퇴"}
_BR = re.compile(r"<br\s*/?>", re.I)


_GAP = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces: one cell (linear, no backtracking)


def aligned_cells(row: str) -> list[tuple[int, str]]:
    """Cells of a plain-text row whose columns are separated by two or more spaces: (start column, text)."""
    return [(m.start(), m.group(0)) for m in _GAP.finditer(row)]


def aligned_header(row: str) -> list[tuple[int, str]] | None:
    """The columns of a plain-text table's header row (``Qualification   Institute   Year   CGPA``), else None.

    Why by the header's words: space-aligned text also sets a date or a
    place flush right; only a row that names two or more kinds of column
    (dates, role, organisation, grade …) and has three cells is a header.
    """
    if row.strip().count("  ") < 2:
        return None
    found = aligned_cells(row)
    if len(found) < 3 or sum(bool(_kind(text)) for _, text in found) < 2:
        return None
    return found


def aligned_row(header: list[tuple[int, str]], row: str) -> list[str]:
    """A row's cells under ``header``'s columns: each cell goes to the column starting nearest to it."""
    out = [""] * len(header)
    for start, text in aligned_cells(row):
        k = min(range(len(header)), key=lambda i: abs(header[i][0] - start))
        out[k] = f"{out[k]} {text}".strip()
    return out


def pipe_header(row: str) -> list[str] | None:
    """The cells of a plain ``a | b | c`` row that heads a table (``기간 | 회사명 | 직위 | 담당업무``), else None.

    Why: a table flattened to text keeps its column bars but loses the
    Markdown rule under the header; the header is known by its words, as for
    a space-aligned table, and holds no date.
    """
    found = [c.strip() for c in row.split("|")]
    if len(found) < 3 or not all(found) or any(ch.isdigit() for ch in row):
        return None
    return found if sum(bool(_kind(c)) for c in found) >= 2 else None


def cells(row: str) -> list[str]:
    """The cells of a ``| a | b |`` row, stripped."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _kind(header: str) -> str:
    low = re.sub(r"[*_`]", "", header).strip().lower()
    for kind, names in _COLUMNS.items():
        if low in names:
            return kind
    return ""


def row_lines(header: list[str], row: list[str]) -> list[tuple[str, bool]]:
    """(text, is_bullet) lines for one data row under ``header``."""
    kinds = [_kind(h) for h in header]
    values = {k: [] for k in _COLUMNS}
    other: list[tuple[str, str]] = []
    for k, cell in enumerate(row):
        if cell.strip().lower() in _EMPTY:
            continue
        kind = kinds[k] if k < len(kinds) else ""
        name = header[k] if k < len(header) else ""
        if kind == "status" and cell.strip() in _STATUSES:
            continue
        if kind and kind != "status":  # (any other status, ``편입``, is a note)
            values[kind].append(cell)
        else:
            other.append((name, cell))
    if values["award"]:  # (``| 2022 | K99 Award | NIH | PI |``: the award is the title, a role is a note)
        other[:0] = [(header[kinds.index("role")], v) for v in values["role"]]
        values["role"] = values["award"]
    if not any(values[k] for k in ("date", "role", "org")):
        if len(row) == 2 and len(other) == 2:
            return [(f"{other[0][1]}: {other[1][1]}", False)]
        parts = [c for _, c in other] + [c for k in _COLUMNS for c in values[k]]
        return [(" | ".join(parts), False)]
    out: list[tuple[str, bool]] = []
    role, org = " ".join(values["role"]), ", ".join(values["org"])
    title = f"{role} at {org}" if role and org else role or org
    if title:
        out.append((title, False))
    out.extend((a, False) for a in values["area"])
    out.extend((d, False) for d in values["date"])
    label = header[kinds.index("score")].split("/")[0].strip() if values["score"] else ""
    out.extend((f"{label}: {v}", False) for v in values["score"])  # ``CGPA / %`` → ``CGPA: 8.42/10``
    out.extend((f"{name}: {cell}" if name else cell, False) for name, cell in other)
    for cell in values["bullets"]:
        out.extend((b.strip(), True) for b in _BR.split(cell) if b.strip())
    return out
