"""The canonical form of a JSON Resume document.

Why one canonical form: diffs between two conversions must show content
changes only, and write(write(x)) must be byte-identical. So keys follow the
order the schema declares them (unknown keys after, as they came), empty
strings, lists and objects are dropped, and the JSON is UTF-8, 2-space
indented, with a trailing newline.
"""
from __future__ import annotations

import json
from typing import Any

from .errors import VitaError
from .schema import load_schema


def is_empty(value: Any) -> bool:
    """None, blank text, or an empty list or object: what the canonical form leaves out."""
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, list | dict) and not value)


def _ordered(value: Any, schema: dict[str, Any] | None) -> Any:
    if isinstance(value, dict):
        props: dict[str, Any] = (schema or {}).get("properties", {})
        order = [k for k in props if k in value] + [k for k in value if k not in props]
        out = {}
        for key in order:
            item = _ordered(value[key], props.get(key))
            if not is_empty(item):
                out[key] = item
        return out
    if isinstance(value, list):
        items_schema = (schema or {}).get("items")
        items = [_ordered(v, items_schema if isinstance(items_schema, dict) else None) for v in value]
        return [v for v in items if not is_empty(v)]
    return value


def canonical(doc: Any) -> Any:
    """The document with keys in schema order and empty values removed."""
    return _ordered(doc, load_schema("resume"))


def to_json(doc: Any) -> str:
    """Canonical JSON text: UTF-8 characters as they are, 2-space indent, final newline."""
    try:
        return json.dumps(canonical(doc), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:  # NaN, Infinity, or a value JSON has no form for
        raise VitaError(f"cannot write as JSON: {exc}") from None
