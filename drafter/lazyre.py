"""Regular expressions compiled where first used, not at import.

A pattern with a large CJK class or many alternatives costs milliseconds to compile, and
``drafter lint one.txt`` imports dozens of modules: compiling them all at import made a cold
start several times ``import docx``. ``Lazy`` keeps the source and compiles it on the first
search, so a pattern that a run never needs (a web page's furniture in a plain report) is
never compiled.

``compile`` (which ``Lazy`` uses) keeps each pattern's compiled code between runs, in one file
under the user's cache folder per Python build: what ``re`` spends a cold start on is expanding
classes such as ``[㐀-䶿一-鿿]`` into bitmaps, character by character, and that is the same every
run. The code comes back through ``_sre.compile``, whose checks are not complete: code that is
well-formed but wrong could crash the interpreter. So the file is keyed by the exact Python, ``_sre``
build (magic, code size, repeat and group limits) and drafter version, checked by its CRC against
damage, written atomically at a clean exit only, and every run that uses it leaves a mark beside it
until it ends: a mark whose process is gone (a crash, or a kill) makes the next run delete the file,
so a bad file costs one run at most. Missing, stale or damaged files are ignored.
``DRAFTER_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from .userdirs import cache_dir

__all__ = ["Lazy", "Rx", "compile"]

T = TypeVar("T")

_sre: Any = sys.modules.get("_sre")
_internals: Any = sys.modules.get("re._compiler")
_parser: Any = sys.modules.get("re._parser")
_MAX_KEPT = 2000  # entries in the file: all of this run's (a county lint keeps ~2,450), then others the file held
# (flags, code as machine words, groups, groupindex, indexgroup): what _sre.compile takes
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_codes: dict[tuple[Any, ...], Any] | None = None  # the file's entries
_used: dict[tuple[Any, ...], Any] = {}  # this run's
_added = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # re.compile's name, on purpose
    """``re.compile(pattern, flags)``, its compiled code kept between runs."""
    key = (pattern, int(flags))
    entry = _loaded().get(key)
    if entry is not None:
        try:
            rx = _from(pattern, entry)
            _used[key] = entry
            return rx
        except Exception:  # code this Python refuses: compile it anew below
            pass
    return _compile_keeping(pattern, int(flags))


def kept(pattern: str, flags: int, tag: str) -> Any:
    """What the code marked ``tag`` (a CRC of its source: changed code keeps its own) worked out from
    ``pattern`` in an earlier run and kept: needle.py's needles, reach.py's bounded source — each costs
    a cold start a parse or a rewrite of some 300 patterns. None when nothing is kept."""
    key = (pattern, int(flags), tag)
    got = _loaded().get(key)
    if got is not None:
        _used[key] = got
    return got


def keep(pattern: str, flags: int, tag: str, value: Any) -> None:
    """Keep ``value``, what the code marked ``tag`` worked out from ``pattern``, for the next runs
    (``marshal``-able: strings, tuples)."""
    _keep((pattern, int(flags), tag), value)


def derived(pattern: str, flags: int, tag: str | None, work: Callable[[], T], fits: Callable[[object], bool]) -> T:
    """What ``work`` makes of ``pattern``: the value an earlier run kept under ``tag`` (``source_tag``: the
    code's mark) when it ``fits``, else made now and kept for the next runs (needles, bounded forms, literals)."""
    got = kept(pattern, flags, tag) if tag else None
    if got is not None and fits(got):
        return cast(T, got)
    value = work()
    if tag:
        keep(pattern, flags, tag, value)
    return value


def strings(value: object) -> bool:
    """Whether ``value`` is a tuple of strings (what a kept entry of needles or literals must be)."""
    return isinstance(value, tuple) and all(isinstance(v, str) for v in value)


def source_tag(kind: str, source: str) -> str | None:
    """``kind`` and a CRC of the module file ``source``: what ``kept`` keys its values by; None where
    the source cannot be read (a zipped install), and nothing is kept."""
    try:
        return f"{kind}-{zlib.crc32(Path(source).read_bytes()):08x}"
    except OSError:
        return None


def _keep(key: tuple[Any, ...], value: Any) -> None:
    global _added
    if _file() is not None:
        _used[key] = value
        if not _added:
            _added = True
            atexit.register(_save)


def _from(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return cast(
        re.Pattern[str], _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    )


def _compile_keeping(pattern: str, flags: int) -> re.Pattern[str]:
    """What ``re._compiler.compile`` does, with its code kept; ``re.compile`` if its internals differ."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = array("I", _internals._code(parsed, flags)).tobytes()
        groupindex = {str(k): int(i) for k, i in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        entry: Entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rx = _from(pattern, entry)
    except re.error:
        raise
    except Exception:  # another Python's internals: the plain way
        return re.compile(pattern, flags)
    _keep((pattern, flags), entry)
    return rx


def _file() -> Path | None:
    """The cache file of this Python (None: caching off, or internals not as expected)."""
    if os.environ.get("DRAFTER_NO_CACHE") or _sre is None or _internals is None or _parser is None:
        return None
    if array("I").itemsize != getattr(_sre, "CODESIZE", 0):
        return None
    base = cache_dir()
    if base is None:
        return None
    from . import __version__

    limits = f"{getattr(_sre, 'MAXREPEAT', 0):x}-{getattr(_sre, 'MAXGROUPS', 0):x}"
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}-{_sre.CODESIZE}"
    return base / f"re-{tag}-{limits}-{__version__}.bin"


def _loaded() -> dict[tuple[Any, ...], Any]:
    global _codes
    if _codes is None:
        path = _file()
        _codes = _read(path) if path is not None and _trusted(path) else {}
    return _codes


def _trusted(path: Path) -> bool:
    """Whether ``path`` may be used: no run that used it died before its end (its mark is left and its
    process gone: the file is deleted, it may be what killed it); then this run leaves its own mark."""
    marks = list(path.parent.glob(f"{path.name}.*.run")) if path.parent.is_dir() else []
    dead = [m for m in marks if not _alive(m)]
    if dead:
        for f in (path, *dead):
            with contextlib.suppress(OSError):
                f.unlink()
        return False
    if not path.exists():
        return False
    mark = path.with_name(f"{path.name}.{os.getpid()}.run")
    try:
        mark.touch()
    except OSError:
        return False  # no mark, no use: a crash could not be told from a clean run
    atexit.register(_unmark, mark)
    return True


def _alive(mark: Path) -> bool:
    """Whether the process that left ``mark`` (NAME.PID.run) still runs."""
    try:
        pid = int(mark.name.rsplit(".", 2)[-2])
    except ValueError:
        return False
    if pid == os.getpid():
        return True
    from .procs import pid_alive  # only when another run's mark is there: subprocess stays out of a cold start

    try:
        return pid_alive(pid)
    except Exception:  # cannot tell: not a crash to act on (the file stays)
        return True


def _unmark(mark: Path) -> None:
    with contextlib.suppress(OSError):
        mark.unlink()


def _read(path: Path | None) -> dict[tuple[Any, ...], Any]:
    """The file's entries; empty when it is missing, unreadable or fails its CRC."""
    if path is None:
        return {}
    try:
        data = path.read_bytes()
        if len(data) < 4 or zlib.crc32(data[4:]) != int.from_bytes(data[:4], "little"):
            return {}
        got = marshal.loads(data[4:])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return got if isinstance(got, dict) else {}


def _save() -> None:
    """Write this run's entries, all of them (a run's own cut off were compiled anew at each of its starts),
    then the file's others up to ``_MAX_KEPT`` (another run may have added some since it was read), atomically:
    a reader sees the old file or the new one."""
    path = _file()
    if path is None or not _used:
        return
    with contextlib.suppress(OSError, ValueError):
        kept = dict(_used)
        for key, entry in _read(path).items():
            if len(kept) >= _MAX_KEPT:
                break
            kept.setdefault(key, entry)
        body = marshal.dumps(kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(zlib.crc32(body).to_bytes(4, "little") + body)
            os.replace(tmp, path)  # on Windows this fails while another run reads the file
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


class Lazy:
    """``re.compile(pattern, flags)``, compiled on first use; the methods drafter uses."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        self._compiled = compile(self.pattern, self.flags)
        return self._compiled

    def __eq__(self, other: object) -> bool:  # as compiled patterns compare: by their source and flags
        return isinstance(other, Lazy) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self._compiled or self._compile()).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self._compiled or self._compile()).findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return (self._compiled or self._compile()).split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self._compiled or self._compile()).sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return (self._compiled or self._compile()).subn(repl, string, count)


Rx = re.Pattern[str] | Lazy
"""A pattern compiled, or one compiled where first searched (what the searches of many patterns take)."""
