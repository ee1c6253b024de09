"""The render view drawn as Word paragraphs, each in a named style.

Why from the view: ``converter.render.layout`` has already decided the
words, their order, the dates and which sections show; this module only
chooses a style per paragraph. Reading order is the order of the view, so
Vita's DOCX reader gets the text back as written: the name as ``Title``,
section titles as ``Heading 1``, entry title lines as ``**Title**, *Org*``
with the dates after a tab. The shapes follow the PDF writer's
(:mod:`converter.writers.pdf.flow`): the place flush right on the line
below the title, an entry's link shown as a detail line, untitled entries
as bullets.
"""
from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document
from lxml.etree import _Element

from ...render import PARAGRAPH_SPACE, Entry, Header, Layout, Section, display_url
from ...types import Theme
from . import styles as s
from .links import hyperlink
from .ooxml import el, pt_to_twips, val
from .picture import photo_run
from .runs import paragraph, run

NBSP = "\u00a0"


class Body:
    """Builds the paragraphs of one document (it owns the hyperlink relationships)."""

    def __init__(self, document: Document, style_ids: dict[str, str], separator: str, inline_dates: bool,
                 paragraph_space: float) -> None:
        self.document, self.ids, self.separator, self.inline = document, style_ids, separator, inline_dates
        #: Twips before a paragraph that follows one of its own kind (as the PDF's ``paragraph`` style).
        self.paragraph_space = pt_to_twips(paragraph_space)

    def _p(self, style: str, *children: _Element | None, first: bool = False, spaced: bool = False) -> _Element:
        node = paragraph(self.ids[style], *children)
        if first:  # the section title's own space is enough above a section's first entry
            node[0].append(el("w:spacing", before=0))
        elif spaced:
            node[0].append(el("w:spacing", before=self.paragraph_space))
        return node

    def _text(self, text: str, url: str = "") -> _Element:
        if url:
            return hyperlink(self.document, url, text, style=self.ids[s.LINK])
        return run(text)

    def header(self, header: Header) -> Iterator[_Element]:
        photo = photo_run(self.document, header.image)
        if header.name or photo is not None:
            yield self._p(s.TITLE, photo, run(header.name))
        if header.label:
            yield self._p(s.SUBTITLE, run(header.label))
        if header.contacts:
            parts: list[_Element] = []
            for i, item in enumerate(header.contacts):
                if i:
                    parts.append(run(self.separator))
                # no-break spaces: the line wraps between items, never inside one (as in the PDF)
                if item.label:
                    parts.append(run(item.label.replace(" ", NBSP)))
                parts.append(self._text(item.text.replace(" ", NBSP), item.url))
            yield self._p(s.CONTACT, *parts)

    def _title_line(self, entry: Entry, first: bool) -> _Element:
        """``**Title**, *Org*`` then, after a tab, the dates (and, inline, the place)."""
        parts = [run(entry.title, bold=True)] if entry.title else []
        if entry.subtitle:
            parts += [run(", ")] if entry.title else []
            parts.append(run(entry.subtitle, italic=True))
        meta = self.ids[s.DATES]
        if entry.dates:
            parts.append(run("\t" + entry.dates, style=meta))
        if self.inline and entry.location:
            parts.append(run(("  " if entry.dates else "\t") + entry.location, style=meta))
        return self._p(s.ENTRY, *parts, first=first)

    def _details(self, entry: Entry) -> Iterator[_Element]:
        """Detail lines and the link; with dates flush right, the place goes right of the first."""
        details = [[run(line)] for line in entry.lines]
        if entry.url:
            details.append([self._text(display_url(entry.url), entry.url)])
        beside = entry.location and not self.inline
        if beside:
            yield self._p(s.ENTRY_DETAIL, *(details[0] if details else []), run("\t" + entry.location, italic=True))
        for k, parts in enumerate(details):  # kept with what follows, as the PDF keeps an entry's head together
            if not (k == 0 and beside):  # (the first tight under the title line, later ones spaced)
                yield self._p(s.ENTRY_DETAIL, *parts, spaced=k > 0)

    def _labelled(self, entry: Entry) -> _Element:
        if entry.label and entry.value:
            return self._p(s.NORMAL, run(f"{entry.label}:", bold=True), run(f" {entry.value}"))
        return self._p(s.NORMAL, run(entry.label, bold=True) if entry.label else run(entry.value))

    def entry(self, entry: Entry, first: bool) -> Iterator[_Element]:
        if entry.label or entry.value:
            yield self._labelled(entry)
            return
        titled = bool(entry.title or entry.subtitle or entry.dates)
        if titled:
            head = [self._title_line(entry, first), *self._details(entry)]
            if not entry.summary.strip() and not any(b.strip() for b in entry.bullets):
                # nothing follows the head: keeping it with the next entry would chain a whole
                # section of short entries onto one page (the PDF releases it the same way)
                head[-1][0].insert(1, val("w:keepNext", 0))
            yield from head
        after_detail = bool(entry.lines or entry.url)  # (as the PDF: under the title line alone, no space)
        for k, line in enumerate(line.strip() for line in entry.summary.split("\n") if line.strip()):
            yield self._p(s.NORMAL if titled else s.BULLET, run(line), spaced=titled and (k > 0 or after_detail))
        for bullet in entry.bullets:
            if bullet.strip():
                yield self._p(s.BULLET, run(bullet.strip()))

    def section(self, section: Section) -> Iterator[_Element]:
        if section.title:
            yield self._p(s.HEADING, run(section.title))
        for k, text in enumerate(section.paragraphs):
            yield self._p(s.NORMAL, run(text), spaced=k > 0)
        for index, entry in enumerate(section.entries):
            yield from self.entry(entry, first=index == 0)


def draw(document: Document, view: Layout, style_ids: dict[str, str], theme: Theme) -> None:
    """Replace the document body's content with the résumé, keeping its page setup."""
    body = document.element.body
    sect = body.sectPr
    for child in list(body):
        if child is not sect:
            body.remove(child)
    builder = Body(document, style_ids, theme["header"]["separator"], theme["dates"]["position"] == "inline",
                   float(theme["font"]["size"]) * PARAGRAPH_SPACE)
    paragraphs = [*builder.header(view.header), *(p for sec in view.sections for p in builder.section(sec))]
    if not paragraphs:  # Word expects a body to hold at least one paragraph
        paragraphs = [paragraph(style_ids[s.NORMAL])]
    for p in paragraphs:
        if sect is not None:
            sect.addprevious(p)
        else:
            body.append(p)
