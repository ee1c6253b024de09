"""Atomic output: a whole file or none, and no overwrite unless asked."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from converter.errors import VitaError
from converter.output import ensure_folder, write_atomic, write_stdout


def test_writes_bytes(tmp_path: Path) -> None:
    target = tmp_path / "cv.pdf"
    write_atomic(target, b"%PDF data")
    assert target.read_bytes() == b"%PDF data"
    assert os.listdir(tmp_path) == ["cv.pdf"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_refuses_existing_file_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "cv.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(VitaError, match=r"cv\.json exists \(use --force to overwrite\)$"):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_refuses_folder_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "cv.json").mkdir()
    with pytest.raises(VitaError, match=r"cv\.json is a folder$"):
        write_atomic(tmp_path / "cv.json", b"x", force=True)


@pytest.mark.parametrize("force", [False, True])
def test_refuses_a_device_or_pipe_even_with_force(tmp_path: Path, force: bool) -> None:
    """A rename onto /dev/null (as root) would replace the device itself."""
    os.mkfifo(tmp_path / "pipe")
    for target in (tmp_path / "pipe", Path(os.devnull)):
        with pytest.raises(VitaError) as caught:
            write_atomic(target, b"x", force=force)
        assert str(caught.value) == f"{target} is not a regular file (a device or a pipe); give a file name or -"
    assert (tmp_path / "pipe").is_fifo() and Path(os.devnull).is_char_device()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@pytest.mark.parametrize("failure", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_failure_mid_write_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             failure: BaseException) -> None:
    target = tmp_path / "cv.json"
    target.write_text("old", encoding="utf-8")

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(VitaError if isinstance(failure, OSError) else KeyboardInterrupt):
        write_atomic(target, b"x" * 100_000, force=True)
    assert os.listdir(tmp_path) == ["cv.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_missing_parent_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VitaError, match=r"^cannot write in .*/nope: No such file or directory$"):
        write_atomic(tmp_path / "nope" / "cv.json", b"x")


def test_ensure_folder_creates_parents(tmp_path: Path) -> None:
    ensure_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()


def test_ensure_folder_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(VitaError, match=r"^cannot create output folder .*/file/out: Not a directory$"):
        ensure_folder(tmp_path / "file" / "out")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_ensure_folder_read_only(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(VitaError, match=r"^output folder .*/locked is not writable$"):
            ensure_folder(locked)
    finally:
        locked.chmod(0o700)


class _ShortWrites(io.BytesIO):
    """A stdout buffer that accepts at most ``limit`` bytes per call, like a pipe."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data: bytes) -> int:  # type: ignore[override]
        return super().write(bytes(data[:self.limit]))


def test_write_stdout_finishes_short_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = _ShortWrites(7)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer))
    write_stdout(b"0123456789" * 5)
    assert buffer.getvalue() == b"0123456789" * 5


def test_write_stdout_stuck_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_ShortWrites(0)))
    with pytest.raises(VitaError, match=r"^cannot write to standard output$"):
        write_stdout(b"x")


def test_read_only_folder_as_the_os_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a non-root user meets in a read-only folder (root would write anyway, so the OS answer is faked)."""
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(VitaError, match=r"^output folder .*/ro is not writable$"):
        ensure_folder(tmp_path / "ro")
    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(VitaError, match=r"^cannot write in .*: Permission denied$"):
        write_atomic(tmp_path / "cv.json", b"{}")
    assert os.listdir(tmp_path) == ["ro"]


def test_longest_file_name_the_system_allows(tmp_path: Path) -> None:
    """A 255-byte name is valid; its temporary sibling's longer name made the write fail."""
    target = tmp_path / ("a" * 250 + ".json")
    write_atomic(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_write_stdout_closed_or_full_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """`vita convert cv.md -o - >&-` or `> /dev/full` blamed the JSON writer with an internal error."""
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(VitaError, match=r"^cannot write to standard output: it is closed$"):
        write_stdout(b"x")
    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            monkeypatch.setattr(sys, "stdout", full)
            with pytest.raises(VitaError, match=r"^cannot write to standard output: No space left on device$"):
                write_stdout(b"x" * 100_000)
