"""The built wheel works on its own: schemas/ and themes/ travel inside it (converter/_data).

Why a real install: the checkout has schemas/ and themes/ beside the package,
so every other test would pass even if the wheel left them out. Here the wheel
is built, installed into a fresh venv with no network (dependencies come from
the test venv through a .pth file), and ``vita`` is run from a folder with no
checkout around.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline from the checkout into a temporary folder."""
    dist = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                 cwd=dist)
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = dist.glob("vita-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """(venv bin folder, environment, working folder) of a fresh install of the wheel."""
    base = tmp_path_factory.mktemp("wheel")
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=base).stdout.strip())
    # dependencies (click, jsonschema, …) from the test venv; Vita itself only from the wheel
    (purelib / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    pip = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                "--disable-pip-version-check", "--quiet", str(wheel)], cwd=base)
    assert pip.returncode == 0, pip.stdout + pip.stderr

    work = base / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return venv / "bin", env, work


def test_wheel_packs_schemas_and_themes(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "converter/_data/schemas/resume.schema.json" in names
    assert "converter/_data/schemas/theme.schema.json" in names
    shipped = {Path(n).name for n in names if n.startswith("converter/_data/themes/")}
    assert shipped == {p.name for p in (ROOT / "themes").glob("*.toml")}
    assert "converter/cli.py" in names


def test_installed_data_comes_from_the_wheel(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    probe = _run([str(bin_dir / "python"), "-c",
                  "import converter, converter.resources as r; print(converter.__file__); "
                  "print(r.data_dir('schemas')); print(r.data_dir('themes'))"], cwd=work, env=env)
    assert probe.returncode == 0, probe.stderr
    package, schemas, themes = probe.stdout.splitlines()
    site = str(bin_dir.parent)
    assert package.startswith(site) and not package.startswith(str(ROOT))
    assert schemas.startswith(site) and schemas.endswith("converter/_data/schemas")
    assert themes.startswith(site) and themes.endswith("converter/_data/themes")


def test_installed_vita_help(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    result = _run([str(bin_dir / "vita"), "--help"], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    for command in ("convert", "validate", "formats", "themes"):
        assert command in result.stdout


def test_installed_vita_validate(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    shutil.copy(FIXTURES / "json" / "valid" / "full.json", work / "cv.json")
    shutil.copy(FIXTURES / "json" / "invalid" / "month-13.json", work / "bad.json")
    good = _run([str(bin_dir / "vita"), "validate", "cv.json"], cwd=work, env=env)
    assert (good.returncode, good.stdout) == (0, "cv.json: valid\n"), good.stderr
    bad = _run([str(bin_dir / "vita"), "validate", "bad.json"], cwd=work, env=env)
    assert bad.returncode == 1
    assert bad.stdout == "bad.json: /work/0/startDate: '2020-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n"


def test_installed_vita_themes(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    result = _run([str(bin_dir / "vita"), "themes"], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names[0] == "classic"
    assert set(names) == {p.stem for p in (ROOT / "themes").glob("*.toml")}


def test_installed_vita_convert(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, work = installed
    shutil.copy(FIXTURES / "json" / "valid" / "minimal.json", work / "x.json")
    result = _run([str(bin_dir / "vita"), "convert", "x.json", "--to", "json", "--output", "out",
                   "--theme", "modern", "--set", "page=letter"], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads((work / "out" / "x.json").read_text(encoding="utf-8")) == {"basics": {"name": "Tomás Ferreira"}}
