"""The public Python API: load, dump, validate — what the CLI is built on."""
from __future__ import annotations

import os
from pathlib import Path

from . import registry
from .errors import InputError, Problem, UsageError, VitaError
from .schema import validate as _validate
from .theme import complete_theme, resolve_theme
from .types import Resume, Theme

#: Files larger than this are refused before reading (a résumé is a few pages).
MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_source(path: Path) -> bytes:
    """A file's bytes, refusing folders, unreadable and oversized files in plain words."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a folder, not a file")
        if size > MAX_INPUT_BYTES:
            raise InputError(f"is {size / 2**20:.1f} MB; the limit is {MAX_INPUT_BYTES // 2**20} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def guess_reader(data: bytes) -> registry.Reader:
    """JSON when the data opens like JSON (``{`` or ``[``, so an array gets JSON's own error), else Markdown."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return registry.reader("json" if stripped.startswith((b"{", b"[")) else "md")


def _looks_like_path(text: str) -> bool:
    """A one-line string naming an existing file, or ending in a known extension.

    Why the extension rule: ``load("cv.json")`` for a missing file must say
    "no such file", not parse the eight characters ``cv.json`` as a résumé.
    """
    if "\n" in text or len(text) > 4096:
        return False
    path = Path(text)
    return path.is_file() or registry.reader_for_extension(path.suffix) is not None


def load(path_or_text: str | os.PathLike[str] | bytes, fmt: str | None = None) -> Resume:
    """A résumé as JSON Resume, from a file path, or from text/bytes given directly.

    ``fmt`` names the reader (``json``, ``md``, ``pdf`` …); by default it is
    taken from the file extension, or guessed from text (JSON if it starts
    with ``{``, else Markdown/plain text).
    """
    if isinstance(path_or_text, bytes):
        data = path_or_text
        chosen = registry.reader(fmt) if fmt else guess_reader(data)
        return chosen.load(data)
    if isinstance(path_or_text, os.PathLike) or _looks_like_path(path_or_text):
        path = Path(path_or_text)
        chosen = registry.reader(fmt) if fmt else registry.reader_for_extension(path.suffix)
        if chosen is None:
            raise UsageError(f"{path}: no reader for {path.suffix or 'files without an extension'}")
        try:
            return chosen.load(read_source(path))
        except VitaError as exc:
            raise type(exc)(f"{path}: {exc}", exc.problems) from None
    data = str(path_or_text).encode("utf-8", "surrogatepass")
    chosen = registry.reader(fmt) if fmt else guess_reader(data)
    return chosen.load(data)


def dump(doc: Resume, fmt: str, theme: str | Theme | None = None) -> bytes:
    """Render a JSON Resume document to ``fmt`` (``json``, ``pdf``, ``docx`` …) as bytes.

    ``theme`` is a built-in theme name, a theme file path, an already loaded
    theme dict, or None for the base theme.
    """
    chosen = registry.writer(fmt)
    loaded = complete_theme(theme) if isinstance(theme, dict) else resolve_theme(theme)
    require_valid(doc)
    return chosen.write(doc, loaded)


def require_valid(doc: object) -> None:
    """Raise VitaError naming the first schema problem: writers are only ever given valid documents.

    Why before every write: a writer trusts the schema's shapes (``work`` is a
    list of objects, ``name`` is text); anything else would surface as an
    AttributeError deep inside it instead of a line the user can act on.
    """
    problems = _validate(doc)
    if problems:
        more = f" (and {len(problems) - 1} more; run `vita validate`)" if len(problems) > 1 else ""
        raise VitaError(f"not a valid JSON Resume document: {problems[0]}{more}")


def validate(doc: object) -> list[Problem]:
    """Every schema problem of a JSON Resume document; an empty list means valid."""
    return _validate(doc)
