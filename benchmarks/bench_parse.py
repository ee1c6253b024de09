"""Parsing speed: one seed-sized résumé, and one megabyte of text.

Targets (issue 3): ≤ 5 ms median per seed-sized résumé over 200 in-process
runs; a 1 MB input parses in under 2 s. The résumés are the seeds in
../shared when present, else the fixtures in tests/fixtures.
"""
from __future__ import annotations

import time

from converter.parse import parse_text
from tests.conftest import FIXTURES, SEEDS

from .timing import median_ms, report

RUNS = 200
MEGABYTE = 1 << 20


def _corpus() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    paths = paths or sorted(p for ext in ("*.txt", "*.md") for p in FIXTURES.glob(ext) if p.name != "README.md")
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def megabyte(texts: list[str]) -> str:
    """About 1 MB of résumé text (the corpus repeated)."""
    block = "\n\n".join(texts)
    return (block * (MEGABYTE // max(1, len(block)) + 1))[:MEGABYTE]


def main() -> None:
    texts = _corpus()
    if not texts:
        print("  no résumés found (seeds or fixtures)")
        return
    per = [median_ms(lambda t=t: parse_text(t), RUNS) for t in texts]
    per.sort()
    report(f"parse: median of per-résumé medians ({len(texts)} résumés × {RUNS} runs)", per[len(per) // 2], 5)
    report("parse: slowest résumé (median of its runs)", per[-1])
    big = megabyte(texts)
    start = time.perf_counter()
    parse_text(big)
    report(f"parse: {len(big.encode()) / MEGABYTE:.1f} MB input, once", (time.perf_counter() - start) * 1000, 2000)


if __name__ == "__main__":
    main()
