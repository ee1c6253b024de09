"""The render view drawn as Word paragraphs, each in a named style.

Why from the view: ``converter.render.layout`` has already decided the
words, their order, the dates and which sections show; this module only
chooses a style per paragraph. Reading order is the order of the view, so
Vita's DOCX reader gets the text back as written: the name as ``Title``,
section titles as ``Heading 1``, entry title lines as ``**Title**, *Org*``
with the dates after a tab.
"""
from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document
from lxml.etree import _Element

from ...render import Entry, Header, Layout, Section
from . import styles as s
from .links import hyperlink
from .runs import paragraph, run

#: sections whose entry link belongs to the organisation (the subtitle), not the title
_LINK_ON_SUBTITLE = {"work", "volunteer"}


class Body:
    """Builds the paragraphs of one document (it owns the hyperlink relationships)."""

    def __init__(self, document: Document, style_ids: dict[str, str], separator: str) -> None:
        self.document, self.ids, self.separator = document, style_ids, separator

    def _p(self, style: str, *children: _Element | None) -> _Element:
        return paragraph(self.ids[style], *children)

    def _text(self, text: str, url: str = "", *, bold: bool = False, italic: bool = False) -> _Element:
        if url:
            return hyperlink(self.document, url, text, style=self.ids[s.LINK], bold=bold, italic=italic)
        return run(text, bold=bold, italic=italic)

    def header(self, header: Header) -> Iterator[_Element]:
        if header.name:
            yield self._p(s.TITLE, run(header.name))
        if header.label:
            yield self._p(s.SUBTITLE, run(header.label))
        if header.contacts:
            parts: list[_Element] = []
            for i, item in enumerate(header.contacts):
                if i:
                    parts.append(run(self.separator))
                parts.append(self._text(item.text, item.url))
            yield self._p(s.CONTACT, *parts)

    def _title_line(self, key: str, entry: Entry) -> _Element:
        on_subtitle = key in _LINK_ON_SUBTITLE and bool(entry.subtitle)
        parts = []
        if entry.title:
            parts.append(self._text(entry.title, "" if on_subtitle else entry.url, bold=True))
        if entry.subtitle:
            if entry.title:
                parts.append(run(", "))
            parts.append(self._text(entry.subtitle, entry.url if on_subtitle or not entry.title else "",
                                    italic=True))
        if entry.dates:
            parts.append(run("\t" + entry.dates))
        return self._p(s.ENTRY, *parts)

    def _labelled(self, entry: Entry) -> _Element:
        parts = [run(entry.label, bold=True)] if entry.label else []
        if entry.value:
            parts.append(run(f": {entry.value}" if entry.label else entry.value))
        return self._p(s.NORMAL, *parts)

    def entry(self, key: str, entry: Entry) -> Iterator[_Element]:
        if entry.label or entry.value:
            yield self._labelled(entry)
            return
        if entry.title or entry.subtitle or entry.dates:
            yield self._title_line(key, entry)
        for line in [entry.location, *entry.lines, *entry.summary.split("\n")]:
            if line.strip():
                yield self._p(s.BULLET if key == "extra" else s.NORMAL, run(line.strip()))
        for bullet in entry.bullets:
            if bullet.strip():
                yield self._p(s.BULLET, run(bullet.strip()))

    def section(self, section: Section) -> Iterator[_Element]:
        if section.title:
            yield self._p(s.HEADING, run(section.title))
        for text in section.paragraphs:
            yield self._p(s.NORMAL, run(text))
        for entry in section.entries:
            yield from self.entry(section.key, entry)


def draw(document: Document, view: Layout, style_ids: dict[str, str], separator: str) -> None:
    """Replace the document body's content with the résumé, keeping its page setup."""
    body = document.element.body
    sect = body.sectPr
    for child in list(body):
        if child is not sect:
            body.remove(child)
    builder = Body(document, style_ids, separator)
    paragraphs = [*builder.header(view.header), *(p for sec in view.sections for p in builder.section(sec))]
    for p in paragraphs:
        if sect is not None:
            sect.addprevious(p)
        else:
            body.append(p)
