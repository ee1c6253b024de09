"""Right-to-left text (Arabic, Hebrew …): the order its characters are drawn in.

Why here, shared by the PDF writer and the PDF reader: a PDF holds no
logical text, only glyphs placed left to right. The writer must draw an
Arabic line in *visual* order (the Unicode bidirectional algorithm, UAX #9,
applied to each wrapped line), and the reader must undo exactly that. Both
need the permutation, not just the reordered string, because each character
carries its font, weight and link; python-bidi's fast ``get_display`` gives
only the string, so its reference implementation (``bidi.algorithm``, the
same rules in pure Python, kept in the package) is run step by step here and
the permutation read off. Only text that holds a right-to-left character
pays for it.
"""
from __future__ import annotations

import re

from bidi import algorithm

#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements, and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Isolate controls (LRI, RLI, FSI, PDI), which python-bidi's reference code cannot resolve.
_ISOLATES = frozenset({"LRI", "RLI", "FSI", "PDI"})
#: Paired brackets (UAX #9 BD16), opening → closing.
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = frozenset(_BRACKETS.values())
#: `` ,`` before a left-to-right word, seen right to left: the comma after the word on its right.
_STOP_BEFORE_WORD = re.compile("[ ]+[,;:.!?\u060c\u061b](?=[([{]?[^\\W\\d_])")
_SPACE_STOP = re.compile("[ ][,;:.!?\u060c\u061b]")
#: Strong direction of a resolved type for rule N0 (numbers count as right-to-left).
_DIRECTION = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (the fast path's test)."""
    return _RTL.search(text) is not None


def base_level(text: str) -> int:
    """1 when the first strong letter of ``text`` is right-to-left (UAX #9 P2, P3), else 0."""
    return algorithm.get_base_level(text)


def visual_order(text: str, level: int | None = None, brackets: bool = True,
                 strong: frozenset[int] = frozenset()) -> tuple[str, list[int]]:
    """``text`` as displayed on one line, and for each displayed character its index in ``text``.

    ``level`` is the paragraph's base level (0 left-to-right, 1 right-to-left);
    None takes it from the text. Brackets in right-to-left runs come out
    mirrored, as they are drawn. ``brackets=False`` leaves out rule N0 (see
    :func:`logical_order`); characters at the indices in ``strong`` count
    as right-to-left letters.
    """
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level(text) if level is None else level
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    algorithm.get_embedding_levels(text, storage)
    for ch in storage["chars"]:
        if not ch["type"]:  # an unassigned code point has no bidi class: UAX #9 gives RTL blocks R, others L
            ch["type"] = "R" if _RTL.match(ch["ch"]) else "L"
        elif ch["type"] in _ISOLATES:  # the reference code predates isolates (UAX #9 6.3): neutral here
            ch["type"] = "ON"
    for n in strong:
        storage["chars"][n]["type"] = "R"
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    if brackets:
        _pair_brackets(storage["chars"], storage["base_level"])
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    index = {id(ch): n for n, ch in enumerate(storage["chars"])}
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars = storage["chars"]
    return "".join(ch["ch"] for ch in chars), [index[id(ch)] for ch in chars]


def logical_order(shown: str, level: int) -> tuple[str, list[int]]:
    """The text that displays as ``shown``, and for each of its characters its index in ``shown``.

    The algorithm undoes itself for most lines (runs reversed back), but two
    texts can display alike: ``معتمد (CBAP), IIBA`` and ``معتمد IIBA ,(CBAP)``
    both show as ``IIBA ,(CBAP) دمتعم``. So a few readings are tried —
    the rules as they are, without N0, and (right to left) with a comma that
    stands before a left-to-right word read as ending the word on its right —
    and of those that display as ``shown``, the one written most as people
    write (no space before a comma, brackets that close) is kept.
    """
    marked = frozenset(n for m in _STOP_BEFORE_WORD.finditer(shown) for n in range(*m.span())) if level else frozenset()
    readings = [visual_order(shown, level), visual_order(shown, level, brackets=False)]
    if marked:
        readings.append(visual_order(shown, level, strong=marked))
    fitting = [r for r in readings if visual_order(r[0], level)[0] == shown] or readings
    return min(fitting, key=lambda r: _unusual(r[0]))


def _unusual(text: str) -> int:
    """How many marks of a wrong reading: spaces before a comma or stop, brackets left open or unopened."""
    depth = unopened = 0
    for ch in text:
        if ch in _BRACKETS:
            depth += 1
        elif ch in _CLOSERS:
            unopened += depth == 0
            depth = max(depth - 1, 0)
    return len(_SPACE_STOP.findall(text)) + depth + unopened


def _pair_brackets(chars: list[dict], level: int) -> None:
    """Rule N0, which python-bidi's reference code predates: a bracket pair takes one direction.

    Without it ``محلل أعمال (CBAP)`` is drawn ``CBAP) لامعأ للحم(`` — the
    brackets torn apart. A pair enclosing text of the paragraph's direction
    takes that direction; one enclosing only the other direction takes it
    when the text before the pair has it too; a pair around no strong text
    is left to the neutral rules.
    """
    embedding = "R" if level % 2 else "L"
    stack: list[tuple[int, str]] = []
    pairs = []
    for n, ch in enumerate(chars):
        if ch["type"] != "ON":
            continue
        if ch["ch"] in _BRACKETS:
            stack.append((n, _BRACKETS[ch["ch"]]))
        elif any(close == ch["ch"] for _, close in stack):
            while stack:
                start, close = stack.pop()
                if close == ch["ch"]:
                    pairs.append((start, n))
                    break
    for start, end in sorted(pairs):
        inside = {_DIRECTION.get(c["type"]) for c in chars[start + 1:end]} - {None}
        if not inside:
            continue
        side = embedding
        if embedding not in inside:
            before = next((d for c in reversed(chars[:start]) if (d := _DIRECTION.get(c["type"]))), embedding)
            side = before
        chars[start]["type"] = chars[end]["type"] = side
