"""JSON Resume as JSON or YAML: the interchange point with other résumé tools."""
from __future__ import annotations

import json

from ..errors import InputError, yaml_problem
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
_KINDS = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true or false",
          type(None): "null"}


def _too_deep(value: object) -> bool:
    """Whether ``value`` nests deeper than MAX_DEPTH (walked without recursion, to survive a deep one)."""
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if level > MAX_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return False


def _as_resume(doc: object) -> Resume:
    if not isinstance(doc, dict):
        raise InputError(f"a JSON Resume document is an object ({{...}}), not {_KINDS.get(type(doc), 'that')}")
    if _too_deep(doc):
        raise InputError(f"nested more than {MAX_DEPTH} levels deep; a résumé is never that deep")
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
