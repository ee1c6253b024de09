"""``vita convert``: inputs, outputs, overwrite rules, atomic writes, failures counted and survived."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from converter import registry
from converter.canonical import to_json
from converter.readers.json import read_json
from converter.theme import load_theme
from tests.conftest import FIXTURES
from tests.vita_runner import run_vita

VALID = FIXTURES / "json" / "valid"
NAMES = ("full", "minimal", "extras")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in NAMES:
        shutil.copy(VALID / f"{name}.json", tmp_path / f"{name}.json")
    return tmp_path


@pytest.fixture
def extra_writers(monkeypatch: pytest.MonkeyPatch) -> dict[str, registry.Writer]:
    """Throwaway writers: ``theme`` dumps the theme it got, ``boom`` fails after starting."""
    table = dict(registry.writers())

    def theme_dump(doc: dict, theme: dict) -> bytes:
        return json.dumps({"name": doc["basics"]["name"], "theme": theme}).encode()

    def boom(doc: dict, theme: dict) -> bytes:
        chunks = [b"%PDF-1.7\n"]
        raise RuntimeError(f"renderer crashed after {len(chunks)} chunk")

    table["theme"] = registry.Writer("theme", ".theme.json", "theme it was given", theme_dump, binary=False)
    table["boom"] = registry.Writer("boom", ".boom", "always fails", boom)
    monkeypatch.setattr(registry, "WRITERS", table)
    return table


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_several_inputs_to_json_output_dir_force(here: Path) -> None:
    """The exact command line of the issue."""
    args = ("convert", "full.json", "minimal.json", "extras.json", "--to", "json", "--output", "DIR", "--force")
    first = run_vita(*args)
    assert first.code == 0, first.err
    assert _files(here / "DIR") == ["extras.json", "full.json", "minimal.json"]
    for name in NAMES:
        assert (here / "DIR" / f"{name}.json").read_bytes() == (VALID / f"{name}.json").read_bytes()
    assert first.err.splitlines() == [
        "full.json → DIR/full.json", "minimal.json → DIR/minimal.json", "extras.json → DIR/extras.json",
        "3 converted, 0 failed",
    ]
    (here / "DIR" / "full.json").write_text("stale", encoding="utf-8")
    again = run_vita(*args)
    assert again.code == 0
    assert (here / "DIR" / "full.json").read_bytes() == (VALID / "full.json").read_bytes()


def test_never_overwrites_without_force(here: Path) -> None:
    (here / "out").mkdir()
    (here / "out" / "full.json").write_text("mine", encoding="utf-8")
    result = run_vita("convert", "full.json", "minimal.json", "--output", "out")
    assert result.code == 1
    assert result.err.splitlines() == [
        "full.json: out/full.json exists (use --force to overwrite)",
        "minimal.json → out/minimal.json",
        "1 converted, 1 failed",
    ]
    assert (here / "out" / "full.json").read_text(encoding="utf-8") == "mine"


def test_never_overwrites_the_input_even_with_force(here: Path) -> None:
    before = (here / "full.json").read_bytes()
    result = run_vita("convert", "full.json", "--force")
    assert result.code == 1
    assert result.err.splitlines() == [
        "full.json: output full.json would replace the input; choose --output", "0 converted, 1 failed"]
    assert (here / "full.json").read_bytes() == before


def test_default_output_beside_input(here: Path) -> None:
    (here / "cv.yaml").write_bytes((FIXTURES / "yaml" / "extras.yaml").read_bytes())
    result = run_vita("convert", "cv.yaml")
    assert (result.code, result.err) == (0, "cv.yaml → cv.json\n")
    assert (here / "cv.json").read_bytes() == (VALID / "extras.json").read_bytes()


def test_folder_input_takes_every_resume_file(here: Path) -> None:
    src = here / "cvs"
    (src / "nested").mkdir(parents=True)
    (src / ".hidden").mkdir()
    shutil.copy(VALID / "full.json", src / "a.json")
    shutil.copy(FIXTURES / "yaml" / "extras.yaml", src / "nested" / "b.yml")
    shutil.copy(VALID / "minimal.json", src / ".hidden" / "c.json")
    (src / "photo.png").write_bytes(b"\x89PNG")
    result = run_vita("convert", "cvs", "--output", "out")
    assert result.code == 0, result.err
    assert _files(here / "out") == ["a.json", "b.json"]
    assert result.err.splitlines()[-1] == "2 converted, 0 failed"


def test_folder_without_resumes(here: Path) -> None:
    (here / "pics").mkdir()
    (here / "pics" / "me.png").write_bytes(b"\x89PNG")
    result = run_vita("convert", "pics", "minimal.json", "--output", "out")
    assert result.code == 1
    exts = ", ".join(sorted({e for r in registry.readers().values() for e in r.extensions}))
    assert result.err.splitlines() == [
        f"pics: folder holds no résumé files ({exts})",
        "minimal.json → out/minimal.json",
        "1 converted, 1 failed",
    ]


def test_one_bad_input_does_not_stop_the_others(here: Path) -> None:
    (here / "broken.json").write_text('{"basics": {"name": "A"', encoding="utf-8")
    (here / "invalid.json").write_text('{"work": [{"startDate": "2020-13"}], "x": 1}', encoding="utf-8")
    result = run_vita("convert", "broken.json", "full.json", "missing.json", "invalid.json", "minimal.json",
                      "-o", "out")
    assert result.code == 1
    assert result.err.splitlines() == [
        "broken.json: invalid JSON at line 1, column 24: Expecting ',' delimiter",
        "full.json → out/full.json",
        "missing.json: no such file",
        "invalid.json: not a valid JSON Resume document: /: unknown key x (allowed: $schema, basics, work, "
        "volunteer, education, awards, certificates, publications, skills, languages, interests, references, "
        "projects, meta) (and 1 more; run `vita validate`)",
        "minimal.json → out/minimal.json",
        "2 converted, 3 failed",
    ]
    assert _files(here / "out") == ["full.json", "minimal.json"]


def test_stdin_to_stdout(here: Path) -> None:
    result = run_vita("convert", "-", stdin=(VALID / "full.json").read_bytes().replace(b"\n  ", b""))
    assert (result.code, result.err) == (0, "")
    assert result.raw == (VALID / "full.json").read_bytes()


def test_stdin_yaml_needs_from(here: Path) -> None:
    yaml_text = (FIXTURES / "yaml" / "extras.yaml").read_bytes()
    result = run_vita("convert", "-", "--from", "yaml", "--output", "-", stdin=yaml_text)
    assert result.code == 0, result.err
    assert result.raw == (VALID / "extras.json").read_bytes()


def test_output_dash_is_stdout(here: Path) -> None:
    result = run_vita("convert", "minimal.json", "--output", "-")
    assert (result.code, result.out, result.err) == (0, '{\n  "basics": {\n    "name": "Tomás Ferreira"\n  }\n}\n', "")


def test_output_file_for_one_input_one_format(here: Path) -> None:
    result = run_vita("convert", "minimal.json", "--output", "deep/er/result.json")
    assert result.code == 0, result.err
    assert _files(here / "deep") == ["er/result.json"]
    assert read_json((here / "deep/er/result.json").read_bytes()) == {"basics": {"name": "Tomás Ferreira"}}


def test_output_folder_created_with_several_formats(here: Path, extra_writers: dict) -> None:
    result = run_vita("convert", "minimal.json", "--to", "json,theme,json", "--output", "new/folder")
    assert result.code == 0, result.err
    assert _files(here / "new") == ["folder/minimal.json", "folder/minimal.theme.json"]
    assert result.err.splitlines()[-1] == "2 converted, 0 failed"


def test_output_is_a_file_but_several_outputs(here: Path) -> None:
    (here / "taken.txt").write_text("x", encoding="utf-8")
    result = run_vita("convert", "full.json", "minimal.json", "--output", "taken.txt")
    assert (result.code, result.err) == (2, "vita: --output taken.txt: is a file, but several outputs need a folder\n")


def test_same_name_from_two_folders_is_not_silently_replaced(here: Path) -> None:
    for sub in ("a", "b"):
        (here / sub).mkdir()
        shutil.copy(VALID / "minimal.json", here / sub / "cv.json")
    result = run_vita("convert", "a", "b", "--output", "out", "--force")
    assert result.code == 1
    assert result.err.splitlines()[1:] == [
        "b/cv.json: output out/cv.json was already written from another input", "1 converted, 1 failed"]


def test_theme_and_sets_reach_the_writer(here: Path, extra_writers: dict) -> None:
    result = run_vita("convert", "minimal.json", "--to", "theme", "-o", "-", "--theme", "modern",
                      "--set", "accent=#aa0000", "--set", "page.size=Letter", "--set", "font.size=11.5",
                      "--set", "headings.uppercase=yes", "--set", "sections.hidden=awards, interests")
    assert result.code == 0, result.err
    theme = json.loads(result.out)["theme"]
    assert (theme["name"], theme["accent"], theme["page"]["size"]) == ("modern", "#aa0000", "letter")
    assert (theme["font"]["size"], theme["headings"]["uppercase"]) == (11.5, True)
    assert theme["sections"]["hidden"] == ["awards", "interests"]
    assert theme["page"]["margins"] == {"top": 18, "bottom": 18, "left": 20, "right": 20}  # from classic


def test_set_shorthand_keys(here: Path, extra_writers: dict) -> None:
    result = run_vita("convert", "minimal.json", "--to", "theme", "-o", "-", "--set", "page=legal",
                      "--set", "accent=#1f6feb", "--set", "font=sans")
    assert result.code == 0, result.err
    theme = json.loads(result.out)["theme"]
    assert (theme["page"]["size"], theme["accent"], theme["font"]["body"]) == ("legal", "#1f6feb", "sans")


def test_user_theme_file(here: Path, extra_writers: dict) -> None:
    (here / "mine.toml").write_text('extends = "compact"\naccent = "#123456"\n[page]\nsize = "letter"\n',
                                    encoding="utf-8")
    result = run_vita("convert", "minimal.json", "--to", "theme", "-o", "-", "--theme", "mine.toml")
    assert result.code == 0, result.err
    theme = json.loads(result.out)["theme"]
    assert (theme["accent"], theme["page"]["size"]) == ("#123456", "letter")
    assert theme["font"] == load_theme("compact")["font"]


def test_user_theme_file_with_bad_key(here: Path) -> None:
    (here / "mine.toml").write_text('[page]\nsize = "a4"\ncolour = "red"\n', encoding="utf-8")
    result = run_vita("convert", "minimal.json", "--theme", "mine.toml", "-o", "out")
    assert result.code == 2
    assert result.err == ("vita: mine.toml: bad theme setting: page: unknown key colour "
                          "(allowed: size, margins)\n")
    assert not (here / "out").exists()


def test_failing_writer_leaves_nothing_behind(here: Path, extra_writers: dict) -> None:
    result = run_vita("convert", "full.json", "minimal.json", "--to", "boom,json", "--output", "out")
    assert result.code == 1
    assert result.err.splitlines() == [
        "full.json: internal error in the boom writer (RuntimeError: renderer crashed after 1 chunk)",
        "full.json → out/full.json",
        "minimal.json: internal error in the boom writer (RuntimeError: renderer crashed after 1 chunk)",
        "minimal.json → out/minimal.json",
        "2 converted, 2 failed",
    ]
    assert sorted(os.listdir(here / "out")) == ["full.json", "minimal.json"]


def test_failing_write_keeps_the_old_file(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / "out").mkdir()
    (here / "out" / "full.json").write_text("previous result", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    result = run_vita("convert", "full.json", "--output", "out", "--to", "json", "--force")
    assert result.code == 1
    assert result.err.splitlines() == ["full.json: cannot write out/full.json: No space left on device",
                                       "0 converted, 1 failed"]
    assert os.listdir(here / "out") == ["full.json"]
    assert (here / "out" / "full.json").read_text(encoding="utf-8") == "previous result"


def test_output_json_is_canonical_for_any_input_order(here: Path) -> None:
    doc = json.loads((VALID / "full.json").read_text(encoding="utf-8"))
    shuffled = {k: doc[k] for k in reversed(list(doc))}
    shuffled["basics"] = {**shuffled["basics"], "image": ""}
    (here / "shuffled.json").write_text(json.dumps(shuffled, ensure_ascii=True), encoding="utf-8")
    result = run_vita("convert", "shuffled.json", "-o", "-")
    assert result.raw.decode() == to_json(doc) == (VALID / "full.json").read_text(encoding="utf-8")


def test_output_folder_not_writable(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / "ro").mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a non-root user sees a 0555 folder
    result = run_vita("convert", "full.json", "minimal.json", "--output", "ro")
    assert (result.code, result.err) == (1, "vita: output folder ro is not writable\n")
    assert os.listdir(here / "ro") == []


@pytest.mark.parametrize("order", [("mix",), ("mix/cv.md", "mix/cv.json")])
def test_never_overwrites_another_input_even_with_force(here: Path, order: tuple[str, ...]) -> None:
    """`cv.md` → `cv.json` must not replace the input cv.json, whichever is converted first."""
    (here / "mix").mkdir()
    shutil.copy(VALID / "full.json", here / "mix" / "cv.json")
    (here / "mix" / "cv.md").write_text("Ada Lovelace\nada@example.org\n", encoding="utf-8")
    result = run_vita("convert", *order, "--force")
    assert result.code == 1
    assert "mix/cv.md: output mix/cv.json would replace an input; choose --output" in result.err.splitlines()
    assert (here / "mix" / "cv.json").read_bytes() == (VALID / "full.json").read_bytes()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("cv.md", b"", "cv.md: is empty"),
    ("cv.txt", b" \n\t\n", "cv.txt: is empty"),
    ("cv.json", b"\xef\xbb\xbf\n", "cv.json: is empty"),
    ("cv.pdf", b"", "cv.pdf: is empty"),
    ("cv.docx", b"", "cv.docx: is empty"),
    ("cv.html", b"", "cv.html: is empty"),
    ("cv.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "cv.txt: is binary data, not text (it holds NUL bytes); "
                                                       "give --from if it is another format"),
    ("cv.json", b"[" * 50_000 + b"]" * 50_000, "cv.json: nested more than 64 levels deep; a résumé is never that deep"),
])
def test_hostile_input_is_one_line_and_no_output(here: Path, name: str, data: bytes, message: str) -> None:
    (here / name).write_bytes(data)
    result = run_vita("convert", name, "--to", "json,pdf", "-o", "out")
    assert (result.code, result.err.splitlines()) == (1, [message, "0 converted, 1 failed"])
    assert _files(here / "out") == []


def test_binary_stdin_is_refused(here: Path) -> None:
    result = run_vita("convert", "-", "-o", "-", stdin=b"\x00\x01\xff\xfe binary")
    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines()[0] == ("<stdin>: is binary data, not text (it holds NUL bytes); "
                                          "give --from if it is another format")


def test_output_to_a_device_is_named_as_such(here: Path) -> None:
    """`-o /dev/null` is one output file (not "several outputs need a folder"), and is never replaced."""
    result = run_vita("convert", "minimal.json", "-o", os.devnull, "--force")
    assert (result.code, result.err.splitlines()[0]) == (
        1, f"minimal.json: {os.devnull} is not a regular file (a device or a pipe); give a file name or -")
    assert Path(os.devnull).is_char_device()


@pytest.mark.parametrize(("setting", "message"), [
    ("docx.reference=missing.docx", "missing.docx: docx.reference file cannot be read (No such file or directory)"),
    ("docx.reference=full.json", "full.json: docx.reference is not a readable Word .docx file "
                                 "(not a Word file: the ZIP container is corrupt (File is not a zip file))"),
    ("font.body=No Such Font", "theme setting font.body: font 'No Such Font' not found: use serif, sans, mono, "
                               "or the family name of an installed TrueType font (e.g. 'DejaVu Sans')"),
])
def test_unusable_theme_setting_is_a_usage_error_before_any_output(here: Path, setting: str, message: str) -> None:
    """Checked up front: not a PDF written and then a DOCX failure with exit 1."""
    result = run_vita("convert", "full.json", "minimal.json", "--to", "pdf,docx", "-o", "out", "--set", setting)
    assert (result.code, result.err) == (2, f"vita: {message}\n")
    assert not (here / "out").exists()


def test_missing_file_is_named_before_its_extension(here: Path) -> None:
    result = run_vita("convert", "gone.xyz", "minimal.json", "-o", "out")
    assert result.err.splitlines() == ["gone.xyz: no such file", "minimal.json → out/minimal.json",
                                       "1 converted, 1 failed"]


def test_empty_output_is_a_usage_error(here: Path) -> None:
    result = run_vita("convert", "minimal.json", "--output", "")
    assert (result.code, result.err) == (2, "vita: --output is empty; give a folder, a file name, or - for "
                                            "standard output\n")


@pytest.mark.parametrize(("to", "output", "message"), [
    ("json", "cv.pdf", "--output cv.pdf: a .pdf name for json output; name it cv.json or use --to pdf"),
    ("pdf", "out/cv.docx", "--output out/cv.docx: a .docx name for pdf output; name it cv.pdf or use --to docx"),
])
def test_output_named_for_another_format_is_a_usage_error(here: Path, to: str, output: str, message: str) -> None:
    """`--to json -o cv.pdf` wrote JSON into a file every PDF viewer then failed to open."""
    result = run_vita("convert", "minimal.json", "--to", to, "-o", output)
    assert (result.code, result.err) == (2, f"vita: {message}\n")
    assert not (here / output).exists()


def test_output_extension_in_any_case_or_unknown_is_taken(here: Path) -> None:
    for output in ("A.JSON", "cv.v2"):
        result = run_vita("convert", "minimal.json", "-o", output)
        assert (result.code, result.err) == (0, f"minimal.json → {output}\n")
        assert (here / output).read_bytes() == (VALID / "minimal.json").read_bytes()


def test_stdin_array_is_read_as_json_and_refused_as_such(here: Path) -> None:
    """Only `{` used to mean JSON on stdin: `[...]` was "converted" as a text résumé holding brackets."""
    result = run_vita("convert", "-", "-o", "-", stdin=b'\xef\xbb\xbf [{"name": "Ada"}]')
    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines() == ["<stdin>: a JSON Resume document is an object ({...}), not a list",
                                       "0 converted, 1 failed"]
