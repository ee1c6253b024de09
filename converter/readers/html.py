"""HTML résumés (personal pages, JSON Resume theme output) → lines with their cues.

Why lxml.html rather than BeautifulSoup: lxml is already installed with
python-docx, its libxml2 parser repairs broken markup as browsers do, and it
is several times faster; BeautifulSoup would add a dependency for nothing
the reader needs. Nothing is ever executed or fetched: scripts, styles,
templates, frames and forms are dropped unread, the parser has no network
access, and hidden elements (``hidden``, ``aria-hidden="true"``, an inline
``display:none`` or ``visibility:hidden``, ``sr-only`` text) are skipped.

Block elements end lines; ``<br>`` breaks one; ``<hN>`` gives the heading
level (a subtitle right under a higher heading is a plain line); ``<li>`` a
bullet indented by list depth; ``<b>``/``<strong>``/``<th>`` bold;
``<i>``/``<em>``/``<cite>`` italic; ``<a href>`` with a web, mail or phone
target a ``[label](url)``. A table row of plain cells is one line, its
last cell ``right`` when it holds the row's only date. A list styled as tags
(class ``tag``, ``keyword``, ``chip``, ``badge``, ``pill``) is one line of
comma-separated items, as JSON Resume themes show skill keywords.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import lxml.html
from lxml import etree

from ..errors import InputError
from ..lines import Line
from ..registry import Reader, register
from ._inline import DATED, Span, render
from ._limits import check_size
from .text import document_text

_DROP = {"script", "style", "template", "noscript", "head", "iframe", "frame", "frameset", "object", "embed",
         "svg", "math", "canvas", "audio", "video", "map", "select", "button", "textarea", "input", "nav",
         "dialog"}
_BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
          "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
          "th", "ul", "caption", "html", "center", "menu"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"b", "strong", "th", *_HEADINGS}
_ITALIC = {"i", "em", "cite", "var", "dfn"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASS = re.compile(r"(?<![\w-])(sr-only|visually-hidden|screen-reader-text|hidden)(?![\w-])")
_TAG_LIST = re.compile(r"tag|keyword|chip|badge|pill", re.IGNORECASE)
_LINK = re.compile(r"^(https?:|mailto:|tel:)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Em per list level, as browsers indent lists (40 px at 16 px).
_LIST_INDENT = 2.5
_RIGHT_MAX_CHARS = 40


@dataclass(frozen=True, slots=True)
class _Look:
    bold: bool = False
    italic: bool = False
    url: str = ""
    heading: int = 0
    depth: int = 0
    pre: bool = False


@dataclass
class _Out:
    """Lines so far, and the spans of the line being built."""

    lines: list[Line] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    look: _Look = _Look()
    bullet: bool = False

    def start(self, look: _Look, bullet: bool = False) -> None:
        """End the current line; the next takes ``look`` (a list item's mark waits for its first text)."""
        self.flush()
        self.look, self.bullet = look, bullet or self.bullet

    def end(self, look: _Look) -> None:
        """End a block: its line, and any list mark it never used."""
        self.flush()
        self.look, self.bullet = look, False

    def flush(self, right: str = "") -> None:
        inline = render(self.spans)
        self.spans = []
        if not inline.text and not right:
            return
        indent = _LIST_INDENT * self.look.depth if self.look.depth else 0.0
        self.lines.append(Line(inline.text, len(self.lines) + 1, heading=self.look.heading, bold=inline.bold,
                               italic=inline.italic, indent=indent, bullet=self.bullet, right=right))
        self.bullet = False


def _hidden(el: etree._Element) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style", ""))) or bool(_HIDDEN_CLASS.search(el.get("class", ""))))


def _subtitle(el: etree._Element) -> bool:
    """A heading right after a higher-ranked one, nothing between (``<h1>Name</h1> <h2>Label</h2>``).

    Why: that is a subtitle (what ``<hgroup>`` marks), a person's headline
    under their name, not a section of its own.
    """
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return (before is not None and before.tag in _HEADINGS and before.tag < el.tag
            and not (before.tail or "").strip())


def _child_look(el: etree._Element, look: _Look) -> _Look:
    tag = el.tag
    changes: dict[str, object] = {}
    if tag in _HEADINGS and _subtitle(el):
        return look
    if tag in _BOLD:
        changes["bold"] = True
    if tag in _ITALIC:
        changes["italic"] = True
    if tag == "a" and _LINK.match(el.get("href", "").strip()):
        changes["url"] = el.get("href", "").strip()
    if tag in _HEADINGS:
        changes["heading"] = int(tag[1])
    if tag in ("ul", "ol", "menu"):
        changes["depth"] = look.depth + 1
    if tag == "pre":
        changes["pre"] = True
    return replace(look, **changes) if changes else look


def _text(out: _Out, text: str | None, look: _Look) -> None:
    if not text:
        return
    if not look.pre:
        out.spans.append(Span(text, look.bold, look.italic, look.url))
        return
    first, *rest = text.split("\n")
    out.spans.append(Span(first, look.bold, look.italic, look.url))
    for part in rest:
        out.flush()
        out.spans.append(Span(part, look.bold, look.italic, look.url))


def _plain_cells(tr: etree._Element) -> list[etree._Element] | None:
    cells = [c for c in tr if c.tag in ("td", "th") and not _hidden(c)]
    if any(d.tag in _BLOCK for c in cells for d in c.iterdescendants() if isinstance(d.tag, str)):
        return None
    return cells


def _row(tr: etree._Element, cells: list[etree._Element], look: _Look, out: _Out) -> None:
    """A table row of plain cells as one line; a last cell holding the only date goes right."""
    parts: list[list[Span]] = []
    for cell in cells:
        sub = _Out(look=look)
        _walk_inline(cell, _child_look(cell, look), sub)
        if render(sub.spans).text:
            parts.append(sub.spans)
    out.start(look)
    if not parts:
        return
    last = render(parts[-1]).text
    head = [s for p in parts[:-1] for s in [*p, Span(" ")]]
    if len(parts) >= 2 and DATED.search(last) and not DATED.search(render(head).text) \
            and len(last) <= _RIGHT_MAX_CHARS:
        out.spans = head
        out.flush(right=last)
    else:
        out.spans = [s for p in parts for s in [*p, Span(" ")]]
        out.flush()


def _tag_list(el: etree._Element, look: _Look, out: _Out) -> None:
    """``<ul class="tag-list"><li>HTML</li><li>CSS</li></ul>`` → ``HTML · CSS``.

    Right after a heading that names the group (``<h4>Web Development</h4>``),
    the heading line becomes ``Web Development: HTML, CSS`` — the
    ``Category: a, b`` line a person would write. Elsewhere (a project's
    tools under its bullets) the tags stay apart with the middle dot a
    printed tag row reads as, so the line is an entry's keywords, not
    the title of another entry (``Go, PostgreSQL`` reads like ``Org, Role``).
    """
    out.start(replace(look, depth=0))
    items = []
    for li in el:
        if isinstance(li.tag, str) and not _hidden(li):
            sub = _Out(look=look)
            _walk_inline(li, look, sub)
            items.append(render(sub.spans).text)
    joined = ", ".join(filter(None, items))
    before = el.getprevious()
    while before is not None and (not isinstance(before.tag, str) or before.tag in _DROP):
        before = before.getprevious()
    if before is not None and before.tag in _HEADINGS and out.lines and out.lines[-1].heading and joined:
        last = out.lines[-1]
        out.lines[-1] = replace(last, text=f"{last.text}: {joined}", heading=0, bold=False)
        return
    out.spans = [Span(" · ".join(filter(None, items)))]  # (``Go · PostgreSQL``: tags, as a page prints them apart)
    out.flush()


def _walk_inline(el: etree._Element, look: _Look, out: _Out) -> None:
    """Text of ``el``'s content (not its tail), blocks flattened into the line."""
    _text(out, el.text, look)
    for node in el:
        _node(node, look, out, inline=True)
        _text(out, node.tail, look)


def _node(el: etree._Element, look: _Look, out: _Out, inline: bool = False) -> None:
    tag = el.tag
    if not isinstance(tag, str) or tag in _DROP or _hidden(el):
        return
    if tag == "br":
        if inline:
            out.spans.append(Span(" "))
        else:
            out.flush()
        return
    inner = _child_look(el, look)
    if inline:
        _walk_inline(el, inner, out)
        return
    if tag not in _BLOCK:
        _walk(el, inner, out)
        return
    if tag == "tr" and (cells := _plain_cells(el)) is not None:
        _row(el, cells, inner, out)
        return
    if tag in ("ul", "ol") and _TAG_LIST.search(el.get("class", "")):
        _tag_list(el, inner, out)
        return
    out.start(inner, bullet=tag == "li")
    _walk(el, inner, out)
    out.end(look)


def _label_pair(node: etree._Element) -> str | None:
    """``<div><h4>English</h4> Native speaker</div>`` → the text after the heading, if that is the pattern.

    JSON Resume themes set a language and its fluency (or a skill and its
    level) this way; a person would write ``English: Native speaker``.
    """
    parent = node.getparent()
    tail = (node.tail or "").strip()
    if (node.tag not in _HEADINGS or parent is None or not tail or len(tail) > _RIGHT_MAX_CHARS
            or (parent.text or "").strip() or sum(1 for c in parent if isinstance(c.tag, str)) != 1):
        return None
    return tail


def _walk(el: etree._Element, look: _Look, out: _Out) -> None:
    _text(out, el.text, look)
    for node in el:
        tail = _label_pair(node)
        if tail is not None and not _hidden(node):
            out.start(look)
            sub = _Out(look=look)
            _walk_inline(node, look, sub)
            out.spans = [*sub.spans, Span(": " + tail)]
            out.end(look)
            continue
        _node(node, look, out)
        _text(out, node.tail, look)


def _parse(data: bytes) -> etree._Element:
    text = _XML_DECLARATION.sub("", document_text(data))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"not a readable HTML page ({exc})") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):  # libxml2 stopped at 256 levels
        raise InputError("the HTML page nests elements over 255 levels deep; the rest of it cannot be read")
    return root


def html_lines(data: bytes) -> list[Line]:
    """The page's visible text, line by line, in document order."""
    check_size(data)
    root = _parse(data)
    out = _Out()
    body = root.find("body")
    _walk(body if body is not None else root, _Look(), out)
    out.flush()
    if not out.lines:
        raise InputError("the HTML page has no visible text")
    return out.lines


register(Reader("html", (".html", ".htm", ".xhtml"), "HTML résumé page (JSON Resume theme output too)",
                lines=html_lines))
