"""One table of readers and one of writers, by format name.

Why (pandoc's shape): every format is a small module that registers a
function; the CLI and the Python API only ever look names up here. Adding a
format touches one new file. Third-party packages add formats through the
entry-point groups ``vita.readers`` and ``vita.writers``: each entry point
names a :class:`Reader` or :class:`Writer` object (or a zero-argument
callable returning one), loaded the first time a table is consulted.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from .errors import InputError, UsageError, VitaError
from .lines import Line
from .types import Resume, Theme

#: Turns a source document's bytes into lines with layout cues.
LinesFunc = Callable[[bytes], list[Line]]
#: Turns a source document's bytes into a JSON Resume dict.
ReadFunc = Callable[[bytes], Resume]
#: Renders a JSON Resume dict with a theme into the output file's bytes.
WriteFunc = Callable[[Resume, Theme], bytes]


@dataclass(frozen=True)
class Reader:
    """A source format. Document formats give ``lines``; the parser does the rest."""

    name: str
    extensions: tuple[str, ...]
    description: str
    read: ReadFunc | None = None
    lines: LinesFunc | None = None

    def load(self, data: bytes) -> Resume:
        """The document as JSON Resume, through ``read`` or the line parser."""
        if self.read is not None:
            _refuse_empty(data)
            return self.read(data)
        from .parse import parse_lines

        return parse_lines(self.document_lines(data)).resume

    def document_lines(self, data: bytes) -> list[Line]:
        """The document's lines for the parser (or ``vita explain``); an empty or textless one is an error.

        Why here: every reader would otherwise answer an empty file in its
        own words, or worse, "convert" it to ``{}`` with exit status 0.
        """
        if self.lines is None:
            raise VitaError(f"reader {self.name!r} can neither read nor split lines")
        _refuse_empty(data)
        lines = self.lines(data)
        if not any(line.text.strip() for line in lines):
            raise InputError("holds no text (an empty document, or only pictures?)")
        return lines


def _refuse_empty(data: bytes) -> None:
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise InputError("is empty")


@dataclass(frozen=True)
class Writer:
    """A target format: one extension, and a function to the file's bytes."""

    name: str
    extension: str
    description: str
    write: WriteFunc = field(repr=False)
    #: Text formats may go to stdout; binary ones need a file.
    binary: bool = True
    #: Raises VitaError when the theme names something this writer cannot use (a font, a
    #: reference file). Run before any output is written, so a bad setting is a usage error
    #: that leaves nothing behind, not a failure after other files were made.
    check: Callable[[Theme], object] | None = field(default=None, repr=False)


READERS: dict[str, Reader] = {}
WRITERS: dict[str, Writer] = {}
#: One plain line per plugin that failed to load; the CLI prints them.
PLUGIN_ERRORS: list[str] = []
_loaded = False


def register(item: Reader | Writer) -> Reader | Writer:
    """Add a reader or writer to its table (a later one of the same name wins)."""
    table: dict = READERS if isinstance(item, Reader) else WRITERS
    table[item.name] = item
    return item


def _load_builtin() -> None:
    from . import readers, writers

    for package in (readers, writers):
        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{package.__name__}.{module.name}")


def _load_plugins() -> None:
    """Register every entry-point plugin; a broken one is skipped and noted.

    Why skip rather than fail: one faulty third-party package must not take
    the built-in formats (or the other plugins) down with it.
    """
    for group, kind in (("vita.readers", Reader), ("vita.writers", Writer)):
        for ep in entry_points(group=group):
            try:
                obj = ep.load()
                item = obj() if callable(obj) and not isinstance(obj, Reader | Writer) else obj
            except Exception as exc:
                PLUGIN_ERRORS.append(f"plugin {ep.name!r} ({ep.value}) failed to load, skipped: "
                                     f"{type(exc).__name__}: {exc}")
                continue
            if not isinstance(item, kind):
                PLUGIN_ERRORS.append(f"plugin {ep.name!r} in {group} is not a {kind.__name__}, skipped")
                continue
            register(item)


def ensure_loaded() -> None:
    """Fill the tables once: built-in modules first, then plugins."""
    global _loaded
    if not _loaded:
        _loaded = True
        _load_builtin()
        _load_plugins()


def readers() -> dict[str, Reader]:
    ensure_loaded()
    return READERS


def writers() -> dict[str, Writer]:
    ensure_loaded()
    return WRITERS


def writer(name: str) -> Writer:
    table = writers()
    if name not in table:
        raise UsageError(f"unknown output format {name!r} (available: {', '.join(sorted(table))})")
    return table[name]


def reader(name: str) -> Reader:
    table = readers()
    if name not in table:
        raise UsageError(f"unknown input format {name!r} (available: {', '.join(sorted(table))})")
    return table[name]


def reader_for_extension(ext: str) -> Reader | None:
    """The reader that claims a file extension (``.md``), or None."""
    ext = ext.lower()
    for item in readers().values():
        if ext in item.extensions:
            return item
    return None
