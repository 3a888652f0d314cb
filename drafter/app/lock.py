"""One writer per draft: a lock file beside it, and a check of the file before each save.

- ``DraftLock``: ``.NAME.lock`` beside the draft holds pid, host, time and a
  random id per app instance (two instances in one process are told apart).
  It is created with ``O_EXCL``, so two instances cannot both take it; a lock
  whose pid is dead on this host is stale and taken over — atomically: the stale
  file is renamed aside (one rename wins), checked to be the one judged stale, and
  put back if it was a live lock created meanwhile; then the exclusive create
  decides again. A lock that could not be written is retried before giving up.
- ``Guard``: what the draft screen asks before writing. The file's bytes are
  hashed when loaded and after each save; a different hash on disk means
  someone else wrote it (another instance, a sync client, an editor), and the
  save must not overwrite it. ``conflict_copy`` and ``difference`` serve the
  three ways out: reload, keep mine as ``NAME.冲突-时间.md``, show the difference.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..fsutil import NAME_MAX, WriteError, atomic_write, link_exclusive, side_name
from ..readers.errors import ReadError
from ..readers.limits import read_bounded

MAX_DRAFT = 20 * 1024 * 1024


ATTEMPTS = 5  # rounds of create / judge / remove-stale, and of retrying a lock that could not be written
RETRY = 0.05  # seconds between the retries of a lock that could not be written


def lock_path(draft: Path) -> Path:
    return draft.with_name(side_name(draft.name, "lock", room=17))  # room for the aside name's instance id


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as its file says."""

    pid: int
    host: str
    time: str
    instance: str

    def describe(self) -> str:
        where = "本机" if self.host == socket.gethostname() else f"计算机 {self.host} 上"
        return f"{where}的另一个起草窗口（进程 {self.pid}，{self.time} 打开）"

    def alive(self) -> bool:
        """Whether the holder may still be running (another host's process cannot be checked)."""
        if self.host != socket.gethostname():
            return True
        from ..procs import pid_alive

        return pid_alive(self.pid)


def _read_holder(path: Path) -> Holder | None:
    try:
        d = json.loads(read_bounded(path, 4096).decode("utf-8"))
        return Holder(int(d["pid"]), str(d["host"]), str(d["time"]), str(d["instance"]))
    except (ReadError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class DraftLock:
    """This app instance's claim on one draft."""

    def __init__(self, draft: Path) -> None:
        self.draft = draft
        self.path = lock_path(draft)
        self.me = Holder(
            os.getpid(), socket.gethostname(), datetime.now().strftime("%Y-%m-%d %H:%M"), secrets.token_hex(8)
        )

    def _payload(self) -> str:
        m = self.me
        return json.dumps({"pid": m.pid, "host": m.host, "time": m.time, "instance": m.instance})

    def acquire(self) -> Holder | None:
        """Take the lock; returns None when taken, else who holds it (alive)."""
        for attempt in range(ATTEMPTS):
            try:
                atomic_write(self.path, self._payload())  # exclusive create: one winner
                return None
            except WriteError:
                if not self.path.exists():
                    if attempt < ATTEMPTS - 1:
                        time.sleep(RETRY)  # a passing failure (a full disk freed, a sync client's lock)
                        continue
                    return None  # the folder is not writable: no lock to share, nothing to guard with
            holder = _read_holder(self.path)
            if holder is not None and holder.instance == self.me.instance:
                return None
            if holder is not None and holder.alive():
                return holder
            self._remove_stale(holder)  # stale (dead pid) or unreadable; then create ours exclusively
        return _read_holder(self.path)

    def _remove_stale(self, judged: Holder | None) -> None:
        """Remove the lock judged stale, only if it is still that one: two instances taking over the same
        stale lock must not remove each other's new lock (the rename is the atomic step)."""
        aside = self.path.with_name(f"{self.path.name}.{self.me.instance}")
        try:
            os.rename(self.path, aside)
        except OSError:
            return  # gone already: another instance removed it first
        if _read_holder(aside) == judged:
            aside.unlink(missing_ok=True)
            return
        with contextlib.suppress(OSError):  # a live lock created meanwhile: back where it was (never over a newer one)
            link_exclusive(str(aside), self.path)
        aside.unlink(missing_ok=True)

    def take_over(self) -> None:
        """Make this instance the writer, whoever held the lock."""
        with contextlib.suppress(WriteError):
            atomic_write(self.path, self._payload(), force=True)

    def owned(self) -> bool:
        """Whether the lock file still names this instance (or there is none to share)."""
        holder = _read_holder(self.path)
        if holder is None:
            return not self.path.exists()
        return holder.instance == self.me.instance

    def release(self) -> None:
        if _read_holder(self.path) == self.me:
            self.path.unlink(missing_ok=True)


class Guard:
    """The state of the draft on disk as this instance last saw it."""

    def __init__(self, draft: Path, disk_hash: str) -> None:
        self.draft = draft
        self.seen = disk_hash

    def disk(self) -> bytes | None:
        """The draft's bytes now (None when it is gone)."""
        try:
            return read_bounded(self.draft, MAX_DRAFT)
        except ReadError:
            return None

    def changed(self) -> bool:
        """Whether the file is not what was loaded or last saved (a vanished file has not "changed")."""
        data = self.disk()
        return data is not None and digest(data) != self.seen

    def saved(self, text: str) -> None:
        self.seen = digest(text.encode("utf-8"))

    def reloaded(self, data: bytes) -> None:
        self.seen = digest(data)

    def conflict_copy(self, text: str, when: datetime | None = None) -> Path:
        """Write ``text`` as ``NAME.冲突-YYYYMMDD-HHMMSS.md`` beside the draft (never overwriting)."""
        stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
        stem = self.draft.stem
        while len(os.fsencode(f"{stem}.冲突-{stamp}-99{self.draft.suffix or '.md'}")) > NAME_MAX:
            stem = stem[:-1]  # a long name keeps its start
        for n in range(100):
            suffix = "" if n == 0 else f"-{n}"
            target = self.draft.with_name(f"{stem}.冲突-{stamp}{suffix}{self.draft.suffix or '.md'}")
            try:
                return atomic_write(target, text)
            except WriteError:
                if not target.exists():
                    raise
        raise WriteError(f"无法在 {self.draft.parent} 中另存冲突副本")

    def difference(self, mine: str) -> str:
        """A unified diff from the file on disk to this instance's text."""
        data = self.disk() or b""
        theirs = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
        lines = difflib.unified_diff(
            theirs.splitlines(), mine.splitlines(), "磁盘上的版本", "我的版本", lineterm="", n=1
        )
        return "\n".join(lines) or "（两者内容相同）"


__all__ = ["DraftLock", "Guard", "Holder", "digest", "lock_path"]
