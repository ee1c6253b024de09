"""Helpers for the DOCX writer tests: render, re-open, read back in order."""
from __future__ import annotations

import io
import json

import docx
import pytest
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from converter.theme import resolve_theme
from converter.writers.docx import write_docx
from tests.conftest import OFFICIAL_SAMPLE

#: a résumé with every list section, extra sections and several scripts
EVERYTHING = {
    "basics": {
        "name": "李小龍 Lee", "label": "Ingénieure logicielle", "email": "lee@example.org", "phone": "+44 20 7946 0000",
        "url": "https://lee.example.org", "summary": "Первый абзац.\n\nSecond paragraph, مرحبا.",
        "location": {"city": "Zürich", "countryCode": "CH"},
        "profiles": [{"network": "GitHub", "username": "leexl", "url": "https://github.com/leexl"},
                     {"network": "Mastodon", "username": "@lee@example.social"}],
    },
    "work": [{"name": "東京電機", "position": "主任エンジニア", "location": "東京", "url": "https://denki.example.jp",
              "startDate": "2019-04", "summary": "Led the storage team.",
              "highlights": ["Cut latency by 40%", "한국어 지원 추가"]}],
    "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2017", "endDate": "2018",
                   "highlights": ["Taught Python"]}],
    "education": [{"institution": "ETH Zürich", "area": "Computer Science", "studyType": "MSc", "startDate": "2014",
                   "endDate": "2016", "score": "5.6", "courses": ["Compilers", "Distributed Systems"]}],
    "awards": [{"title": "Best Paper", "date": "2016-06", "awarder": "USENIX", "summary": "For the log paper."}],
    "certificates": [{"name": "CKA", "date": "2020-01-15", "issuer": "CNCF", "url": "https://cncf.example/cka"}],
    "publications": [{"name": "Logs at Scale", "publisher": "USENIX ATC", "releaseDate": "2016-06",
                      "url": "https://usenix.example/logs", "summary": "A log-structured store."}],
    "skills": [{"name": "Systems", "level": "Expert", "keywords": ["Rust", "Go", "Linux"]}],
    "languages": [{"language": "日本語", "fluency": "Business"}],
    "interests": [{"name": "Climbing", "keywords": ["Bouldering"]}],
    "references": [{"name": "Dr. Ana Ruiz", "reference": "Lee is outstanding."}],
    "projects": [{"name": "tinykv", "description": "An embedded key-value store.", "startDate": "2021-02",
                  "url": "github.com/leexl/tinykv", "roles": ["Author"], "keywords": ["Rust"],
                  "entity": "Open source", "highlights": ["1.2k stars"]}],
    "meta": {"extraSections": [{"title": "Patents", "items": ["EP 1234567: compaction", "US 7654321: merging"]}],
             "lastModified": "2024-03-01T10:00:00"},
}


def sample() -> dict:
    return json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8"))


def render(doc: dict, theme: str = "classic", *sets: str) -> bytes:
    return write_docx(doc, resolve_theme(theme, list(sets)))


def reopen(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def text_lines(document: Document) -> list[str]:
    """Body paragraphs' text in reading order (runs and hyperlinks alike), no-break spaces as spaces."""
    return [p.text.replace("\u00a0", " ") for p in document.paragraphs]


def link_targets(document: Document) -> list[str]:
    """Targets of the hyperlinks in the body, in order."""
    return [h.address for p in document.paragraphs for h in p.hyperlinks]


def external_targets(document: Document) -> set[str]:
    return {r.target_ref for r in document.part.rels.values() if r.reltype == RT.HYPERLINK}


@pytest.fixture
def everything() -> dict:
    return json.loads(json.dumps(EVERYTHING))
