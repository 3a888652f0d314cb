"""The offline bundle (scripts/bundle.py): installed with no index into a fresh venv and run; the Windows
bundle resolved for Windows; a requirement only Windows needs is caught though pip judged it here.

Making a bundle downloads wheels through pip (PyPI, or the index pip is configured with): without that the
tests that need it skip, saying so. About a minute and a half on two cores: the host's bundle is built and
installed once, the Windows one only downloaded and resolved.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

PY = f"{sys.version_info[0]}.{sys.version_info[1]}"


def _bundle_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle", ROOT / "scripts" / "bundle.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bundle"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


bundle = _bundle_module()


def _host_platform() -> str | None:
    machine = platform.machine().lower()
    if sys.platform == "win32" and machine in ("amd64", "x86_64"):
        return "win_amd64"
    if sys.platform == "darwin" and machine == "arm64":
        return "macosx_arm64"
    if sys.platform.startswith("linux") and machine in ("x86_64", "aarch64"):
        return f"manylinux_{machine}"
    return None


@pytest.fixture(scope="module")
def online(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whether pip can fetch a Windows wheel here (one small package, no dependencies)."""
    tmp = tmp_path_factory.mktemp("probe")
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "-d", str(tmp)]
    cmd += ["--platform", "win_amd64", "--python-version", PY, "--implementation", "cp", "markupsafe"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.skip("no package index reachable (pip download timed out): the bundle needs PyPI")
    if proc.returncode != 0:
        pytest.skip("no package index reachable (pip download failed): the bundle needs PyPI")


def _offline_env() -> dict[str, str]:
    """pip with no configuration and no index: only the bundle's own wheels can be installed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PYTHON"] = sys.executable
    return env


def _base_python() -> str:
    """A Python to make the fresh venv with (this venv's base interpreter)."""
    return getattr(sys, "_base_executable", sys.executable)


def test_host_bundle_installs_offline_and_runs(online: None, tmp_path: Path) -> None:
    plat = _host_platform()
    if plat is None:
        pytest.skip(f"no bundle platform for {sys.platform} {platform.machine()}")
    out = tmp_path / "离线包"
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bundle.py"), "--platform", plat, "--python", PY, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert made.returncode == 0, made.stderr
    assert (out / "安装说明.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    names = {w.name.split("-")[0].lower() for w in (out / "wheels").glob("*.whl")}
    assert {"drafter", "python_docx", "textual", "lxml"} <= names
    env = {**_offline_env(), "PYTHON": _base_python()}
    if plat == "win_amd64":
        script = ["cmd", "/c", str(out / "install.bat")]
        exe = out / "venv" / "Scripts" / "drafter.exe"
    else:
        script = ["sh", str(out / "install.sh")]
        exe = out / "venv" / "bin" / "drafter"
    installed = subprocess.run(script, capture_output=True, env=env, cwd=tmp_path, timeout=900)
    assert installed.returncode == 0, installed.stdout.decode(errors="replace") + installed.stderr.decode(
        errors="replace"
    )
    run = subprocess.run(
        [str(exe), "lint", str(ROOT / "examples"), "--summary"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=tmp_path,
    )
    assert run.returncode == 1, run.stderr  # the sample reports carry deliberate errors
    assert "青山县" in run.stdout


def test_windows_bundle_resolves_for_windows(online: None, tmp_path: Path) -> None:
    out = tmp_path / "win"
    bundle.bundle("win_amd64", PY, out)
    assert (out / "install.bat").read_bytes().decode("gbk").startswith("@echo off\r\n")
    cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", "--find-links", str(out / "wheels")]
    cmd += ["--platform", "win_amd64", "--python-version", PY, "--implementation", "cp", "--only-binary=:all:"]
    cmd += ["--target", str(tmp_path / "never-written"), "drafter"]
    resolved = subprocess.run(cmd, capture_output=True, text=True, env=_offline_env(), timeout=300)
    assert resolved.returncode == 0, resolved.stdout + resolved.stderr
    assert "Would install" in resolved.stdout and "drafter-" in resolved.stdout
    assert not (tmp_path / "never-written").exists()


def _wheel(folder: Path, name: str, requires: list[str]) -> None:
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n" + "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(folder / f"{name}-1.0-py3-none-any.whl", "w") as z:
        z.writestr(f"{name}-1.0.dist-info/METADATA", meta)


def test_a_windows_only_requirement_is_caught(tmp_path: Path) -> None:
    """pip judges ``sys_platform == "win32"`` for this computer; the bundle asks again for the target."""
    _wheel(tmp_path, "drafter", ["rich", 'colorama>=0.4; sys_platform == "win32"', 'uvloop; sys_platform != "win32"'])
    _wheel(tmp_path, "rich", ['pygments; extra == "code"'])
    win = bundle.target("win_amd64")
    assert bundle.missing_for_target(tmp_path, win, "3.11") == ["colorama>=0.4"]
    linux = bundle.target("manylinux_x86_64")
    assert bundle.missing_for_target(tmp_path, linux, "3.11") == ["uvloop"]


def test_unknown_platform_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bundle.py"),
            "--platform",
            "win_arm",
            "--python",
            PY,
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "未知平台" in proc.stderr
