"""The place, date and name a CV closes with, under its declaration: layout, not content.

Why its own step: Indian and South-Asian CVs end with ``I hereby declare …``
then ``Place: Pune`` / ``Date:`` / ``(RAHUL DESHPANDE)`` where the candidate
signs; European ones with ``München, 1. Oktober 2024``. The declaration
sentence is kept (MAPPING §5); the blanks left for signing say nothing.
"""
from __future__ import annotations

import re
import unicodedata

from .dates import is_date_only
from .items import Item

#: ``Place:``, ``Date: 12/05/2024``, ``Lugar y fecha:``, ``Signature``: a line left for signing, filled in or not.
_BLANK = re.compile(r"^(?:place|date|signature|signed|sign|lugar|fecha|firma|lugar y fecha|ort|datum|unterschrift"
                    r"|lieu|fait à|local|data|assinatura)\s*(?:[:：]\s*(?P<value>.*))?$", re.I)
_MAX_VALUE_WORDS = 4


def _folded(text: str) -> str:
    """Case, accents and spacing aside (``(RAHUL DESHPANDE)`` signs for ``Rahul Deshpande``)."""
    return " ".join("".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
                    .casefold().split())


def _signed_part(part: str, name: str) -> bool:
    """One column of a closing line: a blank for place or date (filled in or not), or the signer's name."""
    bare = part.strip().strip("()[]").strip()
    if not bare:
        return True
    if _folded(name) and _folded(bare) == _folded(name):
        return True
    m = _BLANK.match(bare)
    if not m:
        return False
    value = (m.group("value") or "").strip().strip("()[]").strip()
    return not value or (len(value.split()) <= _MAX_VALUE_WORDS
                         and (is_date_only(value) or not any(c in value for c in ".!?")))


def strip_signature(items: list[Item], name: str) -> tuple[list[Item], list[Item]]:
    """(items kept, closing lines dropped): the run of signing lines at the end of the last section."""
    k = len(items)
    while k > 0 and not items[k - 1].bullet and all(_signed_part(p, name) for p in items[k - 1].text.split(" | ")):
        k -= 1
    if k == len(items) or k == 0:
        return items, []
    return items[:k], items[k:]
