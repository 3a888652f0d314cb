"""A Python that looks like Windows' to drafter: put this folder first on PYTHONPATH.

- The POSIX-only modules cannot be imported (``resource``, ``fcntl``, ``termios``, ``pwd``, ``grp`` …).
- The POSIX-only functions of ``os`` and ``signal`` are gone (``os.killpg``, ``os.fork``, ``signal.SIGKILL`` …).
- ``os.kill(pid, 0)`` raises: on Windows it does not test a process, it terminates it.
- multiprocessing spawns its workers (Windows' and macOS' only way), and so does every process they start.
- ``POSIXLESS_LOG``, if set, names a file each Python started under it appends its pid to: a worker that
  shows there was spawned (a forked one never runs this file).

On Windows itself it does nothing: there the real thing is tested.

The standard library's own POSIX paths (``subprocess``, ``multiprocessing``) keep what they need: only
code that names these things itself — drafter's — meets their absence. ``tests/test_platforms.py`` runs
the installed CLI under it.
"""

from __future__ import annotations

import importlib.abc
import os
import signal
import subprocess
import sys

BLOCKED = frozenset(
    {"resource", "fcntl", "termios", "tty", "pty", "pwd", "grp", "posix_ipc", "syslog", "crypt", "spwd", "nis"}
)
OS_GONE = (
    "killpg",
    "fork",
    "forkpty",
    "setsid",
    "setpgid",
    "getpgid",
    "getpgrp",
    "sched_getaffinity",
    "sched_setaffinity",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "setuid",
    "setgid",
    "getgroups",
    "wait3",
    "wait4",
    "sync",
    "mkfifo",
    "mknod",
    "pipe2",
    "posix_spawn",
    "posix_spawnp",
    "register_at_fork",
    "getloadavg",
    "nice",
    "chown",
    "lchown",
    "fchown",
    "WNOHANG",
)
SIGNAL_GONE = (
    "SIGKILL",
    "SIGHUP",
    "SIGQUIT",
    "SIGALRM",
    "SIGUSR1",
    "SIGUSR2",
    "SIGCHLD",
    "SIGPIPE",
    "SIGSTOP",
    "SIGCONT",
    "SIGTSTP",
    "SIGWINCH",
    "pthread_sigmask",
    "pthread_kill",
    "sigwait",
    "sigpending",
    "alarm",
    "setitimer",
    "getitimer",
    "siginterrupt",
    "SIG_BLOCK",
    "SIG_UNBLOCK",
    "SIG_SETMASK",
)


# kept with POSIXLESS_SIGMASK=1: macOS (spawn, but a signal mask); Windows' counterpart, a Ctrl-C ignored
# while the workers start (parallel._pool), cannot be had on Linux
MASK = ("pthread_sigmask", "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (posixless: not on Windows)", name=name)
        return None


_kill = os.kill


def _windows_kill(pid: int, sig: int) -> None:
    if sig == 0:
        raise AssertionError("os.kill(pid, 0) terminates the process on Windows; it is no liveness test there")
    _kill(pid, sig)


def _install() -> None:
    import multiprocessing.popen_fork

    sys.meta_path.insert(0, _Blocker())
    for name in BLOCKED:
        sys.modules.pop(name, None)
    # The standard library's POSIX code keeps the values it uses (Windows has its own code for these).
    sigkill = int(signal.SIGKILL)
    subprocess.Popen.kill = lambda self: self.send_signal(sigkill)  # type: ignore[method-assign]
    multiprocessing.popen_fork.Popen.kill = lambda self: self._send_signal(sigkill)  # type: ignore[method-assign]
    for name in OS_GONE:
        if hasattr(os, name):
            delattr(os, name)
    keep = MASK if os.environ.get("POSIXLESS_SIGMASK") else ()
    for name in SIGNAL_GONE:
        if hasattr(signal, name) and name not in keep:
            delattr(signal, name)
    os.kill = _windows_kill
    multiprocessing.set_start_method("spawn", force=True)
    log = os.environ.get("POSIXLESS_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")


if sys.platform != "win32":
    _install()
