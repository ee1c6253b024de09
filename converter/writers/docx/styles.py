"""The theme as named Word styles, so a user restyles the résumé from the Styles pane.

Why styles and not run formatting: every paragraph names a style (``Title``,
``Subtitle``, ``Contact``, ``Heading 1``, ``Entry Title``, ``List Bullet``,
``Normal``) and carries no fonts, sizes or colours of its own, so changing
one style in Word changes every section title or bullet at once. The
built-in names are kept where they exist (``Heading 1`` is a real heading in
Word's navigation pane and in every DOCX reader); the two custom styles are
based on ``Normal``.

With a user's reference document the styles it already defines are kept as
they are (as pandoc does); only missing ones are added, and those carry no
look of their own (no font, size or colour), so they inherit the
reference's ``Normal``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from docx.document import Document
from docx.oxml.ns import qn
from lxml.etree import _Element

from ...render.fonts import DOCX_EAST_ASIAN, docx_family
from ...types import Theme
from .ooxml import el, fonts, hex_color, pt_to_twips, val

#: style ids the body refers to (ids as Word writes them for the English built-ins)
NORMAL, TITLE, SUBTITLE, CONTACT, HEADING, ENTRY, ENTRY_DETAIL, BULLET, LINK, DATES = (
    "Normal", "Title", "Subtitle", "Contact", "Heading1", "EntryTitle", "EntryDetail", "ListBullet", "Hyperlink",
    "EntryDates")


@dataclass(frozen=True)
class Look:
    """What a reference document decides instead of the theme: family, size, colour."""

    font: str | None = None
    size: float | None = None
    color: str | None = None
    east_asian: str | None = None


@dataclass(frozen=True)
class StyleSpec:
    """One style: identity, look, and the structure (spacing, tabs, numbering) the layout needs."""

    style_id: str
    name: str
    kind: str = "paragraph"
    based_on: str | None = NORMAL
    next: str | None = None
    custom: bool = False
    look: Look = Look()
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    align: str | None = None
    before: float | None = None
    after: float | None = None
    line: float | None = None
    keep_next: bool = False
    outline: int | None = None
    rule: str | None = None
    rule_gap: int = 1
    tab_right: int | None = None
    num_id: int | None = None
    indent: tuple[int, int] | None = None


def color_ref(theme: Theme, ref: str) -> str:
    """A theme colour reference (``accent``, ``text``, ``muted`` or ``#rrggbb``) as ``#rrggbb``."""
    if ref == "accent":
        return theme["accent"]
    return theme["colors"].get(ref, ref) if ref in ("text", "muted") else ref


def specs(theme: Theme, text_width: int, num_id: int | None) -> list[StyleSpec]:
    """Every style the body uses, from the theme; ``text_width`` in twips sets the date tab stop.

    Sizes and spacing mirror the PDF writer's (:mod:`converter.writers.pdf.styles`), so the
    two files of one theme look alike and break pages alike.
    """
    font, header, headings = theme["font"], theme["header"], theme["headings"]
    size = float(font["size"])
    body, heading = docx_family(font["body"]), docx_family(font["heading"])
    align = "center" if header["align"] == "center" else "left"
    muted = theme["colors"]["muted"]
    inline = theme["dates"]["position"] == "inline"
    name_size, head_size = size * header["name_size"], size * headings["size"]
    rule = theme["colors"]["rule"] if headings["rule"] else None
    tab = None if inline else text_width
    section = float(theme["spacing"]["section"])
    return [
        StyleSpec(NORMAL, "Normal", based_on=None,
                  look=Look(body, size, theme["colors"]["text"], DOCX_EAST_ASIAN),
                  before=0, after=0, line=size * font["line_spacing"]),
        StyleSpec(TITLE, "Title", next=NORMAL, look=Look(heading, name_size, color_ref(theme, header["name_color"])),
                  bold=True, caps=header["uppercase_name"], align=align, after=size * 0.3, line=name_size * 1.15,
                  keep_next=True),
        StyleSpec(SUBTITLE, "Subtitle", next=NORMAL, look=Look(size=size * 1.1, color=muted), align=align,
                  after=size * 0.15, line=size * 1.1 * 1.25, keep_next=True),
        StyleSpec(CONTACT, "Contact", next=NORMAL, custom=True, align=align, after=size * 0.3),
        StyleSpec(HEADING, "heading 1", next=NORMAL,
                  look=Look(heading, head_size, color_ref(theme, headings["color"])),
                  bold=headings["bold"], caps=headings["uppercase"], before=section,
                  after=section * (0.45 if rule else 0.35), line=head_size * 1.2, keep_next=True, outline=0,
                  rule=rule, rule_gap=round(section * 0.35)),
        StyleSpec(ENTRY, "Entry Title", next=NORMAL, custom=True, before=theme["spacing"]["entry"],
                  keep_next=True, tab_right=tab),
        StyleSpec(ENTRY_DETAIL, "Entry Detail", next=NORMAL, custom=True, keep_next=True, tab_right=tab),
        StyleSpec(BULLET, "List Bullet", num_id=num_id, before=size * 0.1,
                  indent=(pt_to_twips(size * 1.3), pt_to_twips(size * 0.95))),
        StyleSpec(LINK, "Hyperlink", kind="character", based_on=None, look=Look(color=theme["accent"])),
        StyleSpec(DATES, "Entry Dates", kind="character", based_on=None, custom=True,
                  look=Look(color=muted if inline else None)),
    ]


def _run_props(spec: StyleSpec) -> _Element:
    look = spec.look
    half_points = str(round(look.size * 2)) if look.size else None
    return el("w:rPr",
              fonts(look.font, look.east_asian),
              val("w:b", int(spec.bold)) if spec.bold is not None else None,
              val("w:bCs", int(spec.bold)) if spec.bold is not None else None,
              val("w:i", int(spec.italic)) if spec.italic is not None else None,
              val("w:caps", int(spec.caps)) if spec.caps is not None else None,
              val("w:color", hex_color(look.color)) if look.color else None,
              val("w:sz", half_points) if half_points else None,
              val("w:szCs", half_points) if half_points else None)


def _spacing(spec: StyleSpec) -> _Element | None:
    attrs: dict[str, str | int] = {}
    if spec.before is not None:
        attrs["before"] = pt_to_twips(spec.before)
    if spec.after is not None:
        attrs["after"] = pt_to_twips(spec.after)
    if spec.line is not None:
        attrs.update(line=pt_to_twips(spec.line), lineRule="atLeast")
    return el("w:spacing", **attrs) if attrs else None


def _para_props(spec: StyleSpec) -> _Element:
    return el("w:pPr",
              el("w:keepNext") if spec.keep_next else None,
              el("w:numPr", val("w:ilvl", 0), val("w:numId", spec.num_id)) if spec.num_id is not None else None,
              el("w:pBdr", el("w:bottom", val="single", sz=5, space=spec.rule_gap, color=hex_color(spec.rule)))
              if spec.rule else None,
              el("w:tabs", el("w:tab", val="right", pos=spec.tab_right)) if spec.tab_right else None,
              _spacing(spec),
              el("w:ind", left=spec.indent[0], hanging=spec.indent[1]) if spec.indent else None,
              val("w:jc", spec.align) if spec.align else None,
              val("w:outlineLvl", spec.outline) if spec.outline is not None else None)


def build(spec: StyleSpec) -> _Element:
    """The ``w:style`` element for a spec."""
    node = el("w:style", type=spec.kind, styleId=spec.style_id)
    if spec.style_id == NORMAL:
        node.set(qn("w:default"), "1")
    if spec.custom:
        node.set(qn("w:customStyle"), "1")
    node.append(val("w:name", spec.name))
    if spec.based_on:
        node.append(val("w:basedOn", spec.based_on))
    if spec.next:
        node.append(val("w:next", spec.next))
    node.append(el("w:qFormat"))
    if spec.kind == "paragraph":
        node.append(_para_props(spec))
    node.append(_run_props(spec))
    return node


def _existing(styles: _Element, style_id: str, name: str) -> _Element | None:
    """The document's own style, by id or by name (Word localises ids, not names)."""
    for node in styles.iterchildren(qn("w:style")):
        found = node.find(qn("w:name"))
        if node.get(qn("w:styleId")) == style_id or (
                found is not None and (found.get(qn("w:val")) or "").lower() == name.lower()):
            return node
    return None


def defines(document: Document, style_id: str, name: str) -> bool:
    """Whether the document already has this style."""
    return _existing(document.styles.element, style_id, name) is not None


def install(document: Document, theme_specs: list[StyleSpec], *, keep_existing: bool) -> dict[str, str]:
    """Put the styles into the document; the map from Vita's style ids to the ids it really has.

    ``keep_existing`` (a reference document) keeps a style the document defines and adds
    the rest without a look of their own; otherwise every style is written from the theme.
    """
    styles = document.styles.element
    ids: dict[str, str] = {}
    for spec in theme_specs:
        found = _existing(styles, spec.style_id, spec.name)
        if found is not None and keep_existing:
            ids[spec.style_id] = found.get(qn("w:styleId")) or spec.style_id
            continue
        if found is not None:
            styles.remove(found)
        # a missing style inherits the reference's look; links still need a colour to be seen
        bare = Look(color=spec.look.color) if spec.style_id == LINK else Look()
        styles.append(build(replace(spec, look=bare) if keep_existing else spec))
        ids[spec.style_id] = spec.style_id
    return ids
