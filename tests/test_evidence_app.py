"""In the app, selecting a checklist item in the outline puts the cursor on the sentence that covers it."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from drafter.app.app import DrafterApp, Launch
from drafter.app.widgets.outline import Outline

from .conftest import ROOT
from .helpers.app import draft_screen, settle


def test_selecting_a_covered_item_jumps_to_its_evidence(tmp_path: Path) -> None:
    path = tmp_path / "县政府.md"
    shutil.copy(ROOT / "examples" / "drafts" / "county_gov_2025.md", path)

    async def go() -> None:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot, app)
            screen = draft_screen(app)
            assert screen.result is not None
            res = next(
                r
                for r in screen.result.items.values()
                if r.status == "covered" and r.col > 0 and r.item.part == "measures"
            )
            outline = screen.query_one(Outline)
            outline.select_node(outline._items[res.item.id])
            await pilot.pause()
            assert res.line is not None
            section, row = screen.buffer.locate(res.line)
            assert screen.current == section
            assert screen.editor.cursor_location == (row, res.col)
            line = screen.editor.text.split("\n")[row]
            assert line[res.col :].startswith((res.evidence or "")[:6])

    asyncio.run(go())
