"""Ctrl-C on a real ``drafter lint`` of a folder, at random moments: one line, exit 130, no traceback
from the parent or any pool worker, no process left behind, never a hang.

A terminal's Ctrl-C is SIGINT to the whole foreground process group; the test starts drafter in a
session of its own and signals that group (and, in some trials, the parent alone, as ``kill -INT``
does). ``DRAFTER_INTERRUPT_TRIALS`` raises the count for a run by hand (the issue asks for 50).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, seed_paths

TRIALS = int(os.environ.get("DRAFTER_INTERRUPT_TRIALS", "10"))
HANG = 30.0  # seconds: an interrupted run that has not ended by then hangs


def _folder(tmp: Path, n: int) -> Path:
    tmp.mkdir()
    texts = [p.read_bytes() for p in seed_paths()]
    for i in range(n):
        (tmp / f"r{i:03d}.txt").write_bytes(texts[i % len(texts)].replace("法治".encode(), f"法治{i}".encode(), 1))
    return tmp


def _lint(folder: Path) -> list[str]:
    return [sys.executable, "-m", "drafter", "lint", str(folder), "--jobs", "2", "--summary"]


def _group_gone(pgid: int, deadline: float) -> bool:
    """Whether every process of the group has ended (workers are reaped by init once orphaned)."""
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return True
        time.sleep(0.05)
    return False


def _as_a_shell_starts_it() -> None:
    """The child as a terminal's shell starts a command: Ctrl-C at its default and not blocked. A test
    worker's own signal state (a Ctrl-C ignored or blocked by code run in it earlier) is inherited by
    the processes it starts: in a loaded -n 4 run every trial's run then ignored the signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")
def test_ctrl_c_at_random_moments(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "folder", 60)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DRAFTER_DEBUG", None)
    cmd = _lint(folder)
    # how long a whole run takes here (the random moments fall inside it), timed warm: a cold run fills
    # the caches (compiled patterns, parsed word lists) and takes longer, so moments drawn from it fell
    # after later runs had ended. One copy of each seed fills them as the whole folder does (its reports
    # are the seeds, each with one word changed), for a fraction of a whole run.
    warm = _folder(tmp_path / "warm", len(seed_paths()))
    cold = subprocess.run(_lint(warm), capture_output=True, text=True, env=env, timeout=300)
    assert cold.returncode in (0, 1), cold.stderr
    t = time.monotonic()
    whole = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    took = time.monotonic() - t
    assert whole.returncode in (0, 1), whole.stderr
    rnd = random.Random(int(os.environ.get("DRAFTER_INTERRUPT_SEED", "19")))
    upper = max(0.5, took * 0.9)
    outcomes: list[int] = []
    for trial in range(3 * TRIALS):
        if len(outcomes) == TRIALS:
            break
        delay = rnd.uniform(0.4, upper)
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
            preexec_fn=_as_a_shell_starts_it,
        )
        time.sleep(delay)  # the moment of the Ctrl-C itself, not a wait for a state
        # the group is stopped at that moment, so whether the run still runs is a state, not a race:
        # the Ctrl-C comes at that moment (pending, delivered as the group goes on)
        with contextlib.suppress(ProcessLookupError):  # no such group: the run and its workers have ended
            os.killpg(proc.pid, signal.SIGSTOP)
        running = proc.poll() is None
        with contextlib.suppress(ProcessLookupError):
            if trial % 3 == 2:
                proc.send_signal(signal.SIGINT)  # `kill -INT` on the parent alone
            else:
                os.killpg(proc.pid, signal.SIGINT)  # a terminal's Ctrl-C: the parent and its workers
            os.killpg(proc.pid, signal.SIGCONT)
        try:
            _, err = proc.communicate(timeout=HANG)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail(f"trial {trial}: still running {HANG} s after SIGINT at {delay:.2f} s")
        text = err.decode("utf-8", "replace")
        assert "Traceback" not in text and "KeyboardInterrupt" not in text, (trial, delay, text)
        if proc.returncode == 130:
            assert running, (trial, delay)
            assert text.strip().splitlines()[-1:] == ["已中断"], (trial, delay, text)
            assert text.count("已中断") == 1
        else:  # the run had ended, or said all and was leaving (Ctrl-C ignored), before the signal came
            assert proc.returncode in (0, 1) and "已中断" not in text, (trial, delay, proc.returncode, text)
        assert _group_gone(proc.pid, time.monotonic() + HANG), f"trial {trial}: a worker outlived the run"
        if running:
            outcomes.append(proc.returncode)
        else:  # this machine runs it faster now: later moments fall inside the run
            upper = max(0.5, delay)
    assert len(outcomes) == TRIALS, f"only {len(outcomes)} signals came while the run ran"
    assert outcomes.count(130) >= TRIALS // 2, outcomes  # a signal while it runs interrupts it
