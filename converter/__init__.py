"""Vita: résumés in any shape to JSON Resume, and JSON Resume to PDF, DOCX and JSON.

    >>> import converter
    >>> doc = converter.load("cv.md")              # any registered reader
    >>> converter.validate(doc)                    # [] when valid
    >>> pdf = converter.dump(doc, "pdf", theme="modern")
"""
from __future__ import annotations

from .api import dump, load, validate
from .errors import Problem, VitaError

__all__ = ["Problem", "VitaError", "dump", "load", "validate"]
__version__ = "0.1.0"
