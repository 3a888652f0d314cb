"""The README keeps its promises: short, the two set-up commands first, and every `drafter …` it shows runs.

`.ci/run` executes line 2 of the README's first code block verbatim, so those two lines are pinned here byte
for byte. The example commands run in-process in a copy of `examples/` (the README's paths are relative to the
project folder); those that open the app (`new`, `edit`, `serve`) are only parsed, since they would wait for a
user. An example that exits 2 is a usage error or a file the README names that is not there.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from drafter import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SETUP = (
    'python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]" && .venv/bin/drafter lint examples/ --summary',
    'python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]" && .venv/bin/python -m pytest -n 2',
)
APP_COMMANDS = {"new", "edit", "serve"}


def _blocks(text: str) -> list[list[str]]:
    """The fenced code blocks, each as its lines."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append(current)
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def _examples() -> list[str]:
    """Every `drafter …` line of the README's code blocks after the first, without its trailing comment."""
    lines = [line for block in _blocks(README.read_text(encoding="utf-8"))[1:] for line in block]
    return [re.sub(r"\s+#.*$", "", line).strip() for line in lines if line.startswith("drafter")]


def test_readme_is_short() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 150, f"README.md has {len(lines)} lines; the rest belongs in docs/"


def test_readme_starts_with_the_two_setup_commands() -> None:
    first = [line for line in _blocks(README.read_text(encoding="utf-8"))[0] if line.strip()]
    assert tuple(first) == SETUP


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = "".join(ch for ch in heading.strip().lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


@pytest.mark.parametrize("page", [README, *sorted((ROOT / "docs").glob("*.md"))], ids=lambda p: p.name)
def test_links_and_pictures_are_there(page: Path) -> None:
    """README.md and docs/ link only to files (and headings) that exist; pictures stay small."""
    text = page.read_text(encoding="utf-8")
    for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path = (page.parent / target).resolve() if target else page
        assert path.exists(), f"{page.name} links to {target}, which is not there"
        if anchor and path.suffix == ".md":
            headings = re.findall(r"^#+\s+(.+)$", path.read_text(encoding="utf-8"), flags=re.M)
            assert anchor in {_anchor(h) for h in headings}, f"{page.name} links to {target}#{anchor}: no such heading"
    for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
        assert (page.parent / picture).stat().st_size < 200_000, f"{picture} should stay under 200 KB"


def test_readme_shows_examples() -> None:
    commands = {shlex.split(c)[1] for c in _examples() if len(shlex.split(c)) > 1}
    assert {"lint", "new", "template", "render"} <= commands


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """The command as the installed `drafter` runs it; app commands parsed only. Returns the exit status."""
    monkeypatch.setattr(sys, "argv", ["drafter", *argv])
    try:
        if argv and argv[0] in APP_COMMANDS:
            cli.build_parser().parse_args(argv)
            return 0
        return cli.main(argv)
    except SystemExit as e:  # --help, or a usage error
        return e.code if isinstance(e.code, int) else 2


@pytest.fixture
def project_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The README's relative paths, in a folder of their own: the examples' outputs land there."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


@pytest.mark.parametrize("command", _examples())
def test_readme_example_runs(command: str, project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = shlex.split(command)[1:]
    status = _run(argv, monkeypatch)
    assert status in (0, 1), f"`{command}` exited {status}"


def test_every_rule_is_described_in_the_users_guide_to_lint() -> None:
    """A finding's rule id is what a reviewer looks up and what a dismissal names: docs/lint.md describes every
    registered rule (four rules landed without a word there)."""
    from drafter.checks.registry import rules
    from drafter.checks.rule import declared

    rules()
    guide = (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    assert [rid for rid in declared() if f"`{rid}`" not in guide] == []
