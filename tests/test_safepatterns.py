"""Patterns judged safe are kept between runs (drafter/safepatterns.py): a refused one never is, and the
file is named by the code that judges."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import safepatterns

from .conftest import ROOT

JUDGE = """
from drafter.patterns import UnsafePattern, validate
for p in {patterns!r}:
    try:
        validate(p)
        print("safe")
    except UnsafePattern:
        print("refused")
"""


def _judge(cache: Path, *patterns: str, **env: str) -> list[str]:
    """Each pattern's verdict in a run of its own (its kept file written as it ends)."""
    full = {k: v for k, v in os.environ.items() if k != "DRAFTER_NO_CACHE"} | {"XDG_CACHE_HOME": str(cache), **env}
    code = JUDGE.format(patterns=list(patterns))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def _kept_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    path = safepatterns.kept_file()
    assert path is not None
    return path


def test_a_pattern_judged_safe_is_kept_and_a_refused_one_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _judge(tmp_path, "法治(?:政府)?建设[^。]{0,9}成效", "(甲+)+$") == ["safe", "refused"]
    kept = json.loads(_kept_file(tmp_path, monkeypatch).read_text(encoding="utf-8"))
    assert "法治(?:政府)?建设[^。]{0,9}成效" in kept and "(甲+)+$" not in kept


def test_what_the_file_holds_is_not_judged_again_unless_caching_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _kept_file(tmp_path, monkeypatch)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(["(乙+)+$"]), encoding="utf-8")  # as if this code had found it safe
    assert _judge(tmp_path, "(乙+)+$") == ["safe"]
    assert _judge(tmp_path, "(乙+)+$", DRAFTER_NO_CACHE="1") == ["refused"]
    path.write_text('{"broken', encoding="utf-8")
    assert _judge(tmp_path, "(乙+)+$") == ["refused"]  # a damaged file holds nothing


# what the judging imports that does not judge: the kept file itself, the cache folder, and lazyre (re.compile's
# result, its code kept between runs) with the process checks it makes
NOT_JUDGES = {"safepatterns", "userdirs", "lazyre"}


def test_the_file_is_named_by_every_module_that_judges() -> None:
    """A module the judging imports (patterns.py, ambiguity.py and what they import) names the file: a change
    to it starts a new one."""
    judging, todo = set(), ["patterns", "ambiguity"]
    while todo:
        name = todo.pop()
        judging.add(name)
        tree = ast.parse((ROOT / "drafter" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                for mod in [node.module] if node.module else [a.name for a in node.names]:
                    top = mod.split(".")[0]
                    if top not in judging | NOT_JUDGES and (ROOT / "drafter" / f"{top}.py").is_file():
                        todo.append(top)
    assert judging == {Path(j).stem for j in safepatterns.JUDGES}
