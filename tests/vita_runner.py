"""Run the ``vita`` command in-process with its own stdin/stdout/stderr, as a user would see it."""
from __future__ import annotations

import io
import sys
from dataclasses import dataclass

from converter.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str
    raw: bytes


def run_vita(*args: str, stdin: bytes = b"") -> Result:
    """``vita ARGS`` with ``stdin`` as input; the exit status, stdout (text and bytes) and stderr."""
    saved = sys.stdin, sys.stdout, sys.stderr
    streams = (io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
               io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
               io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True))
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out, err = (s.buffer.getvalue() for s in streams[1:])  # type: ignore[attr-defined]
    return Result(code, out.decode("utf-8", "replace"), err.decode("utf-8"), out)
