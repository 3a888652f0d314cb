"""`drafter serve`: a report exported in the browser reaches the browser as a download, only with the token."""

from __future__ import annotations

import asyncio
import io
import json
import time
import zipfile
from pathlib import Path

import aiohttp
import docx
import pytest

from drafter.app.screens.start import make_draft

from .test_serve import Served, _start, _stop
from .test_serve_lock import ENTER, F3, _shown

F4, F5 = "\x1bOS", "\x1b[15~"


async def _delivery(ws: aiohttp.ClientWebSocketResponse, seconds: float = 90.0) -> str:
    """The key of the first file the app delivers (textual-serve's ``deliver_file_start`` message)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        if msg.type == aiohttp.WSMsgType.TEXT and msg.data.startswith("["):
            packet = json.loads(msg.data)
            if packet and packet[0] == "deliver_file_start":
                return str(packet[1])
    raise AssertionError("no file was delivered")


def _recent_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A draft x.md that the served app's start screen lists as recent."""
    path = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "x.md"))
    config = tmp_path / "config"
    (config / "drafter").mkdir(parents=True)
    (config / "drafter" / "recent.json").write_text(json.dumps([str(path.resolve())]), encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return path


async def _open_draft(http: aiohttp.ClientSession, s: Served) -> aiohttp.ClientWebSocketResponse:
    """A browser's WebSocket on the served app, the recent draft opened from the start screen."""
    ws = await http.ws_connect(
        f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width=100&height=30", headers={"Origin": s.base}
    )
    await _shown(ws, "最近的草稿")
    await ws.send_json(["stdin", F3])
    await _shown(ws, "x.md")
    await ws.send_json(["stdin", ENTER])
    return ws


def test_exported_docx_is_downloaded_with_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _recent_draft(tmp_path, monkeypatch)
    s = _start(tmp_path)
    try:

        async def go() -> tuple[int, bytes, int]:
            async with aiohttp.ClientSession() as http:
                ws = await _open_draft(http, s)
                await _shown(ws, "下一部分")  # the drafting screen
                await ws.send_json(["stdin", F4])  # 导出: the path dialog, Enter takes the default
                await _shown(ws, "导出")
                await ws.send_json(["stdin", ENTER])
                key = await _delivery(ws)
                async with aiohttp.ClientSession() as stranger, stranger.get(f"{s.base}/download/{key}") as r:
                    refused = r.status  # no token, no cookie
                async with http.get(f"{s.base}/download/{key}?token={s.token}", headers={"Origin": s.base}) as r:
                    status, body = r.status, await r.read()
                await ws.close()
                return status, body, refused

        status, body, refused = asyncio.run(go())
    finally:
        _stop(s)
    assert refused == 403
    assert status == 200
    assert zipfile.ZipFile(io.BytesIO(body)).testzip() is None
    d = docx.Document(io.BytesIO(body))
    assert any("辛集乡人民政府" in p.text for p in d.paragraphs)
    assert body == (tmp_path / "x.docx").read_bytes()  # what the browser gets is the file written beside the draft


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_preview_pdf_is_downloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _recent_draft(tmp_path, monkeypatch)
    s = _start(tmp_path)
    try:

        async def go() -> tuple[int, bytes]:
            async with aiohttp.ClientSession() as http:
                ws = await _open_draft(http, s)
                await _shown(ws, "下一部分")
                await ws.send_json(["stdin", F5])  # 预览: LibreOffice makes the PDF, the browser downloads it
                key = await _delivery(ws, 180.0)
                async with http.get(f"{s.base}/download/{key}?token={s.token}", headers={"Origin": s.base}) as r:
                    status, body = r.status, await r.read()
                await ws.close()
                return status, body

        status, body = asyncio.run(go())
    finally:
        _stop(s)
    assert status == 200 and body.startswith(b"%PDF-")
