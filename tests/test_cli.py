"""The ``vita`` command: validate, formats, themes, and the one-line, no-traceback error contract."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from converter import registry
from tests.conftest import FIXTURES, OFFICIAL_SAMPLE, ROOT, needs_shared
from tests.vita_runner import run_vita

VALID = FIXTURES / "json" / "valid"
INVALID = FIXTURES / "json" / "invalid"
DATE_WORDS = "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working folder holding copies of the fixtures."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(VALID / "full.json", tmp_path / "good.json")
    shutil.copy(INVALID / "month-13.json", tmp_path / "bad.json")
    shutil.copy(FIXTURES / "yaml" / "extras.yaml", tmp_path / "cv.yaml")
    return tmp_path


# --- vita validate ---------------------------------------------------------------------------------

def test_validate_valid_file(here: Path) -> None:
    result = run_vita("validate", "good.json")
    assert (result.code, result.out, result.err) == (0, "good.json: valid\n", "")


def test_validate_invalid_file_exact_line(here: Path) -> None:
    result = run_vita("validate", "bad.json")
    assert result.code == 1
    assert result.out == f"bad.json: /work/0/startDate: '2020-13' {DATE_WORDS}\n"


def test_validate_lists_every_problem_of_every_file(here: Path) -> None:
    doc = json.loads((here / "good.json").read_text(encoding="utf-8"))
    doc["basics"]["email"] = "nobody"
    doc["work"][1]["endDate"] = "2019-02-30"
    doc["hobbies"] = []
    (here / "worse.json").write_text(json.dumps(doc), encoding="utf-8")
    result = run_vita("validate", "good.json", "worse.json", "cv.yaml", "bad.json")
    assert result.code == 1
    allowed = "$schema, basics, work, volunteer, education, awards, certificates, publications, skills, " \
              "languages, interests, references, projects, meta"
    assert result.out.splitlines() == [
        "good.json: valid",
        f"worse.json: /: unknown key hobbies (allowed: {allowed})",
        "worse.json: /basics/email: 'nobody' is not an e-mail address",
        f"worse.json: /work/1/endDate: '2019-02-30' {DATE_WORDS}",
        "cv.yaml: valid",
        f"bad.json: /work/0/startDate: '2020-13' {DATE_WORDS}",
    ]


def test_validate_all_valid_exits_zero(here: Path) -> None:
    result = run_vita("validate", "good.json", "cv.yaml")
    assert (result.code, result.out) == (0, "good.json: valid\ncv.yaml: valid\n")


def test_validate_json_report(here: Path) -> None:
    (here / "broken.json").write_text('{"basics": ', encoding="utf-8")
    result = run_vita("validate", "--format", "json", "good.json", "bad.json", "broken.json")
    assert result.code == 1
    assert json.loads(result.out) == {
        "valid": False,
        "files": [
            {"file": "good.json", "valid": True, "problems": []},
            {"file": "bad.json", "valid": False,
             "problems": [{"pointer": "/work/0/startDate", "message": f"'2020-13' {DATE_WORDS}"}]},
            {"file": "broken.json", "valid": False, "problems": [],
             "error": "invalid JSON at line 1, column 12: Expecting value"},
        ],
    }


def test_validate_json_report_all_valid(here: Path) -> None:
    result = run_vita("validate", "--format", "json", "good.json")
    assert result.code == 0
    assert json.loads(result.out) == {"valid": True, "files": [{"file": "good.json", "valid": True, "problems": []}]}


def test_validate_unreadable_inputs(here: Path) -> None:
    (here / "latin1.json").write_bytes('{"basics": {"name": "José"}}'.encode("latin-1"))
    (here / "bad.yaml").write_text("basics: [\n", encoding="utf-8")
    result = run_vita("validate", "missing.json", "latin1.json", "bad.yaml", "good.json")
    assert result.code == 1
    assert result.out.splitlines() == [
        "missing.json: no such file",
        "latin1.json: not UTF-8 JSON: byte 0xe9 at offset 24",
        "bad.yaml: invalid YAML at line 2, column 1: expected the node content, but found '<stream end>'",
        "good.json: valid",
    ]


def test_validate_text_resume_is_read_as_json_not_parsed(here: Path) -> None:
    (here / "cv.md").write_text("# Jane Doe\n", encoding="utf-8")
    result = run_vita("validate", "cv.md")
    assert (result.code, result.out) == (1, "cv.md: invalid JSON at line 1, column 1: Expecting value\n")


@needs_shared
def test_validate_official_sample() -> None:
    result = run_vita("validate", str(OFFICIAL_SAMPLE))
    assert (result.code, result.out) == (0, f"{OFFICIAL_SAMPLE}: valid\n")


# --- vita formats / themes / --version -------------------------------------------------------------

def test_formats_lists_readers_and_writers() -> None:
    result = run_vita("formats")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "Readers (input):"
    assert "  json     .json                    JSON Resume 1.0.0 document" in lines
    assert "  yaml     .yaml, .yml              JSON Resume structure written as YAML" in lines
    writers_at = lines.index("Writers (output):")
    assert "  json     .json                    JSON Resume 1.0.0, canonical form (schema key order, UTF-8)" \
        in lines[writers_at:]
    assert len(lines) == 2 + len(registry.readers()) + len(registry.writers())


def test_themes_lists_name_and_description() -> None:
    result = run_vita("themes")
    assert result.code == 0
    expected = {}
    for path in (ROOT / "themes").glob("*.toml"):
        expected[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))["description"]
    listed = dict(line.split(maxsplit=1) for line in result.out.splitlines())
    assert listed == expected
    assert result.out.splitlines()[0].split()[0] == "classic"


def test_version() -> None:
    result = run_vita("--version")
    assert (result.code, result.out) == (0, "vita, version 0.1.0\n")


# --- usage errors exit 2, failures exit 1, always one line -----------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["convert", "good.json", "--to", "xyz"], "vita: unknown output format 'xyz' (available: "),
    (["convert", "good.json", "--to", ","], "vita: --to needs at least one format"),
    (["convert", "good.json", "--from", "xyz"], "vita: unknown input format 'xyz' (available: "),
    (["convert", "good.json", "--theme", "nope"],
     "vita: unknown theme 'nope' (built-in themes: classic, "),
    (["convert", "good.json", "--set", "colour=red"],
     "vita: unknown theme key 'colour' (keys at the top level: accent, colors, dates, "),
    (["convert", "good.json", "--set", "accent"], "vita: --set 'accent': expected KEY=VALUE, e.g. accent=#1f6feb"),
    (["convert", "good.json", "--set", "accent=red"],
     "vita: --set: bad theme setting: accent: 'red' does not match the pattern ^#[0-9a-fA-F]{6}$"),
    (["convert", "good.json", "--set", "font.size=big"], "vita: --set font.size: 'big' is not a number"),
    (["convert", "good.json", "bad.json", "--output", "-"], "vita: --output - (stdout) takes one input and one format"),
    (["convert"], "vita: Missing argument 'INPUTS...'. (try `vita convert --help`)"),
    (["convert", "good.json", "--bogus"], "vita: No such option '--bogus'. (try `vita convert --help`)"),
    (["validate", "--format", "xml", "good.json"], "vita: Invalid value for '--format': 'xml' is not one of"),
    (["frobnicate"], "vita: No such command 'frobnicate'."),
])
def test_usage_errors_exit_2(here: Path, args: list[str], message: str) -> None:
    result = run_vita(*args)
    assert result.code == 2
    assert result.err.startswith(message), result.err
    assert result.err.count("\n") == 1 and result.out == ""


def test_output_folder_under_a_file_exits_1(here: Path) -> None:
    result = run_vita("convert", "good.json", "cv.yaml", "--output", "good.json/out")
    assert result.code == 1
    assert result.err == "vita: cannot create output folder good.json/out: Not a directory\n"


SUBPROCESS_CASES = [
    (["convert", "missing.json"], 1, "missing.json: no such file"),
    (["convert", "empty"], 1, "empty: folder holds no résumé files ("),
    (["convert", "broken.json"], 1, "broken.json: invalid JSON at line 2, column 3: Expecting property name"),
    (["convert", "latin1.json"], 1, "latin1.json: not UTF-8 JSON: byte 0xe9 at offset 24"),
    (["convert", "bad.yaml"], 1, "bad.yaml: invalid YAML at line 2, column 1: expected the node content"),
    (["convert", "good.json", "--to", "xyz"], 2, "vita: unknown output format 'xyz'"),
    (["convert", "good.json", "--theme", "nope"], 2, "vita: unknown theme 'nope'"),
    (["convert", "good.json", "-o", "good.json/x"], 1, "vita: cannot create output folder good.json/x: "),
    (["validate", "missing.json"], 1, "missing.json: no such file"),
]


@pytest.mark.parametrize(("args", "code", "first"), SUBPROCESS_CASES, ids=[" ".join(c[0]) for c in SUBPROCESS_CASES])
def test_real_process_one_line_no_traceback(here: Path, args: list[str], code: int, first: str) -> None:
    (here / "empty").mkdir()
    (here / "empty" / "notes.pdfx").write_text("x", encoding="utf-8")
    (here / "broken.json").write_text('{\n  , "basics": {}}', encoding="utf-8")
    (here / "latin1.json").write_bytes('{"basics": {"name": "José"}}'.encode("latin-1"))
    (here / "bad.yaml").write_text("basics: [\n", encoding="utf-8")
    vita = Path(sys.executable).parent / "vita"
    done = subprocess.run([str(vita), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == code
    assert "Traceback" not in done.stderr + done.stdout
    lines = (done.stdout if args[0] == "validate" else done.stderr).splitlines()
    assert lines[0].startswith(first)
    if code == 1 and args[0] == "convert" and not first.startswith("vita:"):
        assert lines == [lines[0], "0 converted, 1 failed"]
    else:
        assert len(lines) <= 1


def test_closed_stdout_pipe_is_quiet(here: Path) -> None:
    """``vita convert big.json -o - | head -c 1``: no traceback, no blame on the writer."""
    doc = json.loads((here / "good.json").read_text(encoding="utf-8"))
    doc["work"] = doc["work"] * 3000
    (here / "big.json").write_text(json.dumps(doc), encoding="utf-8")
    vita = Path(sys.executable).parent / "vita"
    proc = subprocess.Popen([str(vita), "convert", "big.json", "-o", "-"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1) == b"{"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""


@pytest.mark.skipif("pdf" not in registry.writers(), reason="no binary writer registered")
def test_binary_output_refused_on_a_terminal(here: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([str(Path(sys.executable).parent / "vita"), "convert", "good.json", "--to", "pdf",
                               "-o", "-"], stdout=follower, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["good.json: pdf output is binary; give --output FILE, or pipe it",
                                        "0 converted, 1 failed"]


def test_ctrl_c_exits_130_and_leaves_no_file(here: Path) -> None:
    """Ctrl-C mid-conversion: one line, the conventional status 130, no output or temporary file."""
    import signal
    import time

    doc = json.loads((here / "good.json").read_text(encoding="utf-8"))
    doc["work"] = doc["work"] * 2000
    (here / "big.json").write_text(json.dumps(doc), encoding="utf-8")
    proc = subprocess.Popen([str(Path(sys.executable).parent / "vita"), "convert", "big.json", "--to", "pdf,docx",
                             "-o", "out/"], stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not (here / "out").is_dir() and time.monotonic() < deadline:  # the folder is made before any work
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.strip().splitlines()) == (130, ["vita: interrupted"])
    assert list((here / "out").iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("args", [["formats"], ["themes"], ["validate", "good.json"]])
def test_report_to_a_full_disk_is_one_line(here: Path, args: list[str]) -> None:
    """`vita formats > /dev/full` was an internal error (exit 70)."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([str(Path(sys.executable).parent / "vita"), *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (1, "vita: cannot write the output: No space left on device\n")
