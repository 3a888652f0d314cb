"""With a root (serve; ``edit --root``) the paths a draft names stay inside it: a ``previous`` outside is
refused before it is opened, with the same line whether or not a file is there."""

from __future__ import annotations

from pathlib import Path

from drafter.app.app import DrafterApp, Launch

from .conftest import seed
from .helpers.app import _home, aio, draft_screen, new_draft  # noqa: F401 (_home: autouse)


def _with_previous(root: Path, name: str, previous: str) -> Path:
    path = new_draft(root, name)
    text = path.read_text(encoding="utf-8").replace('fonts = "gb2312"', f'fonts = "gb2312"\nprevious = "{previous}"', 1)
    path.write_text(text, encoding="utf-8")
    return path


async def _previous_of(path: Path, root: Path | None) -> tuple[object, str | None]:
    app = DrafterApp(Launch(draft=path, root=root))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        return screen.previous, screen._previous_error


@aio
async def test_previous_outside_the_root_is_refused_alike_whether_it_exists(tmp_path: Path) -> None:
    root, outside = tmp_path / "work", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_bytes(seed("001").read_bytes())
    (root / "last.txt").write_bytes(seed("001").read_bytes())
    cases = {
        "rel-there": "../outside/secret.txt",
        "rel-missing": "../outside/nothere.txt",
        "abs-there": str(outside / "secret.txt"),
        "abs-missing": str(outside / "nothere.txt"),
    }
    said = {}
    for key, previous in cases.items():
        doc, error = await _previous_of(_with_previous(root, f"{key}.md", previous), root)
        assert doc is None and error is not None, key
        assert f"不在文件夹 {root.resolve()} 中" in error and "无法读取" not in error, error
        said[key] = error.replace(previous, "PATH")
    assert len(set(said.values())) == 1, said  # nothing tells whether a file is there
    # a link inside the root that leads out is outside too
    (root / "link.txt").symlink_to(outside / "secret.txt")
    doc, error = await _previous_of(_with_previous(root, "link.md", "link.txt"), root)
    assert doc is None and error is not None and "不在文件夹" in error
    # inside the root it is read; without a root (the terminal app's default) as before
    doc, error = await _previous_of(_with_previous(root, "ok.md", "last.txt"), root)
    assert doc is not None and error is None
    doc, error = await _previous_of(_with_previous(root, "free.md", "../outside/secret.txt"), None)
    assert doc is not None and error is None
