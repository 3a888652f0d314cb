"""What a cold ``drafter lint one.txt`` loads (issue 29: ≤ 1.5× ``import docx``): held as module sets, not times."""

from __future__ import annotations

import calendar
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.dates import days_in_month

from .conftest import ROOT

# loaded only where they are needed: writing files, LibreOffice, a pool, styling a terminal, parsing TOML
NOT_FOR_ONE_TXT = {
    "drafter.ambiguity",
    "rich",
    "tomllib",
    "hashlib",
    "subprocess",
    "calendar",
    "tempfile",
    "pydantic",
    "docx",
    "textual",
    "shutil",  # argparse imports it (with bz2, lzma) to format a usage line: the prog is given
}


def test_lint_of_one_txt_loads_only_what_it_needs(tmp_path: Path) -> None:
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    code = (
        "import sys\n"
        f"sys.argv = ['drafter', 'lint', {str(one)!r}]\n"
        "from drafter.cli import main\n"
        "main()\n"
        f"sys.stderr.write('LOADED:' + ','.join(sorted(m for m in {sorted(NOT_FOR_ONE_TXT)!r} if m in sys.modules)))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    ]
    (kept,) = (tmp_path / "drafter").glob("re-*.bin")
    # another run going on (this process): the warm run asks whether it is alive
    kept.with_name(f"{kept.name}.{os.getpid()}.run").touch()
    runs.append(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    )
    assert runs[0].stdout == runs[1].stdout  # the first run fills the caches, the second reads them: the same output
    assert runs[1].stderr.endswith("LOADED:"), runs[1].stderr  # a warm run loads none of them


# counts, in the run, the patterns the stdlib compiles for drafter's modules and those lazyre does not find in its
# file (a pattern built from a set's words in a new order each run: usage's verbs were compiled every cold start)
COUNT_COMPILES = """
import os, re, re._compiler, sys
DRAFTER, RE = os.path.join({root!r}, "drafter"), os.path.dirname(re.__file__)
compiled = []
_compile = re._compiler.compile
def counting(p, flags=0):
    f = sys._getframe(1)
    while f is not None and (f.f_code.co_filename.startswith(RE) or f.f_code.co_filename.endswith("lazyre.py")):
        f = f.f_back
    if isinstance(p, str) and f is not None and f.f_code.co_filename.startswith(DRAFTER):
        compiled.append(p)
    return _compile(p, flags)
re._compiler.compile = counting
import drafter.lazyre
_keeping = drafter.lazyre._compile_keeping
def keeping(p, flags):  # compiled by lazyre, not found in its file
    compiled.append(p)
    return _keeping(p, flags)
drafter.lazyre._compile_keeping = keeping
sys.argv = ["drafter", "lint", {one!r}]
from drafter.cli import main
main()
sys.stderr.write(f"COMPILED:{{len(compiled)}}:" + repr(compiled[:3]))
"""


def test_a_warm_lint_compiles_no_pattern_anew(tmp_path: Path) -> None:
    """Every pattern of a lint (drafter's own, the checklists', the words') comes from lazyre's file on
    a warm start: compiling a CJK class costs a cold start milliseconds each (issue 29)."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    code = COUNT_COMPILES.format(root=str(ROOT), one=str(one))
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    )
    assert "COMPILED:" in cold.stderr and not cold.stderr.endswith("COMPILED:0:[]"), cold.stderr  # the first compiles
    assert warm.stderr.endswith("COMPILED:0:[]"), warm.stderr


COUNT_NEEDLES = """
import re, re._parser, sys
read = []
_parse = re._parser.parse
def counting(p, flags=0, state=None):
    if sys._getframe(1).f_code.co_filename.endswith(("needle.py", "literals.py")):
        read.append(p)
    return _parse(p, flags, state)
re._parser.parse = counting
import drafter.reach
_cap = drafter.reach._cap
def capping(p):
    read.append(p)
    return _cap(p)
drafter.reach._cap = capping
sys.argv = ["drafter", "lint", {one!r}]
from drafter.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(f"NEEDLES:{{len(read)}}")
"""


def test_a_warm_lint_reads_no_patterns_needles_anew(tmp_path: Path) -> None:
    """The needles of a lint's patterns (needle.py: read from each pattern's parse, ~60 ms a cold start),
    their literal runs (checks/literals.py: the near rule's ~600 cues) and their bounded forms (reach.py's
    rewrite) come from lazyre's file on a warm start."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    code = COUNT_NEEDLES.format(one=str(one))
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    )
    assert "NEEDLES:" in cold.stderr and not cold.stderr.endswith("NEEDLES:0"), cold.stderr[-300:]
    assert warm.stderr.endswith("NEEDLES:0"), warm.stderr[-300:]


def test_days_in_month_is_calendars() -> None:
    assert all(days_in_month(y, m) == calendar.monthrange(y, m)[1] for y in range(1, 3000) for m in range(1, 13))


def test_lint_leaves_the_collector_as_it_found_it(capsys: pytest.CaptureFixture[str]) -> None:
    """lint freezes what its imports made (a cold start), then unfreezes: a process that runs lint more
    than once (tests, an embedding program) does not pile up objects the collector never looks at."""
    import gc

    from drafter.cli import main

    for _ in range(2):
        with contextlib.suppress(SystemExit):
            main(["lint", str(ROOT / "examples" / "reports")])
        assert gc.get_freeze_count() == 0 and gc.isenabled()
    capsys.readouterr()


COUNT_CLASS_CODE = """
import builtins, sys
compiled = []
_compile = builtins.compile
def counting(source, *args, **kwargs):
    if sys._getframe(1).f_code.co_filename.endswith("classcode.py"):
        compiled.append(source)
    return _compile(source, *args, **kwargs)
builtins.compile = counting
sys.argv = ["drafter", "lint", {one!r}]
from drafter.entry import main
code = main()
from drafter.checks.results import Finding
from drafter.checks.rule import Check
f = Finding("r", "error", "m", 3, 1, 2)
assert f == Finding("r", "error", "m", 3, 1, 2) and f != Finding("r", "error", "m", 3, 1, 3)
assert hash(Check(print, ("duties",))) == hash(Check(print, ("duties",)))  # frozen: hashed by its fields
try:
    Check(print).parts = ()
except AttributeError:  # frozen: FrozenInstanceError
    pass
else:
    raise AssertionError("a frozen class took an assignment")
sys.stderr.write(f"CLASSES:{{len(compiled)}}:{{code}}:" + repr(f))
"""


def test_a_warm_lint_compiles_no_dataclass_method_anew(tmp_path: Path) -> None:
    """The methods ``@dataclass`` writes as text (classcode.py: ~30 ms of a cold start's compiling) come from
    lazyre's file on a warm start, and make the same classes: equal, hashed and shown as written."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    code = COUNT_CLASS_CODE.format(one=str(one))
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    )
    assert cold.stdout == warm.stdout
    shown = "Finding(rule='r', severity='error', message='m', line=3, col=1, length=2"
    count, status, rest = cold.stderr.rsplit("CLASSES:", 1)[1].split(":", 2)
    assert int(count) > 50 and rest.startswith(shown), cold.stderr[-300:]  # ~70 classes, some methods each
    count, status2, rest = warm.stderr.rsplit("CLASSES:", 1)[1].split(":", 2)
    assert (count, status2) == ("0", status) and rest.startswith(shown), warm.stderr[-300:]


COUNT_LAZYRE = """
import sys
import drafter.lazyre
counted = []
_compile = drafter.lazyre.compile
def counting(p, flags=0):
    counted.append(p)
    return _compile(p, flags)
drafter.lazyre.compile = counting
sys.argv = ["drafter", "lint", {one!r}]
from drafter.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(f"PATTERNS:{{len(counted)}}")
"""


def test_a_lint_compiles_only_the_patterns_whose_needles_the_report_holds(tmp_path: Path) -> None:
    """A checklist pattern (cues.pattern, the evidence words) is compiled on the first search of a text holding
    one of its needles (needle.Needled): a warm lint of the example report compiled 1,650 patterns (from
    lazyre's file or anew), most of them searched in no text that could hold a match; now some 440."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    code = COUNT_LAZYRE.format(one=str(one))
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout
    counts = [int(r.stderr.rsplit("PATTERNS:", 1)[1]) for r in runs]
    assert 100 < counts[1] < 800, counts


COUNT_WEIGHED = """
import sys
import drafter.checks.nearweights as nw
built = []
_weighed = nw._weighed
def counting(checklist):
    built.append(checklist.id)
    return _weighed(checklist)
nw._weighed = counting
sys.argv = ["drafter", "lint", "--items", {one!r}]
from drafter.cli import main
try:
    main()
except SystemExit:
    pass
from drafter.checklists import load
cl = load("department")
assert _weighed(cl) == nw.weighed(cl)  # what the file gave is what building gives
sys.stderr.write(f"WEIGHED:{{len(built)}}")
"""


def test_a_warm_lint_weighs_no_item_words_anew(tmp_path: Path) -> None:
    """near's weights of the items' words (nearweights: ~20 ms of a cold start) come from lazyre's file on a
    warm start, keyed by everything they are made of, and are what building them gives."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    code = COUNT_WEIGHED.format(one=str(one))
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    )
    assert cold.stdout == warm.stdout and "未写到" in cold.stdout, cold.stdout[-300:]
    assert not cold.stderr.endswith("WEIGHED:0"), cold.stderr[-300:]  # built, then kept
    assert warm.stderr.endswith("WEIGHED:0"), warm.stderr[-300:]


COUNT_TABLE = """
import sys
import drafter.hanzi as hz
read = []
_pairs = hz._pairs
def counting(path):
    read.append(str(path))
    return _pairs(path)
hz._pairs = counting
print(hz.simplified("青山縣司法局關於2024年度法治政府建設情況的報告，《習近平著作選讀》"))
sys.stderr.write(f"TABLES:{{len(read)}}")
"""


def test_a_warm_start_reads_no_character_table_anew(tmp_path: Path) -> None:
    """The traditional → simplified pairs (hanzi.py: OpenCC's TSCharacters.txt, ~2 ms of a cold start's
    parsing) come from lazyre's file on a warm start, and convert alike."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    cold, warm = (
        subprocess.run(
            [sys.executable, "-c", COUNT_TABLE.format()], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
        )
        for _ in range(2)
    )
    assert cold.stdout == warm.stdout == "青山县司法局关于2024年度法治政府建设情况的报告，《习近平著作选读》\n"
    assert cold.stderr.endswith("TABLES:1") and warm.stderr.endswith("TABLES:0"), (cold.stderr, warm.stderr)


COUNT_DATA_READS = """
import sys
import drafter.resources as res
read = []
_from_kept = res._from_kept
def counting(kept, stamp):
    read.append(stamp[0])
    return _from_kept(kept, stamp)
res._from_kept = counting
sys.argv = ["drafter", "lint", {one!r}]
from drafter.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(f"READS:{{len(read)}}:{{len(set(read))}}")
"""


def test_a_lint_reads_each_data_file_once(tmp_path: Path) -> None:
    """Some twenty loaders each build their lists from words.toml or names.toml: the file's kept copy is read
    (and its JSON parsed) once a run, not once a loader (resources._READ: ~3 ms of a cold start)."""
    one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "DRAFTER_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    code = COUNT_DATA_READS.format(one=str(one))
    cold, warm = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        for _ in range(2)
    )
    assert cold.stdout == warm.stdout
    reads, files = map(int, warm.stderr.rsplit("READS:", 1)[1].split(":"))
    assert 4 <= files == reads, warm.stderr[-300:]  # words, names, typos, units, patterns…: each once
