"""Walking a JSON value's strings, for tests that check every value of a document."""
from __future__ import annotations

from collections.abc import Iterator


def string_leaves(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, string) for every string in a JSON value, the key being the nearest object key."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from string_leaves(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from string_leaves(v, key)
    elif isinstance(value, str):
        yield key, value
