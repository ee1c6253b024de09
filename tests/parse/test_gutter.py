"""Side-by-side two-column text pages are read one column after the other."""
from __future__ import annotations

from converter.lines import Line, text_lines
from converter.parse import parse_text
from converter.parse.gutter import split_columns

PAGE = """\
ANNA                              PROFILE
KOWALSKA-BERG                     Process engineer with ten years in food packaging
Process Engineer                  lines and a habit of measuring before changing.

CONTACT                           EXPERIENCE
anna.kb@example.com
Gdansk, Poland                    Senior Process Engineer                2019 – Present
                                  Baltic Packaging Sp. z o.o., Gdansk
SKILLS                            • Cut changeover time by 35% on four lines.
Lean                              • Ran the OEE programme.
Six Sigma
SAP PP                            Process Engineer                       2014 – 2019
                                  Northern Foods AB, Malmo
LANGUAGES                         • Commissioned two cartoning machines.
Polish — Native
English — Fluent (C1)
"""


def test_two_columns_on_one_line_are_read_column_by_column() -> None:
    doc = parse_text(PAGE).resume
    assert doc["basics"]["name"] == "Anna Kowalska-Berg"
    assert doc["basics"]["label"] == "Process Engineer"
    assert doc["basics"]["email"] == "anna.kb@example.com"
    assert doc["basics"]["summary"].startswith("Process engineer with ten years")
    assert [w["position"] for w in doc["work"]] == ["Senior Process Engineer", "Process Engineer"]
    assert doc["work"][0]["highlights"] == ["Cut changeover time by 35% on four lines.", "Ran the OEE programme."]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Lean", "Six Sigma", "SAP PP"]}]
    assert [lang["language"] for lang in doc["languages"]] == ["Polish", "English"]


def test_left_column_first_and_line_numbers_kept() -> None:
    out = split_columns(text_lines(PAGE))
    texts = [ln.text.strip() for ln in out if ln.text.strip()]
    assert texts.index("SKILLS") < texts.index("PROFILE")
    assert next(ln.number for ln in out if ln.text.strip() == "EXPERIENCE") == 5


def test_right_aligned_dates_are_not_a_column() -> None:
    text = "\n".join(f"Engineer at Company {k}                          20{10 + k} – 20{11 + k}\n- Built thing {k}."
                     for k in range(8))
    lines = text_lines("EXPERIENCE\n" + text)
    assert split_columns(lines) == lines


def test_lines_with_reader_cues_are_left_alone() -> None:
    lines = [Line("SKILLS                EXPERIENCE", 1, bold=True)] * 10
    assert split_columns(lines) == lines


CLASSIC_EUROPASS = """\
PERSONAL INFORMATION     Maria Rossi
                         Via Roma 1, 00100 Roma (Italy)
                         maria.rossi@example.com

WORK EXPERIENCE

01/2015–Present          Software Engineer
                         Acme S.p.A., Milano (Italy)
                         ▪ Developed the billing platform in Java and Kotlin.
                         Business or sector Information and communication

09/2010–12/2014          Junior Developer
                         Beta Sistemi S.r.l., Bologna (Italy)
                         ▪ Maintained the warehouse management system.

PERSONAL SKILLS

Mother tongue(s)         Italian
Other language(s)        UNDERSTANDING              SPEAKING                  WRITING
                         Listening    Reading       Spoken       Spoken
                                                    interaction  production
English                  C1           C1            B2           B2           C1
Digital skills           Java, Kotlin, SQL, Git
Driving licence          B
"""


def test_a_label_column_is_read_beside_its_lines_not_as_a_sidebar() -> None:
    """The classic Europass CV: headings at the margin, dates and labels beside the text they label."""
    texts = [ln.text for ln in split_columns(text_lines(CLASSIC_EUROPASS)) if ln.text.strip()]
    assert [t.strip() for t in texts[:3]] == ["Maria Rossi", "PERSONAL INFORMATION", "Via Roma 1, 00100 Roma (Italy)"]
    assert "Software Engineer   01/2015–Present" in texts
    assert texts[-5:] == ["English: C1           C1            B2           B2           C1", "Digital skills:",
                          "Digital skills: Java, Kotlin, SQL, Git", "Driving licence:", "Driving licence: B"]
    doc = parse_text(CLASSIC_EUROPASS).resume
    assert doc["basics"]["name"] == "Maria Rossi"
    assert doc["work"] == [
        {"name": "Acme S.p.A.", "location": "Milano (Italy)", "position": "Software Engineer", "startDate": "2015-01",
         "summary": "Business or sector Information and communication",
         "highlights": ["Developed the billing platform in Java and Kotlin."]},
        {"name": "Beta Sistemi S.r.l.", "location": "Bologna (Italy)", "position": "Junior Developer",
         "startDate": "2010-09", "endDate": "2014-12", "highlights": ["Maintained the warehouse management system."]}]
    assert doc["languages"] == [{"language": "Italian", "fluency": "Mother tongue"},
                                {"language": "English", "fluency": "C1 C1 B2 B2 C1"}]
    assert doc["skills"] == [{"name": "Digital skills", "keywords": ["Java", "Kotlin", "SQL", "Git"]}]
    assert doc["meta"]["extraSections"] == [{"title": "Driving licence", "items": ["Driving licence: B"]}]
