"""Shared fixtures: the seed reports are read in place, never copied."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI replays the same examples on every run, so a landing never depends on luck;
# locally each run explores new ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


# ---- signal state: every test leaves the process's signal handlers and mask as it found them ----
# A test worker's signal state is inherited by every process it starts later: a SIGINT left ignored
# or blocked by one test made another test's `drafter` runs deaf to Ctrl-C (test_interrupt, -n 4).

SignalState = tuple[dict[int, object], frozenset[int]]
_BASELINE = pytest.StashKey[SignalState]()


def signal_state() -> SignalState:
    """Every catchable signal's handler in this process, and the main thread's blocked set."""
    handlers: dict[int, object] = {}
    for sig in signal.valid_signals():
        with contextlib.suppress(ValueError, OSError):
            handlers[int(sig)] = signal.getsignal(sig)
    mask = getattr(signal, "pthread_sigmask", None)
    block = getattr(signal, "SIG_BLOCK", None)
    blocked = frozenset(int(s) for s in mask(block, [])) if mask is not None and block is not None else frozenset()
    return handlers, blocked


def put_back(state: SignalState) -> list[str]:
    """Restore ``state``; what differed, by signal name (empty: nothing had changed)."""
    handlers, blocked = signal_state()
    changed = []
    for sig, handler in state[0].items():
        if handlers.get(sig) is not handler and handler is not None:
            changed.append(f"{signal.Signals(sig).name} handler {handler!r} → {handlers.get(sig)!r}")
            signal.signal(sig, handler)  # type: ignore[arg-type]
    if blocked != state[1]:
        names = sorted(signal.Signals(s).name for s in blocked ^ state[1])
        changed.append(f"blocked set changed for {', '.join(names)}")
        signal.pthread_sigmask(signal.SIG_SETMASK, state[1])
    return changed


def pytest_sessionstart(session: pytest.Session) -> None:
    session.stash[_BASELINE] = signal_state()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After a test and the fixtures it ended (any scope): the signal state is the session's first one.
    Else it is put back and the test errors, naming what it left changed."""
    result = yield
    changed = put_back(item.session.stash[_BASELINE])
    if changed:
        pytest.fail(f"{item.nodeid} left the process's signal state changed: {'; '.join(changed)}", pytrace=False)
    return result


def seed_paths() -> list[Path]:
    """The seed reports; a test that needs them is skipped where shared/ is not beside the project."""
    paths = sorted(SEEDS.glob("0*.txt"))
    if not paths:
        pytest.skip("shared/corpus/seeds not present beside the project")
    return paths


def seed(prefix: str) -> Path:
    return next(p for p in seed_paths() if p.name.startswith(prefix))


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m drafter`` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        input=stdin,
        timeout=120,
    )


RunMain = Callable[..., "subprocess.CompletedProcess[str]"]


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[Any]:
    """``owner.name`` wrapped to record each call's first argument: a test of linear work counts the
    calls or the characters they read, never the time."""
    seen: list[Any] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return seen


def _pipe() -> io.TextIOWrapper:
    """A text stream as a pipe gives a child: UTF-8 (the locale's), not a terminal, no file descriptor."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8").replace("\r\n", "\n")


class _PoolRefused(BaseException):
    """Not an Exception: the CLI's last-resort handler must not turn it into an exit status."""


def _no_pool(procs: int) -> None:
    raise _PoolRefused(f"{procs} worker processes: a run with a pool of workers is tested through run_cli")


def in_process(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``drafter.cli.main`` in this process, as ``run_cli`` runs it in a child: same arguments, same result
    (returncode, stdout, stderr), a fraction of the CPU. For tests of what a command does; a test of the
    process itself (entry point, console encoding, signals, exit of a real process, worker pools: refused here) uses run_cli.
    Everything the CLI changes in the process is put back: argv, streams, cwd, gc state (``main`` leaves the
    signal state as it found it; the session's check after each test holds it to that)."""
    from drafter.cli import main

    out, err, inp = _pipe(), _pipe(), _pipe()
    inp.write(stdin or "")
    inp.seek(0)
    collecting, frozen = gc.isenabled(), gc.get_freeze_count()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(cwd or ROOT)
        mp.setattr(sys, "argv", ["drafter", *args])
        mp.setattr(sys, "stdin", inp)
        mp.setattr("drafter.parallel._pool", _no_pool)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(list(args))
        except SystemExit as e:  # argparse: usage errors, --help, --version
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except _PoolRefused as e:
            pytest.fail(str(e))
        finally:
            if not frozen:
                gc.unfreeze()
            (gc.enable if collecting else gc.disable)()
    return subprocess.CompletedProcess(["drafter", *args], code, _read(out), _read(err))


@pytest.fixture
def run_main() -> RunMain:
    """``in_process`` as a fixture."""
    return in_process


@pytest.fixture(scope="session", autouse=True)
def _no_user_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes the user's config (recent drafts) or cache: XDG_CONFIG_HOME and XDG_CACHE_HOME are
    private folders for the whole run (shared by its tests: a warm cache, as a user has), inherited by the
    processes tests start; a test that needs one of its own sets it again."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("shared/corpus/seeds not present beside the project")
    return SEEDS


@pytest.fixture(scope="session")
def seed_formats(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds 001, 003, 004 as .docx, .doc, .odt and .pdf (tests/formats.py); skipped without LibreOffice."""
    from .formats import make_formats

    return make_formats(tmp_path_factory.mktemp("formats") / "")
