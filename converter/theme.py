"""Themes: data files shared by every writer, merged over one base theme.

Why data and not code (RenderCV's shape): ``themes/classic.toml`` sets every
key the writers read; every other theme — built in or a user's own file — is
a small TOML (or JSON/YAML) file that overrides a few keys. One definition
serves the PDF and the DOCX writer, so the two can never drift apart.
``--set KEY=VALUE`` overrides are coerced by the key's type in
``schemas/theme.schema.json`` and validated like a theme file.
"""
from __future__ import annotations

import copy
import json
import math
import tomllib
from pathlib import Path
from typing import Any

from .errors import Problem, UsageError, VitaError, yaml_problem
from .resources import data_dir
from .schema import load_schema, validate_theme
from .types import Theme

BASE = "classic"
#: Shorthand keys accepted by ``--set`` (``--set page=letter``).
ALIASES = {"page": "page.size", "font": "font.body", "bullet": "list.bullet"}


def builtin_names() -> list[str]:
    """Names of the shipped themes, base first."""
    names = sorted(p.stem for p in data_dir("themes").glob("*.toml"))
    return sorted(names, key=lambda n: n != BASE)


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read theme file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not a valid theme file: not UTF-8 (byte 0x{raw[exc.start]:02x} "
                         f"at offset {exc.start})") from None
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            data = json.loads(text)
        elif suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text)
        else:
            data = tomllib.loads(text)
    except RecursionError:
        raise UsageError(f"{path}: not a valid theme file: nested too deeply") from None
    except Exception as exc:  # JSON, TOML and YAML errors each have their own class
        detail = yaml_problem(exc) if suffix in (".yaml", ".yml") else f": {' '.join(str(exc).split())}"
        raise UsageError(f"{path}: not a valid theme file{detail}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: a theme file must hold a table of settings")
    return data


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` laid over ``base``: tables merge key by key, other values replace."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _fail(source: str, problems: list[Problem]) -> None:
    if problems:
        detail = "; ".join(f"{p.pointer.lstrip('/').replace('/', '.')}: {p.message}" if p.pointer else p.message
                           for p in problems)
        raise UsageError(f"{source}: bad theme setting: {detail}", problems)


def _normalise(theme: dict[str, Any]) -> dict[str, Any]:
    page = theme.get("page")
    if isinstance(page, dict) and isinstance(page.get("size"), str):
        page["size"] = page["size"].lower()
    return theme


def _resolve(data: dict[str, Any], source: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    parent = data.get("extends", BASE if source != BASE else None)  # only the shipped base stands alone
    if parent is None:
        return data
    if parent in seen:
        raise UsageError(f"{source}: theme extends itself through {' → '.join((*seen, parent))}")
    if parent not in builtin_names():
        raise UsageError(f"{source}: extends unknown theme {parent!r} "
                         f"(built-in themes: {', '.join(builtin_names())})")
    base = _resolve(_read_file(data_dir("themes") / f"{parent}.toml"), parent, (*seen, parent))
    return merge(base, {k: v for k, v in data.items() if k != "extends"})


def load_theme(name_or_path: str | None = None) -> Theme:
    """A complete, validated theme from a built-in name or a theme file path."""
    name_or_path = name_or_path or BASE
    if name_or_path in builtin_names():
        path, source = data_dir("themes") / f"{name_or_path}.toml", name_or_path
    else:
        path, source = Path(name_or_path), name_or_path
        if path.is_dir():
            raise UsageError(f"{name_or_path}: is a folder, not a theme file")
        if not path.is_file():
            raise UsageError(f"unknown theme {name_or_path!r} "
                             f"(built-in themes: {', '.join(builtin_names())}, or a path to a theme file)")
    theme = _normalise(_resolve(_read_file(path), source))
    _fail(source, validate_theme(theme))
    return theme


def _key_schema(parts: list[str]) -> dict[str, Any]:
    schema = load_schema("theme")
    node: dict[str, Any] = schema
    for depth, part in enumerate(parts):
        props = node.get("properties", {})
        if part not in props:
            where = ".".join(parts[:depth]) or "the top level"
            if not props:  # a leaf such as page.size has no keys below it
                raise UsageError(f"unknown theme key {'.'.join(parts)!r} ({where} is a single value, "
                                 f"set it as --set {where}=VALUE)")
            raise UsageError(f"unknown theme key {'.'.join(parts)!r} "
                             f"(keys at {where}: {', '.join(sorted(props))})")
        node = props[part]
        if "$ref" in node:
            node = {**schema["$defs"][node["$ref"].split("/")[-1]], **node}
    return node


def _coerce(key: str, raw: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind in ("number", "integer"):
        try:
            number = int(raw) if kind == "integer" or raw.lstrip("+-").isdigit() else float(raw)
        except ValueError:
            number = None
        if number is None or not math.isfinite(number):
            raise UsageError(f"--set {key}: {raw!r} is not a {'whole ' if kind == 'integer' else ''}number")
        return number
    if kind == "boolean":
        if raw.lower() in ("true", "yes", "on", "1"):
            return True
        if raw.lower() in ("false", "no", "off", "0"):
            return False
        raise UsageError(f"--set {key}: {raw!r} is not true or false")
    if kind == "array":
        return [p.strip() for p in raw.split(",") if p.strip()]
    if kind == "object":
        raise UsageError(f"--set {key}: is a group of settings; set one of its keys "
                         f"({', '.join(sorted(schema.get('properties', {})))})")
    return raw


def parse_set(assignment: str) -> dict[str, Any]:
    """``KEY=VALUE`` (dotted key) as a nested override, typed by the theme schema."""
    key, sep, raw = assignment.partition("=")
    key = ALIASES.get(key.strip(), key.strip())
    if not sep or not key:
        raise UsageError(f"--set {assignment!r}: expected KEY=VALUE, e.g. accent=#1f6feb")
    parts = key.split(".")
    value = _coerce(key, raw.strip(), _key_schema(parts))
    override: dict[str, Any] = {}
    node = override
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return override


def apply_sets(theme: Theme, assignments: list[str]) -> Theme:
    """The theme with every ``--set`` applied, validated again as a whole."""
    if not assignments:
        return theme
    for item in assignments:
        theme = merge(theme, parse_set(item))
    theme = _normalise(theme)
    _fail("--set", validate_theme(theme))
    return theme


def complete_theme(theme: dict[str, Any]) -> Theme:
    """A theme dict from the API over its base theme, validated: a partial dict works, a wrong one is one line."""
    merged = _normalise(merge(load_theme(theme.get("extends") if isinstance(theme.get("extends"), str) else None),
                              {k: v for k, v in theme.items() if k != "extends"}))
    _fail("theme", validate_theme(merged))
    return merged


def resolve_theme(name_or_path: str | None = None, sets: list[str] | tuple[str, ...] = ()) -> Theme:
    """What a writer gets: the named theme with ``--set`` overrides applied."""
    return apply_sets(load_theme(name_or_path), list(sets))


def describe_themes() -> list[tuple[str, str]]:
    """(name, one-line description) of every built-in theme."""
    try:
        return [(n, load_theme(n).get("description", "")) for n in builtin_names()]
    except VitaError as exc:  # a broken shipped theme is a bug; say which
        raise VitaError(f"a built-in theme is broken: {exc}") from exc
