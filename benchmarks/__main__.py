"""Run every ``benchmarks/bench_*.py`` module's ``main()`` in turn and print its figures.

Why a runner: each capability owns one benchmark file; ``make bench`` picks
up new ones with no Makefile change. ``python -m benchmarks NAME`` runs one.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                   if m.name.startswith("bench_"))
    wanted = [n for n in names if not argv or any(a in n for a in argv)]
    for name in wanted:
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
