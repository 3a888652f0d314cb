"""The fuzzer's seeds, mutations and targets, shared by ``tests/test_fuzz_targets.py`` and ``bench/fuzz.py``.

Seeds are small real and hostile files made here (a report as .txt, .md, .html, .pdf and a .docx drafter
renders; small versions of ``tests/hostile.py``'s cases), never corpus text. A mutation takes a seed and
changes its bytes (or, for a .docx, the XML inside the zip, since random bytes in a zip only test the zip
check). Each target returns normally for a Document or a ReadError and raises anything else: an internal
error, which is what the fuzzer looks for. ``within`` turns a hang into a failure too.
"""

from __future__ import annotations

import contextlib
import functools
import io
import random
import signal
import zipfile
from collections.abc import Iterator
from pathlib import Path

from . import hostile as H

PIECES = [
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1.",
    "（1）",
    "①",
    "第一部分",
    "主要举措和成效",
    "存在的不足和原因",
    "原因是",
    "第一责任人",
    "2023年",
    "2024年度",
    "下一步",
    "工作安排",
    "。",
    "，",
    "；",
    "：",
    "\n",
    "\n\n",
    "\r\n",
    "\u3000",
    " " * 50,
    "共88件（结案63件、维持38件）",
    "成功率91%",
    "特此报告。",
    "2025年1月5日",
    "××",
    "法制政府",
    "+++",
    "## ",
    "### ",
    "# ",
    "**",
    "<!--",
    "-->",
    "<!-- drafter:commitments\n- ",
    "〔2023〕",
    "\x00",
    "\x0b",
    "\ufeff",
    "\ud7ff",
    "县人民政府：",
    "<p>",
    "</p>",
    "<br>",
    '<meta charset="gbk">',
    "依法行政，" * 8,
    "#" * 7,
    "=" * 3,
    'unit = "',
    "year = ",
    "9" * 30,
    "[[",
    "]]",
    "\\u0000",
    "{\\rtf1 ",
    "%PDF-1.4",
    "BT (a) Tj ET",
    "年" * 30,
]


def _seed_docx() -> bytes:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    return render(
        read_text(
            H.draft(
                body="### （一）加强执法监督。\n\n全年评查案卷41卷。\n\n"
                "## 二、2024年度推进法治政府建设存在的不足和原因\n\n培训不够。\n"
            ),
            "d.md",
        )
    )


def _seed_html() -> bytes:
    return H.meta_charset("utf-8")[1]


def _seed_pdf() -> bytes:
    return H._pdf(
        b"BT /F1 12 Tf 72 700 Td (2024 nian du fa zhi zheng fu jian she qing kuang de bao gao) Tj "
        b"0 -20 Td (yi. zhu yao ju cuo he cheng xiao) Tj 0 -20 Td (quan nian ping cha an juan 41 juan.) Tj ET"
    )


@functools.cache
def seeds() -> dict[str, bytes]:
    """Name (with the suffix it is read under) → bytes."""
    out = {
        "report.txt": H.REPORT.encode(),
        "report_gbk.txt": H.REPORT.encode("gb18030"),
        "report_utf16.txt": H.REPORT.encode("utf-16"),
        "draft.md": H.draft().encode(),
        "page.html": _seed_html(),
        "report.pdf": _seed_pdf(),
        "report.docx": _seed_docx(),
        "numbering.docx": H.numbering_cn_levels(12)[1],
        "heading.md": H.md_heading_spaces(200)[1],
        "comments.md": H.unclosed_comments(2000)[1],
        "wrapped.txt": H.wrapped_lines(60)[1],
        "longint.md": H.toml_long_int(50)[1],
        "nul.md": H.nul_field()[1],
        "charset.html": H.meta_charset("rot13")[1],
    }
    return out


# ------------------------------------------------------------ mutations


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few random edits of ``data``: flips, inserted pieces or bytes, deletions, duplications, truncation."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(7)
        at = rng.randrange(len(b) + 1)
        if kind == 0 and b:
            b[min(at, len(b) - 1)] = rng.randrange(256)
        elif kind == 1:
            b[at:at] = rng.choice(PIECES).encode("utf-8", "surrogatepass") * rng.choice((1, 1, 2, 30))
        elif kind == 2:
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif kind == 3:
            del b[at : at + rng.randint(1, 64)]
        elif kind == 4:
            b[at:at] = b[at : at + rng.randint(1, 200)] * rng.randint(2, 20)
        elif kind == 5 and b:
            del b[rng.randrange(len(b)) :]
        else:
            b[at:at] = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))).encode("utf-8", "surrogatepass")
    return bytes(b)


def mutate_docx(rng: random.Random, data: bytes) -> bytes:
    """The .docx with its document.xml (or numbering/styles part) mutated, zipped again."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    target = rng.choice(
        [n for n in names if n in ("word/document.xml", "word/numbering.xml", "word/styles.xml")] or names
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, mutate(rng, src.read(n)) if n == target else src.read(n))
    return out.getvalue()


def fuzzed_input(rng: random.Random) -> tuple[str, bytes]:
    """One input for the readers: (name, bytes)."""
    name, data = rng.choice(sorted(seeds().items()))
    if name.endswith(".docx") and rng.random() < 0.8:
        return name, mutate_docx(rng, data)
    return name, mutate(rng, data)


def fuzzed_checklist(rng: random.Random) -> str:
    """A user checklist's TOML: a valid one with some of its values and patterns mutated."""
    cues = [
        "档案",
        "(?:年年|年)+",
        "(一+)+$",
        "法制(?=政府)",
        r"\d+件",
        "[",
        "(?P<x>a)(?P=x)",
        "(?:a|ab)*c",
        "一{1,3}",
        "a{0,1000000}",
        ".*" * 30,
        "(?i)法治",
        "年" * 3,
        "(?:[^。]+。)+",
    ]
    extends = rng.choice(["department", "base", "./mine", "../../x/evil", "mine", "county_gov", "", "no_such"])
    text = (
        'name = "我的清单"\n'
        f'extends = "{extends}"\n'
        "[[items]]\n"
        'id = "archives"\npart = "measures"\ntitle = "档案法治"\nguidance = "写档案工作"\n'
        f"cues = ['{rng.choice(cues)}', '{rng.choice(cues)}']\n"
        'severity = "error"\n'
    )
    if rng.random() < 0.7:
        text = mutate(rng, text.encode()).decode("utf-8", "replace")
    return text


# ------------------------------------------------------------ targets


class Hang(Exception):
    """A target took longer than its limit: a failure like any internal error."""


@contextlib.contextmanager
def within(seconds: int) -> Iterator[None]:
    """Raise ``Hang`` in the main thread if the block uses more than ``seconds`` of CPU (SIGPROF; elsewhere no
    limit). A budget of work, not of the clock: a loaded machine stretches the wall time of the same work
    many times over, not its CPU time. A last guard (an input takes well under a second), never a measure."""
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF"):
        yield
        return

    def fire(signum: int, frame: object) -> None:
        raise Hang(f"超过 {seconds} 秒 CPU")

    old = signal.signal(signal.SIGPROF, fire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _check(doc: object, checklist: object | None = None) -> None:
    from drafter import checklists
    from drafter.checks import check
    from drafter.model import PART_IDS

    result = check(doc, checklist or checklists.load("county_gov"))  # type: ignore[arg-type]
    assert set(PART_IDS) <= set(result.parts)
    for f in result.findings:
        assert f.line is None or f.line >= 1
        assert f.col >= 0 and f.length >= 0


def read_target(name: str, data: bytes) -> None:
    """Read one file's bytes and check the Document: a ReadError (one line) is fine, anything else is not."""
    from drafter.readers import ReadError, read_bytes

    suffix = Path(name).suffix
    try:
        doc = read_bytes(data, "fuzz" + suffix, suffix)
    except ReadError as e:
        assert str(e) and "\n" not in str(e), repr(str(e))
        return
    _check(doc)


def round_trip_target(name: str, data: bytes) -> None:
    """import → render → lint: what reads as a report becomes a draft, the draft a .docx, the .docx a report."""
    from drafter.commands.import_ import UNKNOWN_UNIT
    from drafter.draft import dump
    from drafter.readers import ReadError, read_bytes
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    suffix = Path(name).suffix
    try:
        doc = read_bytes(data, "fuzz" + suffix, suffix)
    except ReadError:
        return
    m = doc.meta
    m.unit = m.unit or UNKNOWN_UNIT  # as import does
    m.year = m.year or 2024
    try:
        draft = read_text(dump(doc), "fuzz.md")
        rendered = render(draft)
    except ReadError as e:
        assert str(e) and "\n" not in str(e), repr(str(e))
        return
    again = read_bytes(rendered, "fuzz.docx", ".docx")  # drafter reads every .docx it writes
    _check(again)


def checklist_target(text: str, folder: Path) -> None:
    """Load a user checklist (a ReadError is fine) and, if it loads, check a report with it."""
    from drafter import checklists
    from drafter.checklist_schema import build
    from drafter.readers import ReadError, read_bytes

    path = folder / "mine.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        cl = build(path, checklists.search_dirs())
    except ReadError as e:
        assert str(e) and "\n" not in str(e).strip(), repr(str(e))
        return
    _check(read_bytes(H.REPORT.encode() + "年".encode() * 200 + b"x\n", "r.txt", ".txt"), cl)


LONG_PIECES = [
    "1件",
    "受理",
    "办结率50%，",
    "受理案件10件，办结案件5件，办结率50%，",
    "【",
    "】",
    "〇",
    "1234567890",
    "1.",
    " ",
    "，",
    "一是",
    "2024年",
    "（一）",
    "不少于",
    "<!--",
    "\n",
    "共88件（结案63件、维持38件）",
]


def long_repeat_target(piece: str) -> None:
    """A report whose measures paragraph is ``piece`` repeated tens of KB long, read and checked:
    a check quadratic in a paragraph's length hangs here (``within``), a linear one takes a second."""
    from drafter.readers import ReadError, read_bytes

    body = H.REPORT.replace("全年评查行政执法案卷41卷", piece + "全年评查行政执法案卷41卷")
    try:
        doc = read_bytes(body.encode(), "long.txt", ".txt")
    except ReadError as e:
        assert str(e) and "\n" not in str(e), repr(str(e))
        return
    _check(doc)


TARGETS = ("read", "round-trip", "checklist", "long-repeat")


def draw(target: str, rng: random.Random) -> tuple[str, bytes]:
    """One input for ``target``: (the seed's name, bytes)."""
    if target == "checklist":
        return "mine.toml", fuzzed_checklist(rng).encode("utf-8", "surrogatepass")
    if target == "long-repeat":
        unit = "".join(rng.choice(LONG_PIECES) for _ in range(rng.randint(1, 3)))
        size = rng.randint(20_000, 40_000)
        return "long.txt", (unit * (size // len(unit) + 1))[:size].encode()
    return fuzzed_input(rng)


def run(target: str, name: str, payload: bytes, folder: Path) -> None:
    """Run ``target`` on one input; raises on an internal error (``Hang`` past 20 s of CPU)."""
    with within(20):
        if target == "read":
            read_target(name, payload)
        elif target == "round-trip":
            round_trip_target(name, payload)
        elif target == "long-repeat":
            long_repeat_target(payload.decode())
        else:
            checklist_target(payload.decode("utf-8", "surrogatepass"), folder)
