"""Folder lint on a process pool: same reports, same order, same exit status as one process."""

from __future__ import annotations

import os
import pickle
import pty
import subprocess
import sys
from pathlib import Path

from drafter.lint import lint_paths
from drafter.output import jsonv1
from drafter.parallel import map_ordered, workers

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
