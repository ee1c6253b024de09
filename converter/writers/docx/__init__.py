"""The ``docx`` writer: an editable Word résumé in the same theme as the PDF.

Why a package of small modules: the job splits cleanly — a starting
document (python-docx's template, or the user's reference document), the
theme as named styles and a bullet list definition, the page, the body drawn
from the shared render view, core properties, and a deterministic zip.
"""
from __future__ import annotations

from docx.document import Document

from ...registry import Writer, register
from ...render import layout
from ...render.fonts import docx_family
from ...types import Resume, Theme
from . import styles
from .body import draw
from .numbering import add_bullets
from .package import to_bytes
from .page import apply_theme_page, text_width
from .props import set_core_properties
from .reference import reference_document
from .template import default_document


def build_document(doc: Resume, theme: Theme) -> Document:
    """The résumé as a python-docx document (before saving)."""
    reference = (theme.get("docx") or {}).get("reference", "")
    document = reference_document(reference) if reference else default_document()
    if not reference:
        apply_theme_page(document, theme)
    # a reference document's own List Bullet keeps its own list definition
    num_id = None if reference and styles.defines(document, styles.BULLET, "List Bullet") else \
        add_bullets(document, theme["list"]["bullet"], docx_family(theme["font"]["body"]))
    ids = styles.install(document, styles.specs(theme, text_width(document), num_id),
                         keep_existing=bool(reference))
    draw(document, layout(doc, theme), ids, theme)
    set_core_properties(document, doc)
    return document


def write_docx(doc: Resume, theme: Theme) -> bytes:
    """The .docx bytes of a résumé in a theme; the same input gives the same bytes."""
    return to_bytes(build_document(doc, theme))


def check_theme(theme: Theme) -> None:
    """Fail early, in one line, when ``docx.reference`` names a file that is not a usable .docx."""
    reference = (theme.get("docx") or {}).get("reference", "")
    if reference:
        reference_document(reference)


register(Writer("docx", ".docx", "Word document (editable, named styles; same themes as PDF)", write_docx,
                check=check_theme))
