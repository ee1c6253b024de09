"""Dates as a theme asks for them: ``2021-09`` → ``Sep 2021``, ``2021-09-14`` → ``Sep 14, 2021``.

Why here and not in each writer: the PDF and the DOCX of the same theme must
show the same date text, and the open-end word (``Present``, ``heute``,
``至今``) is a theme value.

Why the day tokens: a date is shown at the precision the résumé gives it. A
theme's format names the day (``MMM D, YYYY``) and the day, with the
separators around it, drops out for a date that has none; so a certificate
dated ``2024-03-15`` reads ``Mar 15, 2024`` and ``2024-03`` reads ``Mar 2024``.
Printing the day a résumé states keeps Vita's own PDF and DOCX faithful to
the JSON they came from (they read back to the same date).
"""
from __future__ import annotations

import re

from ..types import Theme

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_TOKEN = re.compile(r"YYYY|MMMM|MMM|MM|DD|D")
_DAY = re.compile(r"[^\w]*DD?[^\w]*")


def format_date(iso: str, fmt: str) -> str:
    """One ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) in the theme format.

    Tokens the date lacks are dropped with the separators around them, so a
    year-only date stays ``2019`` whatever the format. ``DD`` is the day as
    two digits, ``D`` without a leading zero.
    """
    parts = iso.split("-")
    year = parts[0]
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else 0
    day = parts[2] if len(parts) > 2 and parts[2].isdigit() else ""
    if not month:
        return year
    values = {"YYYY": year, "MMMM": MONTHS[month - 1], "MMM": MONTHS[month - 1][:3],
              "MM": f"{month:02d}", "DD": day.zfill(2), "D": day.lstrip("0")}
    if not day:
        fmt = _DAY.sub(lambda m: " " if m.start() and m.end() < len(fmt) else "", fmt).strip()
    return _TOKEN.sub(lambda m: values[m.group(0)], fmt)


def format_range(start: str | None, end: str | None, theme: Theme, *, open_ended: bool = True) -> str:
    """``start – end`` per theme; a missing end means "to date" where ``open_ended``."""
    dates = theme["dates"]
    fmt = dates["format"]
    if start and end and start == end:
        return format_date(start, fmt)
    if start and end:
        return f"{format_date(start, fmt)}{dates['separator']}{format_date(end, fmt)}"
    if start:
        return f"{format_date(start, fmt)}{dates['separator']}{dates['present']}" if open_ended \
            else format_date(start, fmt)
    return format_date(end, fmt) if end else ""
