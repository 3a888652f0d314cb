"""Windows, macOS and Chinese consoles, proved from Linux as far as Linux can.

The installed ``drafter`` runs (1) under ``tests/posixless`` — the POSIX-only modules cannot be imported,
the POSIX-only ``os``/``signal`` names are gone, ``os.kill(pid, 0)`` raises, multiprocessing spawns — and
(2) writing to a GBK console (``PYTHONIOENCODING=gbk``), each command as a user types it. On Windows
and macOS (the GitHub workflow) the same tests run on the real thing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

SHIM = ROOT / "tests" / "posixless"
EXAMPLE_DRAFT = ROOT / "examples" / "drafts" / "county_gov_2025.md"
FOLDER_SIZE = 10  # ≥ 8 (parallel.PARALLEL_MIN): the folder lint starts a pool


def _drafter() -> Path:
    exe = Path(sysconfig.get_path("scripts")) / ("drafter.exe" if sys.platform == "win32" else "drafter")
    if not exe.is_file():
        pytest.skip("drafter is not installed in this Python's environment (pip install -e .)")
    return exe


def _make_folder(out: Path, n: int) -> Path:
    """``n`` reports (the seeds, or where shared/ is absent the examples), each its own by one changed word."""
    sources = sorted(SEEDS.glob("0*.txt")) or sorted((ROOT / "examples" / "drafts").glob("*.md"))
    texts = [p.read_bytes() for p in sources]
    for i in range(n):
        text = texts[i % len(texts)].replace("法治".encode(), f"法治{i}".encode(), 1)
        (out / f"单位{i:02d}{sources[i % len(sources)].suffix}").write_bytes(text)
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 10 reports, in a folder whose name has Chinese and a space."""
    return _make_folder(tmp_path_factory.mktemp("报告 文件夹"), FOLDER_SIZE)


def _env(posixless: bool, encoding: str | None, log: Path | None = None) -> dict[str, str]:
    """The environment of a run: the shim first on PYTHONPATH, output in ``encoding`` (UTF-8 if None)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DRAFTER_DEBUG", "PYTHONIOENCODING", "PYTHONUTF8")}
    if posixless:
        env["PYTHONPATH"] = os.pathsep.join([str(SHIM), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONIOENCODING"] = encoding or "utf-8"  # a pipe is in the ANSI code page on Windows
    if log is not None:
        env["POSIXLESS_LOG"] = str(log)
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run([str(_drafter()), *args], capture_output=True, env=env, cwd=cwd, timeout=300)
    encoding = env.get("PYTHONIOENCODING", "utf-8")
    err = proc.stderr.decode(encoding, "replace")
    assert "内部错误" not in err and "Traceback" not in err, (args, err)
    assert proc.returncode in (0, 1), (args, proc.returncode, err)
    return proc


def _commands(folder: Path, out: Path) -> list[list[str]]:
    one = str(next(iter(sorted(folder.iterdir()))))
    return [
        ["lint", str(folder), "--jobs", "2"],
        ["lint", str(folder), "--summary", "--jobs", "2"],
        ["lint", str(folder), "--format", "xlsx", "-o", str(out / "汇总.xlsx"), "--jobs", "2"],
        ["lint", one, "--annotate", str(out / "批注.docx")],
        ["lint", str(folder), "--annotate-dir", str(out / "批注"), "--jobs", "2"],
        ["render", str(EXAMPLE_DRAFT), "-o", str(out / "排版.docx")],
        ["template", "--type", "township", "--unit", "柳河镇", "-o", str(out / "模板.md")],
        ["import", one, "-o", str(out / "草稿.md")],
    ]


def _outputs_made(out: Path) -> None:
    for name in ("汇总.xlsx", "批注.docx", "排版.docx", "模板.md", "草稿.md"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert len(list((out / "批注").glob("*.docx"))) == FOLDER_SIZE


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the real thing runs without the shim")
def test_shim_takes_posix_away(tmp_path: Path) -> None:
    code = (
        "import os, signal, multiprocessing\n"
        "try:\n    import resource\nexcept ImportError:\n    resource = None\n"
        "print(resource is None, hasattr(os, 'killpg'), hasattr(os, 'fork'), hasattr(signal, 'SIGKILL'),"
        " multiprocessing.get_start_method())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(True, None))
    assert out.stdout.split() == ["True", "False", "False", "False", "spawn"], out.stderr


def test_cli_without_posix(folder: Path, tmp_path: Path) -> None:
    """Every command of a user's day, where POSIX is not: lint of a folder in a spawned pool, the summary,
    xlsx, annotations, render, template, import."""
    log = tmp_path / "pids.txt"
    env = _env(True, None, log)
    for args in _commands(folder, tmp_path):
        _run(args, env, tmp_path)
    _outputs_made(tmp_path)
    if sys.platform != "win32":
        # the parent and each command once, plus the spawned pool workers (a forked worker would not show)
        assert len(log.read_text().split()) > len(_commands(folder, tmp_path)) + 2


def test_cli_on_a_chinese_console(folder: Path, tmp_path: Path) -> None:
    """The same commands writing to a GBK console or file: no UnicodeEncodeError, symbols GBK has."""
    env = _env(False, "gbk")
    for args in _commands(folder, tmp_path):
        _run(args, env, tmp_path)
    _outputs_made(tmp_path)
    summary = _run(["lint", str(ROOT / "examples"), "--summary"], env, ROOT).stdout.decode("gbk")
    assert "√" in summary and "✓" not in summary
    for args in (["-h"], ["lint", "-h"], ["rule"], ["rule", "figures"], ["rule", "dismissal"]):
        assert _run(args, env, ROOT).stdout.decode("gbk").strip(), args


@pytest.mark.parametrize("encoding", ["gb18030", "cp936", "gb2312"])
def test_summary_on_other_chinese_encodings(encoding: str) -> None:
    out = _run(["lint", str(ROOT / "examples"), "--summary"], _env(False, encoding), ROOT).stdout
    assert "青山县" in out.decode(encoding)


def test_json_on_a_gbk_console_stays_json(folder: Path) -> None:
    env = _env(False, "gbk")
    for fmt in ("json", "sarif"):
        raw = _run(["lint", str(folder), "--format", fmt], env, ROOT).stdout
        json.loads(raw.decode("gbk"))


def test_cli_without_posix_on_gbk(folder: Path, tmp_path: Path) -> None:
    """Both at once: a Chinese Windows' cmd, output redirected to a file."""
    env = _env(True, "gbk")
    for args in _commands(folder, tmp_path)[:3]:
        _run(args, env, tmp_path)


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="a terminal's Ctrl-C to a process group: POSIX")
def test_ctrl_c_with_spawned_workers(tmp_path: Path) -> None:
    """Ctrl-C while a spawned pool checks a folder: one line, exit 130, no traceback, no worker left.
    (Windows' way, the workers started while the parent ignores Ctrl-C, runs in the GitHub workflow only
    as far as its tests reach: no test there sends a console Ctrl-C.)"""
    import signal

    folder = _make_folder(_mkdir(tmp_path / "many"), 60)
    log = tmp_path / "pids.txt"
    env = {**_env(True, None, log), "POSIXLESS_SIGMASK": "1"}  # spawn with a signal mask: macOS
    cmd = [str(_drafter()), "lint", str(folder), "--jobs", "2", "--summary"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:  # wait for the workers, not for a time
        if log.exists() and len(log.read_text().split()) >= 3:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("still running 60 s after Ctrl-C")
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    if proc.returncode == 130:
        assert text.strip().splitlines()[-1:] == ["已中断"], text
    else:
        assert proc.returncode in (0, 1), (proc.returncode, text)  # it had ended before the signal
    pids = [int(p) for p in log.read_text().split()]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_running(p) for p in pids):
        time.sleep(0.1)
    assert not any(_running(p) for p in pids), "a worker outlived the run"


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _running(pid: int) -> bool:
    from drafter.procs import pid_alive

    stat = Path(f"/proc/{pid}/stat")
    if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
        return False
    return pid_alive(pid)
