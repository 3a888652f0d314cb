"""The test worker's signal state: what one test leaves, every process a later test starts inherits.

A ``drafter.cli.main`` that ignored Ctrl-C when it returned made a later test's ``drafter`` runs deaf to
Ctrl-C in a -n 4 run (test_interrupt). ``main`` now leaves Ctrl-C as it found it; only the process's entry
point ignores it while the process exits. The session checks the state after every test (conftest).
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import ROOT, in_process, put_back, signal_state

ONE = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"


def test_main_as_a_function_leaves_ctrl_c_as_it_found_it() -> None:
    before = signal_state()
    from drafter.cli import main

    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(None), contextlib.redirect_stderr(None):
        main(["lint", str(ONE)])
    assert signal.getsignal(signal.SIGINT) is before[0][signal.SIGINT]
    assert put_back(before) == []
    assert in_process("lint", str(ONE)).returncode in (0, 1)
    assert put_back(before) == []


def test_the_process_ignores_ctrl_c_once_all_is_said() -> None:
    """The entry point, in a process of its own: after the command, a Ctrl-C cannot interrupt the exit."""
    code = textwrap.dedent(f"""
        import signal, sys
        sys.argv = ["drafter", "lint", {str(ONE)!r}]
        from drafter.entry import main
        main()
        sys.stderr.write("SIGINT:" + repr(signal.getsignal(signal.SIGINT)))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stderr.endswith("SIGINT:<Handlers.SIG_IGN: 1>"), run.stderr


LEAKY = """
import signal

def test_ignores() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)

def test_blocks() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

def test_after_them() -> None:
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
"""


def _as_a_shell_starts_it() -> None:
    """Ctrl-C at its default and unblocked in the inner session, whatever this worker inherited: a suite
    started as a background job (``pytest … &`` in a script) has SIGINT ignored in every worker from the start."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signal masks")
def test_a_test_that_leaves_ctrl_c_ignored_or_blocked_errors(tmp_path: Path) -> None:
    """The session's check: the test that changed the state errors, naming the change, and the next test
    starts from the state the session started with."""
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "__init__.py").write_text("")
    (tmp_path / "tests" / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    (tmp_path / "tests" / "test_leaky.py").write_text(LEAKY)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", "-q", "tests/test_leaky.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        preexec_fn=_as_a_shell_starts_it,
    )
    out = run.stdout
    assert "3 passed, 2 errors" in out, out
    assert "test_ignores left the process's signal state changed: SIGINT handler" in out, out
    assert "test_blocks left the process's signal state changed: blocked set changed for SIGINT" in out, out
