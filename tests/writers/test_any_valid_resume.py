"""Every writer on random valid JSON Resume documents: never raises, always a well-formed file.

The documents are drawn from the JSON Resume schema itself (objects with any
subset of their properties plus unknown extra keys where the schema allows
them, arrays, dates in all three precisions, e-mail and URL formats), with
text from all of Unicode except surrogates — control characters, emoji,
RTL scripts, markup-looking text included. What a user can load, Vita must
render: the JSON writer to JSON that re-validates, the PDF writer to a PDF
that pypdf opens, the DOCX writer to a package python-docx re-opens.
"""
from __future__ import annotations

import io
import json
from typing import Any

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

import converter
from converter.schema import load_schema
from converter.theme import resolve_theme

SCHEMA = load_schema("resume")
THEMES = [resolve_theme(name) for name in ("classic", "modern", "compact")]

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
#: words that stress wrapping and markup: long unbroken runs, tags, entities, RTL
TRICKY = st.sampled_from(["x" * 300, "https://example.org/" + "p" * 200, "<b>bold</b> & <font>", "&amp;",
                          "مهندسة برمجيات", "שלום", "👩‍💻🇫🇷", "\x00\x0b\x7f", "a\nb\r\n\tc", ""])
WORDS = st.one_of(TEXT, TRICKY)
YEARS = st.dates().filter(lambda d: 1000 <= d.year <= 2999)  # the schema's date pattern: [1-2][0-9]{3}
DATE = YEARS.flatmap(
    lambda d: st.sampled_from([d.strftime("%Y"), d.strftime("%Y-%m"), d.isoformat()]))
FULL_DATE = YEARS.map(lambda d: d.isoformat())
HOST = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
URI = st.builds(lambda host, path: f"https://{host}.example/{path}", HOST,
                st.text("abcdefghijklmnopqrstuvwxyz0123456789-._~/%", max_size=40))
EMAIL = st.builds(lambda user, host: f"{user}@{host}.org", HOST, HOST)
EXTRA = st.recursive(st.none() | st.booleans() | st.integers() | WORDS,
                     lambda inner: st.lists(inner, max_size=2) | st.dictionaries(TEXT, inner, max_size=2),
                     max_leaves=4)


def from_schema(node: dict[str, Any]) -> st.SearchStrategy:
    """A strategy for values ``node`` accepts (the subset of JSON Schema the résumé schema uses)."""
    if "$ref" in node:
        return DATE
    if node.get("format") == "uri":
        return URI
    if node.get("format") == "email":
        return EMAIL
    if node.get("format") == "date":
        return FULL_DATE
    kind = node.get("type")
    if kind == "array":
        return st.lists(from_schema(node.get("items", {"type": "string"})), max_size=3)
    if kind == "object":
        props = {key: from_schema(sub) for key, sub in node.get("properties", {}).items()}
        known = st.fixed_dictionaries({}, optional=props)
        if node.get("additionalProperties", True) is False:
            return known
        extra = st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: k not in props), EXTRA,
                                max_size=1)
        return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})
    return WORDS


RESUME = from_schema(SCHEMA)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(doc=RESUME, theme=st.sampled_from(THEMES))
def test_every_writer_renders_any_valid_resume(doc: dict, theme: dict) -> None:
    assert converter.validate(doc) == []
    data = converter.dump(doc, "json", theme)
    assert converter.validate(json.loads(data)) == []
    pdf = converter.dump(doc, "pdf", theme)
    assert pdf.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    document = docx.Document(io.BytesIO(converter.dump(doc, "docx", theme)))
    assert document.sections
