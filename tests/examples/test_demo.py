"""``make demo``: every résumé × every registered writer × every theme, through the registry."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from converter import registry
from converter.theme import builtin_names
from examples.demo import main, sources
from tests.conftest import FIXTURES


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(FIXTURES / "json" / "valid" / "full.json", folder / "mireille.json")
    shutil.copy(FIXTURES / "yaml" / "extras.yaml", folder / "priya.yaml")
    (folder / "demo.py").write_text("# not a résumé\n", encoding="utf-8")
    (folder / "_draft.json").write_text("{}", encoding="utf-8")
    return folder


def test_sources_are_files_a_reader_claims(examples: Path) -> None:
    assert [p.name for p in sources(examples)] == ["mireille.json", "priya.yaml"]


def test_demo_writes_every_format_and_theme(examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    table = dict(registry.writers())
    table["themed"] = registry.Writer("themed", ".themed.txt", "accent colour only",
                                      lambda doc, theme: theme["accent"].encode(), binary=False)
    monkeypatch.setattr(registry, "WRITERS", table)
    out = tmp_path / "out"
    assert main(out, examples) == 0
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    for src, stem in (("mireille.json", "mireille"), ("priya.yaml", "priya")):
        assert f"{src}/{stem}.json" in files                      # JSON: theme-independent, once
        assert not any(f.startswith(f"{src}/classic/{stem}.json") for f in files)
        for theme in builtin_names():
            assert f"{src}/{theme}/{stem}.themed.txt" in files
            assert (out / src / theme / f"{stem}.themed.txt").read_bytes().startswith(b"#")
    printed = capsys.readouterr().out.splitlines()
    assert f"wrote {out}/mireille.json/mireille.json" in printed
    assert printed[-1].startswith(f"{len(files)} files written from 2 résumés (")
    assert printed[-1].endswith(", 0 failed")


def test_demo_reports_a_broken_writer_and_goes_on(examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    def broken(doc: dict, theme: dict) -> bytes:
        raise ValueError("no fonts")

    table = dict(registry.writers())
    table["aaa"] = registry.Writer("aaa", ".aaa", "always fails", broken)
    monkeypatch.setattr(registry, "WRITERS", table)
    assert main(tmp_path / "out", examples) == 1
    printed = capsys.readouterr().out.splitlines()
    assert "mireille.json → aaa: ValueError: no fonts" in printed
    assert (tmp_path / "out" / "priya.yaml" / "priya.json").is_file()


def test_demo_with_no_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(tmp_path / "out", tmp_path) == 1
    assert capsys.readouterr().out == f"no résumé files in {tmp_path}\n"
