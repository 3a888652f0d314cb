"""`drafter serve`: closing the browser tab ends its app, which keeps what was typed (in the recovery copy) and lets go of the lock.

The server runs without its WebSocket heartbeat (tests/noheartbeat): the closed or dropped connection is then
the only way it can learn that the tab has gone, so the lock let go proves the close ends the app (once only
the heartbeat noticed, ~75 s later), with no clock to compare.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from drafter.app.buffer import autosave_path
from drafter.app.lock import lock_path

from .conftest import ROOT
from .helpers.serve import open_draft, recent_draft, shown, start, stop, until

NO_HEARTBEAT = ROOT / "tests" / "noheartbeat"


@pytest.mark.parametrize("how", ["close", "drop"])
def test_closing_the_tab_keeps_the_text_and_releases_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    path = recent_draft(tmp_path, monkeypatch)  # serve's app process lists this draft as recent
    lock = lock_path(path)
    s = start(tmp_path, first_on_path=NO_HEARTBEAT)
    try:
        assert any("without heartbeat" in line for line in s.stderr), s.stderr

        async def go() -> None:
            async with aiohttp.ClientSession() as http:
                ws = await open_draft(http, s, 80, 24)
                await until("the draft opens", lock.exists)
                await shown(ws, "下一部分")  # the drafting screen's footer: the editor has the focus
                for ch in "xyzzy":
                    await ws.send_json(["stdin", ch])
                await shown(ws, "xyzzy")  # typed, on screen: in the app's model
                if how == "close":
                    await ws.close()
                else:  # the tab killed: the connection just goes
                    transport = ws._response.connection.transport  # type: ignore[union-attr]
                    assert transport is not None
                    transport.abort()
                await until("the lock is released", lambda: not lock.exists())

        asyncio.run(go())
        # typed just before the tab closed: kept in the recovery copy (offered at the next opening), never
        # written into the draft the writer did not save
        assert "xyzzy" not in path.read_text(encoding="utf-8")
        assert "xyzzy" in autosave_path(path).read_text(encoding="utf-8")
    finally:
        stop(s)
