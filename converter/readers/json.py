"""JSON Resume as JSON or YAML: the interchange point with other résumé tools."""
from __future__ import annotations

import json
import re

from ..errors import InputError, pointer, yaml_problem
from ..registry import Reader, register
from ..types import Resume


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 {what}: byte 0x{data[exc.start]:02x} at offset {exc.start}") from exc


#: How deep objects and lists may nest. JSON Resume needs four levels; a cap
#: far above that keeps a hostile file from exhausting the recursion of the
#: validator and the writers, which walk the document.
MAX_DEPTH = 64
#: How many values a document may hold. A résumé has hundreds; the cap stops a
#: YAML alias bomb (nine lines that name a billion values) before it is expanded.
MAX_VALUES = 200_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_KINDS = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true or false",
          type(None): "null"}


def _check_tree(doc: dict) -> None:
    """Refuse nesting deeper than MAX_DEPTH, more than MAX_VALUES values, and text that is not characters.

    Walked with a stack, not recursion, to survive the deep document it
    refuses. Why surrogates: JSON's ``\\ud800`` escape can name half a
    character; no writer can encode it, so it is refused here by its place.
    """
    stack: list[tuple[object, tuple]] = [(doc, ())]
    seen = 0
    while stack:
        node, where = stack.pop()
        seen += len(node) if isinstance(node, dict | list) else 0
        if seen > MAX_VALUES:
            raise InputError(f"holds more than {MAX_VALUES:,} values; a résumé has a few hundred")
        if len(where) >= MAX_DEPTH:
            raise InputError(f"nested more than {MAX_DEPTH} levels deep; a résumé is never that deep")
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            for text in (key, child):
                half = _SURROGATE.search(text) if isinstance(text, str) else None
                if half:
                    place = pointer((*where, key)).encode("utf-8", "backslashreplace").decode("utf-8")
                    raise InputError(f"{place}: {half.group()!r} is half a character (a lone UTF-16 surrogate), "
                                     "not text")
            if isinstance(child, dict | list):
                stack.append((child, (*where, key)))


def _as_resume(doc: object) -> Resume:
    if not isinstance(doc, dict):
        raise InputError(f"a JSON Resume document is an object ({{...}}), not {_KINDS.get(type(doc), 'that')}")
    _check_tree(doc)
    return doc  # type: ignore[return-value]


def _no_constants(name: str) -> None:
    """NaN and Infinity are Python's extension, not JSON; refusing them keeps our own output valid JSON."""
    raise InputError(f"invalid JSON: {name} is not a JSON value")


def read_json(data: bytes) -> Resume:
    """Parse JSON text; errors name the line and column."""
    text = _decode(data, "JSON")
    try:
        return _as_resume(json.loads(text, parse_constant=_no_constants))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError:
        raise InputError(f"nested more than {MAX_DEPTH} levels deep; a résumé is never that deep") from None


def read_yaml(data: bytes) -> Resume:
    """Parse YAML holding the JSON Resume structure (safe loader: no object tags)."""
    import yaml

    text = _decode(data, "YAML")
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML{yaml_problem(exc)}") from exc
    except RecursionError:
        raise InputError(f"nested more than {MAX_DEPTH} levels deep; a résumé is never that deep") from None
    _as_resume(doc)  # before the round trip below, which recurses
    return _as_resume(json.loads(json.dumps(doc, default=str)))  # dates → strings, as JSON has them


register(Reader("json", (".json",), "JSON Resume 1.0.0 document", read=read_json))
register(Reader("yaml", (".yaml", ".yml"), "JSON Resume structure written as YAML", read=read_yaml))
