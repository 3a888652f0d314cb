"""The form of a report's head under GB/T 9704-2012: the 主送机关 ends with a full-width colon (7.3.4), and
the title of a 报告 sent to a 主送机关 is 发文机关 + 关于……的 + 报告 (7.3.3)."""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import Block
from ..readers.head import organ_list
from .context import Context
from .results import INFO, Finding
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
    {INFO: "有主送机关的报告，标题写成“××局2023年……报告”，缺少引出事由的“关于……的”"},
)

# What a 主送机关 of an annual report is: a government, a Party committee, a people's congress, the
# 依法治×办 (not a bureau: a line naming a 司法局 under the title is the page's publisher as often)
_SUPERIOR = Lazy(
    r"(?:人民政府|政府|[省市州盟县区旗]委|党委|党工委|委员会|常委会|人大|依法治[省市州盟县区旗]办|办公室|行政公署)$"
)
_PROSE = Lazy(r"[，,。]")
_YEAR_REPORT = Lazy(r"^(20\d{2}\s*年度?)(.{2,40}?)(情况)?(报告)$")


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
    organs = organ_list(line.text.strip() + "：")
    if organs is None or _PROSE.search(line.text):
        return None
    own = [simplified(u) for u in meta.unit.split()]
    pieces = [simplified(p) for p in organs.replace("、", " ").replace("，", " ").split()]
    if not all(_SUPERIOR.search(p) for p in pieces):
        return None
    if any(u.endswith(p) or p.endswith(u) for p in pieces for u in own):
        return None  # the unit itself under its title ("青禾县人民政府", "县人民政府"): a byline
    return line


@ADDRESSEE_COLON.check
def addressee_colon(ctx: Context) -> Iterator[Finding]:
    line = bare_addressee(ctx)
    if line is not None:
        name = line.text.strip()
        message = f"“{name}”是主送机关，后面缺少全角冒号：主送机关写在标题下一行，左侧顶格，以全角冒号结尾（{name}：）"
        yield ADDRESSEE_COLON.at(line, 0, len(line.text.rstrip()), INFO, message)


@TITLE_FORM.check
def title_form(ctx: Context) -> Iterator[Finding]:
    """A title that names its unit, then the year, and ends in 报告, without 关于, in a report that has a
    主送机关 (a 公文 sent up, not a web page's headline): the 事由 is introduced by 关于."""
    meta = ctx.doc.meta
    title = next((b for b in ctx.doc.blocks if b.role == "title"), None)
    if title is None or not meta.title or not meta.unit or meta.unit_source != "title":
        return
    if meta.addressee is None and bare_addressee(ctx) is None:
        return
    written = meta.title.replace(" ", "")
    unit = next((u for u in (meta.unit.replace(" ", ""), meta.unit.split()[-1]) if written.startswith(u)), None)
    if unit is None or "关于" in written:
        return
    m = _YEAR_REPORT.match(written[len(unit) :])
    if m is None:
        return
    right = f"{unit}关于{m[1]}{m[2]}{m[3] or ''}的报告"
    message = f"有主送机关的报告，标题由发文机关、事由和文种组成，事由以“关于”引出：宜写作“{right}”"
    yield TITLE_FORM.at(title, 0, len(title.text.rstrip()), INFO, message)
