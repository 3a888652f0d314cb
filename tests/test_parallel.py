"""Folder lint on a process pool: same reports, same order, same exit status as one process."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.lint import lint_paths
from drafter.output import jsonv1
from drafter.parallel import WorkerDied, map_ordered, workers

from .conftest import ROOT, run_cli, seed_paths


def _folder(tmp_path: Path, n: int) -> Path:
    """n reports: the seeds' texts under new names, plus one unreadable file, in nested folders."""
    texts = [p.read_bytes() for p in seed_paths()]
    for i in range(n):
        sub = tmp_path / f"县{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"报告{i:03d}.txt").write_bytes(texts[i % len(texts)])
    (tmp_path / "县1" / "坏.docx").write_bytes(b"PK\x03\x04 torn")
    return tmp_path


def test_parallel_gives_the_serial_reports_in_the_same_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 24)
    one = list(lint_paths([str(folder)], jobs=1))
    two = list(lint_paths([str(folder)], jobs=2))
    assert workers(2, len(one)) == 2
    assert [r.path for r in two] == [r.path for r in one] == sorted(r.path for r in one)
    assert jsonv1.render(two) == jsonv1.render(one)
    assert sum(r.error is not None for r in two) == 1


def test_workers_send_checklists_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker sends each report's checklist and its items back by the name they were loaded by: the
    parent's own objects come out, not a copy of ~60 KB a report to unpickle; a checklist not loaded
    by name goes whole."""
    from drafter import checklists, lint
    from drafter.lint import _setup

    monkeypatch.setattr(lint, "_SETUP", {})  # this run's registry, as a command's (another test's may be kept)
    two = [r for r in lint_paths([str(_folder(tmp_path, 12))], jobs=2) if r.result is not None]
    types = _setup(None)[0].types
    assert len(two) == 12 and all(r.result.checklist is types[r.unit_type] for r in two)
    assert all(i.item in r.result.checklist.items for r in two for i in r.result.items.values())
    assert any(any(x.item is r.result.checklist.items[0] for x in r.result.items.values()) for r in two)
    cl = types["township"]
    rebuild, args = checklists.reduced(cl)
    assert rebuild is checklists.by_key and rebuild(*args) is cl
    copied = dataclasses.replace(cl, name="另一份")
    assert checklists.reduced(copied)[0] is not checklists.by_key  # not loaded by a name: sent whole
    assert pickle.loads(pickle.dumps(copied)) == copied


def test_file_reports_pickle_with_document_and_result(tmp_path: Path) -> None:
    r = next(iter(lint_paths([str(seed_paths()[3])])))
    back = pickle.loads(pickle.dumps(r))
    assert back.doc is not None and back.result is not None
    assert back.doc.blocks == r.doc.blocks and back.result.findings == r.result.findings
    assert {k: v.status for k, v in back.result.parts.items()} == {k: v.status for k, v in r.result.parts.items()}


def test_exit_status_and_output_do_not_depend_on_jobs(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 12)
    a = run_cli("lint", str(folder), "--format", "json", "--jobs", "1")
    b = run_cli("lint", str(folder), "--format", "json", "--jobs", "2")
    assert a.returncode == b.returncode == 2
    assert a.stdout == b.stdout and a.stderr == b.stderr


def test_map_ordered_keeps_order_with_uneven_work() -> None:
    items = list(range(40, 0, -1))
    assert list(map_ordered(_slow_square, items, jobs=2)) == [i * i for i in items]


def _slow_square(i: int) -> int:
    sum(range(i * 2000))
    return i * i


def _run_on_tty(args: list[str]) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; what the terminal showed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", *args],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=ROOT,
        env=dict(os.environ, COLUMNS="100", TERM="xterm"),
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return proc.wait(timeout=120), seen.decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal_and_for_many_files(tmp_path: Path) -> None:
    many = _folder(tmp_path / "many", 24)
    code, shown = _run_on_tty(["lint", str(many), "--format", "json"])
    assert code == 2 and "检查中" in shown and "25/25" in shown
    piped = run_cli("lint", str(many), "--format", "json")
    assert "检查中" not in piped.stderr
    few = _folder(tmp_path / "few", 6)
    code, shown = _run_on_tty(["lint", str(few), "--format", "json"])
    assert code == 2 and "检查中" not in shown


# A worker that dies abruptly: the run ends, that item alone is reported, the others are processed.

DYING = ROOT / "tests" / "dying"


def _dies_on_7_and_13(arg: tuple[int, str]) -> int:
    """Really end the worker process on items 7 (os._exit: a crash) and 13 (SIGKILL: the OOM killer)."""
    i, log = arg
    if i in (7, 13):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{i}\n")
        if i == 7:
            os._exit(70)
        os.kill(os.getpid(), signal.SIGKILL)
    return i * i


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL")
def test_map_ordered_survives_workers_that_die(tmp_path: Path) -> None:
    log = tmp_path / "deaths.txt"
    items = [(i, str(log)) for i in range(30)]
    got = list(map_ordered(_dies_on_7_and_13, items, jobs=2, died=lambda item: -item[0]))
    assert got == [-i if i in (7, 13) else i * i for i in range(30)]
    deaths = log.read_text().split()
    # each killer ran in the pool, then once alone (or alone only, when the break came before its turn):
    # never more, no endless restarts
    assert {d: deaths.count(d) in (1, 2) for d in deaths} == {"7": True, "13": True}, deaths


def _always_dies(arg: int) -> int:
    os._exit(70)


def test_map_ordered_ends_when_every_item_kills_its_worker() -> None:
    got = list(map_ordered(_always_dies, list(range(10)), jobs=2, died=lambda i: -1))
    assert got == [-1] * 10
    with pytest.raises(WorkerDied):
        list(map_ordered(_always_dies, list(range(10)), jobs=2))


def _lint_dying(folder: Path, log: Path, dying: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DRAFTER_DEBUG"}
    env.update(PYTHONPATH=os.pathsep.join([str(DYING), str(ROOT)]), DYING_ON=dying, DYING_LOG=str(log), **extra)
    cmd = [sys.executable, "-m", "drafter", "lint", str(folder), "--format", "json", "--jobs", "2"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_folder_lint_reports_the_file_whose_worker_died(tmp_path: Path, how: str) -> None:
    """A real ``drafter lint`` of a folder whose worker dies reading 致命.txt (tests/dying): the run ends,
    that file gets one Chinese line and exit 2, the other files are reported as without it."""
    folder = _folder(tmp_path / "f", 12)
    (folder / "县2" / "致命.txt").write_bytes(seed_paths()[0].read_bytes())
    log = tmp_path / "deaths.txt"
    proc = _lint_dying(folder, log, "致命.txt", DYING_HOW=how)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "内部错误" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "致命.txt" in line]
    assert len(lines) == 1 and "进程意外退出" in lines[0], proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert len(files) == 14  # 12 reports, 坏.docx, 致命.txt
    (bad,) = [f for f in files if f["path"].endswith("致命.txt")]
    assert "进程意外退出" in bad["error"]
    (folder / "县2" / "致命.txt").unlink()
    alone = run_cli("lint", str(folder), "--format", "json", "--jobs", "1")
    assert [f for f in files if f is not bad] == json.loads(alone.stdout)["files"]
    assert log.read_text().split() == ["致命.txt", "致命.txt"]  # in the pool, then alone: no loop


def test_folder_lint_with_spawned_workers_that_die(tmp_path: Path) -> None:
    """The same where workers are spawned (Windows, macOS: tests/posixless), two files killing theirs."""
    folder = _folder(tmp_path / "f", 10)
    for name in ("甲.txt", "乙.txt"):
        (folder / "县0" / name).write_bytes(seed_paths()[1].read_bytes())
    log = tmp_path / "deaths.txt"
    proc = _lint_dying(folder, log, "甲.txt|乙.txt", DYING_POSIXLESS="1")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert len(files) == 13
    died = sorted(Path(f["path"]).name for f in files if "进程意外退出" in f.get("error", ""))
    assert died == ["乙.txt", "甲.txt"]
    assert sum(1 for f in files if "findings" in f) == 10
