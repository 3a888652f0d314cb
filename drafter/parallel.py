"""Run one function over many items on all cores, results in input order, with a progress bar.

A process pool (fork where the platform has it, so workers start with everything the
parent already imported and loaded) when there are enough items to pay for it; a
plain loop otherwise. The progress bar goes to stderr, and only to a terminal and
for more than ``PROGRESS_MIN`` items: piped output and small runs stay quiet.

A worker that dies abruptly (killed, the OOM killer, a crash in C code) breaks the pool
(``concurrent.futures``' BrokenProcessPool: the run always ends). The items it may have
been running are then run again one at a time, each alone in a pool of one worker: the
one whose worker dies there gets ``died(item)`` — one Chinese line for the caller — and
the rest go on in a fresh pool. No item runs more than twice, so an item that kills
every worker never loops.

Ctrl-C: a terminal sends SIGINT to the whole process group. Workers ignore it (they
start with SIGINT blocked, then set it to ignored: no window where one could die with a
``KeyboardInterrupt`` traceback); the parent alone gets the interrupt, kills its workers
and drops the pool without waiting for it.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # concurrent.futures loads multiprocessing, subprocess…: only a pool needs them
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN = 8  # fewer items than this: one process is faster than starting a pool
PROGRESS_MIN = 20
AHEAD = 4  # items handed to the pool per worker ahead of the one awaited (order kept, memory bounded)
POLL = 0.25  # seconds between checks for a Ctrl-C while waiting (a lock wait is not interruptible everywhere)


class WorkerDied(Exception):
    """The worker process running an item ended abruptly, twice (in the pool, then alone)."""


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


class _Progress(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def advance(self) -> None: ...


def map_ordered(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    label: str = "检查中",
    progress: bool | None = None,
    died: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """``fn(item)`` for every item, yielded in the order of ``items``.

    ``died(item)`` stands for the result of an item whose worker process died abruptly (without it:
    ``WorkerDied``); one process (few items) runs ``fn`` itself."""
    n = len(items)
    procs = workers(jobs, n)
    show = progress if progress is not None else (n > PROGRESS_MIN and sys.stderr.isatty())
    bar: _Progress = _Bar(n, label) if show else _Quiet()
    if procs <= 1:
        bar.start()
        try:
            for item in items:
                result = fn(item)
                bar.advance()
                yield result
        finally:
            bar.stop()
        return
    # What the parent has loaded stays out of the workers' garbage collections: they neither
    # scan it nor, by touching it, copy its pages (the use gc.freeze is documented for).
    gc.freeze()
    try:
        yield from _pooled(fn, items, procs, died or _raise_died, bar)
    finally:
        bar.stop()
        gc.unfreeze()


def _raise_died(item: object) -> Any:
    raise WorkerDied(f"a worker process died while it ran {item!r:.200}")


def _pooled(
    fn: Callable[[T], R], items: Sequence[T], procs: int, died: Callable[[T], R], bar: _Progress
) -> Iterator[R]:
    todo = deque(items)
    window: deque[tuple[T, Future[R] | None]] = deque()  # handed to the pool, in order
    pool: ProcessPoolExecutor | None = None
    try:
        while todo or window:
            if pool is None:
                bar.stop()  # no thread of ours runs while workers are forked
                pool = _pool(procs)
                bar.start()
            head = _next(pool, fn, todo, window, procs * AHEAD)
            if head is not None:
                window.popleft()
                bar.advance()
                yield head[0]
                continue
            _drop(pool)  # broken: a worker died
            pool = None
            bar.stop()
            if not window:  # broke before any item was handed over: the next runs alone (progress each time)
                window.append((todo.popleft(), None))
            for item, done in window:  # done before the break: kept; the others run again, alone
                yield done.result() if done is not None and _succeeded(done) else _alone(fn, item, died)
                bar.advance()
            window.clear()
    except KeyboardInterrupt:
        if pool is not None:
            abandon(pool)
        raise
    except BaseException:
        if pool is not None:
            _drop(pool)
        raise
    if pool is not None:
        pool.shutdown(wait=True)


def _next(
    pool: ProcessPoolExecutor,
    fn: Callable[[T], R],
    todo: deque[T],
    window: deque[tuple[T, Future[R] | None]],
    ahead: int,
) -> tuple[R] | None:
    """Hand items over until ``ahead`` are in the pool; the first one's result, or None if the pool broke."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        while todo and len(window) < ahead:
            fut = pool.submit(fn, todo[0])  # raises once the pool is broken
            window.append((todo.popleft(), fut))
        head = window[0][1]
        assert head is not None
        return (_result(head),)
    except BrokenProcessPool:
        return None


def _alone(fn: Callable[[T], R], item: T, died: Callable[[T], R]) -> R:
    """The item in a pool of one worker of its own: a death there is that item's doing."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    try:
        result = _result(pool.submit(fn, item))
    except BrokenProcessPool:
        result = died(item)
    except KeyboardInterrupt:
        abandon(pool)
        raise
    except BaseException:
        _drop(pool)
        raise
    _drop(pool)
    return result


def _result(fut: Future[R]) -> R:
    """The future's result, waited for in short steps (Ctrl-C interrupts a step on every platform)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    while not fut.done():
        wait([fut], timeout=POLL, return_when=FIRST_COMPLETED)
    return fut.result()


def _succeeded(fut: Future[Any]) -> bool:
    return fut.done() and not fut.cancelled() and fut.exception() is None


def _pool(procs: int) -> ProcessPoolExecutor:
    """A pool whose workers, all started here, ignore SIGINT from their first instruction: on POSIX SIGINT
    is blocked while they start (fork, or spawn: the mask survives exec); on Windows the parent ignores
    Ctrl-C while it starts them (``SetConsoleCtrlHandler(NULL, TRUE)``, which children inherit)."""
    if sys.platform == "win32":
        from .winproc import ignore_ctrl_c

        ignore_ctrl_c(True)  # inherited by the workers started now: Windows' counterpart of the signal mask
        try:
            return _launched(procs)
        finally:
            ignore_ctrl_c(False)
    mask = getattr(signal, "pthread_sigmask", None)
    block = getattr(signal, "SIG_BLOCK", None)
    setmask = getattr(signal, "SIG_SETMASK", None)
    if mask is None or block is None or setmask is None:
        return _launched(procs)
    if _context().get_start_method() != "fork":
        # spawn: the resource tracker starts with the pool's first lock and unblocks SIGINT as it does;
        # started now, before the mask, it leaves the mask alone
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    old = mask(block, {signal.SIGINT})
    try:
        return _launched(procs)
    finally:
        mask(setmask, old)  # a Ctrl-C meanwhile arrives now, in the parent


def _launched(procs: int) -> ProcessPoolExecutor:
    """The executor with its workers running now, not as work arrives (spawn would start them later,
    outside the signal mask)."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(procs, mp_context=_context(), initializer=_ignore_sigint)
    launch = getattr(pool, "_launch_processes", None)
    if callable(launch):
        launch()
    return pool


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


def _drop(pool: Any) -> None:
    """End a pool that broke or is left: its workers killed, its thread joined (it ends once they are dead:
    a fork that follows has no thread of the old pool beside it)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        end(proc)
    with suppress(Exception):
        pool.shutdown(wait=True, cancel_futures=True)


def abandon(pool: Any) -> None:
    """Ctrl-C: kill the workers now and drop the pool without waiting for anything."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        end(proc)
    with suppress(Exception):
        pool.shutdown(wait=False, cancel_futures=True)


def end(proc: Any) -> None:
    """Kill a worker: SIGKILL where there is one, else terminate (Windows: both are TerminateProcess)."""
    with suppress(OSError, ValueError, AttributeError):
        try:
            proc.kill()
        except AttributeError:  # no signal.SIGKILL in this Python
            proc.terminate()


class _Quiet:
    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def advance(self) -> None:
        pass


class _Bar:
    """The progress bar; stopped (its refresh thread ended) while a pool forks its workers."""

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

    def start(self) -> None:
        self.progress.start()

    def stop(self) -> None:
        self.progress.stop()

    def advance(self) -> None:
        self.progress.advance(self.task)
