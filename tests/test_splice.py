"""Re-reading by splicing (readers/splice.py) must give exactly what a full read gives.

Random edits of real-sized drafts — one line changed into anything a writer or a paste could
leave (headings, list items, comments, directives, a page's words, a closing, a date, run-on
text), lines inserted or deleted — are read twice at every step: spliced into the last reading,
and in full. The two Documents must be equal, field by field; and ordinary edits of a body
paragraph, the common case, must actually splice.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.app import drafts
from drafter.checks import Memo
from drafter.readers import splice
from drafter.readers.markdown import read_text
from drafter.text import match_number

from .conftest import seed_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "drafts"
SEQUENCES = int(os.environ.get("DRAFTER_SPLICE_EXAMPLES", "80"))


def _seed_lines() -> list[str]:
    return [x.strip() for p in seed_paths() for x in p.read_text(encoding="utf-8").splitlines() if len(x.strip()) > 8]


def _big_draft(pool: list[str]) -> str:
    """A draft of ``pool``'s lines, each a paragraph, under the four parts' headings."""
    text = drafts.blank("辛集乡人民政府", "township", 2025)
    head, _, body = text.partition("\n+++\n")
    parts = body.split("\n## ")
    chunks = [pool[i::4] for i in range(4)]
    filled = [parts[0]] + [
        p.rstrip("\n") + "\n\n" + "\n\n".join(c) + "\n" for p, c in zip(parts[1:], chunks, strict=False)
    ]
    return head + "\n+++\n" + "\n## ".join(filled)


BASES = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]

# What an edited line may become: ordinary words, and every shape the reader treats specially.
SHAPES = (
    "全年办理行政复议案件12件，纠错率8%。",
    "## 五、其他事项",
    "### （一）加强组织领导",
    "一、主要举措",
    "（二）强化监督",
    "1.完善制度。",
    "- 列表项",
    "**加粗标题。**正文",
    "<!-- drafter: 忽略 figures 测试 -->",
    "<!-- 注释",
    "注释 -->",
    "附件：1.统计表",
    "特此报告。",
    "辛集乡人民政府",
    "2025年12月30日",
    "辛集乡人民政府 2025年12月30日",
    "当前位置：首页 > 政务公开",
    "打印本页 关闭窗口",
    "来源：县司法局",
    "发布时间：2025-01-05",
    "+++",
    "",
    "   ",
    "抄送：县司法局。",
    "第 3 页",
    "2024年，我乡开展普法活动。",
    "一是加强学习；二是完善制度。",
    "\t缩进的段落。",
    "在县委坚强领导下，" * 200,
)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, str]]]:
    base = draw(st.sampled_from([*BASES, _BIG, _PLAIN]))
    steps = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(
            st.sampled_from(
                [
                    "type",
                    "shape",
                    "pool",
                    "insert",
                    "delete",
                    "join",
                    "type-para",
                    "type-para",
                    "type-para",
                    "shape-para",
                    "pool-para",
                ]
            )
        )
        at = draw(st.floats(0, 1))
        if kind.startswith("type"):
            words = draw(
                st.text(
                    alphabet="开展培训次件%，。、年月日0123456789一二（）：；《》新法治 #*-<!>\u3000\t附关于报告",
                    max_size=6,
                )
            )
        elif kind.startswith("shape"):
            words = draw(st.sampled_from(SHAPES))
        else:
            words = draw(st.sampled_from(_POOL))
        steps.append((kind, int(at * 10_000), words))
    return base, steps


def _apply(lines: list[str], kind: str, at: int, words: str) -> None:
    """One edit at line ``at`` (modulo); a ``-para`` edit at a body paragraph's line, where splicing is tried."""
    i = at % len(lines)
    if kind.endswith("-para"):
        fence = [j for j, t in enumerate(lines) if t.strip() == "+++"][1:2] or [0]
        paras = [j for j, t in enumerate(lines) if j > fence[0] and t.strip() and not t.startswith("#")]
        i = paras[at % len(paras)] if paras else i
        kind = kind.removesuffix("-para")
    if kind == "type":
        lines[i] = lines[i] + words
    elif kind in ("shape", "pool"):
        lines[i] = words
    elif kind == "insert":
        lines.insert(i, words)
    elif kind == "delete" and len(lines) > 1:
        del lines[i]
    elif kind == "join" and i + 1 < len(lines):
        lines[i : i + 2] = [lines[i] + lines[i + 1]]


_POOL = _seed_lines()
_BIG = _big_draft(_POOL[:120])  # the seeds' lines as they come: titles, headings of mixed numbering, paragraphs
_PLAIN = _big_draft([x for x in _POOL if match_number(x) is None and "报告" not in x][:100])  # body paragraphs


@settings(max_examples=SEQUENCES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits())
def test_spliced_reading_equals_full_read(case: tuple[str, list[tuple[str, int, str]]]) -> None:
    base, steps = case
    lines = base.split("\n")
    last = splice.read(base)
    for kind, at, words in steps:
        _apply(lines, kind, at, words)
        text = "\n".join(lines)
        try:
            full = read_text(text)
        except Exception as e:  # whatever the full read refuses, the splice refuses too
            with pytest.raises(type(e)):
                splice.reread(text, last)
            last = None
            continue
        got = splice.reread(text, last)
        assert got.doc == full, (kind, at, words, got.spliced)
        last = got


def _body_paragraph_lines(text: str) -> list[int]:
    """Indexes of the lines that are one-line body paragraphs between two blank lines, past the headings' start."""
    lines = text.split("\n")
    first = next(i for i, t in enumerate(lines) if t.startswith("## "))
    return [
        i
        for i in range(first, len(lines) - 1)
        if lines[i].strip() and not lines[i].startswith("#") and not lines[i - 1].strip() and not lines[i + 1].strip()
    ]


@pytest.mark.parametrize(
    ("base", "share"),
    [*((b, 1.0) for b in BASES), (_PLAIN, 0.8)],
    ids=[*(p.stem for p in sorted(EXAMPLES.glob("*.md"))), "seeds"],
)
def test_typing_in_a_body_paragraph_splices(base: str, share: float) -> None:
    """The common case takes the short way: every one-line paragraph or run-in heading of the body of
    an example draft splices when typed in; of the seeds' paragraphs, all but the few that read as
    something else once typed in (a unit's name as a title line, a 发文字号, a page's words)."""
    lines = base.split("\n")
    candidates = _body_paragraph_lines(base)
    spliced = 0
    last = splice.read(base)
    for i in candidates:
        lines[i] += "新增三件"
        got = splice.reread("\n".join(lines), last)
        assert got.doc == read_text("\n".join(lines))
        spliced += got.spliced
        last = got
    assert spliced >= share * len(candidates), (spliced, len(candidates))


def test_run_check_with_memo_reuses_the_reading() -> None:
    """The app's re-check (drafts.run_check with the session's memo) splices, and gives the cold result."""
    from drafter.draft import split_front_matter, validate

    meta = validate(split_front_matter(_PLAIN)[0])  # type: ignore[arg-type]
    cl = drafts.checklist_for(meta)
    memo = Memo()
    drafts.run_check(_PLAIN, cl, "d.md", memo=memo)
    lines = _PLAIN.split("\n")
    i = _body_paragraph_lines(_PLAIN)[len(_body_paragraph_lines(_PLAIN)) // 2]
    lines[i] += "全年受理行政复议申请40件，办结45件。"
    text = "\n".join(lines)
    live = drafts.run_check(text, cl, "d.md", memo=memo)
    kept = memo.map("reading").get("d.md")
    assert isinstance(kept, splice.Reading) and kept.spliced
    cold = drafts.run_check(text, cl, "d.md")
    assert live.findings == cold.findings
    assert any(f.rule == "figures" and f.line == i + 1 for f in live.findings)
