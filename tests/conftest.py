"""Shared test helpers: where the repo and ../shared are, and skips when absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
OFFICIAL_SCHEMA = SHARED / "reference" / "jsonresume-schema-1.0.0.json"
OFFICIAL_SAMPLE = SHARED / "reference" / "jsonresume-sample.json"
SEEDS = SHARED / "seeds"
SCORE = SHARED / "eval" / "score.py"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(),
                                  reason="../shared (seeds, reference, eval) is not beside the repo")
