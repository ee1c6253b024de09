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
    assert title_case_name('MARGARET "MEG" O\'NEILL, BSN, RN') == 'Margaret "Meg" O\'Neill, BSN, RN'
    assert title_case_name("JOHN SMITH, JR.") == "John Smith, Jr."
    assert title_case_name("DR AMARA OKONKWO MBBS MRCP") == "Dr Amara Okonkwo MBBS MRCP"
    assert title_case_name("ANA MARIA DO CARMO") == "Ana Maria Do Carmo"


@pytest.mark.parametrize(("raw", "md"), [
    # layout gaps and line breaks are the column separator the rest of the parser reads
    ("**Northwind Robotics** \\hfill Seattle, WA \\\\", "**Northwind Robotics** | Seattle, WA |"),
    ("\\textit{Data Scientist} \\hfill Jun.~2018 -- Feb.~2021", "*Data Scientist* | Jun. 2018 – Feb. 2021"),
    ("English --- native", "English — native"),
    ("pages 45--67, Jan 2019--Present", "pages 45–67, Jan 2019–Present"),
    ("Engineer $\\vert$ Seattle $|$ WA $\\cdot$ USA", "Engineer | Seattle | WA · USA"),
    ("by 38\\% in R \\& Python \\#1, \\$5", "by 38% in R & Python #1, $5"),
    ("\\href{https://rafito.example.com}{my site} and \\url{https://x.example.org/a}",
     "[my site](https://rafito.example.com) and https://x.example.org/a"),
    ("\\textbf{\\textit{Both}} \\small then \\textcolor{gray}{grey} \\textsc{Caps}", "***Both*** then grey Caps"),
    ("\\item Built it \\textbullet{} twice", "• Built it • twice"),
    ("$\\sim$5k users, Prof.~Lee et~al.", "~5k users, Prof. Lee et al."),
    ("+1 555 0100 $\\sim$ r@example.com", "+1 555 0100 | r@example.com"),
    ("M{\\\"u}ller and Fran{\\c{c}}ois", "Müller and François"),
    # raw macros: a template's fields are columns; environments, sizes and font switches are layout
    ("\\resumeSubheading{Acme Corp}{Boston, MA}{Engineer}{2020 -- 2021}",
     "Acme Corp | Boston, MA | Engineer | 2020 – 2021"),
    ("\\begin{itemize}[leftmargin=*] \\item Built it \\end{itemize}", "• Built it"),
    ("\\textbf{\\Huge \\scshape Jane Example}", "**Jane Example**"),
    ("\\section*{Experience}", "Experience"),
    # icons: a network's icon labels the handle after it; others leave a separator between fields
    ("\\faGithub\\ rafito \\quad \\faEnvelope{} r@example.com", "GitHub: rafito | r@example.com"),
    ("\\faLinkedin{} linkedin.com/in/rafael-ito", "LinkedIn: linkedin.com/in/rafael-ito"),
    ("\uf09b rafito  \uf0e0 r@example.com \uf095 +1 555 0142", "GitHub: rafito | r@example.com | +1 555 0142"),
    ("\uf121 Skills", "Skills"),
    ("\\faGithub{} Links", "Links"),
])
def test_latex_crumbs_and_icons(raw, md):
    assert clean_md(raw) == md


@pytest.mark.parametrize("text", ["example.edu/~jdoe", "~~struck~~", "C:\\Program Files", "--verbose flag",
                                  "a - b", "~5 years"])
def test_text_that_only_looks_like_latex_is_kept(text):
    assert clean_md(text) == text


def test_unmapped_pdf_glyphs_are_icons():
    assert clean_md("(cid:0) jane@example.com (cid:1) +1 555 0100") == "jane@example.com | +1 555 0100"


def test_inline_math_in_parentheses_and_ligatures():
    assert clean_md("GPA \\(3.8/4.0\\), \\(\\sim\\)5k users, \\(escaped\\) brackets") == \
        "GPA 3.8/4.0, ~5k users, (escaped) brackets"
    assert clean_md("\ufb01nance \ufb02ow e\ufb00ort") == "finance flow effort"


@pytest.mark.parametrize(("raw", "md"), [
    ("E X P E R I E N C E", "EXPERIENCE"), ("J A N E  D O E", "JANE DOE"), ("J A N E | D O E", "JANE DOE"),
    ("A B C", "A B C"), ("Skills: A B C D", "Skills: A B C D"), ("I  A M", "I A M"),
])
def test_letter_spaced_lines_are_words_again(raw, md):
    assert clean_md(raw) == md


@pytest.mark.parametrize(("raw", "md"), [
    ("\uf09b Rafito | \uf0e0 a@example.org", "GitHub: Rafito | a@example.org"),
    ("\uf08c Rafael Ito", "Rafael Ito"),
    ("\\faGithub{} Projects", "Projects"),
])
def test_a_network_icon_labels_a_handle_only(raw, md):
    assert clean_md(raw) == md


def test_title_case_keeps_consonant_only_abbreviations():
    assert title_case_name("CONTINUING PROFESSIONAL DEVELOPMENT (CPD)") == "Continuing Professional Development (CPD)"
    assert title_case_name("DBS") == "DBS"
    assert title_case_name("NG LI") == "Ng Li"
