"""Timing helpers shared by the benchmark modules."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(func: Callable[[], object], runs: int, warmup: int = 2) -> float:
    """Median wall time of ``func()`` in milliseconds over ``runs`` calls."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label: str, value_ms: float, target_ms: float | None = None) -> None:
    """One printed line: label, figure, and the target when there is one."""
    met = target_ms is not None and value_ms <= target_ms
    verdict = "" if target_ms is None else f"  (target ≤ {target_ms:g} ms: {'met' if met else 'MISSED'})"
    print(f"  {label:55s} {value_ms:9.2f} ms{verdict}", flush=True)
