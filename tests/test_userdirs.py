"""The cache and settings folders on each platform (drafter/userdirs.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from drafter import userdirs


@pytest.fixture
def bare(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No XDG folders set, a home of the test's own."""
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "DRAFTER_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    return tmp_path


def test_windows_keeps_caches_locally_and_settings_in_the_roaming_profile(
    bare: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(bare / "Local"))
    monkeypatch.setenv("APPDATA", str(bare / "Roaming"))
    assert userdirs.cache_dir() == bare / "Local" / "drafter"
    assert userdirs.config_dir() == bare / "Roaming" / "drafter"


def test_linux_uses_the_home_folders(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LOCALAPPDATA", str(bare / "Local"))  # a stray Windows variable is not looked at
    assert userdirs.cache_dir() == bare / "home" / ".cache" / "drafter"
    assert userdirs.config_dir() == bare / "home" / ".config" / "drafter"


def test_xdg_folders_win_and_the_cache_can_be_turned_off(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("XDG_CACHE_HOME", str(bare / "c"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(bare / "s"))
    assert userdirs.cache_dir() == bare / "c" / "drafter"
    assert userdirs.config_dir() == bare / "s" / "drafter"
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert userdirs.cache_dir() is None


def test_every_cache_lives_in_the_one_folder(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The TOML copies, compiled patterns and checklists all go under cache_dir(): one folder to clear."""
    from drafter import checklists, lazyre, resources

    monkeypatch.setenv("XDG_CACHE_HOME", str(bare / "c"))
    root = bare / "c" / "drafter"
    assert checklists.cache_dir() == root
    kept = resources._kept(Path(resources.__file__))
    assert kept is not None and root in kept.parents
    if lazyre._file() is not None:  # None where this Python's regex internals are not as expected
        assert lazyre._file().parent == root  # type: ignore[union-attr]
