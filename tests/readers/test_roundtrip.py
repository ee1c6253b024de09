"""Round trip: JSON Resume → Vita PDF/DOCX (each theme) → reader → parser → JSON, F1 ≥ 0.97.

Why: Vita's own documents are the one case where the right answer is known
exactly, so they measure what the readers and the parser lose between them.
Documents: the official sample, the examples and the gold fixtures, scored
with ../shared/eval/score.py, the same scorer as the seeds.

Two bars. The official sample and the fixtures in ``REQUIRED`` must reach
``TARGET_F1`` in every theme through both formats (issue 6, point 4). Every
other document must reach ``FLOOR`` — below it a reader or writer is broken
— and one between ``FLOOR`` and ``TARGET_F1`` is reported as an expected
failure naming its score, so the table of what is left stays visible.
"""
from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pytest

from converter.api import dump
from converter.parse import parse_lines
from converter.readers.docx import docx_lines
from converter.readers.pdf import pdf_lines
from converter.registry import LinesFunc, writers
from tests.conftest import FIXTURES, OFFICIAL_SAMPLE, ROOT, SCORE, needs_shared

THEMES = ("classic", "modern", "compact")
READERS: dict[str, LinesFunc] = {"pdf": pdf_lines, "docx": docx_lines}
TARGET_F1 = 0.97
FLOOR = 0.60
DOCUMENTS = [OFFICIAL_SAMPLE, *sorted((ROOT / "examples").glob("*.json")), *sorted((FIXTURES / "gold").glob("*.json"))]
#: Documents held to the target in every theme and format: the official sample and fixtures of unlike styles.
REQUIRED = {OFFICIAL_SAMPLE, *(FIXTURES / "gold" / f"{name}.json" for name in (
    "academic", "eu-cv", "french", "german", "markdown-tables", "nurse", "us-software"))}


@cache
def _scorer():
    spec = importlib.util.spec_from_file_location("vita_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(gold: dict, pred: dict) -> float:
    return _scorer().score_resume(gold, pred).total()[2]


def round_trip(doc: dict, fmt: str, theme: str) -> dict:
    """The document written by Vita's writer, read back and parsed."""
    return parse_lines(READERS[fmt](dump(doc, fmt, theme))).resume


def _require(fmt: str) -> None:
    if fmt not in writers():
        pytest.skip(f"the {fmt} writer is not in this checkout yet (converter/writers/{fmt}/)")
    try:
        parse_lines([])
    except NotImplementedError:
        pytest.skip("the line parser is not written yet (converter/parse, issue 3)")


def test_enough_documents_to_measure() -> None:
    assert set(DOCUMENTS) >= REQUIRED and len(REQUIRED - {OFFICIAL_SAMPLE}) >= 5


@needs_shared
@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: Path(p).stem)
def test_round_trip_f1(path: Path, theme: str, fmt: str) -> None:
    _require(fmt)
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    score = f1(doc, round_trip(doc, fmt, theme))
    if path in REQUIRED:
        assert score >= TARGET_F1, f"{Path(path).stem} via {fmt}/{theme}: F1 {score:.3f} < {TARGET_F1}"
    assert score >= FLOOR, f"{Path(path).stem} via {fmt}/{theme}: F1 {score:.3f} < {FLOOR}: a reader is broken"
    if score < TARGET_F1:
        pytest.xfail(f"{Path(path).stem} via {fmt}/{theme}: F1 {score:.3f} < {TARGET_F1} (parser/writer side)")
