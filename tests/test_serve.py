"""`drafter serve` against a real server on 127.0.0.1: token, Host, Origin, the page, a busy port, the root."""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from textual.widgets import Input, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.start import StartScreen

from .conftest import run_cli
from .helpers.app import _home, aio, new_draft  # noqa: F401 (_home: autouse, a private config and cwd)
from .helpers.serve import Served, shown, start, stop


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    s = start(tmp_path)
    try:
        yield s
    finally:
        stop(s)


def test_page_needs_the_token(served: Served) -> None:
    async def go() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.get(served.base + "/") as r:
                assert r.status == 403 and "令牌" in await r.text()
            async with http.get(served.base + "/?token=" + "x" * len(served.token)) as r:
                assert r.status == 403
            async with http.get(served.base + "/static/js/textual.js") as r:
                assert r.status == 403
            async with http.get(served.base + "/download/anything") as r:
                assert r.status == 403
            async with http.get(f"{served.base}/?token={served.token}") as r:
                assert r.status == 200
                page = await r.text()
                cookie = r.headers.get("Set-Cookie", "")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "<title>法治政府建设年度报告起草</title>" in page
        assert ">开始<" in page and "会话已结束" in page and ">重新开始<" in page
        assert "Start<" not in page and "Session ended" not in page and "Restart" not in page
        # nothing from outside this machine: every URL the page names is this server's
        urls = re.findall(r"""(?:https?|wss?)://[^"')\s>]+""", page)
        ours = (served.base + "/", f"ws://127.0.0.1:{served.port}/")
        assert [u for u in urls if not u.startswith(ours) and u != "http://www.w3.org/2000/svg"] == []
        assert any("fonts/RobotoMono" in u for u in urls)  # the font, from here
        assert "googleapis" not in page and "gstatic" not in page

    asyncio.run(go())


def test_page_cookie_opens_its_static_files(served: Served) -> None:
    async def go() -> None:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(f"{served.base}/?token={served.token}") as r:
                assert r.status == 200
            async with http.get(served.base + "/static/fonts/RobotoMono-VariableFont_wght.ttf") as r:
                assert r.status == 200

    asyncio.run(go())


def test_websocket_refused_without_token_with_wrong_token_or_bad_origin(served: Served) -> None:
    ws_url = f"ws://127.0.0.1:{served.port}/ws"
    good = f"http://127.0.0.1:{served.port}"

    async def refused(url: str, headers: dict[str, str]) -> int:
        async with aiohttp.ClientSession() as http:
            try:
                async with http.ws_connect(url, headers=headers):
                    return 101
            except aiohttp.WSServerHandshakeError as e:
                return e.status

    async def go() -> None:
        assert await refused(ws_url, {"Origin": good}) == 403
        assert await refused(ws_url + "?token=wrong", {"Origin": good}) == 403
        assert await refused(f"{ws_url}?token={served.token}", {"Origin": "http://evil.example.com"}) == 403
        assert await refused(f"{ws_url}?token={served.token}", {"Origin": f"http://localhost:{served.port + 1}"}) == 403
        # a page whose name was rebound to 127.0.0.1 (DNS rebinding): its Host and Origin agree, but are not ours
        assert (
            await refused(
                f"{ws_url}?token={served.token}",
                {"Host": f"evil.example.com:{served.port}", "Origin": f"http://evil.example.com:{served.port}"},
            )
            == 403
        )
        # the right token from the served page: the app runs and talks
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(f"{ws_url}?token={served.token}&width=80&height=24", headers={"Origin": good}) as ws,
        ):
            await shown(ws, "最近的草稿")  # the app process starts and paints its start screen
            await ws.close()

    asyncio.run(go())


def test_busy_port_is_one_chinese_line_suggesting_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = run_cli("serve", "--port", str(port), cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "--port" in lines[0] and str(port) in lines[0], r.stderr
    assert "内部错误" not in r.stderr and "Traceback" not in r.stderr


def test_other_host_needs_public_and_still_needs_the_token(tmp_path: Path) -> None:
    r = run_cli("serve", "--host", "0.0.0.0", "--port", "0", cwd=tmp_path)
    assert r.returncode == 2 and "--public" in r.stderr
    s = start(tmp_path, "--host", "0.0.0.0", "--public")
    try:
        assert any("警告" in x and "令牌" in x for x in s.stderr)

        async def go() -> None:
            async with aiohttp.ClientSession() as http:
                async with http.get(f"http://127.0.0.1:{s.port}/") as r:
                    assert r.status == 403
                async with http.get(f"http://127.0.0.1:{s.port}/?token={s.token}") as r:
                    assert r.status == 200

        asyncio.run(go())
    finally:
        stop(s)


# ---------------------------------------------------------------- paths stay in the root


@aio
async def test_start_screen_paths_outside_the_root_are_refused(tmp_path: Path) -> None:
    root, outside = tmp_path / "work", tmp_path / "elsewhere"
    root.mkdir()
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("青山县司法局关于2024年度法治政府建设情况的报告\n\n一、主要举措\n机密内容。\n", encoding="utf-8")
    (root / "link.txt").symlink_to(secret)
    app = DrafterApp(Launch(root=root))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        error = screen.query_one("#new-error", Static)
        screen.query_one("#new-unit", Input).value = "辛集乡人民政府"
        for source, out in (
            (str(secret), ""),
            ("link.txt", ""),
            ("../elsewhere/secret.txt", ""),
            ("~/x.docx", ""),
            ("", str(outside / "d.md")),
            ("", "../elsewhere/d.md"),
        ):
            screen.query_one("#new-from", Input).value = source
            screen.query_one("#new-out", Input).value = out
            # Enter in the form, not a click: a Button ignores clicks for 0.2 s after one (its "-active"
            # effect), so clicking it again at once was dropped when the machine was fast
            screen.query_one("#new-out", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            assert "只能使用文件夹" in str(error.render()), (source, out)
        assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]
        # the lint tab reads nothing outside either
        screen.query_one("#lint-path", Input).value = str(secret)
        screen._lint()
        shown = str(screen.query_one("#lint-result", Static).content)
        assert "只能使用文件夹" in shown and "机密内容" not in shown
        screen.query_one("#lint-path", Input).value = "."  # a folder inside, whose link.txt leads out
        screen._lint()
        assert "不是文件夹" in str(screen.query_one("#lint-result", Static).content)
        # inside the root all works
        screen.query_one("#new-from", Input).value = ""
        screen.query_one("#new-out", Input).value = "草稿.md"
        screen.query_one("#new-out", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert (root / "草稿.md").is_file(), str(error.render())


@aio
async def test_export_outside_the_root_is_refused(tmp_path: Path) -> None:
    from drafter.app.screens.export import ExportScreen

    root = tmp_path / "work"
    root.mkdir()
    path = new_draft(root)
    app = DrafterApp(Launch(draft=path, root=root))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "out.docx")
        await pilot.click("#export-ok")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert "只能使用文件夹" in str(app.screen.query_one("#form-error", Static).content)
    assert not (tmp_path / "out.docx").exists()


def test_serve_runs_the_app_confined_to_its_root(tmp_path: Path) -> None:
    """The app process a WebSocket starts is `drafter edit --root <the folder serve started in>`."""
    s = start(tmp_path)
    try:

        async def go() -> None:
            async with (
                aiohttp.ClientSession() as http,
                http.ws_connect(
                    f"ws://127.0.0.1:{s.port}/ws?token={s.token}&width=80&height=24", headers={"Origin": s.base}
                ) as ws,
            ):
                await shown(ws, "最近的草稿")  # the app process is up
                children = subprocess.run(
                    ["ps", "-ww", "-o", "args=", "--ppid", str(s.proc.pid)], capture_output=True, text=True
                ).stdout
                cmd = next((ln for ln in children.splitlines() if "drafter edit --root" in ln), "")
                assert cmd.split("--root", 1)[1].split()[0] == str(tmp_path.resolve()), children
                await ws.close()

        asyncio.run(go())
    finally:
        stop(s)
