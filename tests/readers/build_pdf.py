"""Small PDF résumés drawn with reportlab for the PDF reader's tests and benchmark.

Why built, not committed: each document shows one layout feature on purpose
(bold headings in a larger size, dates set flush right, two columns, running
header and footer, a link annotation, a hyphenated line end, an ``ﬁ``
ligature), and the code that draws it documents what the reader must undo.
Fonts are the Bitstream Vera TTFs shipped inside reportlab, so the output is
the same on every machine and carries a ToUnicode map like real PDFs do.
"""
from __future__ import annotations

import io
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"), ("Vera-Italic", "VeraIt.ttf")):
    if _name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_name, str(_FONT_DIR / _file)))

WIDTH, HEIGHT = A4
LEFT, RIGHT = 56.0, WIDTH - 56.0
BODY = 10.0


class Page:
    """A cursor over one canvas page: writes lines top-down at a fixed leading."""

    def __init__(self, canvas: Canvas, y: float = HEIGHT - 80) -> None:
        self.c = canvas
        self.y = y

    def line(self, text: str, *, font: str = "Vera", size: float = BODY, x: float = LEFT,
             right: str = "", right_x: float = RIGHT, gap: float = 0.0) -> float:
        """Draw one line (and a flush-right run); returns the baseline used."""
        self.y -= gap
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        if right:
            self.c.setFont("Vera", BODY)
            self.c.drawRightString(right_x, self.y, right)
        base = self.y
        self.y -= size * 1.35
        return base

    def heading(self, text: str, x: float = LEFT) -> None:
        self.line(text, font="Vera-Bold", size=13, x=x, gap=8)

    def bullet(self, text: str, x: float = LEFT) -> None:
        self.c.setFont("Vera", BODY)
        self.c.drawString(x + 4, self.y, "•")
        self.line(text, x=x + 14)


def _running(canvas: Canvas, page: int, pages: int) -> None:
    """The header and footer a word processor repeats on every page."""
    canvas.setFont("Vera", 8)
    canvas.drawString(LEFT, HEIGHT - 36, "Jane Example — Curriculum Vitae")
    canvas.drawRightString(RIGHT, 30, f"Page {page} of {pages}")


def two_page_resume() -> bytes:
    """A two-page résumé with every layout feature the reader has to handle."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    _running(c, 1, 2)
    p = Page(c)
    p.line("Jane Example", font="Vera-Bold", size=22)
    base = p.line("jane@example.com · +1 555 0100 · janeexample.dev")
    link_x = LEFT + pdfmetrics.stringWidth("jane@example.com · +1 555 0100 · ", "Vera", BODY)
    link_w = pdfmetrics.stringWidth("janeexample.dev", "Vera", BODY)
    c.linkURL("https://janeexample.dev", (link_x, base - 2, link_x + link_w, base + BODY), relative=0)
    p.heading("Summary")
    p.line("Backend engineer with ten years in ﬁnance and logistics, experi-")
    p.line("enced in building reliable payment systems for large teams.")
    p.heading("Experience")
    p.line("Senior Engineer, Acme Corp", font="Vera-Bold", right="Jan 2019 – Present", gap=2)
    p.line("Berlin, Germany", font="Vera-Italic")
    for text in ("Led the migration of the ledger to event sourcing.",
                 "Cut p99 latency of the payments API from 900 ms to 120 ms.",
                 "Mentored six engineers; two now lead their own teams."):
        p.bullet(text)
    p.line("Software Engineer, Globex", font="Vera-Bold", right="Mar 2015 – Dec 2018", gap=6)
    p.line("Hamburg, Germany", font="Vera-Italic")
    for text in ("Built the ﬂeet tracking service in Go and PostgreSQL.",
                 "Introduced contract tests between twelve services."):
        p.bullet(text)
    c.showPage()

    _running(c, 2, 2)
    side, main = LEFT, LEFT + 170
    left = Page(c)
    left.heading("Skills", x=side)
    for text in ("Python", "Go", "PostgreSQL", "Kafka"):
        left.line(text, x=side)
    left.heading("Languages", x=side)
    for text in ("English (native)", "German (fluent)"):
        left.line(text, x=side)
    right = Page(c)
    right.heading("Education", x=main)
    right.line("MSc Computer Science", font="Vera-Bold", x=main, right="2013 – 2015", gap=2)
    right.line("Technical University of Munich", x=main)
    right.line("BSc Mathematics", font="Vera-Bold", x=main, right="2010 – 2013", gap=6)
    right.line("University of Leipzig", x=main)
    right.heading("Projects", x=main)
    right.line("ledgerlite — a tiny double-entry ledger library", x=main)
    c.showPage()
    c.save()
    return buf.getvalue()


def one_line(text: str = "Jane Example", **canvas_options: object) -> bytes:
    """A one-page PDF with one line of text (options go to the canvas: ``encrypt=``)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, **canvas_options)
    c.setFont("Vera", 12)
    c.drawString(LEFT, HEIGHT - 80, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned() -> bytes:
    """A page that is only a picture of text, as a scanner makes it."""
    from PIL import Image, ImageDraw

    picture = Image.new("L", (400, 100), 255)
    ImageDraw.Draw(picture).text((10, 40), "Jane Example", fill=0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.drawInlineImage(picture, LEFT, HEIGHT - 200, 400, 100)
    c.showPage()
    c.save()
    return buf.getvalue()


def pages(count: int) -> bytes:
    """``count`` pages of one line each."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for n in range(count):
        c.setFont("Vera", 12)
        c.drawString(LEFT, HEIGHT - 80, f"Line on page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def date_column() -> bytes:
    """Dates in a left column beside each entry (moderncv style): a table, read row by row."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    p = Page(c)
    p.heading("Experience")
    for date, text in (("2019 – 2021", "Senior Engineer, Acme"), ("", "Led the ledger migration."),
                       ("2015 – 2019", "Engineer, Globex"), ("", "Built fleet tracking."),
                       ("2013 – 2015", "Intern, Initech")):
        if date:
            c.setFont("Vera", BODY)
            c.drawString(LEFT, p.y, date)
        p.line(text, x=LEFT + 100)
    c.showPage()
    c.save()
    return buf.getvalue()


def wrapped() -> bytes:
    """Text the producer wrapped: a paragraph, a bullet with a hanging indent, and lines that only look wrapped."""
    from reportlab.lib.utils import simpleSplit

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    p = Page(c)
    width = RIGHT - LEFT
    for part in simpleSplit(PROSE, "Vera", BODY, width):
        p.line(part)
    c.setFont("Vera", BODY)
    c.drawString(LEFT + 4, p.y, "•")
    for part in simpleSplit(BULLET, "Vera", BODY, width - 14):
        p.line(part, x=LEFT + 14)
    title = "Senior Engineer, Acme Corp — platform and payments teams"
    p.line(title, font="Vera-Bold", right="2019 – 2021")
    p.line("Berlin")
    p.line("Courses: distributed systems, databases, compilers, operating systems and networks")
    p.line("Minor: Music")
    c.showPage()
    c.save()
    return buf.getvalue()


PROSE = ("Backend engineer with ten years in finance and logistics, building reliable payment systems, "
         "ledgers and the tooling around them for teams of every size, from two people to two hundred.")
BULLET = ("Led the migration of the ledger to event sourcing across four services without downtime, "
          "and wrote the runbooks the on-call team still uses.")
