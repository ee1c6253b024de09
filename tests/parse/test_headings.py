"""Section vocabulary (MAPPING §3) in seven languages; the longest phrase wins."""
from __future__ import annotations

import pytest

from converter.parse.classify import heading_key
from converter.parse.headings import section_key
from converter.parse.items import Item


@pytest.mark.parametrize(("heading", "key"), [
    ("Education", "education"), ("EDUCATION", "education"), ("Research Interests", "summary"),
    ("Research Experience", "work"), ("Other Selected Experience", "work"), ("Academic Referees", "references"),
    ("HONORS AND AWARDS", "awards"), ("Technical Skills", "skills"), ("Language Skills", "languages"),
    ("Academic Blog", "publications"), ("Open-Sources for the Community", "projects"),
    ("Leadership & Activities", "volunteer"), ("Work Experience:", "work"),
    ("Berufserfahrung", "work"), ("Ausbildung", "education"), ("Kenntnisse", "skills"),
    ("Formation", "education"), ("Expérience professionnelle", "work"), ("Centres d'intérêt", "interests"),
    ("Experiencia laboral", "work"), ("Formación académica", "education"), ("Idiomas", "languages"),
    ("Experiência profissional", "work"), ("Esperienza lavorativa", "work"),
    ("教育经历", "education"), ("工作经历", "work"), ("专业技能", "skills"),
])
def test_known_headings(heading, key):
    assert section_key(heading, marked=True) == key


def test_a_one_letter_typo_is_forgiven():
    assert section_key("SEVICES", marked=True) == "volunteer"
    assert section_key("Software Engineer") is None  # a right word beside another is no typo


@pytest.mark.parametrize("text", ["Tsinghua University", "Microsoft Research Asia", "News",
                                  "Teaching Olympiad of Informatics"])
def test_entry_titles_and_unknown_words_are_not_known_sections(text):
    assert section_key(text, marked=True) is None


def test_a_labelled_value_is_not_a_heading():
    assert heading_key(Item("Portfolio: www.example.org", (1,))) is None
    assert heading_key(Item("Portfolio:", (1,))) == "projects"


def test_heading_joining_two_phrases_takes_the_known_half() -> None:
    assert section_key("Professional Development & Certifications", True) == "certificates"
    assert section_key("software and payments") is None  # unmarked prose is no heading
