"""Generalisation: every fixture with a hand-written gold file, scored by ../shared/eval/score.py."""
from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, SHARED, needs_shared
from tests.parse.scoring import parse_to, score

OVERALL_F1 = 0.95
#: The parser may leave out a little more of the source than the hand-written gold does (the gold drops headings,
#: form labels and event words such as ``Entered`` as layout, so its own coverage is below 1).
COVERAGE_SLACK = 0.01


def _fixtures():
    gold = FIXTURES / "gold"
    return sorted(p for ext in ("*.txt", "*.md") for p in FIXTURES.glob(ext) if (gold / f"{p.stem}.json").is_file())


@needs_shared
@pytest.mark.skipif(not _fixtures(), reason="no fixtures with gold files yet")
def test_fixtures_score_above_the_generalisation_target(tmp_path):
    sources = _fixtures()
    parse_to(sources, tmp_path / "pred")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sources:  # only the gold files whose fixture was parsed
        (gold / f"{path.stem}.json").write_bytes((FIXTURES / "gold" / f"{path.stem}.json").read_bytes())
    report = score(gold, tmp_path / "pred", FIXTURES)
    assert SHARED.is_dir()
    assert report["overall"][2] >= OVERALL_F1, {n: round(r["prf"][2], 3) for n, r in report["files"].items()}
    gold_coverage = score(gold, gold, FIXTURES)["coverage"]
    assert report["coverage"] >= gold_coverage - COVERAGE_SLACK, {n: r["missing"] for n, r in report["files"].items()}
