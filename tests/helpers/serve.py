"""Helpers for the tests of `drafter serve`: a real server process, and a browser tab read as a terminal.

Every wait here waits on what the server or the app shows (a line on stderr, words on the screen, a
file delivered), each bounded by a generous deadline that is a last guard, never what a test measures:
on a loaded machine a step may take many times longer than on a quiet one, and then fails only with a
message that says which step never came and what was last on the screen.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import aiohttp
import pytest

from drafter.app.screens.start import make_draft

ROOT = Path(__file__).resolve().parent.parent.parent
URL = re.compile(r"http://[^/\s]+:(\d+)/\?token=([\w-]+)")
F3, F4, F5, ENTER = "\x1bOR", "\x1bOS", "\x1b[15~", "\r"
_ESCAPE = re.compile(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)")
STEP = 120.0  # seconds: the last guard on one step of a served session (a few seconds on a quiet machine)
_ENDED = (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR)


@dataclass
class Served:
    port: int
    token: str
    proc: subprocess.Popen[str]
    stderr: list[str]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def start(tmp_path: Path, *extra: str, first_on_path: Path | None = None) -> Served:
    """Start serve and wait (bounded) for the URL line. ``first_on_path``: a folder put before the project
    on the server's PYTHONPATH (its ``sitecustomize`` runs first, as in ``tests/noheartbeat``).

    A thread reads stderr line by line into a queue: serve may print its warning and its URL in
    one write, and a select() on the pipe would then wait for bytes already in the reader's buffer.
    """
    path = [str(first_on_path)] if first_on_path is not None else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, str(ROOT)])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", "serve", "--port", "0", *extra],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    got: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(proc.stderr, got), daemon=True).start()
    lines: list[str] = []
    deadline = time.monotonic() + STEP
    while time.monotonic() < deadline:  # bounded: the line comes once the port is bound
        try:
            line = got.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if line is None:
            break
        lines.append(line)
        m = URL.search(line)
        if m:
            return Served(int(m.group(1)), m.group(2), proc, lines)
    proc.kill()
    proc.wait(10)
    pytest.fail("serve printed no URL: " + "".join(lines))


def _pump(stream: IO[str], out: queue.Queue[str | None]) -> None:
    for line in stream:
        out.put(line)
    out.put(None)


def stop(s: Served) -> None:
    s.proc.terminate()
    try:
        s.proc.wait(20)
    except subprocess.TimeoutExpired:
        s.proc.kill()
        s.proc.wait(10)


async def shown(ws: aiohttp.ClientWebSocketResponse, words: str, seconds: float = STEP) -> None:
    """Read the app's output from now on until ``words`` appear on its screen.

    The output is decoded and stripped of escape sequences as one stream, not message by message: a
    message may end inside a sequence (or, in principle, a character), and stripping each part alone
    leaves the sequence's tail between the words. Fails with the step and the screen's last text.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    raw = ""
    async for msg in _received(ws, seconds):
        if msg.type in _ENDED:
            raise AssertionError(f"the tab closed before {words!r} was shown; last: {_text(raw)[-300:]!r}")
        data = msg.data if isinstance(msg.data, (bytes, str)) else b""
        raw = (raw + (decoder.decode(data) if isinstance(data, bytes) else data))[-40000:]
        if words in _text(raw):
            return
    raise AssertionError(f"{words!r} not shown within {seconds:.0f} s; last: {_text(raw)[-300:]!r}")


async def _received(ws: aiohttp.ClientWebSocketResponse, seconds: float) -> AsyncIterator[aiohttp.WSMessage]:
    """The tab's messages until ``seconds`` have passed, or until none comes in the time left."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            yield await ws.receive(timeout=left)
        except TimeoutError:
            return


def _text(raw: str) -> str:
    return _ESCAPE.sub("", raw)


async def delivery(ws: aiohttp.ClientWebSocketResponse, seconds: float = STEP) -> str:
    """The key of the first file the app delivers (textual-serve's ``deliver_file_start`` message)."""
    async for msg in _received(ws, seconds):
        if msg.type in _ENDED:
            raise AssertionError("the tab closed before a file was delivered")
        if msg.type == aiohttp.WSMsgType.TEXT and msg.data.startswith("["):
            packet = json.loads(msg.data)
            if packet and packet[0] == "deliver_file_start":
                return str(packet[1])
    raise AssertionError(f"no file was delivered within {seconds:.0f} s")


async def until(what: str, test: Callable[[], bool], seconds: float = STEP) -> None:
    """Poll (bounded) what the app writes to disk until ``test()`` holds."""
    deadline = time.monotonic() + seconds
    while not test():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened within {seconds:.0f} s: {what}")
        await asyncio.sleep(0.1)


def recent_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A draft x.md that the served app's start screen lists as recent."""
    path = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "x.md"))
    config = tmp_path / "config"
    (config / "drafter").mkdir(parents=True)
    (config / "drafter" / "recent.json").write_text(json.dumps([str(path.resolve())]), encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return path


async def open_draft(
    http: aiohttp.ClientSession, s: Served, width: int = 100, height: int = 30
) -> aiohttp.ClientWebSocketResponse:
    """A browser's WebSocket on the served app, the recent draft opened from the start screen."""
    ws = await http.ws_connect(
        f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width={width}&height={height}", headers={"Origin": s.base}
    )
    await shown(ws, "最近的草稿")  # the start screen is up and reads keys
    await ws.send_json(["stdin", F3])  # 最近的草稿; Enter opens the highlighted draft
    await shown(ws, "x.md")  # the list, the draft highlighted
    await ws.send_json(["stdin", ENTER])
    return ws
