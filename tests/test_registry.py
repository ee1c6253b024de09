"""The format registry: built-in formats, lookups, and third-party plugins through real entry points."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from converter import registry
from converter.errors import UsageError
from tests.conftest import FIXTURES

VITA = Path(sys.executable).parent / "vita"

PLUGIN = '''
import json
from converter.registry import Reader, Writer


def _write(doc, theme):
    return (doc["basics"]["name"].upper() + " / " + theme["name"] + "\\n").encode("utf-8")


WRITER = Writer("shout", ".shout.txt", "The name in capitals (test plugin)", write=_write, binary=False)


def make_reader():
    return Reader("jsonl1", (".jl1",), "First line of a JSON-lines file (test plugin)",
                  read=lambda data: json.loads(data.splitlines()[0]))


NOT_A_WRITER = "a string"
'''


def _distribution(root: Path, name: str, entry_points: str) -> None:
    """An installed-looking distribution: a *.dist-info with METADATA and entry_points.txt."""
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def _vita(args: list[str], site: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([str(VITA), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A folder on PYTHONPATH holding one good plugin distribution."""
    root = tmp_path / "site"
    (root / "vita_test_plugin").mkdir(parents=True)
    (root / "vita_test_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    _distribution(root, "vita_test_plugin",
                  "[vita.writers]\nshout = vita_test_plugin:WRITER\n\n"
                  "[vita.readers]\njsonl1 = vita_test_plugin:make_reader\n")
    return root


def test_plugin_writer_listed_and_usable(site: Path, tmp_path: Path) -> None:
    listed = _vita(["formats"], site, tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "  shout    .shout.txt               The name in capitals (test plugin)" in listed.stdout.splitlines()
    assert "  jsonl1   .jl1                     First line of a JSON-lines file (test plugin)" in listed.stdout
    assert listed.stderr == ""

    (tmp_path / "cv.json").write_bytes((FIXTURES / "json" / "valid" / "minimal.json").read_bytes())
    done = _vita(["convert", "cv.json", "--to", "shout,json", "--output", "out", "--theme", "modern"], site, tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "cv.shout.txt").read_text(encoding="utf-8") == "TOMÁS FERREIRA / modern\n"
    assert json.loads((tmp_path / "out" / "cv.json").read_text(encoding="utf-8"))["basics"]["name"] == "Tomás Ferreira"


def test_plugin_reader_by_extension(site: Path, tmp_path: Path) -> None:
    (tmp_path / "cv.jl1").write_text('{"basics": {"name": "Lin Wei"}}\n{"ignored": true}\n', encoding="utf-8")
    done = _vita(["convert", "cv.jl1", "--to", "json", "--output", "-"], site, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == '{\n  "basics": {\n    "name": "Lin Wei"\n  }\n}\n'


def test_broken_plugins_give_one_line_each_and_the_rest_works(site: Path, tmp_path: Path) -> None:
    _distribution(site, "vita_broken_plugin",
                  "[vita.writers]\nghost = vita_no_such_module:WRITER\nwrong = vita_test_plugin:NOT_A_WRITER\n")
    listed = _vita(["formats"], site, tmp_path)
    assert listed.returncode == 0
    assert "Traceback" not in listed.stderr
    assert listed.stderr.splitlines() == [
        "vita: warning: plugin 'ghost' (vita_no_such_module:WRITER) failed to load, skipped: "
        "ModuleNotFoundError: No module named 'vita_no_such_module'",
        "vita: warning: plugin 'wrong' in vita.writers is not a Writer, skipped",
    ]
    assert "  shout " in listed.stdout and "  json " in listed.stdout


def test_builtin_formats_registered() -> None:
    assert {"json", "yaml", "md", "txt"} <= set(registry.readers())
    assert "json" in registry.writers()
    assert registry.reader_for_extension(".JSON") is registry.reader("json")
    assert registry.reader_for_extension(".yml") is registry.reader("yaml")
    assert registry.reader_for_extension(".xyz") is None


def test_unknown_names_list_what_exists() -> None:
    with pytest.raises(UsageError, match=r"^unknown output format 'nope' \(available: .*json.*\)$"):
        registry.writer("nope")
    with pytest.raises(UsageError, match=r"^unknown input format 'nope' \(available: .*yaml.*\)$"):
        registry.reader("nope")


def test_register_later_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "WRITERS", dict(registry.writers()))
    first = registry.Writer("tmpfmt", ".a", "first", write=lambda d, t: b"1")
    second = registry.Writer("tmpfmt", ".b", "second", write=lambda d, t: b"2")
    registry.register(first)
    registry.register(second)
    assert registry.writer("tmpfmt") is second
