"""The ``pdf`` writer: a themed, ATS-readable résumé PDF drawn with reportlab platypus.

Why this split: :mod:`converter.render` decides *what* is shown (shared with
the DOCX writer), :mod:`.styles` turns the theme into type and geometry,
:mod:`.fonts` finds glyphs for every script, :mod:`.synthetic` draws bold and
italic in fonts that lack those faces, :mod:`.flow` lays the view out,
:mod:`.meta` fills the document properties. Output is deterministic
(reportlab's invariant mode: fixed dates and document id), so the same input
and theme always give byte-identical files. The creation date is then
2000-01-01 unless ``SOURCE_DATE_EPOCH`` is set (reproducible-builds
convention, honoured by reportlab).
"""
from __future__ import annotations

from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from ...registry import Writer, register
from ...render import layout
from ...types import Resume, Theme
from .flow import Builder
from .meta import metadata
from .styles import build
from .synthetic import StyledCanvas


def write_pdf(doc: Resume, theme: Theme) -> bytes:
    """The résumé as PDF bytes, styled by ``theme``."""
    styles = build(theme)
    top, right, bottom, left = styles.margins
    out = BytesIO()
    template = BaseDocTemplate(out, pagesize=styles.page, topMargin=top, rightMargin=right,
                               bottomMargin=bottom, leftMargin=left, invariant=True, creator="Vita",
                               producer="Vita (reportlab)", initialFontName=styles.body_font.regular,
                               **metadata(doc))
    # No frame padding: the theme's margins are the distance from the paper edge to the text.
    frame = Frame(left, bottom, styles.width, styles.page[1] - top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate("page", [frame])])
    flowables = Builder(styles).build(layout(doc, theme), theme["header"]["separator"],
                                      theme["header"]["uppercase_name"], theme["headings"]["uppercase"])
    # an empty résumé is one blank page: a PDF with none is broken
    template.build(flowables or [PageBreak()], canvasmaker=StyledCanvas)
    return out.getvalue()


register(Writer("pdf", ".pdf", "PDF, themed (reportlab): real text, links, metadata; ATS-readable", write_pdf,
                check=build))
