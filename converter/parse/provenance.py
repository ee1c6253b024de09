"""Values that remember the source lines they came from (issue 3, point 5).

Why a ``str`` subclass: assigners build the résumé from ordinary strings;
wrapping a value as ``Src(text, lines)`` at the moment it is chosen is all
it takes to carry its origin. ``finalize`` then walks the finished tree once,
writes plain JSON values and the pointer → lines map side by side, and drops
empty values so pointers match the canonical document.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..canonical import is_empty


class Src(str):
    """A string value and the source line numbers it was taken from."""

    lines: tuple[int, ...]

    def __new__(cls, text: str, lines: Iterable[int] = ()) -> Src:
        obj = super().__new__(cls, text)
        obj.lines = tuple(sorted(set(lines)))
        return obj


def src(text: str, *sources: Any) -> Src:
    """``text`` tagged with the lines of every source given (Src values, items, or line numbers)."""
    lines: set[int] = set()
    for s in sources:
        if isinstance(s, int):
            lines.add(s)
        elif isinstance(s, Src):
            lines.update(s.lines)
        elif hasattr(s, "nums"):
            lines.update(s.nums)
        elif isinstance(s, Iterable) and not isinstance(s, str):
            for x in s:
                lines.update(src("", x).lines)
    return Src(text, lines)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def finalize(tree: Any, pointer: str = "", prov: dict[str, list[int]] | None = None) -> tuple[Any, dict]:
    """(plain JSON value without empties, JSON pointer → source lines)."""
    prov = {} if prov is None else prov
    if isinstance(tree, dict):
        out: dict[str, Any] = {}
        for key, value in tree.items():
            value, _ = finalize(value, f"{pointer}/{_escape(key)}", prov)
            if not is_empty(value):
                out[key] = value
        return out, prov
    if isinstance(tree, list):
        items: list[Any] = []
        for value in tree:
            # the index a kept value will have, so pointers match the final list
            value, _ = finalize(value, f"{pointer}/{len(items)}", prov)
            if not is_empty(value):
                items.append(value)
            else:
                for key in [k for k in prov if k == f"{pointer}/{len(items)}"
                            or k.startswith(f"{pointer}/{len(items)}/")]:
                    del prov[key]
        return items, prov
    if isinstance(tree, Src):
        text = str(tree)
        if text.strip() and tree.lines:
            prov[pointer] = list(tree.lines)
        return text, prov
    return tree, prov
