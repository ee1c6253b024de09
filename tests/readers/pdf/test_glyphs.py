"""Bold and italic from how text is drawn, not only from the font: the cues of synthetic styles."""
from __future__ import annotations

import io
import math
from itertools import groupby

from reportlab.pdfgen.canvas import Canvas

from converter.readers.pdf.glyphs import read_pages
from converter.writers.pdf.fonts import family

SHEAR = math.tan(math.radians(12))


def _drawn(words: list[tuple[str, int, tuple[float, float, float, float]]]) -> bytes:
    """One word per text object, in a regular face (no style in its name or flags), each drawn its way."""
    regular = family("serif").regular
    out = io.BytesIO()
    canvas = Canvas(out, invariant=True)
    for n, (word, mode, (a, b, c, d)) in enumerate(words):
        canvas.saveState()  # a render mode outlives its text object
        tx = canvas.beginText()
        tx.setTextTransform(a, b, c, d, 100 + 60 * n, 700 - 40 * n)
        tx.setFont(regular, 12)
        tx.setTextRenderMode(mode)
        tx.textOut(word)
        canvas.drawText(tx)
        canvas.restoreState()
    canvas.save()
    return out.getvalue()


def _styles(pdf: bytes) -> list[tuple[str, bool, bool]]:
    glyphs = [g for g in read_pages(pdf)[0].glyphs if g and g.char.strip()]
    return [("".join(g.char for g in run), *style) for style, run in groupby(glyphs, key=lambda g: (g.bold, g.italic))]


def test_render_mode_and_shear_give_bold_and_italic() -> None:
    upright, turned = (1, 0, 0, 1), (0, 1, -1, 0)
    pdf = _drawn([("plain", 0, upright), ("filled", 2, upright), ("outline", 1, upright),
                  ("slanted", 0, (1, 0, SHEAR, 1)), ("backwards", 0, (1, 0, -SHEAR, 1)),
                  ("both", 2, (1, 0, SHEAR, 1)), ("turned", 0, turned),
                  ("turnslant", 0, (0, 1, -1, SHEAR))])
    assert _styles(pdf) == [("plain", False, False), ("filled", True, False), ("outline", False, False),
                            ("slanted", False, True), ("backwards", False, False), ("both", True, True),
                            ("turned", False, False), ("turnslant", False, True)]
