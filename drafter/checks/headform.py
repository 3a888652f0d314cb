"""The form of a report's head under GB/T 9704-2012: the 主送机关 ends with a full-width colon (7.3.4), and
the title of a 报告 sent to a 主送机关 is 发文机关 + 关于……的 + 报告 (7.3.3); the opening's 现将……报告如下
names the report by the title's 文种."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..hanzi import simplified
from ..lazyre import Lazy, compile
from ..model import RUNNING, Block
from ..organs import organ_list
from ..text import CJK
from ..vocab import alternation, words
from .context import Context
from .covers import cover_spans
from .results import INFO, WARNING, Finding
from .rule import Rule, Scope

ADDRESSEE_COLON = Rule(
    "addressee-colon",
    "主送机关缺少冒号",
    Scope.DOCUMENT,
    {INFO: "标题下一行是上级机关的名称，却没有以全角冒号结尾"},
)
TITLE_FORM = Rule(
    "title-form",
    "公文标题缺少“关于”",
    Scope.DOCUMENT,
    {
        WARNING: "标题有“关于”却没有与它相应的“的”（“关于2022年度法治政府建设情况报告”），或“年度”写了两次"
        "（“2022年度法治政府建设年度报告”）",
        INFO: "有主送机关的报告，标题写成“××局2023年……报告”，缺少引出事由的“关于……的”；标题以“……的报告”结尾却没有"
        "“关于”（审读者看法不一）；标题以“……情况”结尾，缺少文种“报告”",
    },
)
COVER_GENRE = Rule(
    "cover-genre",
    "开头的套语与标题的文种不一致",
    Scope.DOCUMENT,
    {INFO: "标题是“……情况报告”，开头却说“现将……工作总结报告如下”或报送《……工作总结》"},
)

_PROSE = Lazy(r"[，,。]")
_DIFFER = "审读者看法不一，可斟酌后忽略"  # the end of an info on a title's style readers disagree on
_HALF_FRAME = Lazy(rf"^(?!.*关于).{{4,60}}[{CJK}]的报告$")  # "……情况的报告" with no 关于 to open it
_OPEN_FRAME = Lazy(r"关于(?!.*的).{4,60}报告$")  # "关于……情况报告": the 事由 关于 opens is never closed by 的
_TWICE_YEARLY = Lazy(r"年度.{2,40}年度报告$")  # "2023年度……年度报告": 年度 said twice
_YEAR_REPORT = Lazy(r"^(20\d{2})\s*年度?(.{2,40}?)报告$")
_CJK_ONLY = Lazy(rf"^[{CJK}]{{2,30}}$")
_NO_GENRE = Lazy(r"^(?!.*(?:报告|總結|总结|汇报|報告)).{0,40}法治.{2,30}情况$")  # "……法治政府建设工作情况": no 文种


def bare_addressee(ctx: Context) -> Block | None:
    """The line under the title that is a 主送机关 without its colon ("青山市人民政府" then the opening),
    or None: it names superior organs only, none of them the report's own unit (a byline), and the
    report's prose follows it."""
    meta = ctx.doc.meta
    if meta.addressee is not None or not meta.unit:
        return None
    blocks = [b for b in ctx.doc.blocks if b.role not in ("debris", "doc_number", "date")]
    at = next((i for i, b in enumerate(blocks) if b.role == "title"), None)
    while at is not None and at + 1 < len(blocks) and blocks[at + 1].role == "title":
        at += 1
    if at is None or at + 2 >= len(blocks):
        return None
    line, after = blocks[at + 1], blocks[at + 2]
    if line.kind != "paragraph" or line.role != "body" or not _PROSE.search(after.text):
        return None
    if _apart(ctx.doc.blocks, blocks[at], line):  # "访问量：" between them: a line of the page, not the document's
        return None
    organs = organ_list(line.text.strip() + "：")
    if organs is None or _PROSE.search(line.text):
        return None
    own = [_short(simplified(u)) for u in meta.unit.split()]
    pieces = [simplified(p) for p in organs.replace("、", " ").replace("，", " ").split()]
    if any(_short(p).endswith(u) or u.endswith(_short(p)) for p in pieces for u in own):
        return None  # the unit itself under its title ("县政府办公室", "中共青禾县公安局委员会"): a byline
    if not all(_is_superior(p, own) for p in pieces):
        return None
    return line


def _apart(every: list[Block], title: Block, line: Block) -> bool:
    """Whether a web page's furniture (a debris line: 访问量、来源、发布时间) stands between the title and ``line``:
    the 主送机关 is set right under the title (GB/T 9704 7.3.4), so a line the page's own lines part from it is the
    page's (a site's banner, a column's name), whatever it names."""
    ids = [id(b) for b in every]
    lo, hi = ids.index(id(title)), ids.index(id(line))
    return any(b.role == "debris" for b in every[lo + 1 : hi])


def _short(name: str) -> str:
    """A name as compared with the unit's own: without 中共/党组/委员会, in its short form (县政府办)."""
    head = words().head
    for drop in head.own_drops:
        name = name.replace(drop, "")
    for pair in head.short_forms:
        long, _, short = pair.partition("=")
        name = name.replace(long, short)
    return name


def _is_superior(piece: str, own: list[str]) -> bool:
    """``piece`` names a superior of the unit: a government, a Party committee, a people's congress, the
    依法治×办; an office (``office_ends``) only when it is the 依法治×办's or a higher level's government's
    (``government_offices``; the same level's government office under a bureau's title is the site's
    publisher)."""
    head = words().head
    short = _short(piece)
    if not short.endswith(head.office_ends):
        return bool(_superior().search(piece))
    if any(w in piece for w in head.superior_offices):
        return True
    government = next((g for g in head.government_offices if short.endswith(g)), None)
    if government is None:
        return False
    theirs = _rank(short[: -len(government)], whole=True)
    ours = [r for r in (_rank(u) for u in own) if r is not None]
    return theirs is not None and bool(ours) and theirs < min(ours)


def _rank(name: str, whole: bool = False) -> int | None:
    """The level of the place ``name`` starts with (0 省, 1 市…), or None; ``whole``: the name is all place."""
    m = _place_run().match(name)
    if m is None or (whole and m.end() != len(name)):
        return None
    last = m.group(1)  # the last division's level
    for rank, group in enumerate(words().head.levels):
        if last in group.split():
            return rank
    return None


@lru_cache(maxsize=1)
def _superior() -> re.Pattern[str]:
    """A superior organ's name's end (``superiors`` of words.toml [head]: 人民政府, 县委, 依法治县办…)."""
    return compile(rf"{alternation(words().head.superiors)}$")


@lru_cache(maxsize=1)
def _place_run() -> re.Pattern[str]:
    """A name's place, one division after another ("青禾县青山镇"); its group, the last one's level."""
    head = words().head
    level = alternation(tuple(w for g in head.levels for w in g.split()))
    after = alternation(head.not_level_before)
    return compile(rf"(?:(?:(?!{level}).){{0,8}}({level})(?!{after}))+")


@ADDRESSEE_COLON.check
def addressee_colon(ctx: Context) -> Iterator[Finding]:
    line = bare_addressee(ctx)
    if line is not None:
        name = line.text.strip()
        message = f"请在“{name}”后补上全角冒号（{name}：）：这是主送机关，写在标题下一行，左侧顶格，以全角冒号结尾"
        yield ADDRESSEE_COLON.at(line, 0, len(line.text.rstrip()), INFO, message)


@TITLE_FORM.check
def title_form(ctx: Context) -> Iterator[Finding]:
    """A title that names its unit, then the year, and ends in 报告, without 关于, in a report that has a
    主送机关 (a 公文 sent up, not a web page's headline): the 事由 is introduced by 关于."""
    meta = ctx.doc.meta
    title = next((b for b in ctx.doc.blocks if b.role == "title"), None)
    view = simplified(meta.title or "").replace(" ", "")  # a traditional copy's 關於……報告 read as 关于……报告
    if title is not None and view and _HALF_FRAME.search(view):  # a style readers differ on: an info
        message = (
            "可写作“××关于……情况的报告”或“××……情况报告”：标题中的“……的报告”通常与“关于”相应；"
            f"不写“关于”的也常见，{_DIFFER}"
        )
        yield TITLE_FORM.at(title, 0, len(title.text.rstrip()), INFO, message)
        return
    if title is not None and view and (slip := _frame_slip(view)):
        line = _line_of(ctx, "报告") or title  # a title over two lines: the line that ends in 报告
        yield TITLE_FORM.at(line, 0, len(line.text.rstrip()), WARNING, slip)
        return
    if title is not None and view and _NO_GENRE.search(view):
        line = _line_of(ctx, "情况") or title
        message = "请在标题的“……情况”后补上文种“报告”：写作“××关于……情况的报告”或“××……情况报告”"
        yield TITLE_FORM.at(line, 0, len(line.text.rstrip()), INFO, message)
        return
    if title is None or not meta.title or not meta.unit or meta.unit_source != "title":
        return
    if meta.addressee is None and bare_addressee(ctx) is None:
        return
    written, named = view, simplified(meta.unit)
    unit = next((u for u in (named.replace(" ", ""), named.split()[-1]) if written.startswith(u)), None)
    if unit is None or "关于" in written:
        return
    m = _YEAR_REPORT.match(written[len(unit) :])
    if m is None:
        return
    # 条例: 标题由发文机关名称、事由和文种组成 — 关于 is the usual way to open the 事由, not a requirement
    subject = _subject(m[2])
    right = f"{unit}关于……的报告" if subject is None else f"{unit}关于{m[1]}年度{subject}情况的报告"
    message = (
        f"可写作“{right}”：有主送机关的报告，标题由发文机关、事由和文种组成，事由通常以“关于”引出；"
        f"年度报告的标题不用“关于”的也常见，{_DIFFER}"
    )
    yield TITLE_FORM.at(title, 0, len(title.text.rstrip()), INFO, message)


def _line_of(ctx: Context, word: str) -> Block | None:
    """The title's last line that holds ``word``."""
    return next((b for b in reversed(ctx.doc.blocks) if b.role == "title" and word in b.text), None)


def _frame_slip(written: str) -> str | None:
    """What is wrong with a title's frame: 关于 without the 的 that closes its 事由, or 年度 said twice."""
    if _OPEN_FRAME.search(written):
        return "改为“××关于……情况的报告”或“××……情况报告”：标题中的“关于”要与“的”相应"
    if _TWICE_YEARLY.search(written):
        return "改为“××年法治政府建设年度报告”或“××年度法治政府建设情况报告”：标题中“年度”写了两次"
    return None


def _subject(written: str) -> str | None:
    """A title's subject as it stands between 年度 and 情况 ("法治政府建设年度" → 法治政府建设), or None when unsure."""
    head = words().head
    tails = sorted(head.title_tails, key=len, reverse=True)
    while (tail := next((t for t in tails if written.endswith(t)), None)) is not None:
        written = written[: -len(tail)]
    if not _CJK_ONLY.match(written) or any(w in written for w in head.title_unsure):
        return None
    return written


@COVER_GENRE.check
def cover_genre(ctx: Context) -> Iterator[Finding]:
    """The opening's cover sentence naming the report a 工作总结 (现将……工作总结报告如下, 现将《……工作总结》报送如下)
    in a report its title calls a 报告, not a 总结. 现将……工作总结如下 is the verb 总结 (summed up as follows): no finding."""
    title = (ctx.doc.meta.title or "").replace(" ", "")
    if "报告" not in title or "总结" in title:
        return
    for b in ctx.doc.blocks:
        if b.role in RUNNING and "总结" in b.text and (m := _summary_in_cover(b.text)):
            message = f"宜写“现将……情况报告如下”：标题称“报告”，这里称“工作总结”，文种前后一致（标题：{title[:30]}）"
            yield COVER_GENRE.at(b, m.start(1), m.end(1), INFO, message, ctx.part_of(b))
            return


_SUMMARY = Lazy(r"(工作总结)(?:(?:报告|汇报)如下|》)")


def _summary_in_cover(text: str) -> re.Match[str] | None:
    """工作总结 named in a cover sentence of ``text`` (``covers.cover_spans``: 现将……如下)."""
    return next((m for a, e in cover_spans(text) if (m := _SUMMARY.search(text, a, e))), None)
