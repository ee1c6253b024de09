"""The fixture corpus: every résumé has a gold JSON that is valid, canonical, and invents nothing.

Why: the parser is developed and scored against these gold files, so a gold
error makes a correct parser look wrong. These checks catch the mechanical
kinds of gold error — a schema slip, keys out of order, a fixture without gold,
and above all a word in the gold that is not in the source (MAPPING §1,
"nothing is invented"), allowing only the normalisations MAPPING permits:
dates, a scheme added to URLs, case, markup, mojibake repair.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from converter.api import validate
from converter.canonical import to_json
from tests.conftest import FIXTURES, ROOT
from tests.json_leaves import string_leaves

GOLD = FIXTURES / "gold"
EXAMPLES = ROOT / "examples"
SOURCE_SUFFIXES = {".txt", ".md"}
# the fixture corpus's own documentation, not a résumé
NOT_RESUMES = {"README.md"}

SOURCES = sorted(p for p in FIXTURES.iterdir() if p.suffix in SOURCE_SUFFIXES and p.name not in NOT_RESUMES)
GOLDS = sorted(GOLD.glob("*.json"))
# examples that exist as a written résumé beside its JSON Resume twin
EXAMPLE_PAIRS = sorted((p, p.with_suffix(".json")) for p in EXAMPLES.glob("*.md") if p.with_suffix(".json").exists())
ALL_JSON = GOLDS + sorted(EXAMPLES.glob("*.json"))

# values the MAPPING normalises, so their words need not appear verbatim
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}
# countryCode is the schema's form of a country the source names in words
COUNTRY_NAMES = {
    "US": ["united states", "usa", "us"], "NL": ["netherlands"], "DE": ["germany", "deutschland"],
    "FR": ["france"], "ES": ["spain", "españa"], "BR": ["brazil", "brasil"], "PT": ["portugal"],
    "CN": ["china", "中国"], "GB": ["united kingdom", "uk"], "CA": ["canada"], "IT": ["italy", "italia"],
    "PL": ["poland", "polska"], "GR": ["greece"], "JP": ["japan", "日本"], "KR": ["korea", "south korea"],
    "MX": ["mexico", "méxico"], "CH": ["switzerland", "schweiz"], "IE": ["ireland"], "AT": ["austria", "österreich"],
    "NO": ["norway", "norge"], "SE": ["sweden", "sverige"], "AE": ["united arab emirates", "uae"],
    "AU": ["australia"], "NZ": ["new zealand"],
}
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Arabic-Indic and Persian digits (`٢٠١٩`) write the same years as ASCII ones (MAPPING §2)
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TAG = re.compile(r"<[^>]*>")  # `2<sup>nd</sup>` is the word `2nd`
# LaTeX accents (`M{\\"u}ller`, `Fran{\\c{c}}ois`, `Luc{\\'\\i}a`) are the letters they typeset (MAPPING §1)
LATEX_ACCENT = re.compile(r"\{?\\([\"'`^~=.]|[cvuHkr](?=[{\s]))\s*\{?\\?([A-Za-z])\}?\}?")
MARK_NAMES = {'"': "DIAERESIS", "'": "ACUTE ACCENT", "`": "GRAVE ACCENT", "^": "CIRCUMFLEX ACCENT", "~": "TILDE",
              "=": "MACRON", ".": "DOT ABOVE", "c": "CEDILLA", "v": "CARON", "u": "BREVE", "H": "DOUBLE ACUTE ACCENT",
              "k": "OGONEK", "r": "RING ABOVE"}
WORD = re.compile(f"[{CJK}]|[^\\W_{CJK}]+")


def _words(text: str) -> list[str]:
    """Case-folded words; each CJK character counts as a word (those scripts have no spaces)."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _demojibake(line: str) -> str:
    """The line as it was before UTF-8 was misread as cp1252 (MAPPING §1), or the line itself."""
    try:
        return line.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return line


def _source_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    repaired = "\n".join(_demojibake(line) for line in text.splitlines())
    accented = unicodedata.normalize("NFC", LATEX_ACCENT.sub(
        lambda m: m.group(2) + unicodedata.lookup(f"COMBINING {MARK_NAMES[m.group(1)]}"), text))
    return "\n".join((text, repaired, TAG.sub("", repaired), accented))


def _invented(doc: object, source: str) -> list[str]:
    """Gold values with a word the source does not have (after the MAPPING's normalisations)."""
    known = set(_words(source))
    folded = unicodedata.normalize("NFKC", source).casefold().translate(EASTERN_DIGITS)
    bad = []
    for key, value in string_leaves(doc):
        if key in DATE_KEYS:
            year = value[:4]
            # (``Ski season 2021/22``: the end year written with two digits after the slash)
            if not any(form in folded for form in (year, f"’{year[2:]}", f"'{year[2:]}", f"/{year[2:]}")):
                bad.append(f"{key}: {value}")
            continue
        if key == "countryCode":
            if not any(name in known or name in folded for name in COUNTRY_NAMES.get(value, [])):
                bad.append(f"{key}: {value}")
            continue
        if key in {"url", "$schema"} and value.startswith("https://"):
            if value.removeprefix("https://").casefold() not in folded:
                bad.append(f"{key}: {value}")
            continue
        missing = [w for w in _words(value) if w not in known]
        if missing:
            bad.append(f"{key}: {value!r} (missing {missing})")
    return bad


def _source_of(gold: Path) -> Path | None:
    found = [FIXTURES / f"{gold.stem}{suffix}" for suffix in SOURCE_SUFFIXES]
    return next((p for p in found if p.exists()), None)


def test_corpus_is_large_enough() -> None:
    assert len(SOURCES) >= 12


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_every_fixture_has_gold(source: Path) -> None:
    assert (GOLD / f"{source.stem}.json").exists()


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name)
def test_every_gold_has_its_fixture(gold: Path) -> None:
    assert _source_of(gold) is not None


@pytest.mark.parametrize("path", ALL_JSON, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_json_is_valid_and_canonical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert validate(doc) == []
    assert text == to_json(doc), "keys not in schema order, empty values kept, or not 2-space indented"


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name)
def test_gold_invents_nothing(gold: Path) -> None:
    source = _source_of(gold)
    assert source is not None
    assert _invented(json.loads(gold.read_text(encoding="utf-8")), _source_text(source)) == []


@pytest.mark.parametrize("pair", EXAMPLE_PAIRS, ids=lambda p: p[0].name)
def test_example_json_matches_its_markdown(pair: tuple[Path, Path]) -> None:
    written, as_json = pair
    assert _invented(json.loads(as_json.read_text(encoding="utf-8")), _source_text(written)) == []


def test_invention_is_caught() -> None:
    """The check itself must fail on an invented word, a wrong URL, an unnamed country and a year not in the source."""
    doc = {"basics": {"name": "Ada Byron", "url": "https://ada.example.org",
                      "location": {"countryCode": "GB"}}, "work": [{"startDate": "2020-01", "endDate": "2021"}]}
    assert _invented(doc, "ADA LOVELACE\nada.example.com\nLondon") == [
        "name: 'Ada Byron' (missing ['byron'])", "url: https://ada.example.org", "countryCode: GB",
        "startDate: 2020-01", "endDate: 2021"]
    assert _invented(doc, "ADA BYRON ada.example.org London, UK, Jan. 2020 – Mar ’21") == []
