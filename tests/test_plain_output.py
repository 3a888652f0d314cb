"""lint's text output to a pipe or a file is printed without rich, and is what rich prints there."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console as RichConsole

from drafter.output.plain import Console, Text, plain_stream

from .conftest import ROOT

STYLES = st.sampled_from(["", "bold", "dim", "bold red", "bold reverse red"])
# control codes rich strips (bell, backspace, VT, FF, CR) and ones it keeps, tabs, wide characters
WORDS = st.text(st.sampled_from(list("ab 汉字，。\t\x07\x08\x0b\x0c\r\x1b\x00\n✓…│")), max_size=12)


def _rich(build: object) -> str:
    out = io.StringIO()
    RichConsole(file=out, highlight=False, soft_wrap=True, emoji=False).print(build)
    return out.getvalue()


def _plain(build: Text) -> str:
    out = io.StringIO()
    Console(out).print(build)
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(WORDS, STYLES, st.lists(st.tuples(WORDS, STYLES, st.booleans()), max_size=5))
def test_plain_console_prints_what_rich_prints(first: str, style: str, rest: list[tuple[str, str, bool]]) -> None:
    t = Text(first, style=style)
    for words, st_, as_text in rest:
        t = t + Text(words, style=st_) if as_text else t.append(words, style=st_ or None)
    assert _plain(t) == _rich(t)  # rich prints our Text through __rich__: the same text and spans


def test_an_empty_print_is_an_empty_line() -> None:
    out = io.StringIO()
    Console(out).print()
    assert out.getvalue() == "\n"


def test_plain_stream_follows_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    assert plain_stream(io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not plain_stream(io.StringIO())
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert plain_stream(io.StringIO())
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert not plain_stream(io.StringIO())


def test_lint_to_a_pipe_does_not_import_rich() -> None:
    """The cold start of ``drafter lint one.txt`` pays for rich only when it styles a terminal."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    code = (
        "import sys\n"
        f"sys.argv = ['drafter', 'lint', {str(one)!r}]\n"
        "from drafter.cli import main\n"
        "main()\n"
        "sys.stderr.write('rich imported' if 'rich' in sys.modules else 'rich not imported')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.stderr.endswith("rich not imported"), r.stderr
    assert "[required-item]" in r.stdout or "检查了 1 个文件" in r.stdout
