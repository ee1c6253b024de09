"""Theme → named Word styles: the values the PDF writer uses, overrides included."""
from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from converter.render.fonts import FAMILIES
from converter.theme import resolve_theme

from .conftest import EVERYTHING, render, reopen

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _styles(theme: str, *sets: str):
    return reopen(render(EVERYTHING, theme, *sets)).styles


@pytest.mark.parametrize("theme", ["classic", "modern", "compact"])
def test_builtin_themes(theme: str) -> None:
    """Each shipped theme's values (read from its file, which other work may tune) land in the styles."""
    values = resolve_theme(theme)
    colours = {"accent": values["accent"], **values["colors"]}
    styles = _styles(theme)
    normal, heading, title = styles["Normal"], styles["Heading 1"], styles["Title"]
    assert normal.font.name == FAMILIES[values["font"]["body"]][1]
    assert normal.font.size == Pt(values["font"]["size"])
    heading_colour = colours.get(values["headings"]["color"], values["headings"]["color"])
    assert heading.font.color.rgb == RGBColor.from_string(heading_colour.lstrip("#").upper())
    assert bool(heading.font.all_caps) is values["headings"]["uppercase"]
    assert heading.font.bold is values["headings"]["bold"]
    assert title.paragraph_format.alignment == (WD_ALIGN_PARAGRAPH.CENTER if values["header"]["align"] == "center"
                                                else WD_ALIGN_PARAGRAPH.LEFT)
    assert heading.base_style.name == "Normal" and heading.element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == "0"


def test_classic_in_exact_values() -> None:
    styles = _styles("classic")
    assert styles["Normal"].font.name == "Times New Roman" and styles["Normal"].font.size == Pt(10.5)
    assert styles["Heading 1"].font.all_caps and styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_sizes_scale_from_the_body_size() -> None:
    styles = _styles("modern")
    assert styles["Title"].font.size == Pt(24)            # 10 × name_size 2.4
    assert styles["Heading 1"].font.size == Pt(12.5)      # 10 × headings.size 1.25
    assert styles["Title"].font.color.rgb == RGBColor.from_string("1F6FEB")   # name_color = accent


def test_set_overrides_reach_the_styles() -> None:
    styles = _styles("classic", "font.body=mono", "font.size=12", "accent=#aa0000", "headings.color=accent",
                     "headings.uppercase=false", "headings.rule=false", "spacing.section=20")
    assert styles["Normal"].font.name == "Courier New" and styles["Normal"].font.size == Pt(12)
    heading = styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xAA, 0, 0) and not heading.font.all_caps
    assert heading.paragraph_format.space_before == Pt(20)
    assert heading.element.pPr.find(f"{W}pBdr") is None
    assert styles["Hyperlink"].font.color.rgb == RGBColor(0xAA, 0, 0)


def test_rule_under_section_titles_when_the_theme_asks() -> None:
    border = _styles("classic")["Heading 1"].element.pPr.find(f"{W}pBdr/{W}bottom")
    assert border.get(f"{W}val") == "single" and border.get(f"{W}color") == "777777"


def test_themes_name_fonts_not_theme_fonts() -> None:
    """No asciiTheme attributes anywhere: they would outrank the theme's family in Word."""
    styles = _styles("classic")
    for node in styles.element.iter(f"{W}rFonts"):
        assert not any(key.endswith("Theme}") or "Theme" in key for key in node.attrib), node.attrib


def test_inline_dates_have_no_tab_stop_and_muted_dates() -> None:
    styles = _styles("compact")
    assert styles["Entry Title"].element.pPr.find(f"{W}tabs") is None
    assert styles["Entry Dates"].font.color.rgb == RGBColor.from_string("555555")
