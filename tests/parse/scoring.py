"""Run ../shared/eval/score.py on parsed files: shared by the seed and fixture tests."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from converter.canonical import to_json
from converter.parse import parse_text
from converter.readers.text import decode_text
from tests.conftest import SCORE


def parse_to(sources: list[Path], out: Path) -> None:
    """Parse every source into ``out/<stem>.json``."""
    out.mkdir(parents=True, exist_ok=True)
    for path in sources:
        doc = parse_text(decode_text(path.read_bytes())).resume
        (out / f"{path.stem}.json").write_text(to_json(doc), encoding="utf-8")


@cache
def scorer() -> ModuleType:
    """../shared/eval/score.py as a module, to score a parsed document in-process (no subprocess per file)."""
    spec = importlib.util.spec_from_file_location("vita_eval_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(gold: Path, pred: Path, source: Path) -> dict:
    """The scorer's JSON report (overall P/R/F1, per file, coverage)."""
    run = subprocess.run([sys.executable, str(SCORE), str(gold), str(pred), "--source", str(source), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)
