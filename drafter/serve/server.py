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

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from .security import Policy, middleware

TITLE = "法治政府建设年度报告起草"
HERE = Path(__file__).resolve().parent


class PortBusy(Exception):
    """The port is taken; ``str()`` is the Chinese line."""


class DrafterServer(Server):
    def __init__(self, command: str, *, host: str, port: int, policy: Policy) -> None:
        super().__init__(command, host=host, port=port, title=TITLE, templates_path=HERE / "templates")
        self.policy = policy
        self.url = ""
        self.ready: asyncio.Event | None = None

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
        return {"font_size": font_size, "app_websocket_url": ws, "static_url": f"{base}/static/",
                "title": TITLE}

    async def run(self, stop: asyncio.Event) -> None:
        """Serve until ``stop`` is set; raises PortBusy when the port is taken."""
        app = await self._make_app()
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as e:
            await runner.cleanup()
            if e.errno in (errno.EADDRINUSE, errno.EACCES):
                why = "已被占用" if e.errno == errno.EADDRINUSE else "没有权限使用"
                raise PortBusy(f"端口 {self.port} {why}；请换一个端口，如 drafter serve --port {self.port + 1}") from None
            raise PortBusy(f"无法在 {self.host}:{self.port} 上启动（{e.strerror or e}）；请检查 --host 和 --port") from None
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
            await runner.cleanup()

    def serve(self, debug: bool = False) -> None:
        self.debug = debug
        loop = asyncio.new_event_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        try:
            loop.run_until_complete(self.run(stop))
        finally:
            loop.close()
