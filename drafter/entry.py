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
    try:
        from .cli import main as run

        return run()
    except KeyboardInterrupt:
        _interrupted()


def _interrupted() -> NoReturn:
    with contextlib.suppress(OSError, LookupError):
        os.write(2, "已中断\n".encode(getattr(sys.stderr, "encoding", None) or "utf-8", "replace"))
    os._exit(130)
