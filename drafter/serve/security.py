"""Who may use a served app: the holder of this start's token, from the served host's own page.

One aiohttp middleware runs before every route textual-serve defines (the
page, its static files, the WebSocket that drives the app, downloads), so no
route can be reached around it:

- **Host**: on a loopback bind only ``127.0.0.1``, ``localhost`` and ``[::1]``
  at the served port are accepted — a web page whose name was rebound to
  127.0.0.1 (DNS rebinding) is refused.
- **Origin**: a request that carries one (browsers always send it on a
  WebSocket and on cross-site requests) must come from the host it is sent
  to; any other page the user visits is refused.
- **Token**: 32 random bytes per start, as Jupyter does. The printed URL
  carries it (``?token=``); the page answers with an HttpOnly, SameSite=Strict
  cookie so its own static files and WebSocket carry it too. Compared in
  constant time. Without it, or with a wrong one: 403.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Middleware

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _authority(host: str, port: int) -> str:
    h = host.strip("[]")
    return f"[{h}]:{port}" if ":" in h else f"{h}:{port}"


@dataclass
class Policy:
    """What this start of the server accepts."""

    port: int
    public: bool = False
    token: str = field(default_factory=new_token)

    @property
    def cookie(self) -> str:
        return f"drafter_token_{self.port}"  # cookies ignore ports: one name per served port

    def host_ok(self, host: str) -> bool:
        """The Host header names this server (any name when served publicly: the token guards it)."""
        if self.public:
            return bool(host)
        return host.lower() in {_authority(h, self.port) for h in LOOPBACK_NAMES}

    def origin_ok(self, origin: str | None, host: str) -> bool:
        """No Origin (not a browser page), or exactly the page of the host addressed."""
        if origin is None:
            return True
        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()

    def token_ok(self, request: web.Request) -> bool:
        given = request.query.get("token") or request.cookies.get(self.cookie) or ""
        auth = request.headers.get("Authorization", "")
        if not given and auth.lower().startswith("token "):
            given = auth[6:].strip()
        return hmac.compare_digest(given.encode(), self.token.encode())


def _refuse(text: str) -> web.Response:
    return web.Response(status=403, text=text, content_type="text/plain", charset="utf-8")


def middleware(policy: Policy) -> Middleware:
    """The aiohttp middleware enforcing ``policy`` on every request."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        host = request.headers.get("Host", "")
        if not policy.host_ok(host):
            return _refuse("drafter：拒绝访问（主机名不符）。请用启动时打印的网址打开。")
        if not policy.origin_ok(request.headers.get("Origin"), host):
            return _refuse("drafter：拒绝访问（请求来自其他网页）。")
        if not policy.token_ok(request):
            return _refuse("drafter：拒绝访问（缺少或错误的令牌）。请用启动时终端里打印的完整网址（含 token=）打开。")
        response = await handler(request)
        if request.query.get("token") and not response.prepared:
            response.set_cookie(policy.cookie, policy.token, httponly=True, samesite="Strict", path="/")
        return response

    return guard


__all__ = ["Policy", "is_loopback", "middleware", "new_token"]
