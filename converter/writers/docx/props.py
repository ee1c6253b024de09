"""Core properties (File → Properties in Word) from the résumé, with fixed dates.

Why fixed: the same résumé must give the same bytes, so no clock time goes
into the file. The dates are ``meta.lastModified`` when the résumé has one
(a true statement about the content), else a constant.
"""
from __future__ import annotations

import datetime as dt

from docx.document import Document

from ...render.text import clean
from ...types import Resume

#: used when the résumé carries no meta.lastModified
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _modified(doc: Resume) -> dt.datetime:
    raw = (doc.get("meta") or {}).get("lastModified", "")
    try:
        stamp = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return EPOCH
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _prop(text: str) -> str:
    """A core property value: XML-safe, within the 255 characters the format allows."""
    text = clean(text).strip()
    return text if len(text) <= 255 else text[:254] + "…"


def keywords(doc: Resume) -> str:
    """Every skill keyword, in order, once each."""
    words = [k for skill in doc.get("skills") or [] for k in skill.get("keywords") or []]
    return ", ".join(dict.fromkeys(w.strip() for w in words if w.strip()))


def set_core_properties(document: Document, doc: Resume) -> None:
    """Title, author, subject and keywords from the résumé; nothing that changes between runs."""
    basics = doc.get("basics") or {}
    name = _prop(basics.get("name", ""))
    props = document.core_properties
    props.title = _prop(f"{name} Résumé" if name else "Résumé")
    props.author = name
    props.subject = _prop(basics.get("label", ""))
    props.keywords = _prop(keywords(doc))
    props.last_modified_by = name
    props.comments = ""
    props.category = "Résumé"
    props.revision = 1
    props.created = props.modified = _modified(doc)
