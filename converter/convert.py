"""``vita convert``: many inputs × many formats, one failure never stops the rest.

Why a module of its own: the CLI only parses options; planning which input
goes to which output file, refusing to overwrite, and counting failures is
logic with its own tests.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import registry
from .api import guess_reader, read_source, require_valid
from .errors import UsageError, VitaError
from .output import ensure_folder, write_atomic, write_stdout
from .types import Resume, Theme

STDIO = "-"


@dataclass
class Source:
    """One input: a file path, or stdin (``path`` None)."""

    label: str
    path: Path | None = None

    @property
    def stem(self) -> str:
        return self.path.stem if self.path else "stdin"


@dataclass
class Options:
    """What ``vita convert`` was asked to do (a plain record, as pandoc's options)."""

    formats: list[str]
    output: str | None = None
    theme: Theme = field(default_factory=dict)
    force: bool = False
    reader: str | None = None


@dataclass
class Report:
    converted: int = 0
    failed: int = 0


def expand_inputs(inputs: Iterable[str], report: Report, log: Callable[[str], None]) -> list[Source]:
    """Files as given; folders become the résumé files inside them (by extension)."""
    sources: list[Source] = []
    for item in inputs:
        if item == STDIO:
            sources.append(Source("<stdin>"))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and registry.reader_for_extension(p.suffix))
            if not found:
                report.failed += 1
                log(f"{item}: folder holds no résumé files "
                    f"({', '.join(sorted({e for r in registry.readers().values() for e in r.extensions}))})")
            sources.extend(Source(str(p), p) for p in found)
        else:
            sources.append(Source(item, path))
    return sources


def _read(source: Source, reader_name: str | None) -> Resume:
    if source.path is None:
        data = sys.stdin.buffer.read()
        reader = registry.reader(reader_name) if reader_name else guess_reader(data)
    else:
        data = read_source(source.path)  # first: a missing file is "no such file", whatever its extension
        reader = registry.reader(reader_name) if reader_name else registry.reader_for_extension(source.path.suffix)
        if reader is None:
            raise VitaError(f"no reader for {source.path.suffix or 'files without an extension'} "
                            "(see `vita formats`)")
    doc = reader.load(data)
    require_valid(doc)
    return doc


def plan_output(opts: Options, sources: list[Source]) -> Path | None:
    """The output folder (None for stdout or a single named file); usage errors early."""
    single = len(sources) == 1 and len(opts.formats) == 1
    out = opts.output
    if out == STDIO:
        if not single:
            raise UsageError("--output - (stdout) takes one input and one format")
        return None
    if out is None:
        return None
    if not out.strip():
        raise UsageError("--output is empty; give a folder, a file name, or - for standard output")
    path = Path(out)
    if single and not path.is_dir() and (path.suffix or path.exists()) and not out.endswith(("/", "\\")):
        _check_extension(path, registry.writer(opts.formats[0]))
        ensure_folder(path.parent)
        return None
    if path.exists() and not path.is_dir():
        raise UsageError(f"--output {out}: is a file, but several outputs need a folder")
    ensure_folder(path)
    return path


def _check_extension(path: Path, writer: registry.Writer) -> None:
    """Refuse ``--to pdf -o cv.docx``: a file named for one format holding another opens as garbage."""
    name = path.name.lower()
    if name.endswith(writer.extension.lower()):
        return
    claimed = [w for w in registry.writers().values() if name.endswith(w.extension.lower())]
    if claimed:
        raise UsageError(f"--output {path}: a {claimed[0].extension} name for {writer.name} output; name it "
                         f"{path.name[:-len(claimed[0].extension)]}{writer.extension} or use --to {claimed[0].name}")


def _target(opts: Options, folder: Path | None, source: Source, writer: registry.Writer) -> Path | None:
    if opts.output == STDIO or (opts.output is None and source.path is None):
        return None
    if opts.output is not None and folder is None:
        return Path(opts.output)
    base = folder if folder is not None else source.path.parent  # type: ignore[union-attr]
    return base / f"{source.stem}{writer.extension}"


def run(inputs: list[str], opts: Options, log: Callable[[str], None]) -> Report:
    """Convert every input to every format; failures are logged and counted."""
    writers = [registry.writer(name) for name in opts.formats]
    for writer in writers:
        if writer.check is not None:
            try:
                writer.check(opts.theme)
            except VitaError as exc:
                raise UsageError(str(exc)) from None
    report = Report()
    sources = expand_inputs(inputs, report, log)
    folder = plan_output(opts, sources)
    # every input, not just the one being converted: `cv.md` → `cv.json` must not replace the input cv.json
    inputs_resolved = {s.path.resolve() for s in sources if s.path is not None}
    written: set[Path] = set()
    for source in sources:
        try:
            doc = _read(source, opts.reader)
        except VitaError as exc:
            report.failed += 1
            log(f"{source.label}: {exc}")
            continue
        except Exception as exc:  # a reader bug must not hide the other inputs
            report.failed += 1
            log(f"{source.label}: internal error while reading ({type(exc).__name__}: {exc})")
            continue
        for writer in writers:
            target = _target(opts, folder, source, writer)
            try:
                if target is not None:
                    if target.resolve() in inputs_resolved:
                        whose = "the input" if source.path and target.resolve() == source.path.resolve() else "an input"
                        raise VitaError(f"output {target} would replace {whose}; choose --output")
                    if target.resolve() in written:
                        raise VitaError(f"output {target} was already written from another input")
                if target is None and writer.binary and sys.stdout.isatty():
                    raise VitaError(f"{writer.name} output is binary; give --output FILE, or pipe it")
                data = writer.write(doc, opts.theme)
                if target is None:
                    write_stdout(data)
                else:
                    write_atomic(target, data, force=opts.force)
                    written.add(target.resolve())
                    log(f"{source.label} → {target}")
                report.converted += 1
            except VitaError as exc:
                report.failed += 1
                log(f"{source.label}: {exc}")
            except BrokenPipeError:  # the reader of stdout went away (| head): stop quietly
                raise
            except Exception as exc:
                report.failed += 1
                log(f"{source.label}: internal error in the {writer.name} writer ({type(exc).__name__}: {exc})")
    return report
