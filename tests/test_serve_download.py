"""`drafter serve`: a report exported in the browser reaches the browser as a download, only with the token."""

from __future__ import annotations

import asyncio
import io
import zipfile
from pathlib import Path

import aiohttp
import docx
import pytest

from .helpers.serve import ENTER, F4, F5, delivery, open_draft, recent_draft, shown, start, stop


def test_exported_docx_is_downloaded_with_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recent_draft(tmp_path, monkeypatch)
    s = start(tmp_path)
    try:

        async def go() -> tuple[int, bytes, int]:
            async with aiohttp.ClientSession() as http:
                ws = await open_draft(http, s)
                await shown(ws, "下一部分")  # the drafting screen
                await ws.send_json(["stdin", F4])  # 导出: the path dialog, Enter takes the default
                await shown(ws, "导出")
                await ws.send_json(["stdin", ENTER])
                key = await delivery(ws)
                async with aiohttp.ClientSession() as stranger, stranger.get(f"{s.base}/download/{key}") as r:
                    refused = r.status  # no token, no cookie
                async with http.get(f"{s.base}/download/{key}?token={s.token}", headers={"Origin": s.base}) as r:
                    status, body = r.status, await r.read()
                await ws.close()
                return status, body, refused

        status, body, refused = asyncio.run(go())
    finally:
        stop(s)
    assert refused == 403
    assert status == 200
    assert zipfile.ZipFile(io.BytesIO(body)).testzip() is None
    d = docx.Document(io.BytesIO(body))
    assert any("辛集乡人民政府" in p.text for p in d.paragraphs)
    assert body == (tmp_path / "x.docx").read_bytes()  # what the browser gets is the file written beside the draft


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_preview_pdf_is_downloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recent_draft(tmp_path, monkeypatch)
    s = start(tmp_path)
    try:

        async def go() -> tuple[int, bytes]:
            async with aiohttp.ClientSession() as http:
                ws = await open_draft(http, s)
                await shown(ws, "下一部分")
                await ws.send_json(["stdin", F5])  # 预览: LibreOffice makes the PDF, the browser downloads it
                key = await delivery(ws, 240.0)
                async with http.get(f"{s.base}/download/{key}?token={s.token}", headers={"Origin": s.base}) as r:
                    status, body = r.status, await r.read()
                await ws.close()
                return status, body

        status, body = asyncio.run(go())
    finally:
        stop(s)
    assert status == 200 and body.startswith(b"%PDF-")
