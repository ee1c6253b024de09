"""Writing output files safely: never half a file, never an unasked overwrite.

Why: a converter that dies mid-write must not leave a truncated PDF that
looks like a result, and must never replace a file (least of all its own
input) unless told to. Every file goes through a temporary sibling and an
atomic rename.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import VitaError


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    if path.is_dir():
        raise VitaError(f"{path} is a folder")
    if path.exists() and not path.is_file():  # a rename would replace the device or pipe itself
        raise VitaError(f"{path} is not a regular file (a device or a pipe); give a file name or -")
    if path.exists() and not force:
        raise VitaError(f"{path} exists (use --force to overwrite)")
    try:
        # the name cut short: a temporary name longer than the file system allows would fail a valid output
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise VitaError(f"cannot write in {path.parent}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise VitaError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def ensure_folder(path: Path) -> None:
    """Create an output folder (and parents) and check it is writable."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VitaError(f"cannot create output folder {path}: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise VitaError(f"output folder {path} is not writable")


def write_stdout(data: bytes) -> None:
    """All of ``data`` to standard output.

    Why a loop: a write to a pipe can be short (the reader went away after
    part of it) and Python reports that as a count, not an error; writing
    the rest turns a closed pipe into BrokenPipeError instead of silently
    truncated output.
    """
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise VitaError("cannot write to standard output: it is closed")
    out = sys.stdout.buffer
    view = memoryview(data)
    try:
        while view:
            count = out.write(view)
            if not count:
                raise VitaError("cannot write to standard output")
            view = view[count:]
        out.flush()
    except BrokenPipeError:  # the reader went away: the caller stops quietly
        raise
    except OSError as exc:  # a full disk behind a redirection, an I/O error
        raise VitaError(f"cannot write to standard output: {exc.strerror or exc}") from None
