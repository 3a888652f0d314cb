"""Compiled patterns kept between runs (lazyre.compile): the same patterns, safe when the file is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

# a large CJK class (what the cache is for), flags, named groups, a lookbehind
PATTERNS = [
    ("[㐀-䶿一-鿿豈-\ufaff]{2,30}(?:局|办)$", 0),
    (r"(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})月", 0),
    (r"(?<![A-Za-z])[xX×]{2,}", 2),  # re.IGNORECASE
    ("^第[一二三四五六七八九十]{1,3}(?:部分|章|节)", 8),  # re.MULTILINE
]

PROBE = f"""
import re, sys
from drafter import lazyre
kept = set(lazyre._loaded())
for p, f in {PATTERNS!r}:
    rx = lazyre.compile(p, f)
    assert rx == re.compile(p, f) and rx.groupindex == re.compile(p, f).groupindex, p
print(sum((p, f) in kept for p, f in {PATTERNS!r}))
"""


def _run(cache: Path, **env: str) -> str:
    full = {**os.environ, "XDG_CACHE_HOME": str(cache), **env}
    full.pop("DRAFTER_NO_CACHE", None)
    full.update(env)
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=full, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def _file(cache: Path) -> Path:
    (found,) = (cache / "drafter").glob("re-*.bin")
    return found


def test_patterns_come_back_equal_from_the_file(tmp_path: Path) -> None:
    assert _run(tmp_path) == "0"  # first run: compiled, then kept
    assert _run(tmp_path) == str(len(PATTERNS))  # second run: every one from the file, equal to re.compile's


def test_a_corrupt_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    _run(tmp_path)
    f = _file(tmp_path)
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the CRC fails
    f.write_bytes(bytes(data))
    assert _run(tmp_path) == "0"
    assert _run(tmp_path) == str(len(PATTERNS))
    f.write_bytes(b"\x00\x01")  # too short to hold anything
    assert _run(tmp_path) == "0"


def test_code_this_python_refuses_is_compiled_anew(tmp_path: Path) -> None:
    """An entry with the right CRC but code ``_sre`` does not accept: compiled as if not kept."""
    import marshal
    import zlib

    _run(tmp_path)
    f = _file(tmp_path)
    entries = marshal.loads(f.read_bytes()[4:])
    for key, (flags, _code, groups, index, names) in list(entries.items()):
        entries[key] = (flags, b"\x9f\x86\x01\x00" * 3, groups, index, names)
    body = marshal.dumps(entries)
    f.write_bytes(zlib.crc32(body).to_bytes(4, "little") + body)
    assert _run(tmp_path) == str(len(PATTERNS))  # found in the file, refused by _sre, compiled: still equal
    fixed = marshal.loads(f.read_bytes()[4:])
    assert all(code != b"\x9f\x86\x01\x00" * 3 for _, code, *_ in fixed.values())  # and the good code written back


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    assert _run(tmp_path, DRAFTER_NO_CACHE="1") == "0"
    assert not (tmp_path / "drafter").exists()


def _dead_pid() -> int:
    """The id of a process that has ended."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_run_that_died_with_the_file_in_use_gets_it_deleted(tmp_path: Path) -> None:
    """Code ``_sre`` accepts can still crash the interpreter: a run that used the file and died (its mark
    left, its process gone) makes the next run delete the file rather than crash again."""
    _run(tmp_path)
    f = _file(tmp_path)
    assert not list(f.parent.glob("*.run"))  # a clean run takes its mark away
    f.with_name(f"{f.name}.{_dead_pid()}.run").touch()
    assert _run(tmp_path) == "0"  # not used: deleted, compiled anew, kept again
    assert not list(f.parent.glob("*.run"))
    assert _run(tmp_path) == str(len(PATTERNS))


def test_another_live_run_does_not_make_the_file_suspect(tmp_path: Path) -> None:
    _run(tmp_path)
    f = _file(tmp_path)
    mine = f.with_name(f"{f.name}.{os.getpid()}.run")  # this test's process: alive
    mine.touch()
    assert _run(tmp_path) == str(len(PATTERNS))
    assert mine.exists()


def test_the_file_is_keyed_by_the_regex_engine_limits_and_drafter_version() -> None:
    from drafter import __version__, lazyre

    path = lazyre._file()
    if path is None:  # caching off here, or this Python's internals not as expected
        return
    assert path.name.endswith(f"-{__version__}.bin")
    assert f"{sys.hexversion:x}" in path.name
