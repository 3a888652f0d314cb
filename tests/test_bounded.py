"""Bounded reads: devices, FIFOs, links, oversize files and zips whose headers lie."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import threading
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

import pytest

from drafter.readers import ReadError, read_path
from drafter.readers.limits import TooLarge, inflate_member, read_bounded

from .conftest import ROOT, run_cli

REPORT = "青山县司法局关于2024年度法治政府建设情况的报告\n\n一、主要举措和成效\n全年评查案卷41卷。\n"


def test_dev_zero_is_refused_not_read() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(ReadError, match="不是普通文件"):
        read_path("/dev/zero")


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "r.txt"
    os.mkfifo(fifo)
    done: list[BaseException | None] = []

    def go() -> None:
        try:
            read_path(fifo)
        except BaseException as e:
            done.append(e)
        else:
            done.append(None)

    t = threading.Thread(target=go, daemon=True)
    t.start()
    t.join(20)
    if t.is_alive():  # unblock the reader so the test process can end, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a FIFO blocked")
    assert isinstance(done[0], ReadError) and "不是普通文件" in str(done[0])


def test_read_bounded_reads_at_most_limit_plus_one(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * 100)
    assert read_bounded(p, 100) == b"x" * 100
    with pytest.raises(ReadError, match="过大"):
        read_bounded(p, 99)


def test_dangling_link_and_loop_in_a_folder_are_listed_as_unreadable(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    r = run_cli("lint", str(tmp_path), "--format", "json")
    assert r.returncode == 2, r.stderr
    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert "失效的链接" in files["gone.txt"]["error"]
    assert "循环" in files["loop.txt"]["error"]
    assert "error" not in files["good.txt"]


def test_fifo_in_a_folder_is_listed_not_awaited(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    r = run_cli("lint", str(tmp_path), "--format", "json")
    assert r.returncode == 2
    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert "不是普通文件" in files["pipe.txt"]["error"]


# ------------------------------------------------------------ zips that lie


def _faked_zip(path: Path, name: str, real_size: int, claimed: int) -> None:
    """A zip whose one member inflates to ``real_size`` bytes but whose headers claim ``claimed``."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b" " * (1024 * 1024)
    out = BytesIO()
    crc = 0
    for _ in range(real_size // len(block)):
        out.write(comp.compress(block))
        crc = zlib.crc32(block, crc)
    out.write(comp.flush())
    data = out.getvalue()
    fname = name.encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), claimed, len(fname), 0)
    central = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), claimed, len(fname), 0, 0, 0, 0, 0, 0
    )
    with path.open("wb") as f:
        f.write(local + fname + data)
        cd_at = f.tell()
        f.write(central + fname)
        cd_size = f.tell() - cd_at
        f.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, cd_size, cd_at, 0))


_MEASURE = """
import resource, sys
from drafter.readers import ReadError, read_path
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    read_path(sys.argv[1])
    outcome = "read"
except ReadError as e:
    outcome = "refused: " + str(e)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) // 1024, outcome)
"""


@pytest.mark.parametrize("claimed", [1000, 64 * 1024 * 1024])
def test_zip_with_faked_sizes_stays_under_100_mb(tmp_path: Path, claimed: int) -> None:
    """300 MB of XML behind headers claiming 1 KB (under every ratio check) or 64 MB."""
    bomb = tmp_path / "bomb.docx"
    _faked_zip(bomb, "word/document.xml", 300 * 1024 * 1024, claimed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # a fresh process, so the peak measured is this read's and nothing earlier's
    r = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(bomb)], capture_output=True, text=True, env=env, timeout=300
    )
    extra_mb, outcome = r.stdout.split(" ", 1)
    assert outcome.startswith("refused"), r.stdout + r.stderr
    assert int(extra_mb) < 100, r.stdout


def test_inflate_member_stops_at_limit_whatever_the_header_says(tmp_path: Path) -> None:
    p = tmp_path / "z.zip"
    _faked_zip(p, "a.xml", 8 * 1024 * 1024, 100 * 1024 * 1024)
    with zipfile.ZipFile(p) as zf:
        with pytest.raises(TooLarge):
            inflate_member(zf, "a.xml", 1024 * 1024)
        assert len(inflate_member(zf, "a.xml", 9 * 1024 * 1024)) == 8 * 1024 * 1024  # its real size
