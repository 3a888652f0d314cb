"""Run one function over many items on all cores, results in input order, with a progress bar.

A process pool (fork where the platform has it, so workers start with everything the
parent already imported and loaded) when there are enough items to pay for it; a
plain loop otherwise. The progress bar goes to stderr, and only to a terminal and
for more than ``PROGRESS_MIN`` items: piped output and small runs stay quiet.

Ctrl-C: a terminal sends SIGINT to the whole process group. Workers ignore it (they
are forked with SIGINT blocked, then set it to ignored: no window where one could
die with a ``KeyboardInterrupt`` traceback); the parent alone gets the interrupt,
kills its workers and abandons the pool without ``Pool.terminate`` — which waits on
the queue's lock, and a worker killed while holding it made that wait forever.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN = 8  # fewer items than this: one process is faster than starting a pool
PROGRESS_MIN = 20


def cpu_count() -> int:
    from .procs import cpu_count

    return cpu_count()


def workers(jobs: int | None, n: int) -> int:
    """Processes to use for ``n`` items: ``jobs`` if given (0 or None: every core), never more than items."""
    if n < PARALLEL_MIN:  # before asking for the cores: one file never imports subprocess (procs)
        return 1
    want = jobs if jobs and jobs > 0 else cpu_count()
    return max(1, min(want, n))


def _context() -> Any:
    """Fork on Linux (workers start with what the parent loaded); elsewhere, or where the program chose a
    start method (``multiprocessing.set_start_method``), that one: spawn on Windows and macOS (workers
    import drafter afresh: ``fn`` and the items must pickle)."""
    import multiprocessing as mp  # here, not at import: one file is linted without a pool

    chosen = mp.get_start_method(allow_none=True)
    linux = sys.platform.startswith("linux") and hasattr(os, "fork")
    if chosen is None and linux and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return mp.get_context()


def map_ordered(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    label: str = "检查中",
    progress: bool | None = None,
) -> Iterator[R]:
    """``fn(item)`` for every item, yielded in the order of ``items``."""
    n = len(items)
    procs = workers(jobs, n)
    show = progress if progress is not None else (n > PROGRESS_MIN and sys.stderr.isatty())
    if procs <= 1:
        with _bar(n, label, show) as advance:
            for item in items:
                result = fn(item)
                advance()
                yield result
        return
    chunk = max(1, min(16, n // (procs * 8)))
    # What the parent has loaded stays out of the workers' garbage collections: they neither
    # scan it nor, by touching it, copy its pages (the use gc.freeze is documented for).
    gc.freeze()
    try:
        # the pool's workers exist before the bar starts its refresh thread (fork after threads is unsafe)
        pool = _pool(procs)
        try:
            with _bar(n, label, show) as advance:
                for result in pool.imap(fn, items, chunksize=chunk):
                    advance()
                    yield result
        except KeyboardInterrupt:
            abandon(pool)
            raise
        except BaseException:
            pool.terminate()
            raise
        pool.close()
        pool.join()
    finally:
        gc.unfreeze()


def _pool(procs: int) -> Any:
    """A pool whose workers ignore SIGINT from their first instruction: on POSIX SIGINT is blocked while they
    start (fork, or spawn: the mask survives exec); on Windows the parent ignores Ctrl-C while it starts them
    (``SetConsoleCtrlHandler(NULL, TRUE)``, which children inherit)."""
    if sys.platform == "win32":
        from .winproc import ignore_ctrl_c

        ignore_ctrl_c(True)  # inherited by the workers started now: Windows' counterpart of the signal mask
        try:
            return _context().Pool(procs, initializer=_ignore_sigint)
        finally:
            ignore_ctrl_c(False)
    mask = getattr(signal, "pthread_sigmask", None)
    block = getattr(signal, "SIG_BLOCK", None)
    setmask = getattr(signal, "SIG_SETMASK", None)
    if mask is None or block is None or setmask is None:
        return _context().Pool(procs, initializer=_ignore_sigint)
    if _context().get_start_method() != "fork":
        # spawn: the resource tracker starts with the pool's first lock and unblocks SIGINT as it does;
        # started now, before the mask, it leaves the mask alone
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    old = mask(block, {signal.SIGINT})
    try:
        return _context().Pool(procs, initializer=_ignore_sigint)
    finally:
        mask(setmask, old)  # a Ctrl-C meanwhile arrives now, in the parent


def _ignore_sigint() -> None:
    """A worker's start: SIGINT ignored; on Linux, killed with its parent (never an orphan on a lock)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    mask = getattr(signal, "pthread_sigmask", None)
    unblock = getattr(signal, "SIG_UNBLOCK", None)
    if mask is not None and unblock is not None:
        mask(unblock, {signal.SIGINT})
    sigkill = getattr(signal, "SIGKILL", None)
    if sys.platform.startswith("linux") and sigkill is not None:
        with suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, sigkill)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the line above
            os._exit(1)


def abandon(pool: Any) -> None:
    """Kill the workers now and drop the pool: no join, no exit-time finalizer (see the module doc).

    The pool's worker handler replaces dead workers every 0.1 s: it is stopped first, else a
    replacement forked after the kill would wait on the dead workers' lock forever."""
    from multiprocessing.pool import TERMINATE

    handler = getattr(pool, "_worker_handler", None)
    pool._state = TERMINATE
    if handler is not None:
        handler._state = TERMINATE
        handler.join(1.0)
    for proc in list(getattr(pool, "_pool", ())):
        end(proc)
    fin = getattr(pool, "_terminate", None)
    if fin is not None and hasattr(fin, "cancel"):
        fin.cancel()


def end(proc: Any) -> None:
    """Kill a worker: SIGKILL where there is one, else terminate (Windows: both are TerminateProcess)."""
    with suppress(OSError, ValueError):
        try:
            proc.kill()
        except AttributeError:  # no signal.SIGKILL in this Python
            proc.terminate()


class _Bar:
    def __init__(self, total: int, label: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self.task = self.progress.add_task(label, total=total)

    def __enter__(self) -> Callable[[], None]:
        self.progress.start()
        return lambda: self.progress.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _bar(total: int, label: str, show: bool) -> AbstractContextManager[Callable[[], None]]:
    if not show:
        return nullcontext(lambda: None)
    return _Bar(total, label)
