"""Make the README's two pictures: the app on a draft, and the first page of a rendered report.

Run from the project folder with the venv's Python: ``.venv/bin/python docs/make_pictures.py``.
Needs rsvg-convert (librsvg2-bin), LibreOffice and pdftoppm (poppler-utils).
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from rich.console import Console

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DRAFT = ROOT / "examples" / "drafts" / "township_2025.md"


async def _shoot(draft: Path, svg: Path) -> None:
    from drafter.app.app import DrafterApp, Launch
    from drafter.app.screens.draft import DraftScreen

    app = DrafterApp(Launch(draft=draft))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):  # the first check on screen: waited for, bounded
            await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            screen = app.screen
            if isinstance(screen, DraftScreen) and screen.checked_version == screen.buffer.version:
                break
        await pilot.press(*["f7"] * 5)  # to the planted slip (after four items the part lacks): its message shows
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause(0.3)
        svg.write_text(_svg(app), encoding="utf-8")


def _svg(app: Any) -> str:
    """App.export_screenshot, with cells half a font size wide and a CJK monospace face, so that a 汉字 fills
    its two cells exactly (Rich's default 0.61 and Fira Code leave gaps after every Chinese run)."""
    console = Console(
        width=app.size.width,
        height=app.size.height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    svg = console.export_svg(title="drafter", font_aspect_ratio=0.5)
    svg = re.sub(r' textLength="[^"]*"', "", svg)  # Rich counts characters, not cells
    svg = svg.replace("font-family: Fira Code, monospace", "font-family: Noto Sans Mono CJK SC, monospace")
    # ○ ✓ ▼ ×: one cell in a terminal, full width in a CJK face; drawn from a Latin face they fit
    return re.sub(r"[^\x00-\u2000]", _narrow, svg)


def _narrow(m: re.Match[str]) -> str:
    ch = m.group()
    if unicodedata.east_asian_width(ch) in "AN" and ch not in "“”‘’":
        return f'<tspan style="font-family: DejaVu Sans Mono">{ch}</tspan>'
    return ch


def app_picture(work: Path) -> None:
    draft = work / "柳河镇2025.md"
    # one planted slip, so the picture shows a finding as a writer meets it
    text = DRAFT.read_text(encoding="utf-8").replace("全年专题学习6次", "全年专题学习×次", 1)
    draft.write_text(text, encoding="utf-8")
    svg = work / "app.svg"
    asyncio.run(_shoot(draft, svg))
    png = work / "app.png"
    subprocess.run(["rsvg-convert", "-w", "800", "-b", "#000000", "-o", str(png), str(svg)], check=True)
    _small(png, HERE / "img" / "app.png")


def _small(png: Path, out: Path) -> None:
    """A terminal shows few colours: 64 keep the picture faithful and under 200 KB (ImageMagick, if there)."""
    magick = shutil.which("magick") or next((p for p in ("/usr/bin/convert",) if Path(p).exists()), None)
    if magick is None:
        shutil.copyfile(png, out)
        return
    subprocess.run([magick, str(png), "-colors", "64", "-strip", str(out)], check=True)


def page_picture(work: Path) -> None:
    docx = work / "报告.docx"
    subprocess.run([str(ROOT / ".venv" / "bin" / "drafter"), "render", str(DRAFT), "-o", str(docx)], check=True)
    env = {**os.environ, "FONTCONFIG_FILE": str(ROOT / "fonts" / "fontconfig.conf")}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{work}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(work / "报告.pdf"),
            str(HERE / "img" / "page"),
        ],
        check=True,
    )


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="drafter-pictures-"))
    try:
        app_picture(work)
        page_picture(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
