"""Where the shipped data (schemas, themes) lives.

Why two places: in a checkout the data sits at the top of the repo
(``schemas/``, ``themes/``) so humans find it; in an installed wheel it is
packed inside the package as ``converter/_data/``. Everything that reads
those files asks here, so both layouts work with no path tricks elsewhere.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``schemas`` or ``themes``, installed or in a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Vita's {name}/ folder is missing from the installation")
