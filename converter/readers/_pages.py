"""Page numbers as written in headers and footers: furniture, never content."""
from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(page|seite|página|pagina|p\.)?\s*\d+\s*((of|/|von|de|di|sur)\s*\d+)?[-–—\s]*$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """``3``, ``Page 2 of 3``, ``- 2 -``, ``2/3``, ``Seite 1 von 2``."""
    return bool(_PAGE_NUMBER.match(text))


_PAGE_COUNT = re.compile(r"\b(page|seite|página|pagina)\s*\d+\s*(of|/|von|de|di|sur)\s*\d+\b", re.IGNORECASE)


def has_page_count(text: str) -> bool:
    """``Jane Doe – Page 2 of 3``: a running footer that counts pages, whatever else it says."""
    return bool(_PAGE_COUNT.search(text))
