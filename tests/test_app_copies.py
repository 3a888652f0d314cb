"""The app shows paragraphs copied from last year's report (the draft's `previous`) as the writer types."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.start import make_draft

from .conftest import seed
from .helpers.app import rows, until
from .helpers.app import settle as _settle  # waits on the check, not on 0.4 s that raced the 0.3 s debounce

NEW = "全年承接县级下放行政处罚权59项，综合行政执法办理案件23件，调处矛盾纠纷160件，人民调解成功率95%。"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def _draft(tmp_path: Path, previous: str) -> tuple[Path, str]:
    """A draft naming last year's report (seed 000), whose measures repeat one of its paragraphs."""
    (tmp_path / "去年.txt").write_bytes(seed("000").read_bytes())
    old = next(x for x in seed("000").read_text(encoding="utf-8").splitlines() if x.startswith("持续优化接诉即办"))
    copied = old.replace("3万余件", "4万余件").replace("99.56%", "99.8%")
    path = Path(make_draft("鲁山县人民政府办公室", "department", 2024, "", str(tmp_path / "今年.md")))
    text = path.read_text(encoding="utf-8").replace("\n+++\n", f'\nprevious = "{previous}"\n+++\n', 1)
    head, sep, rest = text.partition("\n## 一、")
    first, nl, after = rest.partition("\n")
    path.write_text(f"{head}{sep}{first}{nl}\n{NEW}\n\n{copied}\n{after}", encoding="utf-8")
    return path, old


def _copies_shown(app: DrafterApp) -> bool:
    screen = app.screen
    return isinstance(screen, DraftScreen) and bool(screen.query_one("#copies-text", Static).display)


def test_side_panel_lists_copies_of_last_year_live(tmp_path: Path) -> None:
    path, old = _draft(tmp_path, "去年.txt")

    async def run() -> None:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: _copies_shown(app), "the copies box")
            screen = app.screen
            assert isinstance(screen, DraftScreen) and screen.previous is not None
            box = screen.query_one("#copies-text", Static)
            shown = str(box.content)
            assert "照搬去年（本部分1段）" in shown and "去年第" in shown and old[:10] in shown
            editor = screen.query_one("#editor", TextArea)
            row = next(i for i, line in enumerate(editor.text.splitlines()) if line.startswith("持续优化"))
            # said as the writer sees it (the editor shows no line numbers): the part and the paragraph
            assert f"举措和成效第{screen.view.paragraph_number(row)}段" in shown
            # one blank row parts it from the guide below: the narrow panel has no rows to spare
            box_rows = [r.strip() for r in rows(app, box)]
            assert box_rows[0].startswith("照搬去年") and box_rows[-1] == "" and box_rows[-2] != "", box_rows
            # the writer rewrites the copied paragraph: the section disappears as they type
            editor.text = editor.text.replace(
                editor.text.splitlines()[row], "今年新建12345热线工单闭环督办机制，回访群众2100人次。"
            )
            await _settle(pilot, app)
            assert not box.display
            assert not [f for f in screen.result.findings if f.rule == "copied-from-previous"]  # type: ignore[union-attr]

    asyncio.run(run())


def test_unreadable_previous_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    path, _ = _draft(tmp_path, "不存在.txt")

    async def run() -> None:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=(120, 40)) as pilot:
            # the notice comes when the draft screen has tried last year's report: wait on it, not on one pause
            await until(pilot, lambda: any("不存在.txt" in str(n.message) for n in app._notifications), "notice")
            screen = app.screen
            assert isinstance(screen, DraftScreen) and screen.previous is None
            assert not screen.query_one("#copies-text", Static).display

    asyncio.run(run())
