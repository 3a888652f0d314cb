"""The app at 80×24: the help's key list, the outline's labels, Chinese line breaking, `##` headings.

What is checked is what the terminal shows: the rows the screen renders, read back as text.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import time
from pathlib import Path

import pytest

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import autosave_path
from drafter.app.linebreak import NO_START, break_points
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.help import HelpScreen
from drafter.app.screens.start import make_draft
from drafter.app.widgets.outline import Outline, fit

from .conftest import seed
from .helpers.app import rows

SIZE = (80, 24)
FORBIDDEN = "。，、；：）」』"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def rolled_draft(tmp_path: Path) -> Path:
    return make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))


def test_break_points_keep_closing_punctuation_off_a_line_start() -> None:
    text = "警告·第27行：去年报告承诺“完善制度建设”，今年的举措和成效中没有报告落实情况；请写明做了什么、成效如何。"
    for width in range(6, 40):
        cuts = [0, *break_points(text, width), len(text)]
        lines = [text[a:b] for a, b in itertools.pairwise(cuts)]
        assert "".join(lines) == text
        assert all(ln[0] not in NO_START for ln in lines[1:]), (width, lines)
        assert all(sum(2 if ord(c) > 0x2E80 else 1 for c in ln) <= width for ln in lines), (width, lines)
    # a run of Chinese after "## " stays on the heading's line
    assert break_points("## 二、2024年度推进法治政府建设存在的不足和原因", 30)[0] > 3


def test_fit_keeps_cut_labels_distinct() -> None:
    labels = ["健全行政决策制度体系（目录）", "健全行政决策制度体系（顾问）", "普法"]
    out = fit(labels, 16)
    assert len(set(out)) == 3 and out[2] == "普法"
    assert all("…" in t and sum(2 if ord(c) > 0x2E80 else 1 for c in t) <= 16 for t in out[:2])


def test_help_lists_every_key_readably_at_80x24() -> None:
    async def run() -> list[str]:
        app = DrafterApp(Launch())
        seen: list[str] = []
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            box = app.screen.query_one("#help-text")
            for _ in range(12):
                seen += rows(app, box)
                box.scroll_page_down(animate=False)
                await pilot.pause()
        return seen

    seen = asyncio.run(run())
    for key, what in [
        ("Ctrl+S", "保存"),
        ("F2", "报告设置"),
        ("F8 / Shift+F8", "下一部分"),
        ("F7 / Shift+F7", "下一个"),
        ("Ctrl+F", "查找"),
        ("Ctrl+P", "命令面板"),
        ("Ctrl+Q", "退出"),
    ]:
        assert any(re.search(rf"{re.escape(key)}\s+{what}", row) for row in seen), key
    assert not any("Ctrl…" in row for row in seen)


def test_help_breaks_lines_as_chinese_at_every_width() -> None:
    """The F1 help (a Markdown widget) at 80 columns and at browser widths: no line starts with 、 or 。."""

    async def run(size: tuple[int, int]) -> list[str]:
        app = DrafterApp(Launch())
        seen: list[str] = []
        async with app.run_test(size=size) as pilot:
            await pilot.press("f1")
            await pilot.pause()
            box = app.screen.query_one("#help-text")
            for _ in range(12):
                seen += rows(app, box)
                box.scroll_page_down(animate=False)
                await pilot.pause()
        return seen

    for size in [SIZE, (100, 30), (120, 36), (143, 36), (160, 40)]:
        shown = [r.strip(" •▎▊█▇▆▅▄▃▂▁") for r in asyncio.run(run(size))]
        assert "签发人、版头、印章" in "".join(shown), size  # F2 names the 版头 fields too
        assert not [r for r in shown if r and r[0] in FORBIDDEN], (size, [r for r in shown if r and r[0] in FORBIDDEN])


def test_outline_labels_are_distinct_and_tell_their_whole_title(tmp_path: Path) -> None:
    path = rolled_draft(tmp_path)

    async def run() -> None:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            outline = app.screen.query_one(Outline)
            nodes = [*outline._items.values(), *outline._commitments]
            labels = [str(n.label)[2:] for n in nodes]
            assert len(set(labels)) == len(labels)
            for node, label in zip(nodes, labels, strict=True):
                full = outline.full_title(node)
                assert label == full or ("…" in label and label != full)
            shown = rows(app, outline)
            assert any("…" in r for r in shown)  # at 80 columns some are cut …
            cut = next(n for n, lb in zip(nodes, labels, strict=True) if "…" in lb and n.line >= 0)
            await pilot.hover(Outline, offset=(6, cut.line - round(outline.scroll_y)))
            await pilot.pause()
            assert outline.tooltip == outline.full_title(cut)  # … and the whole title is one hover away

    asyncio.run(run())


def test_side_panel_never_starts_a_line_with_closing_punctuation(tmp_path: Path) -> None:
    path = rolled_draft(tmp_path)

    async def run() -> list[str]:
        app = DrafterApp(Launch(draft=path))
        seen: list[str] = []
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f3")  # at 80 columns the side panel takes the outline's place
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DraftScreen)
            for _ in range(4):
                guide, findings = screen.query_one("#guide"), screen.query_one("#findings")
                for w in (guide, findings):
                    for _ in range(8):
                        seen += rows(app, w)
                        w.scroll_page_down(animate=False)
                        await pilot.pause()
                await pilot.press("f8")
                await pilot.pause()
        return seen

    seen = [r.strip(" │▁▂▃▄▅▆▇█▔") for r in asyncio.run(run())]
    text = [r for r in seen if r]
    assert len(text) > 40 and any("承诺" in r for r in text)
    assert not [r for r in text if r[0] in FORBIDDEN], [r for r in text if r[0] in FORBIDDEN][:5]


def test_dialog_text_breaks_as_chinese(tmp_path: Path) -> None:
    """File names of every length up to a line: wherever the line would break, no 。，” starts the next."""

    async def shown_for(path: Path) -> list[str]:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            return rows(app, app.screen.query_one(".dialog-text"))

    for k in range(6, 12):  # the break moves back a character each time, over “.md”有 and ”
        folder = tmp_path / str(k)
        folder.mkdir()
        name = "辛集乡" + "二" * k + "年度报告（第二稿，请审阅）.md"
        path = make_draft("鲁山县辛集乡人民政府", "township", 2024, "", str(folder / name))
        copy = autosave_path(path)
        copy.write_text(path.read_text(encoding="utf-8") + "\n多写的一段。\n", encoding="utf-8")
        later = time.time() + 5
        os.utime(copy, (later, later))
        shown = [r.strip() for r in asyncio.run(shown_for(path)) if r.strip()]
        assert len(shown) >= 2 and "".join(shown).startswith("草稿“辛集乡")
        assert not [r for r in shown if r[0] in FORBIDDEN + "”"], shown


def test_a_part_heading_keeps_its_text_on_its_line(tmp_path: Path) -> None:
    path = rolled_draft(tmp_path)

    async def run() -> list[str]:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f3")  # the narrowest editor: side panel and editor side by side
            await pilot.press("f8")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, DraftScreen)
            screen.editor.scroll_home(animate=False)
            await pilot.pause()
            return rows(app, screen.editor)

    shown = asyncio.run(run())
    head = next(r for r in shown if "二、" in r)
    assert "二、2024" in head  # its words on its line, no markup before them
    assert not [r for r in shown if "#" in r or "<!--" in r]
    assert not [r for r in shown if r.strip() and r.strip()[0] in FORBIDDEN]
