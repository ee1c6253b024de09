"""Layout perturbations for metamorphic tests: pure functions text → text that keep a résumé's meaning.

Why: a person may set the same résumé with any heading style, bullet glyph,
spacing or line width; the parse must not depend on that choice. Each
function changes only layout that a reader ignores, and its docstring says
what it keeps. Section headings are the lines that name a section (as the
parser's heading vocabulary knows them) standing alone, not in a list and
not a lower-case continuation of the line above.
"""
from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from converter.parse.headings import section_key

_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_BOLD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$")
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-{2,})\s*$")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*•▪◦–>]|\d{1,2}[.)])[ \t]+(?P<rest>\S.*)$")
_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")
_WIDE_GAP = re.compile(r"(?<=\S)[ ]{6,}(?=\S)")
_WRAP = 80


def _words(line: str) -> str:
    """A line's words without heading markup (``#``, ``**``) or a trailing colon."""
    text = line.strip()
    for pattern in (_ATX, _BOLD):
        m = pattern.match(text)
        if m:
            text = m.group(1).strip()
    return text.rstrip(":：").strip()


def _style(line: str, below: str) -> str:
    """How a line is set: its ``#`` marks, ``bold``, ``setext`` (underlined), ``colon``, ``caps`` or ``plain``."""
    atx = _ATX.match(line)
    if atx:
        return line.strip().split()[0]
    if _BOLD.match(line):
        return "bold"
    if _UNDERLINE.match(below) and not _UNDERLINE.match(line):
        return "setext"
    if line.rstrip().endswith((":", "：")):
        return "colon"
    return "caps" if _words(line).isupper() else "plain"


def _columned(lines: list[str]) -> bool:
    """Set in two columns: a third of the lines or more have a wide gap between text."""
    full = [line for line in lines if line.strip()]
    return sum(bool(_WIDE_GAP.search(line)) for line in full) * 3 >= len(full)


def _heading_lines(lines: list[str]) -> set[int]:
    """The section headings: lines naming a known section, and lines set like them with a blank line above.

    Why the second kind: a document sets all its headings one way (``BAR ADMISSIONS`` beside ``EDUCATION``);
    restyling only the known ones would make the document inconsistent, which is a change of layout cues.
    """
    found, styles = set(), []
    candidates = []
    first_blank = next((k for k, line in enumerate(lines) if not line.strip()), len(lines))
    for k in range(first_blank, len(lines)):  # (the name's block, with its headline, holds no heading)
        line, below = lines[k], lines[k + 1] if k + 1 < len(lines) else ""
        if _BULLET.match(line) and not _BOLD.match(line):
            continue
        text = _words(line)
        if not text or text[0].islower() or ":" in text or "*" in text or len(text.split()) > 5:
            continue
        if section_key(text, marked=True):
            found.add(k)
            styles.append(_style(line, below))
        elif not lines[k - 1].strip() and not any(c.isdigit() for c in text) and not text.endswith((".", ",")):
            candidates.append(k)
    if _columned(lines):  # (a heading in the right column cannot move to the margin: the layout would break)
        found = {k for k in found if not lines[k][:1].isspace()}
        candidates = [k for k in candidates if not lines[k][:1].isspace()]
    common = max(set(styles), key=styles.count) if styles else "plain"
    if common != "plain":
        found.update(k for k in candidates if _style(lines[k], lines[k + 1] if k + 1 < len(lines) else "") == common)
    return found


def _restyle_headings(text: str, style: Callable[[str], list[str]], tight: bool = False) -> str:
    """Every section heading rewritten by ``style`` (words → lines); ``tight`` also drops blank lines above it."""
    lines = text.split("\n")
    headings = _heading_lines(lines)
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k not in headings:
            out.append(lines[k])
            k += 1
            continue
        if tight:
            while out and not out[-1].strip():
                out.pop()
        out.extend(style(_words(lines[k])))
        below = lines[k + 1] if k + 1 < len(lines) else ""
        k += 2 if _UNDERLINE.match(below) and not _UNDERLINE.match(lines[k]) else 1
    return "\n".join(out)


def heading_atx(text: str) -> str:
    """``## X``: a Markdown heading names the same section as any other heading style."""
    return _restyle_headings(text, lambda w: [f"## {w}"])


def heading_caps(text: str) -> str:
    """``X`` in capitals: case does not change which section a heading names."""
    return _restyle_headings(text, lambda w: [w.upper()])


_ROMAN = re.compile(r"^[IVXLC]+[.)]?$")


def _title_word(word: str) -> str:
    """A word capitalised; a Roman numeral (``II.``) stays as written."""
    return word if _ROMAN.match(word) else word[:1].upper() + word[1:].lower()


def heading_title(text: str) -> str:
    """``X`` in Title Case: case does not change which section a heading names."""
    return _restyle_headings(text, lambda w: [" ".join(_title_word(x) for x in w.split(" "))])


def heading_bold(text: str) -> str:
    """``**X**``: a bold-only line is a heading (MAPPING §3)."""
    return _restyle_headings(text, lambda w: [f"**{w}**"])


def heading_colon(text: str) -> str:
    """``X:``: a trailing colon on a heading standing alone is punctuation, not a label with a value."""
    return _restyle_headings(text, lambda w: [f"{w}:"])


def heading_setext(text: str) -> str:
    """``X`` over ``===``: a setext heading (MAPPING §3)."""
    return _restyle_headings(text, lambda w: [w, "=" * len(w)])


def heading_colon_tight(text: str) -> str:
    """``X:`` with no blank line above: the heading still ends the section before it."""
    return _restyle_headings(text, lambda w: [f"{w}:"], tight=True)


def _rebullet(text: str, mark: Callable[[int], str]) -> str:
    """Every bullet's glyph replaced by ``mark(n)``, n counting the bullets of one run from 1."""
    out = []
    run = 0
    for line in text.split("\n"):
        m = _BULLET.match(line)
        if m and not _BOLD.match(line):
            run += 1
            out.append(f"{m['indent']}{mark(run)}{m['rest']}")
        else:
            run = 0 if line.strip() else run
            out.append(line)
    return "\n".join(out)


def _glyph(glyph: str) -> Callable[[str], str]:
    def perturb(text: str) -> str:
        return _rebullet(text, lambda _n: f"{glyph} ")
    perturb.__doc__ = f"Bullets as ``{glyph}``: the glyph of a list item carries no meaning."
    perturb.__name__ = f"bullet_{glyph}"
    return perturb


bullet_star = _glyph("*")
bullet_dot = _glyph("•")
bullet_square = _glyph("▪")
bullet_circle = _glyph("◦")
bullet_en_dash = _glyph("–")
bullet_quote = _glyph(">")


def bullet_numbered(text: str) -> str:
    """Bullets as ``1.`` ``2.`` …: a numbered list holds the same items as a bulleted one."""
    return _rebullet(text, lambda n: f"{n}. ")


def _unwrapped(text: str) -> str:
    """Each bullet's indented continuation lines joined to it (a wrapped item is one item)."""
    out: list[str] = []
    inside = -1  # the indent of the bullet being continued, or -1
    for line in text.split("\n"):
        m = _BULLET.match(line)
        indent = len(line) - len(line.lstrip())
        if inside >= 0 and line.strip() and not m and indent > inside:
            out[-1] = f"{out[-1]} {line.strip()}"
            continue
        inside = len(m["indent"]) if m and not _BOLD.match(line) else -1
        out.append(line)
    return "\n".join(out)


def bullet_indented(text: str) -> str:
    """No glyph, the item indented by four spaces: indentation alone marks a list item in plain text.

    Wrapped items are unwrapped first: with no glyph, an indented continuation line would read as an item.
    """
    return _rebullet(_unwrapped(text), lambda _n: "    ")


def blank_lines_none(text: str) -> str:
    """No blank lines at all: headings, dates and bullets still show where entries start."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def blank_lines_doubled(text: str) -> str:
    """Every blank line doubled: the amount of vertical space carries no meaning."""
    return "\n".join(line if line.strip() else line + "\n" for line in text.split("\n"))


def tabs_for_gaps(text: str) -> str:
    """A tab for each run of three or more spaces (a right-aligned date): both are a column gap.

    Not in a document set in two columns, where the width of the gap places the right column's text.
    """
    return text if _columned(text.split("\n")) else _GAP.sub("\t", text)


def trailing_spaces(text: str) -> str:
    """Three trailing spaces on every line: invisible white space."""
    return "\n".join(line + "   " for line in text.split("\n"))


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def bom(text: str) -> str:
    """A byte-order mark at the start, as some editors save it."""
    return "\ufeff" + text


def nbsp(text: str) -> str:
    """A no-break space for every space between two words: the same text, set with no-break spaces."""
    return re.sub(r"(?<=\w) (?=\w)", "\u00a0", text)


def _wrap(text: str, hanging: bool) -> str:
    out = []
    for line in text.split("\n"):
        m = _BULLET.match(line)
        if not m or len(line) <= _WRAP or _BOLD.match(line):
            out.append(line)
            continue
        head = line[:len(line) - len(m["rest"])]
        indent = " " * len(head) if hanging else ""
        out.extend(textwrap.wrap(m["rest"], _WRAP, initial_indent=head, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def wrap_hanging(text: str) -> str:
    """Bullets longer than 80 columns hard-wrapped, continuation lines indented under the text."""
    return _wrap(text, hanging=True)


def wrap_flush(text: str) -> str:
    """Bullets longer than 80 columns hard-wrapped, continuation lines at the margin."""
    return _wrap(text, hanging=False)


PERTURBATIONS: dict[str, Callable[[str], str]] = {f.__name__: f for f in (
    heading_atx, heading_caps, heading_title, heading_bold, heading_colon, heading_setext, heading_colon_tight,
    bullet_star, bullet_dot, bullet_square, bullet_circle, bullet_en_dash, bullet_quote, bullet_numbered,
    bullet_indented, blank_lines_none, blank_lines_doubled, tabs_for_gaps, trailing_spaces, crlf, bom, nbsp,
    wrap_hanging, wrap_flush)}
