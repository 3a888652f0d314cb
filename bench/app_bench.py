"""App timings: start to first paint of the drafting screen, one re-check while typing, and the screen's refresh after it.

    python bench/app_bench.py

The re-check (assemble → read → checks.check) runs after every pause in
typing, so it must stay small: the goal is ≤ 5 ms for a 10,000-character draft
with one paragraph edited since the last check, as the app does it (the
drafting screen's ``Memo`` keeps the last reading, into which ``splice``
splices the edited paragraph, and what unchanged paragraphs and parts gave). Each figure is printed beside a baseline measured in the same run
(merely reading the text; the same re-check with a fresh memo), so a slow
machine shows as slow baseline too.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.app import drafts
from drafter.readers.markdown import read_text

PARA = (
    "全年调处矛盾纠纷160件，人民调解成功率95%，信访事项依法办理。聘请法律顾问1名，审查合同12份，"
    "开展“法律进乡村”活动15场，覆盖群众3000余人次。"
)


def big_draft(chars: int = 10_000) -> str:
    """A township draft of about ``chars`` characters of body text, all four parts filled."""
    text = drafts.blank("辛集乡人民政府", "township", 2025)
    head, _, body = text.partition("\n+++\n")
    parts = body.split("\n## ")
    per = max(1, chars // len(PARA) // 4)
    filled = [parts[0]] + [p.rstrip("\n") + "\n\n" + "\n\n".join([PARA] * per) + "\n" for p in parts[1:]]
    return head + "\n+++\n" + "\n## ".join(filled)


def timeit(fn, n: int = 50) -> float:  # type: ignore[no-untyped-def]
    """Median milliseconds of ``n`` calls (after one warm-up)."""
    fn()
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def editor(text: str):  # type: ignore[no-untyped-def]
    """A function giving ``text`` with its longest paragraph edited once more at each call
    (the writer typed one more character into one paragraph)."""
    lines = text.split("\n")
    at = max(range(len(lines)), key=lambda i: len(lines[i]))
    first = lines[at]
    n = [0]

    def edited() -> str:
        n[0] += 1
        lines[at] = first + "新" * (n[0] % 50) + str(n[0])
        return "\n".join(lines)

    return edited


def recheck() -> None:
    text = big_draft()
    body_chars = len(text.partition("\n+++\n")[2])
    from drafter.checks import Memo
    from drafter.draft import split_front_matter, validate

    meta = validate(split_front_matter(text)[0])  # type: ignore[arg-type]
    cl = drafts.checklist_for(meta)
    read = timeit(lambda: read_text(text))
    from drafter.readers import splice

    typed, kept = editor(text), [splice.read(text)]

    def reread() -> None:
        kept[0] = splice.reread(typed(), kept[0])

    spliced = timeit(reread)
    assert kept[0].spliced
    full = timeit(lambda: drafts.run_check(text, cl))
    edited, memo = editor(text), Memo()
    cold = timeit(lambda: drafts.run_check(edited(), cl))
    live = timeit(lambda: drafts.run_check(edited(), cl, memo=memo))
    print(f"draft: {body_chars} characters")
    print(f"  baseline  read_text only          {read:7.2f} ms")
    print(
        f"  re-read, one paragraph edited     {spliced:7.2f} ms   (spliced into the last reading: "
        f"{spliced / read:.2f}× the read)"
    )
    print(
        f"  re-check  read_text + check       {full:7.2f} ms   (a fresh memo: every paragraph checked; "
        f"{full / read:.1f}× the read)"
    )
    print(f"  re-check, one paragraph edited    {cold:7.2f} ms   (a fresh memo: the baseline for the next line)")
    print(
        f"  re-check as the app does it       {live:7.2f} ms   (goal ≤ 5 ms; {live / cold:.2f}× the fresh memo, "
        f"{live / read:.1f}× the read)"
    )
    recheck_with_previous(cl)


def seed_draft(chars: int = 10_000) -> str:
    """A draft of about ``chars`` characters of distinct paragraphs (the seed reports' long lines)."""
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"
    pool = [x for p in sorted(seeds.glob("0*.txt")) for x in p.read_text(encoding="utf-8").splitlines() if len(x) > 60]
    if not pool:
        raise SystemExit(f"no seed reports in {seeds}: put shared/ beside the project (a worktree needs a link)")
    text = drafts.blank("辛集乡人民政府", "township", 2025)
    head, _, body = text.partition("\n+++\n")
    parts = body.split("\n## ")
    chunks: list[list[str]] = [[], [], [], []]
    total = 0
    for i, para in enumerate(pool):
        if total >= chars:
            break
        chunks[i % 4].append(para)
        total += len(para)
    filled = [parts[0]] + [
        p.rstrip("\n") + "\n\n" + "\n\n".join(c) + "\n" for p, c in zip(parts[1:], chunks, strict=False)
    ]
    return head + "\n+++\n" + "\n## ".join(filled)


def recheck_with_previous(cl) -> None:  # type: ignore[no-untyped-def]
    """Copies of last year live: a draft of distinct paragraphs checked against last year's report
    (the same draft with its figures changed, so every paragraph is a copy: the worst case), with
    one paragraph edited between checks as when typing; with a fresh memo each time, then with
    the session's memo as the app keeps it."""
    import re

    from drafter.checks import Memo, previous, shingles

    text = seed_draft()
    head, sep, body = text.partition("\n+++\n")
    last_year = read_text(head + sep + re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), body))
    edited = editor(text)
    plain = timeit(lambda: drafts.run_check(edited(), cl))
    live = timeit(lambda: drafts.run_check(edited(), cl, previous=last_year))
    memo, memo_prev = Memo(), Memo()
    plain_s = timeit(lambda: drafts.run_check(edited(), cl, memo=memo))
    live_s = timeit(lambda: drafts.run_check(edited(), cl, previous=last_year, memo=memo_prev))
    shingles.shingles.cache_clear()
    previous._best_match.cache_clear()
    previous._INDEXES.clear()
    t = time.perf_counter()
    res = drafts.run_check(edited(), cl, previous=last_year)
    cold = (time.perf_counter() - t) * 1000
    copies = sum(f.rule == "copied-from-previous" for f in res.findings)
    print(f"draft of distinct paragraphs: {len(body)} characters")
    print(f"  re-check, one paragraph edited    {plain:7.2f} ms   (baseline for the next line)")
    print(f"  + copies of last year (previous)  {live:7.2f} ms   (+{live - plain:.2f} ms; {copies} copies)")
    print(
        f"  as the app does it (session memo) {plain_s:7.2f} ms   (goal ≤ 5 ms; {plain_s / plain:.2f}× the fresh memo)"
    )
    print(
        f"  + copies of last year (previous)  {live_s:7.2f} ms   (+{live_s - plain_s:.2f} ms; goal ≤ +5 ms; "
        f"{live_s / live:.2f}× the fresh memo)"
    )
    print(f"  first check with previous (cold)  {cold:7.2f} ms   (once, when the draft opens)")


async def _first_paint(path: Path) -> float:
    from drafter.app.app import DrafterApp, Launch
    from drafter.app.screens.draft import DraftScreen

    t = time.perf_counter()
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, DraftScreen) and app.screen.is_mounted and app.screen.result):
            await pilot.pause(0.005)
        return (time.perf_counter() - t) * 1000


async def _bare_paint() -> float:
    """Baseline: an empty Textual app with a header, footer and text area."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, TextArea

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield TextArea()
            yield Footer()

    t = time.perf_counter()
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return (time.perf_counter() - t) * 1000


async def _typing(path: Path, keys: int) -> tuple[list[float], list[float]]:
    """CPU seconds of each re-check (the worker thread's) and of each refresh of the screen after it (the
    screen's thread: the side panel, the outline), typing ``keys`` characters, each waited for its re-check."""
    from drafter.app.app import DrafterApp, Launch
    from drafter.app.screens import draft as screen_module

    checks: list[float] = []
    refreshes: list[float] = []
    run_check, refresh = drafts.run_check, screen_module.DraftScreen._refresh

    def timed_check(*a, **k):  # type: ignore[no-untyped-def]
        t = time.thread_time()
        got = run_check(*a, **k)
        checks.append(time.thread_time() - t)
        return got

    def timed_refresh(self) -> None:  # type: ignore[no-untyped-def]
        t = time.thread_time()
        refresh(self)
        refreshes.append(time.thread_time() - t)

    drafts.run_check, screen_module.DraftScreen._refresh = timed_check, timed_refresh  # type: ignore[method-assign]
    try:
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=(120, 40)) as pilot:
            scr = app.screen
            while not (isinstance(scr, screen_module.DraftScreen) and scr.is_mounted and scr.result):
                await pilot.pause(0.01)
                scr = app.screen
            await pilot.pause(0.2)
            checks.clear()
            refreshes.clear()
            for _ in range(keys):
                await pilot.press("x")
                version = scr.buffer.version
                while scr.checked_version < version:
                    await pilot.pause(0.02)
    finally:
        drafts.run_check, screen_module.DraftScreen._refresh = run_check, refresh  # type: ignore[method-assign]
    return checks, refreshes


def typing(keys: int = 12) -> None:
    """Typing in the app: what each pause costs the screen's own thread after the re-check (the side panel
    shown anew), beside the re-check itself (the baseline)."""
    with tempfile.TemporaryDirectory() as d:
        os.environ["XDG_CONFIG_HOME"] = d
        path = Path(d) / "draft.md"
        path.write_text(seed_draft(), encoding="utf-8")
        checks, refreshes = asyncio.run(_typing(path, keys))
    check, refresh = statistics.median(checks) * 1000, statistics.median(refreshes) * 1000
    print(f"typing in the app ({keys} keys, each waited for its re-check; CPU, medians)")
    print(f"  baseline  re-check (worker thread) {check:7.2f} ms")
    print(f"  screen refreshed after it           {refresh:7.2f} ms   ({refresh / check:.2f}× the re-check)")


def first_paint(n: int = 5) -> None:
    with tempfile.TemporaryDirectory() as d:
        os.environ["XDG_CONFIG_HOME"] = d
        path = Path(d) / "draft.md"
        path.write_text(big_draft(), encoding="utf-8")
        asyncio.run(_first_paint(path))  # warm imports and caches
        ours = statistics.median(asyncio.run(_first_paint(path)) for _ in range(n))
        bare = statistics.median(asyncio.run(_bare_paint()) for _ in range(n))
    print("start → drafting screen mounted and checked (run_test, 120×40)")
    print(f"  baseline  bare Textual app        {bare:7.1f} ms")
    print(f"  drafter   10,000-character draft  {ours:7.1f} ms   ({ours / bare:.1f}× the bare app)")


if __name__ == "__main__":
    recheck()
    typing()
    first_paint()
