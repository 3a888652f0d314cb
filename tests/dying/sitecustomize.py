"""A worker that really dies: put this folder first on PYTHONPATH (``tests/test_parallel.py``).

``DYING_ON`` names files (by file name, ``|`` between them): a process of drafter that starts reading
one ends at once — ``os._exit`` (a crash in C code), or with ``DYING_HOW=kill`` SIGKILL (the OOM killer) —
after appending the file's name to ``DYING_LOG``. Nothing of the pool is replaced: the worker dies as a
real one does. ``DYING_POSIXLESS=1`` also loads ``tests/posixless`` (spawned workers, no POSIX).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any


def _die(name: str) -> None:
    log = os.environ.get("DYING_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{name}\n")
    if os.environ.get("DYING_HOW") == "kill":
        os.kill(os.getpid(), int(signal.SIGKILL))
    os._exit(70)


def _install() -> None:
    names = set(filter(None, os.environ.get("DYING_ON", "").split("|")))
    if os.environ.get("DYING_POSIXLESS"):
        import runpy

        runpy.run_path(str(Path(__file__).resolve().parent.parent / "posixless" / "sitecustomize.py"))
    if not names:
        return
    import drafter.lint

    read = getattr(drafter.lint, "read_path")  # noqa: B009  (imported there, not exported)

    def reading(path: str, *args: Any, **kwargs: Any) -> Any:
        if Path(path).name in names:
            _die(Path(path).name)
        return read(path, *args, **kwargs)

    setattr(drafter.lint, "read_path", reading)  # noqa: B010


_install()
