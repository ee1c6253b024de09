"""Section vocabulary (MAPPING §3) in sixteen languages; the longest phrase wins."""
from __future__ import annotations

import pytest

from converter.parse.classify import heading_key
from converter.parse.headings import column_header, section_key
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


@pytest.mark.parametrize(("heading", "key"), [
    # Dutch
    ("Werkervaring", "work"), ("Opleiding", "education"), ("Vaardigheden", "skills"), ("Talen", "languages"),
    ("Interesses", "interests"), ("Referenties", "references"), ("Projecten", "projects"),
    ("Publicaties", "publications"), ("Certificaten", "certificates"), ("Prijzen", "awards"),
    ("Vrijwilligerswerk", "volunteer"), ("Profiel", "summary"), ("Persoonlijke gegevens", "basics"),
    # Swedish
    ("Arbetslivserfarenhet", "work"), ("UTBILDNING", "education"), ("Kompetenser", "skills"),
    ("Språk", "languages"), ("Intressen", "interests"), ("Referenser", "references"),
    ("Ideellt arbete", "volunteer"), ("Utmärkelser", "awards"),
    # Danish
    ("Erhvervserfaring", "work"), ("Uddannelse", "education"), ("Kompetencer", "skills"), ("Sprog", "languages"),
    ("Frivilligt arbejde", "volunteer"), ("Referencer", "references"),
    # Norwegian
    ("Arbeidserfaring", "work"), ("Utdanning", "education"), ("Ferdigheter", "skills"),
    ("Språkkunnskaper", "languages"), ("Sertifikater", "certificates"), ("Prosjekter", "projects"),
    # Polish
    ("Doświadczenie zawodowe", "work"), ("Wykształcenie", "education"), ("Umiejętności", "skills"),
    ("Języki obce", "languages"), ("Zainteresowania", "interests"), ("Certyfikaty", "certificates"),
    ("Dane kontaktowe", "basics"), ("Nagrody", "awards"),
    # Czech
    ("Pracovní zkušenosti", "work"), ("Vzdělání", "education"), ("Dovednosti", "skills"), ("Jazyky", "languages"),
    ("Zájmy", "interests"), ("Publikace", "publications"),
    # Turkish (a capital İ lowers to a plain i)
    ("İŞ DENEYİMİ", "work"), ("İş Deneyimi", "work"), ("Eğitim", "education"), ("EĞİTİM", "education"),
    ("Yetenekler", "skills"), ("Yabancı Diller", "languages"), ("Hobiler", "interests"),
    ("Referanslar", "references"), ("Projeler", "projects"), ("Sertifikalar", "certificates"),
    ("İletişim", "basics"), ("Özet", "summary"),
    # Russian
    ("Опыт работы", "work"), ("ОБРАЗОВАНИЕ", "education"), ("Навыки", "skills"), ("Языки", "languages"),
    ("Ключевые навыки", "skills"), ("Публикации", "publications"), ("Проекты", "projects"), ("О себе", "summary"),
    ("Контакты", "basics"), ("Награды", "awards"),
    # Japanese
    ("職歴", "work"), ("学歴", "education"), ("資格", "certificates"), ("免許・資格", "certificates"),
    ("スキル", "skills"), ("語学", "languages"), ("自己PR", "summary"), ("【職務経歴】", "work"), ("趣味", "interests"),
])
def test_headings_in_more_languages(heading, key):
    assert section_key(heading, marked=True) == key


@pytest.mark.parametrize("title", ["Резюме", "Özgeçmiş", "Życiorys", "Životopis", "履歴書", "職務経歴書"])
def test_document_titles_in_more_languages_are_ignored(title):
    assert section_key(title, marked=True) == "ignore"


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


@pytest.mark.parametrize(("heading", "key"), [
    ("学歴 / Education", "education"), ("職歴 / Work History", "work"),
    ("免許・資格 / Licenses & Certifications", "certificates"), ("自己PR / Personal Profile", "summary"),
    ("語学 / Languages", "languages"), ("趣味 / Hobbies", "interests"), ("Ausbildung / Education", "education"),
    ("Formation | Education", "education"), ("志望動機 / Reason for Applying", "extra"),
    ("個人情報 / Personal Information", "basics"), ("Berufserfahrung / Work Experience", "work"),
])
def test_a_heading_in_two_languages_is_known_by_either_half(heading, key):
    assert section_key(heading) == key
    assert heading_key(Item(heading, (1,))) == key


def test_a_slash_between_other_words_is_no_heading():
    assert section_key("HTML / CSS") is None
    assert section_key("Education / a long sentence about what I studied at school") is None


@pytest.mark.parametrize("title", ["履歴書 / RIREKISHO (Résumé) | as of 2026年11月1日", "履歴書 | 2026年11月1日現在",
                                   "2026年11月1日現在", "履 歴 書 | 令和8年11月1日現在"])
def test_a_form_title_with_its_date_is_a_document_title(title):
    assert section_key(title, True) == "ignore"


@pytest.mark.parametrize(("row", "rest"), [
    ("年 | 月 | 学歴・職歴", "学歴・職歴"), ("年月 (Year/Month) | 内容 (Details)", ""),
    ("Year | Month | Education", "Education"), ("年　月　免許・資格", "免許・資格"), ("Year 1 Representative", None),
    ("年 月 学歴・職歴", "学歴・職歴"), ("Year Month Education", "Education"), ("Year | Education", None),
])
def test_column_header_rows(row, rest):
    assert column_header(row) == rest


def test_a_column_header_row_names_its_section_or_is_structure():
    assert heading_key(Item("年 | 月 | 免許・資格", (1,))) == "certificates"
    assert heading_key(Item("年月 (Year/Month) | 内容 (Details)", (1,))) == "columns"


def test_a_heading_spaced_out_to_fill_its_cell():
    assert section_key("学　歴") == "education"
    assert section_key("職 歴") == "work"
    assert column_header("年 | 月 | 学歴・職歴（各別にまとめて書く）") == "学歴・職歴"
    assert column_header("month | = mar") is None  # (a BibTeX field, not a table's header)


@pytest.mark.parametrize(("heading", "key"), [
    ("Опыт работы — 9 лет 11 месяцев", "work"), ("Высшее образование", "education"),
    ("Повышение квалификации, курсы", "certificates"), ("Ключевые навыки", "skills"), ("Знание языков", "languages"),
    ("Желаемая должность и зарплата", "extra"), ("Гражданство, время в пути до работы", "extra"),
    ("Дополнительная информация", "extra"), ("Обо мне", "summary"), ("Рекомендации", "references"),
    ("Doświadczenie zawodowe", "work"), ("Wykształcenie", "education"), ("Kursy i szkolenia", "certificates"),
    ("Języki obce", "languages"), ("Zainteresowania", "interests"),
    ("ARBETSLIVSERFARENHET", "work"), ("IDEELLT ENGAGEMANG", "volunteer"), ("KÖRKORT", "certificates"),
    ("Referenser", "references"), ("Formação Académica", "education"), ("Formação Acadêmica", "education"),
    ("Competências", "skills"), ("Línguas", "languages"), ("Voluntariado", "volunteer"),
    ("Experience · 6 yrs 2 mos", "work"),
])
def test_headings_in_russian_polish_swedish_portuguese(heading, key):
    assert section_key(heading, marked=True) == key


@pytest.mark.parametrize(("heading", "key"), [
    ("COMMUNICATION AND INTERPERSONAL SKILLS", "skills"), ("ORGANISATIONAL SKILLS", "skills"),
    ("DIGITAL SKILLS", "skills"), ("EDUCATION AND TRAINING", "education"), ("LANGUAGE SKILLS", "languages"),
    ("DRIVING LICENCE", "extra"), ("CONFERENCES AND SEMINARS", "extra"), ("HONOURS AND AWARDS", "awards"),
    ("HOBBIES AND INTERESTS", "interests"), ("ABOUT ME", "summary"), ("JOB-RELATED TRAINING", "certificates"),
])
def test_europass_and_federal_headings(heading, key):
    assert section_key(heading, True) == key


def test_a_foreign_word_that_must_stand_alone() -> None:
    # German ``Engagement`` is volunteering; English ``Public Engagement`` is not read through it
    assert section_key("Engagement", True) == "volunteer"
    assert section_key("Soziales Engagement", True) == "volunteer"
    assert section_key("Public Engagement", True) is None


def test_a_plural_written_with_brackets_reads_as_the_plural():
    assert section_key("Other language(s)", True) == "languages"
    assert section_key("Mother tongue(s)", True) == "languages"
    assert section_key("Reference(s)") == "references"


@pytest.mark.parametrize(("heading", "key"), [
    ("Dodatkowe umiejętności", "skills"), ("Doświadczenie i praktyki", "work"), ("Resumo profissional", "summary"),
    ("Principais competências", "skills"), ("ERFARENHETER", "work"), ("Övriga kunskaper", "skills"),
    ("Дополнительные навыки", "skills"), ("Навыки и умения", "skills"),
])
def test_modifier_words_in_polish_portuguese_swedish_russian(heading, key):
    assert section_key(heading, marked=True) == key


@pytest.mark.parametrize(("heading", "key"), [
    ("CLERKSHIPS", "work"), ("Clinical Rotations", "work"), ("PRO BONO", "volunteer"),
    ("TICKETS & LICENCES", "certificates"), ("Licences and Certifications", "certificates"),
    ("Licensure", "certificates"), ("PLANT OPERATED", "skills"), ("Techniques", "skills"),
    ("EQUIPMENT & SYSTEMS", "skills"), ("Research Funding", "awards"), ("BAR ADMISSIONS", None),
    ("REPRESENTATIVE MATTERS", None),
])
def test_profession_specific_headings(heading, key):
    assert section_key(heading, heading.isupper()) == key


@pytest.mark.parametrize("heading, key", [
    ("ANTECEDENTES ACADÉMICOS", "education"), ("ANTECEDENTES PERSONALES", "basics"), ("CAPACITACIÓN", "certificates"),
    ("CURSOS Y CAPACITACIONES", "certificates"), ("REFERENCIAS LABORALES", "references"),
    ("CONOCIMIENTOS INFORMÁTICOS", "skills"), ("ANTECEDENTES LABORALES", "work"),
    ("EDUCATIONAL QUALIFICATION", "education"), ("Languages | Java, SQL", None),
])
def test_latin_american_and_indian_headings(heading, key):
    assert section_key(heading, True) == key


def test_korean_and_arabic_headings():
    assert [section_key(t) for t in ("학력사항", "경력 사항", "자격증", "수상경력", "어학능력", "보유기술",
                                      "자기소개서", "병역사항", "대외활동", "교육", "인적사항", "이 력 서")] == [
        "education", "work", "certificates", "awards", "languages", "skills", "summary", "extra", "volunteer",
        "certificates", "basics", "ignore"]
    assert [section_key(t) for t in ("الملخص", "الخبرة العملية", "المؤهلات العلمية", "المهارات", "اللغات",
                                      "الشهادات")] == ["summary", "work", "education", "skills", "languages",
                                                       "certificates"]
    assert section_key("Experience | الخبرة") == "work"
    assert section_key("التعليم | Education") == "education"
    assert section_key("프로젝트 경험") == "projects"  # (Korean words are spaced: only single letters are joined)


@pytest.mark.parametrize(("text", "key"), [
    ("Publicações Selecionadas", "publications"), ("Prémios e Distinções", "awards"),
    ("Projetos de Investigação", "projects"), ("Premios y distinciones", "awards"),
    ("Proyectos de investigación", "projects"),
])
def test_portuguese_and_spanish_headings_in_any_case_need_no_mark(text, key):
    assert section_key(text) == key and section_key(text.upper(), True) == key
