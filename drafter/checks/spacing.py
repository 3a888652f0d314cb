"""A space typed into Chinese text: between two characters, before a mark, around a figure
(为推进 “一案一评” 机制、夯实基层法治基础 。、《某县卫健局 2024 年……计划》).

The readers drop such spaces (a PDF leaves them inside words: ``text.normalise``), so this rule reads
each line as typed (``Document.source``, kept for .txt, .md and .docx; a PDF keeps none). A writer's
slip is rare; a copy with spaces throughout (a PDF's text, a site that spaces every figure) has them
everywhere and is left alone: more than ``MANY`` spaces in a report, and none is reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import RUNNING, Block, Document
from ..text import CJK, normalise
from .context import Context
from .results import INFO, WARNING, Finding
from .rule import Rule, Scope

MARKS = "，。、；：？！“”‘’（）《》〔〕【】"
ENDS = "。？！；："  # a space after these may be a paragraph break of a copy that runs paragraphs together
MANY = 6  # spaces beyond which they are the copy's, not the writer's
SHOWN = 6  # characters a message shows on each side
CLOSE = 8  # spaces nearer than this are one slip
FIT = 3  # characters on each side of a space that find its place in the block's text
NEAR = 400  # how far from where the line puts it a space's place is looked for (a draft's markup moves it)
TRIED = 4 * MANY  # spaces looked at before a copy counts as spacing its text throughout
FEW = 2  # spaces after run-in headings' stops told one by one; more are the text's layout, told once
QUOTED = 40  # characters back a space looks for an open “ or 《 (a slogan's or a title's halves)
_GAP = Lazy(rf"(?<=[{CJK}{MARKS}\d])[ \u3000\u00a0](?=[{CJK}{MARKS}\d])")
_WIDE = Lazy(rf"[{CJK}{MARKS}]")
_CJK_ONLY = Lazy(rf"[{CJK}]")
_ISSUER_END = Lazy(r"(?:委员会|人民政府|办事处|管委会|政府办公室)$")  # a full name: joint issuers (not 镇党委 政府)
_SENTENCE = Lazy(r"[，。；！？,;]")  # a line with none is a table's row or a label's line, not prose

STRAY_SPACE = Rule(
    "stray-space",
    "中文里多了空格",
    Scope.DOCUMENT,
    {
        WARNING: "字与字、字与标点、字与数字之间夹了一个空格（全文不超过6处时逐处提示）",
        INFO: "全文多处数字两侧加了空格（“会议 1 次”），只在第一处提示一次；标题中“关于”前多了空格",
    },
)


def _wide(ch: str) -> bool:
    return _WIDE.match(ch) is not None


def _spaced(raw: str) -> bool:
    """Whether the typed line ``raw`` holds a space ``_GAP`` may find (a line without one has no gap)."""
    return " " in raw or "\u3000" in raw or "\u00a0" in raw


def _gaps(raw: str) -> Iterator[int]:
    """Offsets in the typed line ``raw`` of single spaces a writer typed into Chinese text: a Chinese
    character or mark on at least one side, a figure or one of them on the other; not after a
    sentence's end (a copy's paragraph break), not a run of spaces (an indent, a layout)."""
    for m in _GAP.finditer(raw):
        before, after = raw[m.start() - 1], raw[m.end()]
        if before in ENDS or not (_wide(before) or _wide(after)):
            continue
        if _latin(raw, m.start() - 1, -1) or _latin(raw, m.end(), 1):
            continue  # a figure of a Latin token (H5 页面, 5G 基站): spacing Latin is a style, not a slip
        if _padded(raw, m.start()):
            continue  # 负责人：王　伟，: a two-character name padded to three, a typesetter's habit
        if _CJK_ONLY.match(before) and _CJK_ONLY.match(after) and _phrases(raw, m.start()):
            continue
        yield m.start()


def _phrases(raw: str, i: int) -> bool:
    """Whether the space at ``raw[i]``, between two Chinese characters, parts two phrases on purpose:
    the halves of a quoted slogan or title (“党建引领 法治护航”, 《… …》), joint issuers (中共某县委员会
    某县人民政府), two four-character phrases standing alone (奋力开拓 创新发展)."""
    near = raw[max(0, i - QUOTED) : i]
    opened = max(near.rfind("“"), near.rfind("《"))
    if opened >= 0 and opened > max(near.rfind("”"), near.rfind("》")):
        return True
    if near.count("“") > near.count("”") or near.count("《") > near.count("》"):
        return True  # a slogan quoting a word in it: “践行“两山”理念 法治护航”, the outer quote still open
    if _ISSUER_END.search(raw[max(0, i - 8) : i]):
        return True
    return _run(raw, i - 1, -1) == 4 and _run(raw, i + 1, 1) == 4


def _run(raw: str, i: int, step: int) -> int:
    """How many Chinese characters run from ``raw[i]`` in direction ``step`` (at most 5 are counted)."""
    n = 0
    while 0 <= i < len(raw) and n < 5 and _CJK_ONLY.match(raw[i]):
        n, i = n + 1, i + step
    return n


def _padded(raw: str, i: int) -> bool:
    """Whether the space at ``raw[i]`` pads a two-character name standing alone between marks (：王　伟，)."""
    edge, left, right = MARKS + ":,;", i - 2, i + 2
    if not (0 < i < len(raw) - 1 and _CJK_ONLY.match(raw[i - 1]) and _CJK_ONLY.match(raw[i + 1])):
        return False
    return (left < 0 or raw[left] in edge) and (right >= len(raw) or raw[right] in edge)


def _latin(raw: str, i: int, step: int) -> bool:
    """Whether the figure at ``raw[i]`` (read on in direction ``step``) ends in a Latin letter (H5, 5G)."""
    while 0 <= i < len(raw) and (raw[i].isdigit() or raw[i] in ".%"):
        i += step
    return 0 <= i < len(raw) and raw[i].isascii() and raw[i].isalpha()


def _lines(b: Block) -> Iterator[tuple[int, int]]:
    """(source line, offset in ``b.text`` of that line's first character as normalised) of each line
    ``b`` spans; the first line's offset is negative by the block's column in it."""
    yield b.line, -b.col
    for at, line in b.breaks:
        yield line, at


def _places(doc: Document) -> list[tuple[Block, int]] | None:
    """(block, offset in its text the space stood before) of each stray space in the running text,
    strictly inside a block (a space at a block's edge is where a copy ran two paragraphs together);
    None past ``TRIED`` spaces looked at (the copy spaces its text: the work stays linear in the report
    however many spaces it holds). Each source line is read once, and
    each of its spaces goes to the block that holds it: a web copy that runs the report on one line has
    every block on it."""
    out, tried = [], 0
    for line, held in _by_line(doc).items():
        raw = doc.source[line - 1]
        if not _spaced(raw):
            continue  # no gap to find (most lines): not read further
        if not any(b.role in RUNNING for _, b, _ in held) or not (_SENTENCE.search(raw) or _heading(held)):
            continue  # 项目 数量 同比, 联系人：张三 联系电话：……: spaces part the cells, not words
        for i in _gaps(raw):
            tried += 1
            if tried > TRIED:
                return None
            g = len(normalise(raw[:i]))  # at most TRIED times a document: linear
            _, b, base = _holder(held, g)
            at = _at(b.text, raw, i, base + g) if b.role in RUNNING else None
            if at is not None and _inside(b, at):
                out.append((b, at))
    return out


def _heading(held: list[tuple[int, Block, int]]) -> bool:
    """Whether a line is one heading numbered 一、 (a heading has no mark to tell it from a table's row)."""
    return len(held) == 1 and held[0][1].number.endswith("、") and held[0][1].role in RUNNING


def _inside(b: Block, at: int) -> bool:
    """Whether a space before ``b.text[at]`` stands inside the block's words: after its heading number only
    where the number ends in 、 (一、 主要举措: the 、 already parts the number from the words; "1. " is a style)."""
    return (len(b.number) < at or (at == len(b.number) > 0 and b.number.endswith("、"))) and at < len(b.text)


def _by_line(doc: Document) -> dict[int, list[tuple[int, Block, int]]]:
    """The blocks on each source line kept, in the order of the text: (where the block starts on the
    line as normalised, the block, the offset in its text of the line's first character)."""
    lines: dict[int, list[tuple[int, Block, int]]] = {}
    for b in doc.blocks:
        for line, base in _lines(b):
            if 1 <= line <= len(doc.source):
                lines.setdefault(line, []).append((max(0, -base), b, base))
    return lines


def _holder(held: list[tuple[int, Block, int]], g: int) -> tuple[int, Block, int]:
    """The block of ``held`` (one line's) whose span holds character ``g`` of the line: the last to start
    at or before it; the first block where none does."""
    return next((h for h in reversed(held) if h[0] <= g), held[0])


def _at(text: str, raw: str, i: int, guess: int) -> int | None:
    """Where in ``text`` the space at ``raw[i]`` stood: the place nearest ``guess`` where the words on
    both sides of it meet (a draft's markup, **粗体**, moves the guess; the words do not), looked for
    within ``NEAR`` characters of it."""
    # read as the block is (a traditional copy's block is in simplified characters: ``readers.script``)
    left = simplified(normalise(raw[max(0, i - FIT) : i]))[-FIT:]
    right = simplified(normalise(raw[i + 1 : i + 1 + FIT]))[:FIT]
    if not left or not right:
        return None
    lo, hi = max(0, guess - NEAR), min(len(text), guess + NEAR)
    found, k = [], text.find(left + right, lo, hi)
    while k >= 0:
        found.append(k + len(left))
        k = text.find(left + right, k + 1, hi)
    return min(found, key=lambda a: abs(a - guess)) if found else None


def _clusters(places: list[tuple[Block, int]]) -> list[tuple[Block, list[int]]]:
    """(block, offsets) of each slip: spaces within ``CLOSE`` characters of each other in one block are
    one (为推进 “一案一评” 机制, 卫健局 2024 年)."""
    out: list[tuple[Block, list[int]]] = []
    for b, at in sorted(places, key=lambda p: (id(p[0]), p[1])):
        if out and out[-1][0] is b and (at - out[-1][1][-1] < CLOSE or _around_quote(b.text, out[-1][1][-1], at)):
            out[-1][1].append(at)
        else:
            out.append((b, [at]))
    return out


def _around_quote(text: str, before: int, after: int) -> bool:
    """Whether the spaces at ``before`` and ``after`` stand either side of one quoted phrase (锚定 “政府行为全面纳入
    法治轨道” 的总目标): one slip however long the phrase, within ``QUOTED`` characters."""
    inner = text[before + 1 : after - 1]
    return (
        after - before <= QUOTED
        and text[before : before + 1] == "“"
        and text[after - 1 : after] == "”"
        and "“" not in inner
        and "”" not in inner
    )


def _shown(text: str, ats: list[int]) -> str:
    """The words around the spaces at ``ats`` of ``text``, the spaces typed back in."""
    start, end = max(0, ats[0] - SHOWN), min(len(text), ats[-1] + SHOWN)
    cuts = [start, *ats, end]
    return " ".join(text[a:b] for a, b in pairwise(cuts))


@STRAY_SPACE.check
def stray_space(ctx: Context) -> Iterator[Finding]:
    places = _places(ctx.doc)
    if places is None or len(places) > MANY:
        figures = list(_spaced_figures(ctx))
        yield from figures
        if places is not None and not figures:
            yield from _by_lines(ctx, places)
        return
    yield from _after_run_in(ctx)
    yield from _title_gap(ctx)
    slips = _clusters(places)
    for b, ats in sorted(slips, key=lambda s: s[0].locate(s[1][0])):
        where = "两处" if len(ats) == 2 else ("几处" if len(ats) > 2 else "")
        message = f"删去空格：“{_shown(b.text, ats)}”中{where}多了空格，中文里字、标点、数字之间不空格"
        yield STRAY_SPACE.at(b, ats[0] - 1, ats[-1] + 1, WARNING, message, ctx.part_of(b))


def _by_lines(ctx: Context, places: list[tuple[Block, int]]) -> Iterator[Finding]:
    """Spaces too many to tell one by one, not a text that spaces its figures: a writer's habit of typing a
    space around quotation marks or a year (深刻领悟 “两个确立” 的, 2025 年). One finding a line, at its
    first space, counting the line's others; past ``MANY`` lines the spaces are the copy's layout, not told."""
    lines: dict[int, list[tuple[Block, int]]] = {}
    for b, at in places:
        lines.setdefault(b.locate(at)[0], []).append((b, at))
    if len(lines) > MANY:
        return
    for line in sorted(lines):
        b, ats = min(_clusters(lines[line]), key=lambda s: s[0].locate(s[1][0]))  # the line's first slip
        n = len(lines[line])
        more = f"这一行共{n}处，" if n > len(ats) else ""
        message = f"删去空格：“{_shown(b.text, ats)}”中多了空格，{more}中文里字、标点、数字之间不空格"
        yield STRAY_SPACE.at(b, ats[0] - 1, ats[-1] + 1, WARNING, message, ctx.part_of(b))


def _after_run_in(ctx: Context) -> Iterator[Finding]:
    """A space typed between a run-in heading's stop and its text, on a line that holds just the two
    (“（二）……“三项制度”。 一方面，……”): the stop already parts them. A space after a stop elsewhere may be
    where a copy ran two paragraphs together (一是……。 二是……) and is not told; here the text after it is
    the heading's own. More than ``FEW`` such: the layout of the whole text, one finding at the first."""
    blocks = ctx.doc.blocks
    held = Counter(b.line for b in blocks)
    found = []
    for h, b in pairwise(blocks):
        if not (h.kind == "heading" and h.run_in and b.kind == "paragraph" and b.line == h.line):
            continue
        if held[h.line] != 2 or h.breaks or h.role not in RUNNING or not h.text.endswith(("。", "：", ":")):
            continue
        raw = ctx.doc.source[h.line - 1] if 1 <= h.line <= len(ctx.doc.source) else ""
        end = ctx.doc.column(h.line, h.col + len(h.text) - 1)  # 1-based column of the stop = its end offset
        start = ctx.doc.column(b.line, b.col) - 1
        if raw[end:start] in (" ", "\u3000") and _wide(raw[start : start + 1]):
            found.append((h, b, raw[end - 1 : start + 1]))
    for h, b, written in found if len(found) <= FEW else found[:1]:
        more = f"（全文共{len(found)}处）" if len(found) > FEW else ""
        message = (
            f"请删去空格：“{h.text[-SHOWN:]} {b.text[:SHOWN]}”中标题的句号后多了空格{more}；标题与正文同段时，"
            "句号后直接接正文"
        )
        at = STRAY_SPACE.at(h, len(h.text) - 1, len(h.text), WARNING, message, ctx.part_of(h))
        yield replace(at, quote=written)  # “。 一”: the stop, the space and the text's first character, as elsewhere


def _title_gap(ctx: Context) -> Iterator[Finding]:
    """A space between a title's issuer and its 关于 (古丈县司法局 关于2024年度……的报告): the title is one phrase,
    issuer, matter and genre run on (GB/T 9704 7.3.1). An info: a page that sets a title of two lines
    (issuer above, 关于…… below) on one may put the space there itself; where joint issuers are spaced too
    (中共某县委 某县人民政府 关于……), the spaces are that layout's, not told. Nor in a .docx: its reader reads
    a title set on two lines by a line break (Word's Shift+Enter, as drafter's own render sets it) with a
    space there, which no writer typed."""
    if ctx.doc.fmt == "docx":
        return
    for b in ctx.doc.blocks:
        if b.role != "title" or b.breaks or not 1 <= b.line <= len(ctx.doc.source):
            continue
        raw = ctx.doc.source[b.line - 1]
        i = raw.find(" 关于")
        at = b.text.find("关于")
        if i < 1 or at < 1 or not _CJK_ONLY.match(raw[i - 1]) or raw[i - 1] != b.text[at - 1]:
            continue
        if " " in raw[:i].strip() or "\u3000" in raw[:i].strip():
            continue  # 中共某县委 某县人民政府 关于……: joint issuers spaced, a title of lines set on one
        message = (
            f"可删去“关于”前的空格：标题“{b.text[max(0, at - SHOWN) : at + SHOWN]}”中“关于”前多了空格，发文机关名称与“关于”之间不空格"
            "（标题原为两行、网页排成一行的，可忽略）"
        )
        yield STRAY_SPACE.at(b, at - 1, at + 2, INFO, message)
        return


def _spaced_figures(ctx: Context) -> Iterator[Finding]:
    """One info where the spaces are too many to be a slip each and at least half of them pad a figure
    (全年召开会议 1 次，专题会议 4 次): a text that spaces its figures throughout, the writer's way or the
    copy's; said once, at the first that stands in the running text (the title's “某县 2025 年度” is the
    title's: the finding goes to the body's first). Each line's spaces are counted once; at most ``TRIED``
    of them are tried for a place."""
    total, padded = 0, 0
    firsts: list[tuple[str, int, list[tuple[int, Block, int]]]] = []
    for line, held in _by_line(ctx.doc).items():
        raw = ctx.doc.source[line - 1]
        if not _spaced(raw):
            continue
        if not any(b.role in RUNNING for _, b, _ in held) or not _SENTENCE.search(raw):
            continue
        for i in _gaps(raw):
            total += 1
            if raw[i - 1].isdigit() or raw[i + 1].isdigit():
                padded += 1
                if len(firsts) < TRIED:
                    firsts.append((raw, i, held))
    if padded < SPACED or 2 * padded < total:
        return
    for raw, i, held in firsts:
        g = len(normalise(raw[:i]))
        _, b, base = _holder(held, g)
        at = _at(b.text, raw, i, base + g) if b.role in RUNNING else None
        if at is None or not len(b.number) < at < len(b.text):
            continue
        message = (
            f"请删去数字两侧的空格：全文有{padded}处数字两侧加了空格（如“{raw[max(0, i - SHOWN) : i + SHOWN + 2].strip()}”），"
            "中文里数字与汉字之间不空格"
            "（从PDF、网页复制的文字常带这种空格）"
        )
        yield STRAY_SPACE.at(b, at - 1, at + 1, INFO, message, ctx.part_of(b))
        return


SPACED = MANY + 1  # spaces beside figures from which a text spaces them throughout (fewer: each one is told)


__all__ = ["STRAY_SPACE"]
