"""A theme turned into reportlab paragraph styles and page geometry.

Why one place: every size, colour, font and spacing the PDF shows comes from
the theme here, so ``--set font.size=10`` or ``--set accent=#1f6feb`` changes
the whole document consistently and the layout code never reads the theme.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LEGAL, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ...errors import VitaError
from ...render import PARAGRAPH_SPACE
from ...types import Theme
from .fonts import Family, family, font_for

PAGES = {"a4": A4, "letter": LETTER, "legal": LEGAL}


@dataclass(frozen=True)
class Styles:
    """Everything the layout needs from a theme, in reportlab units (pt)."""

    page: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    body_font: Family
    name: ParagraphStyle
    label: ParagraphStyle
    contact: ParagraphStyle
    heading: ParagraphStyle
    text: ParagraphStyle
    #: Body text that follows a paragraph of its own kind: spaced so it never reads as a wrap.
    paragraph: ParagraphStyle
    right: ParagraphStyle
    muted: ParagraphStyle
    bullet: ParagraphStyle
    link: colors.Color
    rule: colors.Color | None
    rule_space: float
    bullet_char: str
    entry_space: float
    inline_dates: bool
    date_gap: float

    @property
    def width(self) -> float:
        return self.page[0] - self.margins[1] - self.margins[3]

    @property
    def height(self) -> float:
        return self.page[1] - self.margins[0] - self.margins[2]


def _colour(ref: str, theme: Theme) -> colors.Color:
    named = {"accent": theme["accent"], "text": theme["colors"]["text"], "muted": theme["colors"]["muted"]}
    return colors.HexColor(named.get(ref, ref))


def _family(theme: Theme, key: str) -> Family:
    try:
        return family(theme["font"][key])
    except VitaError as exc:
        raise VitaError(f"theme setting font.{key}: {exc}") from None


def build(theme: Theme) -> Styles:
    """The styles for one theme (cheap: fonts are registered once per process)."""
    body, heads = _family(theme, "body"), _family(theme, "heading")
    size = float(theme["font"]["size"])
    lead = size * float(theme["font"]["line_spacing"])
    text_colour, muted = colors.HexColor(theme["colors"]["text"]), colors.HexColor(theme["colors"]["muted"])
    header, heading = theme["header"], theme["headings"]
    align = TA_CENTER if header["align"] == "center" else TA_LEFT
    text = ParagraphStyle("text", fontName=body.regular, fontSize=size, leading=lead, textColor=text_colour,
                          allowWidows=0, allowOrphans=0)
    name_size = size * float(header["name_size"])
    head_size = size * float(heading["size"])
    margins = theme["page"]["margins"]
    section = float(theme["spacing"]["section"])  # space before a section title; a share of it follows
    bullet = theme["list"]["bullet"]
    return Styles(
        page=PAGES[theme["page"]["size"]],
        margins=(margins["top"] * mm, margins["right"] * mm, margins["bottom"] * mm, margins["left"] * mm),
        body_font=body,
        name=ParagraphStyle("name", text, fontName=heads.bold, fontSize=name_size, leading=name_size * 1.15,
                            alignment=align, textColor=_colour(header["name_color"], theme), spaceAfter=size * 0.3),
        label=ParagraphStyle("label", text, fontSize=size * 1.1, leading=size * 1.1 * 1.25, alignment=align,
                             textColor=muted, spaceAfter=size * 0.15),
        contact=ParagraphStyle("contact", text, alignment=align, textColor=text_colour, spaceAfter=size * 0.3),
        heading=ParagraphStyle("heading", text, fontName=heads.bold if heading["bold"] else heads.regular,
                               fontSize=head_size, leading=head_size * 1.2, keepWithNext=1,
                               spaceBefore=section, spaceAfter=section * 0.35,
                               textColor=_colour(heading["color"], theme)),
        text=text,
        paragraph=ParagraphStyle("paragraph", text, spaceBefore=size * PARAGRAPH_SPACE),
        right=ParagraphStyle("right", text, alignment=TA_RIGHT),
        muted=ParagraphStyle("muted", text, textColor=muted),
        bullet=ParagraphStyle("bullet", text, leftIndent=size * 1.3, bulletIndent=size * 0.35,
                              bulletFontName=font_for(ord(bullet[0]), body.regular) or body.regular,
                              spaceBefore=size * 0.1),
        link=colors.HexColor(theme["accent"]),
        rule=colors.HexColor(theme["colors"]["rule"]) if heading["rule"] else None,
        rule_space=section * 0.45,
        bullet_char=bullet,
        entry_space=float(theme["spacing"]["entry"]),
        inline_dates=theme["dates"]["position"] == "inline",
        date_gap=size * 1.5,
    )
