"""A ``drafter serve`` whose WebSockets have no heartbeat: put this folder first on PYTHONPATH.

aiohttp's heartbeat (textual-serve asks for one every 15 s) is a second way for the server to learn that a
tab has gone. Without it, only the closed or dropped connection itself can tell the server: a test that
waits for what a closed tab must cause then proves that the close causes it, with no clock to compare.
The folder leaves PYTHONPATH at once: the apps the server starts run as they always do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

NOTE = "(test: WebSockets without heartbeat)"
HERE = str(Path(__file__).resolve().parent)
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p != HERE)

from aiohttp import web  # noqa: E402

_init = web.WebSocketResponse.__init__


def _no_heartbeat(self: web.WebSocketResponse, *args: Any, **kwargs: Any) -> None:
    kwargs["heartbeat"] = None
    _init(self, *args, **kwargs)


web.WebSocketResponse.__init__ = _no_heartbeat  # type: ignore[method-assign,assignment]
sys.stderr.write(NOTE + "\n")  # before the URL: the test sees that this server runs without one
