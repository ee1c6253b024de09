"""Benchmarks: speed and memory figures, printed; run with ``make bench``."""
