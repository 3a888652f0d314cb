"""Shared fixtures: the seed reports are read in place, never copied."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples on every run, so a landing never depends on luck;
# locally each run explores new ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def seed_paths() -> list[Path]:
    """The seed reports; a test that needs them is skipped where shared/ is not beside the project."""
    paths = sorted(SEEDS.glob("0*.txt"))
    if not paths:
        pytest.skip("shared/corpus/seeds not present beside the project")
    return paths


def seed(prefix: str) -> Path:
    return next(p for p in seed_paths() if p.name.startswith(prefix))


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m drafter`` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        input=stdin,
        timeout=120,
    )


@pytest.fixture(scope="session", autouse=True)
def _no_user_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes the user's config (recent drafts) or cache: XDG_CONFIG_HOME and XDG_CACHE_HOME are
    private folders for the whole run (shared by its tests: a warm cache, as a user has), inherited by the
    processes tests start; a test that needs one of its own sets it again."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("shared/corpus/seeds not present beside the project")
    return SEEDS


@pytest.fixture(scope="session")
def seed_formats(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds 001, 003, 004 as .docx, .doc, .odt and .pdf (tests/formats.py); skipped without LibreOffice."""
    from .formats import make_formats

    return make_formats(tmp_path_factory.mktemp("formats") / "")
