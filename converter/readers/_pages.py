"""Page numbers as written in headers and footers: furniture, never content."""
from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(page|seite|página|pagina|p\.)?\s*\d+\s*((of|/|von|de|di|sur)\s*\d+)?[-–—\s]*$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """``3``, ``Page 2 of 3``, ``- 2 -``, ``2/3``, ``Seite 1 von 2``."""
    return bool(_PAGE_NUMBER.match(text))
