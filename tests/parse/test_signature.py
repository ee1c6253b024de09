"""The signing blanks under a closing declaration are layout; the declaration is kept."""
from __future__ import annotations

from converter.lines import text_lines
from converter.parse import parse_text
from converter.parse.items import prepare
from converter.parse.signature import strip_signature


def _split(text: str, name: str) -> tuple[list[str], list[str]]:
    kept, dropped = strip_signature(prepare(text_lines(text)).items, name)
    return [it.text for it in kept], [it.text for it in dropped]


def test_place_date_and_the_bracketed_name_are_dropped():
    assert _split("I hereby declare that the above is true.\n\nPlace: Pune\nDate:          (Rahul Deshpande)\n",
                  "Rahul Deshpande") == (["I hereby declare that the above is true."],
                                         ["Place: Pune", "Date: (Rahul Deshpande)"])


def test_spanish_blanks_and_a_filled_date():
    assert _split("Declaro que los datos son verídicos.\nLugar: Santiago\nFecha: 12/05/2024\nFirma\n", "Ana")[1] == [
        "Lugar: Santiago", "Fecha: 12/05/2024", "Firma"]


def test_personal_facts_that_start_like_a_blank_are_kept():
    assert _split("Place of birth: Pune\nDate of Birth: 12-05-1994\nNationality: Indian\n", "Ana") == (
        ["Place of birth: Pune", "Date of Birth: 12-05-1994", "Nationality: Indian"], [])


def test_a_declaration_at_the_end_of_a_cv_keeps_only_its_sentence():
    text = ("RAHUL DESHPANDE\nrahul@example.com\n\nSKILLS\nJava, SQL\n\nDECLARATION\n"
            "I hereby declare that the above information is true to the best of my knowledge.\n\n"
            "Place: Pune                                        (RAHUL DESHPANDE)\nDate:\n")
    assert parse_text(text).resume["meta"] == {"extraSections": [{"title": "Declaration", "items": [
        "I hereby declare that the above information is true to the best of my knowledge."]}]}


def test_a_korean_forms_closing_formula_date_and_seal_are_layout():
    doc = parse_text("성명: 김민준 (金旼俊, Kim Min-jun)\n\n## 자격증\n\n"
                     "2020.05.12 | 정보처리기사 | 한국산업인력공단\n\n"
                     "위 기재 사항은 사실과 틀림이 없습니다.\n2024년 3월 15일\n지원자: 김민준 (인)\n").resume
    assert doc["certificates"] == [{"name": "정보처리기사", "date": "2020-05-12", "issuer": "한국산업인력공단"}]
    assert "meta" not in doc
