"""Document properties: what a file browser, a viewer's title bar and an ATS index.

Why from the data and not the theme: Title, Author, Subject and Keywords
describe the person (name, headline, skills), whatever the look.
"""
from __future__ import annotations

from ...render.text import clean
from ...types import Resume


def metadata(doc: Resume) -> dict[str, str]:
    """``title``/``author``/``subject``/``keywords`` keyword arguments for a reportlab doc template."""
    basics = doc.get("basics") or {}
    name = basics.get("name", "").strip()
    keywords: list[str] = []
    for skill in doc.get("skills") or []:
        for word in skill.get("keywords") or []:
            if word and word not in keywords:
                keywords.append(word)
    fields = {"title": f"{name} Résumé" if name else "Résumé", "author": name,
              "subject": basics.get("label", ""), "keywords": ", ".join(keywords)}
    return {key: clean(value) for key, value in fields.items()}
