"""Run one function over many items on all cores, results in input order, with a progress bar.

A process pool (fork where the platform has it, so workers start with everything the
parent already imported and loaded) when there are enough items to pay for it; a
plain loop otherwise. The progress bar goes to stderr, and only to a terminal and
for more than ``PROGRESS_MIN`` items: piped output and small runs stay quiet.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN = 8  # fewer items than this: one process is faster than starting a pool
PROGRESS_MIN = 20


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers(jobs: int | None, n: int) -> int:
    """Processes to use for ``n`` items: ``jobs`` if given (0 or None: every core), never more than items."""
    want = jobs if jobs and jobs > 0 else cpu_count()
    if n < PARALLEL_MIN:
        return 1
    return max(1, min(want, n))


def _context() -> Any:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def map_ordered(fn: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None,
                label: str = "检查中", progress: bool | None = None) -> Iterator[R]:
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
        with _context().Pool(procs) as pool, _bar(n, label, show) as advance:
            for result in pool.imap(fn, items, chunksize=chunk):
                advance()
                yield result
    finally:
        gc.unfreeze()


class _Bar:
    def __init__(self, total: int, label: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=Console(file=sys.stderr), transient=True)
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
