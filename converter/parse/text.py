"""Small text helpers shared by the section assigners: splitting and joining values.

Why shared: "split at commas outside brackets", "join notes with ``; ``",
"paragraphs from lines" are needed by several sections; one definition keeps
their behaviour identical everywhere.
"""
from __future__ import annotations

import re
from functools import cache

from .clean import plain
from .items import Item
from .provenance import Src, src

#: Full-width punctuation (Chinese, Japanese) read as its ASCII twin when splitting.
_WIDE = {"，": ",", "；": ";", "、": ",", "（": "(", "）": ")", "｜": "|", "،": ",", "؛": ";"}  # (Chinese, Arabic)
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：]{0,40}?)\s*(?::\s+|：\s*)(?P<value>\S.*)$")
#: A line this long that does not end a sentence was wrapped by the writer's editor.
_WRAP = 75
_BOLD_LABEL = re.compile(r"\*\*([^*]{1,60}?)\s*(?:[:：]\s*\*\*|\*\*\s*[:：])")


_WIDE_TABLE = str.maketrans(_WIDE)


@cache
def _splitter(seps: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(seps)}]" if seps else "(?!)")


def split_top(text: str, seps: str = ",;") -> list[str]:
    """Parts of ``text`` split at ``seps`` that are not inside brackets or quotes."""
    text = text.translate(_WIDE_TABLE)
    if not any(c in text for c in '([{“"'):  # (no bracket, no quote: every separator splits; speed)
        return [p.strip() for p in _splitter(seps).split(text) if p.strip()]
    parts, depth, cur = [], 0, []
    quote = False
    for ch in text:
        if ch == '"':
            quote = not quote
        elif ch in "([{“":
            depth += 1
        elif ch in ")]}”" and depth:
            depth -= 1
        if ch in seps and depth == 0 and not quote:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def label_value(text: str, max_label_words: int = 4) -> tuple[str, str] | None:
    """``Label: value`` → (label, value) when the label is short; else None."""
    m = _LABEL.match(text) if ":" in text or "：" in text else None  # (no colon, no label: most lines; speed)
    if not m:
        return None
    label = m.group("label").strip()
    if len(label.split()) > max_label_words or "http" in label.lower():
        return None
    return label, m.group("value").strip()


def bold_labels(md: str) -> list[tuple[str, str]]:
    """``**A:** x **B:** y`` → [(A, x), (B, y)] (text before the first label has label '')."""
    marks = list(_BOLD_LABEL.finditer(md))
    if not marks:
        return []
    out = []
    if md[:marks[0].start()].strip():
        out.append(("", md[:marks[0].start()].strip()))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(md)
        out.append((m.group(1).strip(), md[m.end():end].strip()))
    return out


def join_notes(notes: list[Src]) -> Src | None:
    """Several one-line notes as one value, joined with ``; `` (gold notes' convention)."""
    notes = [n for n in notes if n and n.strip()]
    if not notes:
        return None
    return src("; ".join(n.strip() for n in notes), *notes)


def paragraphs(items: list[Item]) -> list[Src]:
    """Paragraphs: consecutive lines joined by a space, a blank line or a bullet starts a new one."""
    out: list[list[Item]] = []
    for it in items:
        prev = out[-1][-1] if out else None
        wrapped = prev is not None and (it.text[:1].islower() or (
            len(prev.text) >= _WRAP and not prev.text.endswith((".", "!", "?", ":")))
            or (len(prev.text) >= _WRAP and len(out[-1]) >= 2 and not prev.text.endswith(":")))
        # (a long line inside a paragraph already wrapped over lines runs on even after a full stop)
        # (a line indented under a bullet is its wrapped end)
        under = prev is not None and prev.bullet and not it.bullet and not it.blank_before and it.depth > prev.depth
        if not under and (prev is None or it.blank_before or it.bullet or prev.bullet or not wrapped
                          or (_dated(prev) and _dated(it))):
            out.append([it])
        else:
            out[-1].append(it)
    return [src(plain(" ".join(i.md for i in group)), group) for group in out]


def _dated(it: Item) -> bool:
    """The line ends with its date (``Encontro Nacional, Coimbra | 18/10/2022``): one dated item, not a wrapped line."""
    return bool(it.spans) and it.spans[-1].stop >= len(it.text.rstrip(" .)")) - 1
