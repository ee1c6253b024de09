"""The render view (:mod:`converter.render`) as reportlab flowables.

Why these shapes: an applicant-tracking system and Vita's own PDF reader
read text in drawing order, so everything is real text drawn top to bottom,
an entry's dates sit flush right on the *same* text line as its title, and
section titles, entry title lines and their detail lines carry
``keepWithNext`` so none is stranded at the foot of a page.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Table, TableStyle

from ...render import Entry, Header, Layout, Run, Section, display_url
from ...render.image import local_image
from ...render.text import clean
from .fonts import markup, text_width
from .shaping import BidiParagraph
from .styles import Styles

#: Paragraphs never exceed this share of the width for right-hand text (dates, places).
RIGHT_SHARE = 0.45
IMAGE_WIDTH = 24.0 * 72 / 25.4  # 24 mm
IMAGE_GAP = 8.0


class TitleLine(Flowable):
    """A left paragraph and a right one flush right, sharing the first text line.

    The left text wraps in the width the right text leaves, so long titles
    never run under the dates; both use the same style metrics, so their
    first baselines coincide and extraction yields one line.
    """

    def __init__(self, left: BidiParagraph, right: BidiParagraph | None, gap: float, space_before: float = 0.0) -> None:
        super().__init__()
        self.left, self.right, self.gap = left, right, gap
        self.spaceBefore = space_before
        self.keepWithNext = 1
        self._right_w = self._right_h = self._left_w = self._left_h = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        if self.right is not None:
            self.right.wrap(aw * RIGHT_SHARE, ah)
            self._right_w = max(self.right.getActualLineWidths0() or [0.0]) + 0.5
            self._right_h = self.right.wrap(self._right_w, ah)[1]
        self._left_w = aw - (self._right_w + self.gap if self.right is not None else 0.0)
        self._left_h = self.left.wrap(self._left_w, ah)[1]
        self.height = max(self._left_h, self._right_h)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        """A title taller than the room left: its first lines here, the rest as plain paragraphs.

        Why: without it a title longer than a page (a pasted paragraph as a
        job title) stops the whole PDF with reportlab's LayoutError.
        """
        self.wrap(aw, ah)
        if self.height <= ah:
            return [self]
        left = self.left.split(self._left_w, ah) if self._left_h > ah else [self.left]
        right = self.right.split(self._right_w, ah) if self.right is not None and self._right_h > ah \
            else [self.right]
        if not left or not right or len(left) + len(right) == 2:
            return []
        return [TitleLine(left[0], right[0], self.gap, self.spaceBefore), *left[1:], *right[1:]]

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, self.height - self._left_h)
        if self.right is not None:
            self.right.drawOn(self.canv, self.width - self._right_w, self.height - self._right_h)


class Builder:
    """Turns one :class:`Layout` into flowables for one set of :class:`Styles`."""

    def __init__(self, styles: Styles) -> None:
        self.st = styles
        self.base = styles.body_font.regular
        self.link_hex = hexcolour(styles.link)

    # inline text -------------------------------------------------------
    def text(self, text: str) -> str:
        return markup(text, self.base)

    def bold(self, text: str) -> str:
        """Bold text; characters the theme font lacks fall back to a bold face too."""
        return f"<b>{markup(text, self.st.body_font.bold)}</b>"

    def italic(self, text: str) -> str:
        return f"<i>{markup(text, self.st.body_font.italic)}</i>"

    def link(self, text: str, url: str) -> str:
        if not url:
            return self.text(text)
        return f'<a href="{escape(clean(url), {chr(34): "&quot;"})}" color="{self.link_hex}">{self.text(text)}</a>'

    def runs(self, runs: list[Run], separator: str) -> str:
        return self.text(separator).join(self.text(r.label) + self.link(r.text, r.url) for r in runs)

    def contact_lines(self, runs: list[Run], separator: str, room: float) -> list[list[Run]]:
        """Contact items packed into lines that fit, breaking only between items, never inside one."""
        style = self.st.contact
        width = lambda s: text_width(s, style.fontName, style.fontSize)  # noqa: E731
        lines: list[list[Run]] = []
        used = 0.0
        for run in runs:
            extra = width(run.label + run.text) + (width(separator) if lines and lines[-1] else 0.0)
            if not lines or (lines[-1] and used + extra > room):
                lines.append([])
                used, extra = 0.0, width(run.label + run.text)
            lines[-1].append(run)
            used += extra
        return lines

    # blocks ------------------------------------------------------------
    def header(self, header: Header, separator: str, uppercase: bool) -> list[Flowable]:
        """Name, label and contact lines; beside them on the right, a local photo if there is one."""
        st = self.st
        photo = _drawable(header.image)
        width = st.width - IMAGE_WIDTH - IMAGE_GAP if photo else st.width
        name = header.name.upper() if uppercase else header.name
        block: list[Flowable] = []
        if name:
            block.append(BidiParagraph(markup(name, st.name.fontName), st.name))
        if header.label:
            block.append(BidiParagraph(self.text(header.label), st.label))
        block += [BidiParagraph(self.runs(line, separator), st.contact)
                  for line in self.contact_lines(header.contacts, separator, width)]
        # side by side only while the text fits a page: a table row cannot break across pages
        if photo is None or not block or sum(p.wrap(width, st.height)[1] for p in block) > st.height:
            return block
        iw, ih = ImageReader(photo).getSize()
        image = Image(photo, width=IMAGE_WIDTH, height=IMAGE_WIDTH * ih / iw)
        table = Table([[block, image]], colWidths=[width, IMAGE_WIDTH + IMAGE_GAP])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [table]

    def section(self, section: Section, uppercase: bool) -> list[Flowable]:
        st = self.st
        title = section.title.upper() if uppercase else section.title
        out: list[Flowable] = [BidiParagraph(markup(title, st.heading.fontName), st.heading)]
        if st.rule is not None:
            rule = HRFlowable(width="100%", thickness=0.6, color=st.rule, spaceBefore=0,
                              spaceAfter=st.rule_space)
            rule.keepWithNext = 1
            out.append(rule)
        out += [BidiParagraph(self.text(p), st.paragraph if k else st.text) for k, p in enumerate(section.paragraphs)]
        for index, entry in enumerate(section.entries):
            out += self.entry(entry, 0.0 if index == 0 else st.entry_space)
        return out

    def entry(self, entry: Entry, space: float) -> list[Flowable]:
        st = self.st
        if entry.label or entry.value:
            row = f"{self.bold(entry.label + ':')} {self.text(entry.value)}" if entry.label and entry.value \
                else self.bold(entry.label) if entry.label else self.text(entry.value)
            return [spaced(BidiParagraph(row, st.text), st.text.fontSize * 0.15 if space else 0.0)]
        if not (entry.title or entry.subtitle or entry.dates):
            return [self.bullet(line) for line in entry.summary.split("\n") if line.strip()] + \
                [self.bullet(b) for b in entry.bullets]
        head = self.head(entry, space)
        lines = [line for line in entry.summary.split("\n") if line.strip()]
        after_detail = bool(entry.lines or entry.url)  # (under the title line alone, its style sets it apart)
        body: list[Flowable] = [BidiParagraph(self.text(line), st.paragraph if k or after_detail else st.text)
                                for k, line in enumerate(lines)]
        body += [self.bullet(b) for b in entry.bullets]
        for flowable in head:
            flowable.keepWithNext = 1
        if not body:
            head[-1].keepWithNext = 0
        elif len(body) >= 2:  # the last line of an entry never starts a page alone
            body[-2].keepWithNext = 1
        return head + body

    def head(self, entry: Entry, space: float) -> list[Flowable]:
        """Title line, then a line with the first detail (or link) and the place, then other details."""
        st = self.st
        title = self.bold(entry.title) if entry.title else ""
        if entry.subtitle:
            title = f"{title}, {self.italic(entry.subtitle)}" if title else self.italic(entry.subtitle)
        details = [self.text(line) for line in entry.lines]
        if entry.url:
            details.append(self.link(display_url(entry.url), entry.url))
        if st.inline_dates:
            extras = [f'<font color="{hexcolour(st.muted)}">{self.text(x)}</font>'
                      for x in (entry.dates, entry.location) if x]
            line = spaced(BidiParagraph("&nbsp;&nbsp;".join([title, *extras]), st.text), space)
            return [line, *self.details(details)]
        dates = BidiParagraph(self.text(entry.dates), st.right) if entry.dates else None
        out: list[Flowable] = [TitleLine(BidiParagraph(title, st.text), dates, st.date_gap, space)]
        if entry.location:
            place = BidiParagraph(self.italic(entry.location), st.right)
            out.append(TitleLine(BidiParagraph(details[0] if details else "", st.text), place, st.date_gap))
        return out + self.details(details)[1 if entry.location else 0:]

    def details(self, details: list[str]) -> list[Flowable]:
        """Detail lines: the first tight under the title line (beside the place), later ones spaced."""
        return [BidiParagraph(d, self.st.paragraph if k else self.st.text) for k, d in enumerate(details)]

    def bullet(self, text: str) -> BidiParagraph:
        return BidiParagraph(self.text(text), self.st.bullet, bulletText=self.st.bullet_char)

    def build(self, layout: Layout, separator: str, upper_name: bool, upper_titles: bool) -> list[Flowable]:
        out = self.header(layout.header, separator, upper_name)
        for section in layout.sections:
            out += self.section(section, upper_titles)
        return out


def spaced(flowable: Flowable, space: float) -> Flowable:
    """``flowable`` with its own space before (platypus drops it at the top of a frame)."""
    flowable.spaceBefore = space
    return flowable


def hexcolour(style_or_colour: object) -> str:
    colour = getattr(style_or_colour, "textColor", style_or_colour)
    return colour.hexval().replace("0x", "#")  # type: ignore[union-attr]


def _drawable(image: str) -> str | None:
    """The photo as reportlab can draw it, or None (a file that fails to decode is left out)."""
    path = local_image(image)
    if path is None:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # PIL raises many kinds for a damaged picture: the résumé renders without it
        return None
    return str(path) if width > 0 and height > 0 else None
