"""The place, date and name a CV closes with, under its declaration: layout, not content.

Why its own step: Indian and South-Asian CVs end with ``I hereby declare …``
then ``Place: Pune`` / ``Date:`` / ``(RAHUL DESHPANDE)`` where the candidate
signs; European ones with ``München, 1. Oktober 2024``; Korean ones with the
form's printed formula ``위 기재 사항은 사실과 틀림이 없습니다.``, the date and
``지원자: 김민준 (인)`` (인: where the seal goes). The declaration sentence a
candidate writes is kept (MAPPING §5); the blanks left for signing, and a
formula every form prints, say nothing.
"""
from __future__ import annotations

import re
import unicodedata

from .dates import is_date_only
from .items import Item

#: ``Place:``, ``Date: 12/05/2024``, ``Lugar y fecha:``, ``Signature``: a line left for signing, filled in or not.
_BLANK = re.compile(r"^(?:place|date|signature|signed|sign|lugar|fecha|firma|lugar y fecha|ort|datum|unterschrift"
                    r"|lieu|fait à|local|data|assinatura|작성일|작성일자|날짜|일자|서명|작성자|지원자|신청인|성명"
                    r"|التاريخ|التوقيع)\s*(?:[:：]\s*(?P<value>.*))?$", re.I)
#: ``김민준 (인)``: the mark where a Korean (or Japanese) signer sets the seal, or signs.
_SEAL = re.compile(r"\s*[(（](?:인|印|서명)[)）]$")
#: ``위 기재 사항은 사실과 틀림이 없습니다.``: the formula a Korean form prints above the date and signature.
_FORMULA = re.compile(r"^(?:위|상기)(?:의)?\s.{0,30}사실.{0,20}(?:없습니다|없음|확인합니다)\.?$")
#: The name without a bracketed other writing of it (``김민준 (金旼俊, Kim Min-jun)`` signs as ``김민준``).
_OTHER_WRITING = re.compile(r"\s*[(（][^()（）]*[)）]")
_MAX_VALUE_WORDS = 4


def _folded(text: str) -> str:
    """Case, accents and spacing aside (``(RAHUL DESHPANDE)`` signs for ``Rahul Deshpande``)."""
    return " ".join("".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
                    .casefold().split())


def _signed_part(part: str, name: str) -> bool:
    """One column of a closing line: a blank for place or date (filled in or not), or the signer's name."""
    bare = _SEAL.sub("", part.strip()).strip("()[]").strip()
    if not bare:
        return True
    if _folded(name) and _folded(bare) in (_folded(name), _folded(_OTHER_WRITING.sub("", name))):
        return True
    m = _BLANK.match(bare)
    if not m:
        return False
    value = _SEAL.sub("", (m.group("value") or "").strip()).strip("()[]").strip()
    return not value or (len(value.split()) <= _MAX_VALUE_WORDS
                         and (is_date_only(value) or not any(c in value for c in ".!?")))


def strip_signature(items: list[Item], name: str) -> tuple[list[Item], list[Item]]:
    """(items kept, closing lines dropped): the run of signing lines at the end of the last section."""
    k = len(items)
    while k > 0 and not items[k - 1].bullet and (all(_signed_part(p, name) for p in items[k - 1].text.split(" | "))
                                                 or (k < len(items) and is_date_only(items[k - 1].text))):
        k -= 1  # (a date alone belongs to the signature below it)
    if k > 0 and _FORMULA.match(items[k - 1].text):
        k -= 1
    if k == len(items) or k == 0:
        return items, []
    return items[:k], items[k:]
