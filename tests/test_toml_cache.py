"""Data files read each run (units.toml, words.toml) are parsed once and kept: never stale, safe when broken."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from drafter.resources import _kept, read_toml


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    return tmp_path


def test_kept_copy_is_what_tomllib_gives_and_follows_edits(cache: Path) -> None:
    f = cache / "units.toml"
    f.write_text('[[rules]]\ntype = "township"\nwords = ["镇"]\n', encoding="utf-8")
    first = read_toml(f)
    assert first == tomllib.loads(f.read_text(encoding="utf-8"))
    kept = _kept(f)
    assert kept is not None and kept.is_file()
    assert read_toml(f) == first  # from the kept copy
    f.write_text('[[rules]]\ntype = "department"\nwords = ["局", "办"]\n', encoding="utf-8")
    os.utime(f, ns=(1, 1))
    assert read_toml(f)["rules"][0]["type"] == "department"  # edited: parsed again


def test_a_broken_kept_copy_is_ignored(cache: Path) -> None:
    f = cache / "words.toml"
    f.write_text('leaders = ["书记"]\n', encoding="utf-8")
    read_toml(f)
    kept = _kept(f)
    assert kept is not None
    for junk in ("{not json", '{"stamp": 1, "data": []}', '["a"]'):
        kept.write_text(junk, encoding="utf-8")
        assert read_toml(f) == {"leaders": ["书记"]}


def test_bad_toml_raises_as_tomllib_does_and_dates_are_not_kept(cache: Path) -> None:
    bad = cache / "bad.toml"
    bad.write_text("leaders = [", encoding="utf-8")
    with pytest.raises(ValueError):
        read_toml(bad)
    dated = cache / "dated.toml"
    dated.write_text("when = 2024-01-01\n", encoding="utf-8")
    assert read_toml(dated) == tomllib.loads("when = 2024-01-01\n")
    kept = _kept(dated)
    assert kept is not None and not kept.exists()


def test_no_cache_keeps_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    f = cache / "units.toml"
    f.write_text("rules = []\n", encoding="utf-8")
    assert read_toml(f) == {"rules": []} and _kept(f) is None
    assert not (cache / "cache").exists()
