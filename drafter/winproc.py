"""Windows' own process calls (kernel32 through ctypes): Job objects and a liveness test.

Imported on Windows only. A Job object holds a converter and everything it starts: a per-process
memory (commit) limit, terminated as a whole at the time limit, and killed when its handle closes.
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Callable
from ctypes import wintypes
from pathlib import Path
from typing import Any

assert sys.platform == "win32"  # mypy checks the rest for Windows only

_k32 = ctypes.WinDLL("kernel32", use_last_error=True)
_k32.CreateJobObjectW.restype = wintypes.HANDLE
_k32.CreateJobObjectW.argtypes = [wintypes.LPVOID, wintypes.LPCWSTR]
_k32.SetInformationJobObject.restype = wintypes.BOOL
_k32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, wintypes.LPVOID, wintypes.DWORD]
_k32.AssignProcessToJobObject.restype = wintypes.BOOL
_k32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
_k32.TerminateJobObject.restype = wintypes.BOOL
_k32.TerminateJobObject.argtypes = [wintypes.HANDLE, wintypes.UINT]
_k32.CloseHandle.restype = wintypes.BOOL
_k32.CloseHandle.argtypes = [wintypes.HANDLE]
_k32.OpenProcess.restype = wintypes.HANDLE
_k32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
_k32.GetExitCodeProcess.restype = wintypes.BOOL
_k32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
_k32.GetCurrentProcess.restype = wintypes.HANDLE
_k32.SetConsoleCtrlHandler.restype = wintypes.BOOL
_k32.SetConsoleCtrlHandler.argtypes = [wintypes.LPVOID, wintypes.BOOL]

JOB_EXTENDED_LIMITS = 9  # JobObjectExtendedLimitInformation
LIMIT_PROCESS_MEMORY = 0x100
LIMIT_KILL_ON_JOB_CLOSE = 0x2000
QUERY_LIMITED = 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


class _Basic(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", wintypes.DWORD),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", wintypes.DWORD),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", wintypes.DWORD),
        ("SchedulingClass", wintypes.DWORD),
    ]


class _Io(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64) for name in ("Read", "Write", "Other", "ReadTransfer", "WriteTransfer", "OtherTransfer")
    ]


class _Extended(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", _Basic),
        ("IoInfo", _Io),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def job(max_memory: int | None) -> int | None:
    """A new Job object that kills its processes when closed, with a per-process memory limit; None if refused."""
    handle = _k32.CreateJobObjectW(None, None)
    if not handle:
        return None
    info = _Extended()
    info.BasicLimitInformation.LimitFlags = LIMIT_KILL_ON_JOB_CLOSE
    if max_memory is not None:
        info.BasicLimitInformation.LimitFlags |= LIMIT_PROCESS_MEMORY
        info.ProcessMemoryLimit = max_memory
    if not _k32.SetInformationJobObject(handle, JOB_EXTENDED_LIMITS, ctypes.byref(info), ctypes.sizeof(info)):
        _k32.CloseHandle(handle)
        return None
    return int(handle)


def contain(proc: subprocess.Popen[Any], max_memory: int | None) -> int | None:
    """Put a just-started process in a new Job object (what it starts from then on joins it too)."""
    handle = job(max_memory)
    if handle is None:
        return None
    if not _k32.AssignProcessToJobObject(handle, int(proc._handle)):  # type: ignore[attr-defined]
        _k32.CloseHandle(handle)
        return None
    return handle


def contain_self() -> int | None:
    """This process in a kill-on-close Job object: its children end with it, however it ends (serve's apps)."""
    handle = job(None)
    if handle is None:
        return None
    if not _k32.AssignProcessToJobObject(handle, _k32.GetCurrentProcess()):
        _k32.CloseHandle(handle)
        return None
    return handle  # deliberately never closed: the handle closes when this process ends


def terminate(handle: int) -> None:
    _k32.TerminateJobObject(handle, 1)


def close(handle: int) -> None:
    _k32.CloseHandle(handle)


def ignore_ctrl_c(ignore: bool) -> None:
    """This process ignores Ctrl-C (True) or not; the processes it starts meanwhile inherit the setting."""
    _k32.SetConsoleCtrlHandler(None, ignore)


def alive(pid: int) -> bool:
    handle = _k32.OpenProcess(QUERY_LIMITED, False, pid)
    if not handle:
        return ctypes.get_last_error() == ERROR_ACCESS_DENIED  # it exists, owned by someone else
    try:
        code = wintypes.DWORD()
        if not _k32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        _k32.CloseHandle(handle)


def run(
    cmd: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    timeout: float,
    max_memory: int | None,
    kill_tree: Callable[[subprocess.Popen[Any]], None],
) -> tuple[bool, int]:
    """``procs.run_bounded`` on Windows: no console window, the converter and all it starts in a Job
    object; ``kill_tree`` is ``procs.kill_tree`` (passed in: this module never imports ``procs`` back)."""
    flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
        creationflags=flags,
    )
    handle = contain(proc, max_memory)
    try:
        return False, proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if handle is not None:
            terminate(handle)
        kill_tree(proc)  # taskkill /T /F: anything that escaped the job
        return True, proc.wait()
    finally:
        if handle is not None:
            close(handle)  # kill-on-close: whatever the converter left running ends with the handle
