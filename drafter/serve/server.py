"""textual-serve, subclassed: the security middleware in front, a Chinese page, a clean start and stop.

Why a subclass plus middleware is sound: textual-serve builds its aiohttp
``Application`` in ``_make_app``; we take that application and add our
middleware before it starts. aiohttp runs middlewares for every matched
route — including the static files, ``/ws`` and ``/download`` — and for
404s, before any handler, so nothing textual-serve serves is reachable
without passing ``security.guard``. The rest of textual-serve (the app
process per WebSocket, its protocol) is used unchanged. We replace only its
page (``app_index.html``: Chinese, fonts from its own static folder, no
Google Fonts) and its ``serve`` loop (so a busy port is one Chinese line and
the printed URL carries the token and the real port).

Holding up: a connection that has not sent a whole request within ``HEADER_TIMEOUT``
is closed (aiohttp's default keeps a half-sent request an hour); an empty or
malformed message from the page is dropped (an empty ``stdin`` made the app stop
reading its input, so it never saw "quit"); on SIGINT/SIGTERM the apps are asked to
quit, and those that have not ended after ``GRACE`` seconds (a frozen one) are killed.
Each app process is started with ``exec`` (no shell between) and ends when the server
does, even a killed one (``DRAFTER_SERVED``: the app asks the kernel for that).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp
import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from .security import Policy, middleware

TITLE = "法治政府建设年度报告起草"
HEADER_TIMEOUT = 10.0  # seconds for a connection to send a whole request
GRACE = 3.0  # seconds the apps get to quit when the server stops
HERE = Path(__file__).resolve().parent


class PortBusy(Exception):
    """The port is taken; ``str()`` is the Chinese line."""


class DrafterServer(Server):
    def __init__(self, command: str, *, host: str, port: int, policy: Policy) -> None:
        super().__init__(command, host=host, port=port, title=TITLE, templates_path=HERE / "templates")
        self.policy = policy
        self.url = ""
        self.ready: asyncio.Event | None = None
        self.apps: list[Any] = []  # the app processes started (asyncio subprocesses)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(middleware(self.policy))
        return app

    async def on_startup(self, app: web.Application) -> None:
        """textual-serve prints an English logo here; the URL is printed once the port is bound."""

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, its links built from the host the browser used (already checked)."""
        base = f"{request.scheme}://{request.host}"
        ws = ("wss://" if request.scheme == "https" else "ws://") + request.host + "/ws"
        try:
            font_size = int(request.query.get("fontsize", "16"))
        except ValueError:
            font_size = 16
        return {"font_size": font_size, "app_websocket_url": ws, "static_url": f"{base}/static/", "title": TITLE}

    async def run(self, stop: asyncio.Event) -> None:
        """Serve until ``stop`` is set; raises PortBusy when the port is taken."""
        app = await self._make_app()
        runner = web.AppRunner(app, handle_signals=False, access_log=None, keepalive_timeout=HEADER_TIMEOUT)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as e:
            await runner.cleanup()
            if e.errno in (errno.EADDRINUSE, errno.EACCES):
                why = "已被占用" if e.errno == errno.EADDRINUSE else "没有权限使用"
                raise PortBusy(
                    f"端口 {self.port} {why}；请换一个端口，如 drafter serve --port {self.port + 1}"
                ) from None
            raise PortBusy(
                f"无法在 {self.host}:{self.port} 上启动（{e.strerror or e}）；请检查 --host 和 --port"
            ) from None
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        port = sockets[0].getsockname()[1] if sockets else self.port
        self.policy.port = port
        shown = self.host if self.host not in ("0.0.0.0", "::", "") else socket.gethostname()
        host = f"[{shown}]" if ":" in shown else shown
        self.url = f"http://{host}:{port}/?token={self.policy.token}"
        sys.stderr.write(f"在浏览器中打开 {self.url}\n按 Ctrl+C 停止\n")
        sys.stderr.flush()
        try:
            await stop.wait()
        finally:
            await _stop_all(runner, self.apps)

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service: Any) -> None:
        """textual-serve's loop, with empty and malformed messages dropped instead of passed on."""
        process = getattr(app_service, "_process", None)
        if process is not None:  # ended by _stop_all if it has not quit when the server stops
            self.apps = [p for p in self.apps if p.returncode is None] + [process]
        async for message in websocket:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            try:
                envelope = message.json()
                kind, data = envelope[0], envelope[1]
            except (ValueError, TypeError, IndexError, KeyError):
                continue
            if kind == "stdin" and isinstance(data, str) and data:
                await app_service.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    await app_service.set_terminal_size(int(data["width"]), int(data["height"]))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    def serve(self, debug: bool = False) -> None:
        self.debug = debug
        loop = asyncio.new_event_loop()
        stop = asyncio.Event()
        if sys.platform == "win32":
            from ..winproc import contain_self

            contain_self()  # the apps end with the server, even a killed one
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except NotImplementedError:  # Windows: a plain handler; the proactor loop wakes for it
                signal.signal(sig, lambda _s, _f: loop.call_soon_threadsafe(stop.set))
        try:
            loop.run_until_complete(self.run(stop))
        finally:
            loop.close()


async def _stop_all(runner: web.AppRunner, apps: list[Any]) -> None:
    """Close every connection, the apps asked to quit; end the apps still running after ``GRACE``
    (no POSIX signal: ``procs.kill_pid_tree`` ends a process and, on Windows, what it started)."""
    from ..procs import kill_pid_tree

    cleanup = asyncio.ensure_future(runner.cleanup())
    done, _ = await asyncio.wait({cleanup}, timeout=GRACE)
    if not done:
        for proc in apps:
            if proc.returncode is None:
                kill_pid_tree(proc.pid)
        await asyncio.wait({cleanup}, timeout=GRACE)
