"""A Word document's XML walked in reading order: paragraphs, tables, text boxes.

Why walk the XML rather than python-docx's ``document.paragraphs``: that list
skips tables, content controls (``w:sdt``), text boxes and hyperlinks' runs
in older versions, which is exactly where résumé templates put the name, the
contact block and the dates. The walk yields one :class:`Draft` per visual
line: a paragraph, or each part of it between manual line breaks.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn
from lxml import etree

from ...lines import Line
from .._inline import DATED, Span, normalise, render
from .styles import RunLook, Styles, child, has_right_tab, heading_level, indent_twips, numbered, run_look

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TXBX = qn("w:txbxContent")
#: Containers whose children are read as if they stood in the parent.
_TRANSPARENT = {qn(t) for t in ("w:ins", "w:moveTo", "w:smartTag", "w:sdt", "w:sdtContent", "w:customXml",
                                "w:dir", "w:bdo")}
#: Run children that may hold text boxes.
_DRAWINGS = {qn("w:drawing"), qn("w:pict"), qn("w:object"),
             "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]+)"', re.IGNORECASE)
#: Text after the last tab longer than this is not a flush-right date or place.
_RIGHT_MAX_CHARS = 40


@dataclass(slots=True)
class Draft:
    """A line on its way out, with the paragraph's alignment (for table rows)."""

    line: Line
    flush_right: bool = False


@dataclass(slots=True)
class _Acc:
    """What a paragraph's runs add up to: spans per visual line, sizes, text boxes."""

    lines: list[list[Span]] = field(default_factory=lambda: [[]])
    sizes: list[dict[float, int]] = field(default_factory=lambda: [{}])
    fields: list[list[str]] = field(default_factory=list)
    boxes: list[etree._Element] = field(default_factory=list)

    def add(self, text: str, look: RunLook, url: str) -> None:
        self.lines[-1].append(Span(text, bool(look.bold), bool(look.italic), url))
        if text.strip() and look.size:
            self.sizes[-1][look.size] = self.sizes[-1].get(look.size, 0) + len(text)

    def newline(self) -> None:
        self.lines.append([])
        self.sizes.append({})

    def field_url(self) -> str:
        return next((url for _, url in reversed(self.fields) if url), "")


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """Outermost text-box contents under ``el``, skipping VML fallbacks of the same box."""
    found = [b for b in el.iter(_TXBX) if not any(a.tag == _MC_FALLBACK for a in b.iterancestors())]
    return [b for b in found if not any(a.tag == _TXBX for a in b.iterancestors() if a is not el)]


class Walker:
    """Reads one part (body, header, footer) with its styles and hyperlink targets."""

    def __init__(self, styles: Styles, links: dict[str, str]) -> None:
        self.styles = styles
        self.links = links
        self.body_pt = styles.para(None).run.size or 10.0

    def blocks(self, container: etree._Element) -> Iterator[Draft]:
        """Drafts for the paragraphs and tables directly in ``container``, in order."""
        for el in container:
            if el.tag == _W + "p":
                yield from self.paragraph(el)
            elif el.tag == _W + "tbl":
                yield from self.table(el)
            elif el.tag in _TRANSPARENT:
                yield from self.blocks(el)

    def table(self, tbl: etree._Element) -> Iterator[Draft]:
        """Row by row, cell by cell; a row of one-line cells reads as one line."""
        for tr in tbl.iter(_W + "tr"):
            if next((a for a in tr.iterancestors(_W + "tbl")), None) is not tbl:
                continue
            cells = [list(self.blocks(tc)) for tc in tr.iterfind(_W + "tc")]
            filled = [c for c in cells if c]
            if len(filled) >= 2 and all(len(c) == 1 for c in filled):
                yield self._row_line([c[0] for c in filled])
            else:
                for drafts in cells:
                    yield from drafts

    @staticmethod
    def _row_line(cells: list[Draft]) -> Draft:
        """``Senior Engineer | 2019 – Present`` → one line, the last cell flush right."""
        last = cells[-1]
        first_text = " ".join(c.line.text for c in cells[:-1])
        is_right = last.flush_right or (bool(DATED.search(last.line.text)) and not DATED.search(first_text)
                                        and len(last.line.text) <= _RIGHT_MAX_CHARS)
        kept = cells[:-1] if is_right else cells
        all_bold = all(k.line.bold for k in kept)
        text = " ".join(f"**{c.line.text}**" if c.line.bold and not all_bold else c.line.text for c in kept)
        rights = [*(c.line.right for c in kept), last.line.text if is_right else ""]
        line = replace(cells[0].line, text=text, bold=all_bold, italic=all(k.line.italic for k in kept),
                       right=" ".join(filter(None, rights)))
        return Draft(line)

    def paragraph(self, p: etree._Element) -> Iterator[Draft]:
        ppr = p.find(_W + "pPr")
        style = child(ppr, "w:pStyle")
        look = self.styles.para(style.get(qn("w:val")) if style is not None else None)
        heading = heading_level("", ppr) or look.heading
        own_indent = indent_twips(ppr)
        indent = round((own_indent if own_indent is not None else look.indent_twips) / 20 / self.body_pt, 1)
        right_tab = look.right_tab or has_right_tab(ppr)
        jc = child(ppr, "w:jc")
        flush_right = jc is not None and jc.get(qn("w:val")) in ("right", "end")
        acc = _Acc()
        self._inline(p, look.run, "", acc)
        for spans, sizes in zip(acc.lines, acc.sizes, strict=True):
            main, right = _split_right(spans, right_tab)
            inline = render(main)
            if not inline.text and not right:
                continue
            points = max(sizes, key=sizes.__getitem__) if sizes else self.body_pt
            yield Draft(Line(inline.text, 0, heading=heading, bold=inline.bold, italic=inline.italic,
                             size=round(points / self.body_pt, 2), indent=max(indent, 0.0),
                             bullet=look.listed or numbered(ppr), right=right), flush_right)
        for box in acc.boxes:
            yield from self.blocks(box)

    def _inline(self, el: etree._Element, base: RunLook, url: str, acc: _Acc) -> None:
        for node in el:
            tag = node.tag
            if tag == _W + "r":
                self._run(node, base, url, acc)
            elif tag == _W + "hyperlink":
                self._inline(node, base, self.links.get(node.get(qn("r:id"), ""), url), acc)
            elif tag == _W + "fldSimple":
                found = _HYPERLINK_FIELD.search(node.get(qn("w:instr"), ""))
                self._inline(node, base, found.group(1) if found else url, acc)
            elif tag in _TRANSPARENT:
                self._inline(node, base, url, acc)

    def _run(self, r: etree._Element, base: RunLook, url: str, acc: _Acc) -> None:
        rpr = r.find(_W + "rPr")
        rstyle = child(rpr, "w:rStyle")
        look = run_look(rpr).under(self.styles.run(rstyle.get(qn("w:val"), "")) if rstyle is not None else RunLook())
        look = look.under(base)
        for node in r:
            tag = node.tag
            in_instruction = bool(acc.fields) and acc.fields[-1][1] == "\0"
            if tag == _W + "t" and not in_instruction:
                acc.add(node.text or "", look, acc.field_url() or url)
            elif tag in (_W + "tab", _W + "ptab"):
                acc.add("\t", look, "")
            elif tag in (_W + "br", _W + "cr"):
                acc.newline()
            elif tag == _W + "noBreakHyphen":
                acc.add("-", look, url)
            elif tag == _W + "fldChar":
                kind = node.get(qn("w:fldCharType"))
                if kind == "begin":
                    acc.fields.append(["", "\0"])
                elif kind == "separate" and acc.fields:
                    found = _HYPERLINK_FIELD.search(acc.fields[-1][0])
                    acc.fields[-1][1] = found.group(1) if found else ""
                elif kind == "end" and acc.fields:
                    acc.fields.pop()
            elif tag == _W + "instrText" and acc.fields:
                acc.fields[-1][0] += node.text or ""
            elif tag in _DRAWINGS:
                acc.boxes.extend(_text_boxes(node))


def _split_right(spans: list[Span], right_tab: bool) -> tuple[list[Span], str]:
    """``Title<TAB>Date`` → (title spans, "Date") when the tab pushes it flush right."""
    text = "".join(s.text for s in spans)
    if "\t" not in text:
        return spans, ""
    head, _, tail = text.rpartition("\t")
    tail = normalise(tail).strip()
    pushed = right_tab or head.rstrip(" ").endswith("\t")
    if not (pushed and head.strip() and tail and len(tail) <= _RIGHT_MAX_CHARS):
        return [Span(s.text.replace("\t", " "), s.bold, s.italic, s.url) for s in spans], ""
    kept: list[Span] = []
    left = len(head)
    for s in spans:
        if left <= 0:
            break
        kept.append(Span(s.text[:left].replace("\t", " "), s.bold, s.italic, s.url))
        left -= len(s.text)
    return kept, tail
