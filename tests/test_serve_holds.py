"""serve under load and abuse, on 127.0.0.1 only, bounded in count and time: half-sent requests are
closed, an empty stdin message leaves no app behind, SIGTERM and SIGKILL end the apps too; in the app,
a file from 检查文件 that breaks or hangs a reader never ends or freezes the session."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import aiohttp
from textual.widgets import Input, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens import start

from .conftest import seed
from .helpers.app import _home, aio, lint_result  # noqa: F401 (_home: autouse)
from .helpers.serve import STEP, Served, shown, stop
from .helpers.serve import start as serve


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _gone(pids: list[int], limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        alive = []
        for p in pids:
            try:
                os.kill(p, 0)
                state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    alive.append(p)
            except (ProcessLookupError, FileNotFoundError):
                pass
        if not alive:
            return True
        time.sleep(0.1)
    return False


async def _session(s: Served, then: str) -> list[int]:
    """Open a tab (its app starts), optionally send an empty stdin message, close the tab; the app pids."""
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(
            f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width=80&height=24", headers={"Origin": s.base}
        ) as ws,
    ):
        await shown(ws, "最近的草稿")  # the app has started and drawn
        apps = _children(s.proc.pid)
        if then == "empty-stdin":
            await ws.send_json(["stdin", ""])
            await ws.send_str("not json")
            await ws.send_json(["resize", "x"])
            await ws.send_json(["stdin", "a"])
        return apps


def test_two_hundred_half_sent_requests_are_closed(tmp_path: Path) -> None:
    s = serve(tmp_path)
    socks: list[socket.socket] = []
    try:
        for _ in range(200):
            c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
            c.sendall(f"GET /?token={s.token} HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\nX-Slow: ".encode())
            socks.append(c)
        # the server closes them (aiohttp alone keeps a half-sent request an hour); waited for under one
        # deadline that is a last guard (the server's HEADER_TIMEOUT is seconds), never a measured time
        deadline = time.monotonic() + STEP
        closed = 0
        for c in socks:
            c.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                if c.recv(1024) == b"":
                    closed += 1
            except ConnectionResetError:
                closed += 1
            except TimeoutError:
                pass  # still open
        assert closed == 200, f"{200 - closed} of 200 half-sent requests still open after {STEP:.0f} s"
        # and the server still answers a whole request
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as c:
            c.sendall(
                f"GET /?token={s.token} HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\nOrigin: {s.base}\r\n\r\n".encode()
            )
            assert c.recv(64).startswith(b"HTTP/1.1 200")
    finally:
        for c in socks:
            c.close()
        stop(s)


def test_an_empty_stdin_message_leaves_no_app_behind_and_sigterm_ends_all(tmp_path: Path) -> None:
    s = serve(tmp_path)
    try:
        apps = asyncio.run(_session(s, "empty-stdin"))
        assert apps
        assert _gone(apps, 90), "the app outlived its tab"  # the tab is closed: its app ends

        # a second tab left open: SIGTERM on the server ends it and the server, bounded
        async def open_tab() -> list[int]:
            http = aiohttp.ClientSession()
            ws = await http.ws_connect(
                f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width=80&height=24", headers={"Origin": s.base}
            )
            await shown(ws, "最近的草稿")
            pids = _children(s.proc.pid)
            s.proc.send_signal(signal.SIGTERM)
            await asyncio.get_running_loop().run_in_executor(None, s.proc.wait, 30)
            await http.close()
            return pids

        more = asyncio.run(open_tab())
        assert s.proc.returncode == 0 and more
        assert _gone(more, 90), "an app outlived the server"
    finally:
        stop(s)


def test_apps_end_even_when_the_server_is_killed(tmp_path: Path) -> None:
    s = serve(tmp_path)
    try:

        async def go() -> list[int]:
            async with (
                aiohttp.ClientSession() as http,
                http.ws_connect(
                    f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width=80&height=24", headers={"Origin": s.base}
                ) as ws,
            ):
                await shown(ws, "最近的草稿")
                pids = _children(s.proc.pid)
                s.proc.kill()
                s.proc.wait(10)
                return pids

        apps = asyncio.run(go())
        assert apps and _gone(apps, 90), "an app outlived a killed server"
    finally:
        stop(s)


@aio
async def test_a_file_that_breaks_or_hangs_the_reader_never_ends_the_session(tmp_path: Path) -> None:
    broken = tmp_path / "坏.md"  # a year of 5,000 digits: the reader raised ValueError, not a ReadError
    broken.write_text(
        '+++\nunit = "辛集乡人民政府"\nyear = ' + "9" * 5000 + "\n+++\n\n# 一、举措\n\n正文。\n", encoding="utf-8"
    )
    good = tmp_path / "好.txt"
    good.write_bytes(seed("000").read_bytes())
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#start-tabs Tab#--content-tab-tab-lint")
        field = app.screen.query_one("#lint-path", Input)
        result = app.screen.query_one("#lint-result", Static)
        for path in (broken, good):
            field.value = str(path)
            field.focus()
            result.update("")  # lint_result waits for the next text, not the last one
            await pilot.press("enter")
            shown = await lint_result(pilot, app)
            assert ("无法检查" in shown) == (path is broken), shown
        # a check racing its time limit: unclosed comments (slow to read before the readers were bounded,
        # a few seconds at most here); whichever lands first stays, the other never replaces it
        slow = tmp_path / "慢.md"
        slow.write_text("<!--" * 6000, encoding="utf-8")
        limit = start.LINT_LIMIT
        start.LINT_LIMIT = 0.3
        try:
            field.value = str(slow)
            result.update("")
            await pilot.press("enter")
            shown = await lint_result(pilot, app)
            field.value = "打字照常"  # the UI is free while the reader works
            assert field.value == "打字照常"
            await pilot.pause(5)  # the other of the two lands meanwhile (bounded)
            assert str(result.content) == shown
            timed_out = "秒仍未读完" in shown
            assert timed_out or "慢.md" in shown, shown
        finally:
            start.LINT_LIMIT = limit
        assert app.is_running
