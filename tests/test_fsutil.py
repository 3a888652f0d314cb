"""Atomic writes: exclusive create is one step; the folder is fsynced after the move."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from drafter.fsutil import WriteError, atomic_write

from .conftest import ROOT


def test_racing_exclusive_creates_leave_one_winner(tmp_path: Path) -> None:
    """Many writers pass the "does it exist?" check at once; only one may create the file."""
    for round_ in range(5):
        target = tmp_path / f"d{round_}.md"
        n = 12
        barrier = threading.Barrier(n)
        won: list[str] = []
        lost: list[str] = []

        def write(
            i: int,
            target: Path = target,
            barrier: threading.Barrier = barrier,
            won: list[str] = won,
            lost: list[str] = lost,
        ) -> None:
            barrier.wait()
            try:
                atomic_write(target, f"writer {i}\n" * 2000)
                won.append(str(i))
            except WriteError:
                lost.append(str(i))

        threads = [threading.Thread(target=write, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(won) == 1, f"{len(won)} writers each believed they created {target.name}"
        assert len(lost) == n - 1
        assert target.read_text(encoding="utf-8") == f"writer {won[0]}\n" * 2000
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_exclusive_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(WriteError, match="已存在"):
        atomic_write(target, "theirs")
    assert target.read_text(encoding="utf-8") == "mine"


_WRITE = "import sys; from drafter.fsutil import atomic_write; atomic_write(sys.argv[1], 'x', force=sys.argv[2] == '1')"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
@pytest.mark.parametrize("force", ["0", "1"])
def test_folder_is_fsynced_after_the_rename(tmp_path: Path, force: str) -> None:
    target = tmp_path / "out.md"
    log = tmp_path / "trace.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [
            "strace",
            "-f",
            "-e",
            "trace=openat,fsync,rename,renameat,renameat2,link,linkat",
            "-o",
            str(log),
            sys.executable,
            "-c",
            _WRITE,
            str(target),
            force,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if r.returncode != 0 and "ptrace" in r.stderr:
        pytest.skip("ptrace not permitted here")
    assert r.returncode == 0, r.stderr
    lines = log.read_text().splitlines()
    dir_fds = set()
    moved_at = None
    for i, line in enumerate(lines):
        m = re.search(rf'openat\(AT_FDCWD, "{re.escape(str(tmp_path))}/?", [^)]*O_DIRECTORY[^)]*\) = (\d+)', line)
        if m:
            dir_fds.add(m.group(1))
        if re.search(r"\b(rename|renameat2?|linkat|link)\(", line) and "out.md" in line:
            moved_at = i
        if moved_at is not None and any(f"fsync({fd})" in line for fd in dir_fds):
            return
    pytest.fail("the folder was not fsynced after the file was moved into place")
