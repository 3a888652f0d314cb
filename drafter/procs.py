"""Child processes and process questions, the same on Linux, macOS and Windows.

A converter (LibreOffice) runs with a time limit everywhere and a memory limit where the OS offers
one (Linux and macOS: ``RLIMIT_DATA``; Windows: a Job object's per-process commit limit). At the time
limit its whole process tree ends: POSIX kills its process group (it runs in a session of its own),
Windows terminates its Job object and, for anything that escaped it, ``taskkill /T /F``.

Nothing POSIX-only is imported at module level, and POSIX-only names are looked up with ``getattr``,
so a Python without them (Windows') takes the other path instead of failing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

WINDOWS_MEMORY = 1024 * 1024 * 1024
"""A converter's commit limit on Windows (private bytes per process: more than Linux's data segment counts)."""


def cpu_count() -> int:
    """The cores this process may run on (its affinity where the OS tells it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        with contextlib.suppress(OSError):
            return len(affinity(0))
    return os.cpu_count() or 1


def run_bounded(
    cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float, max_memory: int | None = None
) -> tuple[bool, int]:
    """Run ``cmd`` with its output discarded, at most ``timeout`` seconds: (timed out, exit status).

    Raises OSError when the program cannot be started."""
    if sys.platform == "win32":
        from . import winproc

        return winproc.run(
            cmd,
            cwd=cwd,
            env=env,
            timeout=timeout,
            max_memory=WINDOWS_MEMORY if max_memory else None,
            kill_tree=kill_tree,
        )
    import subprocess  # here, not at import: a lint's cold start asks ``pid_alive`` only

    setsid = hasattr(os, "setsid")  # POSIX: a session of its own, so the whole group can be killed
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
        start_new_session=setsid,
        preexec_fn=_memory_limiter(max_memory),
    )
    try:
        return False, proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_tree(proc)
        return True, proc.wait()


def _memory_limiter(max_memory: int | None) -> Callable[[], None] | None:
    """In the child before it runs (POSIX): cap its data segment, inherited by what it starts."""
    if max_memory is None or sys.platform == "win32":
        return None
    try:
        import resource
    except ImportError:
        return None
    limit = getattr(resource, "RLIMIT_DATA", None)
    if limit is None:
        return None

    def cap() -> None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(limit, (max_memory, max_memory))

    return cap


def kill_tree(proc: subprocess.Popen[Any]) -> None:
    """End ``proc`` and every process it started (best effort; it may have ended already)."""
    if sys.platform == "win32":
        _taskkill(proc.pid)
    else:
        killpg = getattr(os, "killpg", None)
        sigkill = getattr(signal, "SIGKILL", None)
        if killpg is not None and sigkill is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                killpg(proc.pid, sigkill)
    with contextlib.suppress(OSError):
        try:
            proc.kill()
        except AttributeError:  # no signal.SIGKILL in this Python
            proc.terminate()


def kill_pid_tree(pid: int) -> None:
    """End the process ``pid`` (and on Windows what it started): for processes this one did not Popen."""
    if sys.platform == "win32":
        _taskkill(pid)
        return
    sig = getattr(signal, "SIGKILL", signal.SIGTERM)
    with contextlib.suppress(OSError):
        os.kill(pid, sig)


def _taskkill(pid: int) -> None:
    import subprocess

    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            ["taskkill", "/T", "/F", "/PID", str(pid)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a lock's holder).

    Never ``os.kill(pid, 0)`` on Windows: there it terminates the process instead of testing it."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        from . import winproc

        return winproc.alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
