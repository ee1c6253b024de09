"""Every theme option visibly changes the PDF, from a theme name or a ``--set`` override."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from converter.errors import UsageError
from converter.theme import resolve_theme
from tests.vita_runner import run_vita

from .samples import content, font_names, full_resume, reader, render, spans, text


def _media_box(pdf: bytes) -> tuple[float, float]:
    box = reader(pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(("size", "box"), [("a4", (595, 842)), ("letter", (612, 792)), ("legal", (612, 1008))])
def test_page_size(size: str, box: tuple[int, int]) -> None:
    assert _media_box(render(full_resume(), "modern", f"page={size}")) == box


def test_margins_move_the_text() -> None:
    left = min(x for _, x, _, _ in spans(render(full_resume(), "modern", "page.margins.left=40")))
    assert left == pytest.approx(40 * 72 / 25.4, abs=0.5)


def test_body_and_heading_fonts() -> None:
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= font_names(render(full_resume(), "classic"))
    names = font_names(render(full_resume(), "classic", "font.body=sans", "font.heading=mono"))
    assert {"LiberationSans", "LiberationMono-Bold"} <= names
    assert not any(n.startswith("LiberationSerif") for n in names)


def test_base_size() -> None:
    sizes = {size for piece, _, _, size in spans(render(full_resume(), "modern", "font.size=12"))
             if piece.startswith("Writes the first")}
    assert sizes == {12}


def test_line_spacing() -> None:
    doc = full_resume()
    doc["work"][0]["highlights"] = ["First bullet", "Second bullet"]

    def gap(*sets: str) -> float:
        ys = {piece: y for piece, _, y, _ in spans(render(doc, "modern", *sets))}
        return ys["First bullet"] - ys["Second bullet"]

    assert gap() == pytest.approx(10 * 1.25 + 1.0, abs=0.01)  # leading + the bullet's space before
    assert gap("font.line_spacing=2") == pytest.approx(10 * 2 + 1.0, abs=0.01)


def test_accent_colour() -> None:
    rgb = b".121569 .435294 .921569 rg"
    assert rgb in content(render(full_resume(), "modern"))
    assert rgb not in content(render(full_resume(), "modern", "accent=#ff0000"))
    assert b"1 0 0 rg" in content(render(full_resume(), "modern", "accent=#ff0000"))


def test_section_order_and_hidden() -> None:
    words = text(render(full_resume(), "classic", "sections.order=skills,education,work", "sections.hidden=awards"))
    assert words.index("SKILLS") < words.index("EDUCATION") < words.index("EXPERIENCE")
    assert "AWARDS" not in words and "Royal Medal" not in words


def test_date_format_and_open_end_word() -> None:
    words = text(render(full_resume(), "classic", "dates.format=MM/YYYY", "dates.present=heute"))
    assert "09/2021 – heute" in words
    assert "01/2018 – 08/2021" in words


def test_bullet_character() -> None:
    assert "▪ Wrote the Bernoulli program" in text(render(full_resume(), "classic", "bullet=▪"))
    assert "– Wrote the Bernoulli program" in text(render(full_resume(), "classic", "bullet=–"))


def test_section_titles_and_inline_dates() -> None:
    compact = text(render(full_resume(), "compact"))
    assert "Lead Programmer, Analytical Engine Co 09/2021 – Present London" in " ".join(compact.split())


def test_the_three_themes_differ() -> None:
    pdfs = {name: render(full_resume(), name) for name in ("classic", "modern", "compact")}
    assert "LiberationSerif-Bold" in font_names(pdfs["classic"])
    assert "LiberationSerif-Bold" not in font_names(pdfs["modern"])
    assert "Experience" in text(pdfs["modern"]) and "EXPERIENCE" in text(pdfs["classic"])
    name_x = {n: next(x for piece, x, _, _ in spans(p) if piece == "Ada Lovelace") for n, p in pdfs.items()}
    assert name_x["classic"] > 200 > name_x["modern"]
    assert len(reader(pdfs["compact"]).pages) == 1


@pytest.mark.parametrize(("setting", "message"), [
    ("page=a5", "page.size"), ("colour=#fff", "unknown theme key 'colour'"), ("accent=blue", "accent"),
    ("font.size=huge", "not a number"), ("sections.order=work,jobs", "sections.order"),
])
def test_bad_settings_are_named(setting: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        resolve_theme("modern", [setting])


def test_bad_setting_on_the_command_line_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "cv.json"
    source.write_text('{"basics": {"name": "Ada"}}', encoding="utf-8")
    result = run_vita("convert", str(source), "--to", "pdf", "--set", "page=a5", "-o", str(tmp_path / "cv.pdf"))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "page.size" in result.err
    assert not (tmp_path / "cv.pdf").exists()


def test_command_line_options_take_effect(tmp_path: Path) -> None:
    source = tmp_path / "cv.json"
    source.write_text('{"basics": {"name": "Ada", "email": "a@b.org"}}', encoding="utf-8")
    target = tmp_path / "cv.pdf"
    result = run_vita("convert", str(source), "--to", "pdf", "--theme", "modern", "--set", "accent=#1f6feb",
                      "--set", "font.size=10", "--set", "page=letter", "-o", str(target))
    assert result.code == 0, result.err
    assert _media_box(target.read_bytes()) == (612, 792)


def test_compact_fits_a_typical_resume_on_one_page() -> None:
    example = Path(__file__).resolve().parents[3] / "examples" / "nadia-ferreira.json"
    if not example.is_file():
        pytest.skip("examples/nadia-ferreira.json is not in this checkout")
    doc = json.loads(example.read_text(encoding="utf-8"))
    assert len(reader(render(doc, "compact")).pages) == 1
    assert len(reader(render(doc, "classic")).pages) == 2
