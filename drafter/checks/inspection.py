"""督查 where the report itself says 督察: "开展法治督察" … "对各区开展法治建设实地督查".

The supervision of 法治政府建设 under 《法治政府建设与责任落实督察工作规定》 is 法治督察; 督查 is another work
(政府督查, 《政府督查工作条例》: a government's check on its own tasks). A report that writes 法治督察 in its
own words and then 法治(建设)……督查 names the one thing two ways. Without 法治督察 in the writer's words
(the 规定's title in 《》 is not the writer's), 督查 may be the government's own, and is left alone; so is
督查 of anything else (安全生产督查, 政府督查).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import RUNNING
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope

INSPECTION_TERM = Rule(
    "inspection-term",
    "法治督察写成了督查",
    Scope.DOCUMENT,
    {WARNING: "报告写了“法治督察”，另一处又把法治建设的督察写成“督查”（对各区开展法治建设实地督查）"},
)

# the writer's own 法治督察 (not inside a title in 《》): 法治督察, 法治政府建设督察, 法治建设与责任落实督察
_OWN = Lazy(r"(?<!《)法治(?:政府)?(?:建设)?(?:与责任落实|和责任落实)?(?:专项|实地)?督察(?!工作规定)")
# 法治 work inspected, written 督查: 法治督查, 法治建设实地督查, 法治政府建设专项督查 — the words right before
# 督查; 将法治建设纳入县政府督查 is the government's 督查 taking in 法治 tasks, and is no 督察 misnamed
_BENT = Lazy(r"法治(?:政府)?(?:建设)?(?:工作)?(?:专项|实地|年度|专题|全面|现场)?督查(?!室|办|工作条例)")
# the government's own 督查 of 法治 work: a 政府 or its 督查室 in the clause before it
# (县政府督查室对各乡镇开展法治政府建设专项督查, 配合县政府开展法治建设实地督查)
_GOVERNMENT = Lazy(r"政府(?!建设)|督查室|督办|人大|政协")
_CLAUSE = "，。；：,;:！？\n"


@INSPECTION_TERM.check
def inspection_term(ctx: Context) -> Iterator[Finding]:
    blocks = [b for b in ctx.doc.blocks if b.role in RUNNING or b.role == "title"]
    if not any(_OWN.search(_outside_titles(simplified(b.text))) for b in blocks):
        return
    for b in blocks:
        text = simplified(b.text)
        for m in _BENT.finditer(text):
            if _in_title(text, m.start()) or _government_own(text, m.start(), m.end()):
                continue
            at = m.end() - 2
            message = f"“{b.text[m.start() : m.end()]}”：本报告写的是“法治督察”，这里的“督查”应为“督察”，前后一致"
            yield INSPECTION_TERM.at(b, at, m.end(), WARNING, message, ctx.part_of(b))


def _government_own(text: str, start: int, end: int) -> bool:
    """Whether the 督查 at ``text[start:end]`` is a government's: 政府, 督查室 in its clause before it."""
    lo = max((text.rfind(c, 0, start) for c in _CLAUSE), default=-1) + 1
    return bool(_GOVERNMENT.search(text, lo, start))


def _outside_titles(text: str) -> str:
    """``text`` with what stands inside 《》 blanked (a cited title holds no word of the writer's)."""
    out, depth = [], 0
    for ch in text:
        depth += ch == "《"
        out.append(" " if depth else ch)
        depth -= ch == "》" and depth > 0
    return "".join(out)


def _in_title(text: str, at: int) -> bool:
    opened = text.rfind("《", 0, at)
    return opened >= 0 and text.rfind("》", opened, at) < 0


__all__ = ["INSPECTION_TERM"]
