"""Styled text runs → one :class:`~converter.lines.Line`'s text, flags and markup.

Why one helper for PDF, DOCX and HTML: all three see text as runs with a
weight, a slant and perhaps a link target, and all must hand the parser the
same Markdown-flavoured text. The contract (also in ``converter/lines.py``):

* emphasis covering the whole line is reported by ``Line.bold`` /
  ``Line.italic`` only, so a bold entry title is ``Senior Engineer`` with
  ``bold=True``, not ``**Senior Engineer**``;
* emphasis on part of a line is written inline: ``**Python**, Go``;
* a link is ``[label](url)`` whatever its style.

Text is normalised "where safe": ligatures (``ﬁ`` → ``fi``), full-width
Latin letters and digits, and odd spaces (no-break, thin, em …) are folded
with NFKC; soft hyphens and zero-width characters vanish. Everything else
is left as written: NFKC would turn ``™`` into ``TM``, ``½`` into ``1⁄2``,
and CJK full-width punctuation (``，``) and the ideographic space into
ASCII, which is not how the person wrote it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Characters NFKC may fold without changing what a reader means.
#: A year or "present": a run that holds a date (a right-hand cell of a title line, in DOCX and HTML).
DATED = re.compile(r"\b(19|20)\d\d\b|\bpresent\b", re.IGNORECASE)
_FOLD = re.compile("[\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_DROP = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
#: ``Acme , Berlin``: a gap left by an icon or a run boundary, never meant as a space.
_SPACE_BEFORE_COMMA = re.compile(r" +,(?=\s|$)")


def normalise(text: str) -> str:
    """Fold ligatures, full-width forms and odd spaces; drop invisible characters."""
    text = _DROP.sub("", text)
    return _FOLD.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text sharing one style."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str = ""


@dataclass(frozen=True, slots=True)
class Inline:
    """The rendered line: Markdown text and whole-line emphasis."""

    text: str
    bold: bool
    italic: bool


def _bridge_links(spans: list[Span]) -> list[Span]:
    """White space between two runs of one link belongs to the link (a label that wrapped)."""
    out = list(spans)
    for i in range(1, len(out) - 1):
        before, gap, after = out[i - 1], out[i], out[i + 1]
        if before.url and before.url == after.url and not gap.text.strip() and not gap.url:
            out[i] = Span(gap.text, before.bold, before.italic, before.url)
    return out


def _merge(spans: list[Span]) -> list[Span]:
    """Join neighbours of one style; white space takes its neighbour's style."""
    out: list[Span] = []
    for span in _bridge_links(spans):
        if not span.text:
            continue
        if out and not span.text.strip() and not span.url and not out[-1].url:
            out[-1] = Span(out[-1].text + span.text, out[-1].bold, out[-1].italic)
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].url) == (span.bold, span.italic, span.url):
            out[-1] = Span(out[-1].text + span.text, span.bold, span.italic, span.url)
        else:
            out.append(span)
    return out


def _wrap(text: str, before: str, after: str) -> str:
    """``before``/``after`` around the words of ``text``, white space left outside."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()):]
    return f"{lead}{before}{_SPACES.sub(' ', core)}{after}{tail}"


def render(spans: list[Span]) -> Inline:
    """The spans as one line of Markdown-flavoured text (white space collapsed)."""
    spans = [Span(normalise(s.text), s.bold, s.italic, s.url) for s in _merge(spans)]
    inked = [s for s in spans if s.text.strip()]
    all_bold = bool(inked) and all(s.bold for s in inked)
    all_italic = bool(inked) and all(s.italic for s in inked)
    parts = []
    for span in spans:
        text = span.text
        if span.url:
            parts.append(_wrap(text, "[", f"]({span.url})"))
            continue
        if span.italic and not all_italic:
            text = _wrap(text, "*", "*")
        if span.bold and not all_bold:
            text = _wrap(text, "**", "**")
        parts.append(text)
    text = _SPACE_BEFORE_COMMA.sub(",", _SPACES.sub(" ", "".join(parts))).strip()
    return Inline(text, all_bold, all_italic)
