"""Clean-up of every value (MAPPING §1): mojibake, LaTeX, HTML, icons, Markdown."""
from __future__ import annotations

import pytest

from converter.parse.clean import clean_md, links, plain, repair, title_case_name


@pytest.mark.parametrize(("raw", "value"), [
    ("GPA  $3.80/4.0\\,$ ", "GPA 3.80/4.0"),
    ("over  $3 \\times$  memory", "over 3× memory"),
    ("MATLAB,  $\\LaTeX$ , CUDA", "MATLAB, LaTeX, CUDA"),
    ("(1<sup>st</sup> author)", "(1st author)"),
    ("yusen\\_wu@126.com", "yusen_wu@126.com"),
    ("✉ a · ☎ b · 🌐 c", "a · b · c"),
    ("⚙️ SKILLS", "SKILLS"),
    ("**Deep learning:** Python, *PyTorch*", "Deep learning: Python, PyTorch"),
    ("[Alpa Project](#) and [site](https://x.example.org)", "Alpa Project and site"),
    ("keep <!-- hidden --> this", "keep this"),
])
def test_values_are_cleaned(raw, value):
    assert plain(clean_md(raw)) == value


def test_mojibake_is_repaired():
    assert repair("ICLR 2025.ðŸŽ‰ â€” 2022 â€“ 2025") == "ICLR 2025.🎉 — 2022 – 2025"
    assert repair("CafÃ© Ã©tÃ©") == "Café été"
    assert repair("plain text") == "plain text"


def test_links_skip_placeholders():
    assert links("[a](#) [b](https://b.example.org)") == [("b", "https://b.example.org")]


def test_names_in_capitals_are_title_cased_only_then():
    assert title_case_name("YUSEN WU") == "Yusen Wu"
    assert title_case_name("Dayou DU") == "Dayou DU"
    assert title_case_name("TOMÁS RIVERA-KLINE") == "Tomás Rivera-Kline"
