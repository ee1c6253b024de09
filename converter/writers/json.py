"""JSON Resume in canonical form (see ``converter.canonical``)."""
from __future__ import annotations

from ..canonical import to_json
from ..registry import Writer, register
from ..types import Resume, Theme


def write_json(doc: Resume, theme: Theme) -> bytes:
    """Canonical JSON; themes do not apply to data."""
    return to_json(doc).encode("utf-8")


register(Writer("json", ".json", "JSON Resume 1.0.0, canonical form (schema key order, UTF-8)",
                write_json, binary=False))
