"""The ``vita`` command line (click). Options only; the work is in the library.

Every failure ends as one line on stderr and an exit status: 2 for usage
errors (unknown format, theme, option), 1 when a conversion or validation
failed. Never a traceback.
"""
from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

import click

from . import registry
from .api import read_source
from .convert import Options, run
from .errors import InputError, UsageError, VitaError
from .readers.json import read_json, read_yaml
from .schema import validate as validate_doc
from .theme import describe_themes, resolve_theme

#: What writing the report to a full or failing standard output raises.
_OUTPUT_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)
#: Commands that consult the format tables (and so report plugins that failed to load).
_USES_FORMATS = ("convert", "formats", "explain")


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vita", prog_name="vita")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Vita: convert résumés between text, Markdown, JSON Resume, PDF and DOCX."""
    if ctx.invoked_subcommand in _USES_FORMATS:  # others skip importing every format's libraries
        registry.ensure_loaded()
        for line in registry.PLUGIN_ERRORS:
            _err(f"vita: warning: {line}")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--to", "to", default="json", show_default=True, metavar="FMT[,FMT...]",
              help="Output format(s), comma-separated (see `vita formats`).")
@click.option("--from", "from_", default=None, metavar="FMT", help="Input format, instead of the extension.")
@click.option("--output", "-o", default=None, metavar="PATH",
              help="Output folder, a file (one input, one format), or - for stdout. "
                   "Default: beside each input.")
@click.option("--theme", default=None, metavar="NAME|FILE", help="Theme name (see `vita themes`) or file.")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="Override one theme value, e.g. accent=#1f6feb or page.size=letter.")
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
def convert(inputs: tuple[str, ...], to: str, from_: str | None, output: str | None,
            theme: str | None, sets: tuple[str, ...], force: bool) -> None:
    """Convert INPUT files, folders or - (stdin) to other formats."""
    formats = list(dict.fromkeys(f.strip().lower() for f in to.split(",") if f.strip()))
    if not formats:
        raise UsageError("--to needs at least one format")
    for name in formats:
        registry.writer(name)
    if from_:
        registry.reader(from_)
    opts = Options(formats=formats, output=output, theme=resolve_theme(theme, sets), force=force, reader=from_)
    report = run(list(inputs), opts, _err)
    total = report.converted + report.failed
    if total > 1 or report.failed:
        _err(f"{report.converted} converted, {report.failed} failed")
    if report.failed:
        sys.exit(1)


def _read_structured(path: Path) -> object:
    """YAML by its extension, JSON otherwise: validation checks data, it never parses prose."""
    read = read_yaml if path.suffix.lower() in (".yaml", ".yml") else read_json
    return read(read_source(path))


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report as text lines or as one JSON object.")
def validate(files: tuple[str, ...], fmt: str) -> None:
    """Check JSON Resume files (JSON or YAML) against the schema; list every problem."""
    results = []
    for name in files:
        path = Path(name)
        entry: dict = {"file": name, "valid": False, "problems": []}
        try:
            problems = validate_doc(_read_structured(path))
            entry["problems"] = [p.as_dict() for p in problems]
            entry["valid"] = not problems
        except VitaError as exc:
            entry["error"] = str(exc)
        results.append(entry)
    if fmt == "json":
        click.echo(json.dumps({"valid": all(r["valid"] for r in results), "files": results},
                              ensure_ascii=False, indent=2))
    else:
        for r in results:
            if "error" in r:
                click.echo(f"{r['file']}: {r['error']}")
            elif r["valid"]:
                click.echo(f"{r['file']}: valid")
            for p in r["problems"]:
                click.echo(f"{r['file']}: {p['pointer'] or '/'}: {p['message']}")
    if not all(r["valid"] for r in results):
        sys.exit(1)


@cli.command()
def formats() -> None:
    """List the readers and writers, with their extensions."""
    click.echo("Readers (input):")
    for r in sorted(registry.readers().values(), key=lambda r: r.name):
        click.echo(f"  {r.name:8s} {', '.join(r.extensions):24s} {r.description}")
    click.echo("Writers (output):")
    for w in sorted(registry.writers().values(), key=lambda w: w.name):
        click.echo(f"  {w.name:8s} {w.extension:24s} {w.description}")


@cli.command()
def themes() -> None:
    """List the built-in themes."""
    for name, description in describe_themes():
        click.echo(f"  {name:10s} {description}")


@cli.command()
@click.argument("file")
@click.option("--from", "from_", default=None, metavar="FMT", help="Input format, instead of the extension.")
def explain(file: str, from_: str | None) -> None:
    """Show FILE's lines beside the JSON paths they went to, then the lines that went nowhere."""
    from .explain import explain_file

    try:
        click.echo(explain_file(Path(file), from_), nl=False)
    except InputError as exc:
        raise InputError(f"{file}: {exc}") from None


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the click group, turning every failure into one line."""
    try:
        cli.main(args=argv, prog_name="vita", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            _err("vita: interrupted")
            sys.exit(130)
        _err("vita: aborted")
        sys.exit(1)
    except click.UsageError as exc:
        _err(f"vita: {exc.format_message()}" + (f" (try `vita {exc.ctx.command_path.split(' ', 1)[-1]} --help`)"
                                                 if exc.ctx and " " in exc.ctx.command_path else ""))
        sys.exit(2)
    except click.ClickException as exc:
        _err(f"vita: {exc.format_message()}")
        sys.exit(exc.exit_code)
    except UsageError as exc:
        _err(f"vita: {exc}")
        sys.exit(2)
    except (InputError, VitaError) as exc:
        _err(f"vita: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("vita: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # stdout's reader is gone; point stdout at /dev/null so the exit-time flush is silent
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            _err(f"vita: internal error ({type(exc).__name__}: {exc}); please report it")
            sys.exit(70)
        # printing to a full disk or a failing device: not a bug of ours; silence the exit-time flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _err(f"vita: cannot write the output: {exc.strerror or exc}")
        sys.exit(1)
    except Exception as exc:  # last resort: a bug, still one line
        _err(f"vita: internal error ({type(exc).__name__}: {exc}); please report it")
        sys.exit(70)


if __name__ == "__main__":
    main()
