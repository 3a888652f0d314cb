"""The ``drafter`` command's entry point (and ``python -m drafter``'s).

A Ctrl-C while drafter is still loading its modules comes before the command line's own handler
(``cli.main``) is in place; here it ends as the one line that handler says, with exit 130, never
as a traceback. Nothing is imported before the ``try`` but what Python has already loaded.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn


def main() -> int:
    """The process's own start and end: after the command, Ctrl-C is ignored while the process exits
    (``drafter.cli.main`` is the command as a function, which leaves Ctrl-C as it found it)."""
    try:
        from .classcode import install

        install()  # before the modules that define dataclasses are loaded
        from .cli import main as run
        from .cli import quiet_exit

        status = run()
        quiet_exit()  # this process ends now: a Ctrl-C during its exit changes nothing
        return status
    except KeyboardInterrupt:
        _interrupted()


def _interrupted() -> NoReturn:
    with contextlib.suppress(OSError, LookupError):
        os.write(2, "已中断\n".encode(getattr(sys.stderr, "encoding", None) or "utf-8", "replace"))
    os._exit(130)
