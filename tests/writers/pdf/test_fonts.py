"""Any script renders with real glyphs and extracts back as the same text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.errors import VitaError
from converter.writers.pdf import fonts

from .samples import font_names, full_resume, needs_cjk_font, render, text

NAMES = ["Łukasz Żółć", "José Núñez", "Αλέξανδρος Παπαδόπουλος", "Дмитрий Шостакович", "王小明", "山田太郎",
         "김민준", "Ærøskøbing Ångström"]


def _multilingual() -> dict:
    doc = full_resume()
    doc["basics"]["name"] = "Łukasz Żółć"
    doc["references"] = [{"name": name, "reference": f"Kontakt {name}"} for name in NAMES]
    doc["work"][0]["highlights"] = ["开发了分布式系统", "日本語のドキュメントを書いた", "한국어 지원"]
    return doc


@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_every_script_round_trips_through_extraction(theme: str) -> None:
    words = text(render(_multilingual(), theme, "dates.present=至今"))
    for name in [*NAMES, "开发了分布式系统", "日本語のドキュメントを書いた", "한국어 지원", "Sep 2021 – 至今"]:
        assert name in words


def test_latin_greek_cyrillic_need_no_fallback() -> None:
    base = fonts.family("serif").regular
    assert fonts.markup("Łukasz Żółć Αλέξανδρος Дмитрий", base) == "Łukasz Żółć Αλέξανδρος Дмитрий"
    assert fonts.markup("R&D <x>", base) == "R&amp;D &lt;x&gt;"


@needs_cjk_font
def test_cjk_glyphs_are_embedded_from_an_installed_font() -> None:
    pdf = render(_multilingual())
    assert any(n.startswith(("WenQuanYi", "Nanum")) for n in font_names(pdf))


def test_cid_fonts_are_the_last_resort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "FALLBACK_FILES", ())
    for cached in (fonts._fallbacks, fonts.font_for):
        cached.cache_clear()
    try:
        base = fonts.family("sans").regular
        assert fonts.markup("王 김 や", base) == ('<font name="STSong-Light">王 </font>'
                                                 '<font name="HYSMyeongJo-Medium">김 </font>'
                                                 '<font name="HeiseiMin-W3">や</font>')
        pdf = render(_multilingual(), "modern")
        assert {"STSong-Light", "HYSMyeongJo-Medium", "HeiseiMin-W3"} <= font_names(pdf)
        assert "王小明" in text(pdf) and "김민준" in text(pdf)
    finally:
        for cached in (fonts._fallbacks, fonts.font_for):
            cached.cache_clear()


def test_installed_family_by_name() -> None:
    if "dejavusans.ttf" not in fonts.installed_files():
        pytest.skip("DejaVu Sans is not installed (Debian: fonts-dejavu-core)")
    assert "DejaVuSans" in font_names(render(full_resume(), "classic", "font.body=DejaVu Sans"))


def test_unknown_family_is_a_clear_error() -> None:
    with pytest.raises(VitaError, match=r"theme setting font\.heading: font 'No Such Font' not found: use serif"):
        render(full_resume(), "classic", "font.heading=No Such Font")


#: Letters of several scripts; names built from them must come back from the PDF unchanged.
LETTERS = st.sampled_from("abcxyzÀÉÑØßŁŻźαβγΩЖжЯя王明山田郎김민준やカ")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(LETTERS, min_size=1, max_size=8), min_size=1, max_size=3))
def test_any_name_round_trips(words: list[str]) -> None:
    doc = full_resume()
    doc["basics"]["name"] = " ".join(words)
    # a long name wraps (CJK at the name's size is wide): compare the words, not the first line
    assert " ".join(text(render(doc, "modern")).split()).startswith(" ".join(words) + " ")


def test_generic_family_falls_back_to_installed_then_vera(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    dejavu = {k: v for k, v in fonts.installed_files().items() if k.startswith("dejavusans")}
    monkeypatch.setattr(fonts, "BUNDLED", tmp_path)  # the bundled Liberation files are gone
    fonts.family.cache_clear()
    try:
        if dejavu:
            monkeypatch.setattr(fonts, "installed_files", lambda: dejavu)
            assert fonts.family("sans").regular == "DejaVuSans-Regular"
            fonts.family.cache_clear()
        monkeypatch.setattr(fonts, "installed_files", dict)
        assert fonts.family("sans") == fonts.Family("Vera-Regular", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic")
        assert font_names(render({"basics": {"name": "Ada"}})) == {"BitstreamVeraSans-Bold"}
    finally:
        fonts.family.cache_clear()


def test_text_width_measures_each_run_in_the_font_it_is_drawn_in() -> None:
    """Why: the contact line is packed by width; CJK measured in the theme font came out far too narrow."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    base = fonts.family("sans").regular
    assert fonts.text_width("Osaka 530", base, 10) == stringWidth("Osaka 530", base, 10)
    assert fonts.text_width("大阪府", base, 10) == pytest.approx(30, rel=0.15)  # full-width: one em each
    assert fonts.text_width("大阪府", base, 10) > 1.25 * stringWidth("大阪府", base, 10)  # (the .notdef width)
