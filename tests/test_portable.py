"""The portable pieces on their own: LibreOffice's places, GBK fallbacks, paths on two drives, process trees."""

from __future__ import annotations

import json
import ntpath
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from drafter import office, procs
from drafter.console import JSON, TEXT
from drafter.fsutil import common_folder, relative_under

# ------------------------------------------------------------------ LibreOffice's places


def _program(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_text("")
    path.chmod(0o755)
    return path


def test_libreoffice_found_where_windows_installs_it(tmp_path: Path) -> None:
    exe = _program(tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe")
    env = {"ProgramFiles": str(tmp_path / "Program Files"), "ProgramFiles(x86)": str(tmp_path / "none")}
    assert list(office.installed("win32", env)) == [str(exe)]
    assert list(office.installed("win32", {})) == []


def test_libreoffice_found_under_opt_and_usr_lib_newest_first(tmp_path: Path) -> None:
    old = _program(tmp_path / "opt" / "libreoffice7.6" / "program" / "soffice")
    new = _program(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    distro = _program(tmp_path / "usr" / "lib" / "libreoffice" / "program" / "soffice")
    assert list(office.installed("linux", {}, root=tmp_path)) == [str(new), str(old), str(distro)]


def test_drafter_soffice_still_wins(tmp_path: Path) -> None:
    named = _program(tmp_path / "my" / "soffice")
    assert office.soffice({"DRAFTER_SOFFICE": str(named)}) == str(named)
    assert office.soffice({"DRAFTER_SOFFICE": str(tmp_path / "absent")}) is None


def test_the_message_says_what_to_install() -> None:
    text = office.missing()
    assert "LibreOffice" in text and "DRAFTER_SOFFICE" in text and "安装" in text


# ------------------------------------------------------------------ a GBK console


def test_gbk_gets_symbols_it_has() -> None:
    assert "✓ 有 ◐ 并入 ✗ 缺 ⑪ 𠀀".encode("gbk", TEXT).decode("gbk") == "√ 有 ◎ 并入 × 缺 ⑾ ?"
    assert "✓".encode("gb18030", TEXT).decode("gb18030") == "✓"  # GB18030 holds all of Unicode


def test_json_escapes_keep_the_text_exact() -> None:
    doc = json.dumps({"t": "✓ 𠀀 报告"}, ensure_ascii=False)
    back = json.loads(doc.encode("gbk", JSON).decode("gbk"))
    assert back == {"t": "✓ 𠀀 报告"}


# ------------------------------------------------------------------ paths as Windows has them


def test_reports_on_two_drives() -> None:
    folders = [r"C:\报告\2025", r"D:\旧报告"]
    assert common_folder(folders, ntpath) == ""  # ntpath.commonpath raises: different drives
    assert relative_under(r"D:\旧报告\a.docx", "", ntpath) == r"D\旧报告\a.docx"
    assert relative_under(r"\\server\share\报告\a.docx", "", ntpath) == r"server_share\报告\a.docx"
    base = common_folder([r"C:\报告\2025", r"C:\报告\2024"], ntpath)
    assert base == r"C:\报告"
    assert relative_under(r"C:\报告\2024\a.docx", base, ntpath) == r"2024\a.docx"


def test_previous_report_on_another_drive_is_kept_absolute() -> None:
    with pytest.raises(ValueError):
        ntpath.relpath(r"D:\2024\报告.docx", r"C:\草稿")  # why drafts.previous_path catches ValueError


# ------------------------------------------------------------------ a converter's process tree


TREE = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
open(sys.argv[1], "w").write(str(child.pid))
time.sleep(600)
"""


def _ended(pid: int) -> bool:
    """Gone, or a zombie waiting for a reaper that never comes in some containers."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not procs.pid_alive(pid):
            return True
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.1)
    return False


def test_time_limit_ends_the_whole_tree(tmp_path: Path) -> None:
    script = tmp_path / "converter.py"
    script.write_text(textwrap.dedent(TREE))
    pidfile = tmp_path / "grandchild.pid"
    cmd = [sys.executable, str(script), str(pidfile)]
    timed_out, _ = procs.run_bounded(cmd, cwd=tmp_path, env=dict(os.environ), timeout=8, max_memory=1 << 30)
    assert timed_out
    assert pidfile.exists(), "the converter did not start its child within the limit"
    assert _ended(int(pidfile.read_text()))


def test_a_finished_run_reports_its_status(tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "raise SystemExit(3)"]
    assert procs.run_bounded(cmd, cwd=tmp_path, env=dict(os.environ), timeout=60) == (False, 3)


def test_pid_alive() -> None:
    assert procs.pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not procs.pid_alive(child.pid)
    assert not procs.pid_alive(0)
    assert procs.cpu_count() >= 1
