"""Issue 3 acceptance on the five real seed CVs (read from ../shared, never copied)."""
from __future__ import annotations

from tests.conftest import SEEDS, needs_shared
from tests.parse.scoring import parse_to, score

OVERALL_F1 = 0.95
FILE_F1 = 0.90
COVERAGE = 0.98


@needs_shared
def test_seeds_score_above_the_acceptance_figures(tmp_path):
    parse_to(sorted(SEEDS.glob("*.txt")), tmp_path)
    report = score(SEEDS / "gold", tmp_path, SEEDS)
    assert report["overall"][2] >= OVERALL_F1, report["overall"]
    low = {name: row["prf"][2] for name, row in report["files"].items() if row["prf"][2] < FILE_F1}
    assert not low, low
    assert report["coverage"] >= COVERAGE, {n: r["missing"] for n, r in report["files"].items()}
