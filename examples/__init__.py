"""Bundled example résumés and the ``make demo`` script (``python -m examples.demo``)."""
