"""``make demo``: every bundled résumé in examples/ → out/, in every format and every theme.

Why through the registry and the public API: formats added later (PDF, DOCX
and HTML readers and writers, installed plugins) show up here with no change
to this script, and the demo exercises exactly what a user's code would call.

Layout: ``out/<source file>/<theme>/<stem>.<ext>``; a format whose bytes do
not depend on the theme (JSON) is written once, as ``out/<source file>/<stem>.<ext>``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import converter
from converter import registry
from converter.output import ensure_folder, write_atomic
from converter.theme import builtin_names, resolve_theme
from converter.types import Resume, Theme

EXAMPLES = Path(__file__).resolve().parent


def sources(folder: Path) -> list[Path]:
    """The résumé files in ``folder`` that some registered reader claims."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith((".", "_")) and p.stem != "README"
                  and registry.reader_for_extension(p.suffix))


def render(doc: Resume, writer: registry.Writer, themes: dict[str, Theme], folder: Path, stem: str) -> list[Path]:
    """Write one document in one format for every theme (once if the theme changes nothing)."""
    outputs = {name: writer.write(doc, theme) for name, theme in themes.items()}
    if len(set(outputs.values())) == 1:
        targets = {folder / f"{stem}{writer.extension}": next(iter(outputs.values()))}
    else:
        targets = {folder / name / f"{stem}{writer.extension}": data for name, data in outputs.items()}
    for target, data in targets.items():
        ensure_folder(target.parent)
        write_atomic(target, data, force=True)
    return list(targets)


def main(out: Path = Path("out"), examples: Path = EXAMPLES) -> int:
    """Convert everything; print each file written and one line per failure; 1 if anything failed."""
    themes = {name: resolve_theme(name) for name in builtin_names()}
    writers = sorted(registry.writers().values(), key=lambda w: w.name)
    found = sources(examples)
    if not found:
        print(f"no résumé files in {examples}")
        return 1
    written, failed = 0, 0
    for src in found:
        try:
            doc = converter.load(src)
        except converter.VitaError as exc:
            print(f"{src.name}: {exc}")
            failed += 1
            continue
        for problem in converter.validate(doc):
            print(f"{src.name}: warning: {problem}")
        for writer in writers:
            try:
                paths = render(doc, writer, themes, out / src.name, src.stem)
            except Exception as exc:  # one broken writer must not hide the others' results
                print(f"{src.name} → {writer.name}: {type(exc).__name__}: {exc}")
                failed += 1
                continue
            for path in paths:
                print(f"wrote {path}")
            written += len(paths)
    print(f"{written} files written from {len(found)} résumés "
          f"({', '.join(w.name for w in writers)} × {', '.join(themes)}), {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out")))
