"""Data files read each run (units.toml, words.toml) are parsed once and kept: never stale, safe when broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from drafter import resources
from drafter.resources import _kept, read_toml

from .conftest import ROOT


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    monkeypatch.setattr(resources, "_READ", {})  # each test a run of its own: nothing read yet
    return tmp_path


def _new_run() -> None:
    """What another run of drafter sees: the kept copies, not this run's reads (``read_toml`` reads a file's
    data once a run)."""
    resources._READ.clear()


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


def _forged(kept: Path, data: object) -> None:
    """Write a kept copy that is whole (stamp and checksum right) but holds ``data``: edited by hand with
    care, or left by another version of drafter that kept these files differently."""
    import zlib

    head, _, _ = kept.read_bytes().partition(b"\n")
    meta = json.loads(head)
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    meta["sum"] = zlib.crc32(body)
    kept.write_bytes(json.dumps(meta).encode("utf-8") + b"\n" + body)


def _lint(cache: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DRAFTER_NO_CACHE", "DRAFTER_CHECKLISTS", "DRAFTER_DEBUG")}
    env["XDG_CACHE_HOME"] = str(cache)
    example = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    cmd = [sys.executable, "-m", "drafter", "lint", str(example), "--format", "json"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_a_kept_copy_that_fails_validation_is_parsed_again(tmp_path: Path) -> None:
    """Real runs on a real cache: each shipped data file's kept copy replaced by wrong but whole data
    (valid JSON, right stamp and checksum): the run is as before, and the copy is rewritten right."""
    cache = tmp_path / "cache"
    first = _lint(cache)
    assert first.returncode == 1, first.stderr
    kept = sorted((cache / "drafter" / "toml").glob("*.json"))
    names = {k.name.split("-")[0] for k in kept}
    assert {"units", "words", "patterns"} <= names, names
    for wrong in ({"rules": [{"type": 5}], "leaders": 3, "placeholders": "x"}, {"rules": "没有", "enumerators": [1]}):
        for k in kept:
            _forged(k, wrong)
        again = _lint(cache)
        assert (again.returncode, again.stdout) == (first.returncode, first.stdout), again.stderr
        for k in kept:
            _, _, body = k.read_bytes().partition(b"\n")
            assert json.loads(body) != wrong, k.name  # rewritten from the TOML


def test_a_bad_toml_is_still_an_error_with_a_good_kept_copy(cache: Path) -> None:
    from drafter.readers.errors import ReadError
    from drafter.resources import checked

    f = cache / "units.toml"
    f.write_text('rules = "不是列表"\n', encoding="utf-8")

    def load(fresh: bool) -> list[object]:
        rules = read_toml(f, fresh=fresh)["rules"]
        if not isinstance(rules, list):
            raise ReadError("rules 须是列表")
        return rules

    with pytest.raises(ReadError):
        checked(load)
    kept = _kept(f)
    assert kept is not None and kept.is_file()
    _forged(kept, {"rules": []})  # a right-looking copy of a wrong file: stamps match, so it is believed
    _new_run()  # by the next run (this one has read the file itself)
    assert checked(load) == []
    f.write_text("rules = [\n", encoding="utf-8")  # the TOML itself broken: an error, whatever is kept
    with pytest.raises(ValueError):
        checked(load)


def test_a_copy_in_the_old_one_line_form_or_edited_is_parsed_again(cache: Path) -> None:
    f = cache / "words.toml"
    f.write_text('leaders = ["书记"]\n', encoding="utf-8")
    read_toml(f)
    kept = _kept(f)
    assert kept is not None
    head = kept.read_bytes().partition(b"\n")[0]
    stamp = json.loads(head)["stamp"]
    kept.write_text(json.dumps({"stamp": stamp, "data": {"leaders": ["旧"]}}), encoding="utf-8")
    assert read_toml(f) == {"leaders": ["书记"]}
    kept.write_bytes(kept.read_bytes().replace("书记".encode(), "局长".encode()))  # edited: checksum differs
    assert read_toml(f) == {"leaders": ["书记"]}
