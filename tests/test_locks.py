"""Files and locks: long output names, missing output folders, and the stale-lock takeover raced by real
processes (exactly one writer every time)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from drafter.app.lock import DraftLock, Guard, lock_path
from drafter.fsutil import NAME_MAX, WriteError, atomic_write

from .conftest import ROOT, run_cli, seed

DRAFT = ROOT / "examples" / "drafts" / "county_gov_2025.md"

# a process that takes locks when told: "PATH START" on stdin → acquire at time START → "WON" or "HELD"
_RACER = """
import sys, time
from pathlib import Path
from drafter.app.lock import DraftLock
held = []
for line in sys.stdin:
    path, start = line.split()
    while time.time() < float(start):
        pass
    lock = DraftLock(Path(path))
    who = lock.acquire()
    held.append(lock)
    print("WON" if who is None else "HELD", flush=True)
"""


def _dead_pid() -> int:
    return int(
        subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
        ).stdout
    )


def _stale(draft: Path, pid: int) -> None:
    lock_path(draft).write_text(
        json.dumps({"pid": pid, "host": socket.gethostname(), "time": "2026-01-01 09:00", "instance": "gone"}),
        encoding="utf-8",
    )


def test_two_processes_taking_over_one_stale_lock_make_one_writer(tmp_path: Path) -> None:
    """50 trials; in each, two processes start the takeover of the same stale lock at the same instant."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    dead = _dead_pid()
    try:
        wins = []
        for trial in range(50):
            draft = tmp_path / f"d{trial}.md"
            draft.write_text("草稿\n", encoding="utf-8")
            _stale(draft, dead)
            start = time.time() + 0.05
            for r in racers:
                assert r.stdin is not None
                r.stdin.write(f"{draft} {start}\n")
                r.stdin.flush()
            said = [r.stdout.readline().strip() for r in racers if r.stdout is not None]
            assert sorted(said) == ["HELD", "WON"], f"trial {trial}: {said}"
            holder = json.loads(lock_path(draft).read_text(encoding="utf-8"))
            assert holder["pid"] == racers[said.index("WON")].pid
            assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{draft.name}.lock.")] == []
            wins.append(said.index("WON"))
    finally:
        for r in racers:
            if r.stdin is not None:
                r.stdin.close()
            r.wait(30)


def test_a_live_lock_is_not_taken_and_a_stale_one_is(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("草稿\n", encoding="utf-8")
    first = DraftLock(draft)
    assert first.acquire() is None
    second = DraftLock(draft)
    held = second.acquire()
    assert held is not None and held.instance == first.me.instance and first.owned() and not second.owned()
    first.release()
    _stale(draft, _dead_pid())
    assert second.acquire() is None and second.owned()


def test_an_output_name_of_250_bytes_is_written(tmp_path: Path) -> None:
    name = "长" * 80 + "x" * 5 + ".docx"  # 80 × 3 + 5 + 5 = 250 bytes
    assert len(os.fsencode(name)) == 250
    out = tmp_path / name
    proc = run_cli("render", str(DRAFT), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000 and [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    import docx

    assert docx.Document(str(out)).paragraphs  # drafter's own output reads back


def test_a_name_over_the_limit_is_one_clear_line(tmp_path: Path) -> None:
    name = "长" * 90 + ".docx"  # 275 bytes
    proc = run_cli("render", str(DRAFT), "-o", str(tmp_path / name))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "文件名过长" in proc.stderr and f"最多 {NAME_MAX} 字节" in proc.stderr and len(proc.stderr.splitlines()) == 1
    try:
        atomic_write(tmp_path / name, "x")
    except WriteError as e:
        assert "文件名过长" in str(e)
    else:
        raise AssertionError("written")


def test_a_draft_of_250_bytes_gets_its_lock_and_conflict_copy(tmp_path: Path) -> None:
    draft = tmp_path / ("草" * 82 + "x.md")
    assert len(os.fsencode(draft.name)) == 250
    draft.write_text("草稿\n", encoding="utf-8")
    lock = DraftLock(draft)
    assert lock.acquire() is None and lock.path.exists() and len(os.fsencode(lock.path.name)) <= NAME_MAX
    assert DraftLock(draft).acquire() is not None  # the short lock name is the same for every instance
    copy = Guard(draft, "").conflict_copy("我的版本\n")
    assert copy.exists() and len(os.fsencode(copy.name)) <= NAME_MAX and copy.name.startswith("草" * 10)
    lock.release()
    assert not lock.path.exists()


def test_annotate_and_xlsx_refuse_a_missing_folder_before_any_work(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(seed("001").read_bytes())
    missing = tmp_path / "没有" / "这里"
    for args in (["--annotate", str(missing / "批注.docx")], ["--format", "xlsx", "-o", str(missing / "汇总.xlsx")]):
        proc = run_cli("lint", str(report), *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.strip() == f"drafter: 文件夹 {missing} 不存在；请先创建它或换一个输出位置", proc.stderr
        assert not missing.exists()
    # as render says it
    proc = run_cli("render", str(DRAFT), "-o", str(missing / "报告.docx"))
    assert proc.returncode == 2 and "不存在" in proc.stderr
