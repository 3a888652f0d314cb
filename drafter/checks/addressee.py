"""A government department's report sent to the Party committee alone ("市委：").

A department reports to the Party committee and the government of its level, and to the department above
(《法治政府建设与责任落实督察工作规定》); a 主送机关 naming only the committee (市委, 中共青山市委员会) leaves its
own government out. A report of a Party body (县委宣传部, 县委政法委) is sent to the committee alone, rightly;
so is a government's (县级政府 report to the committee and the 人大常委会 of their level); a 主送机关 naming
the committee's office for law (县委依法治县办, 全面依法治县委员会) is where reports are collected.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from .context import Context
from .results import INFO, Finding
from .rule import Rule, Scope

ADDRESSEE_GOVERNMENT = Rule(
    "addressee-government",
    "部门报告的主送机关漏了本级政府",
    Scope.DOCUMENT,
    {INFO: "政府部门的报告只写了“市委：”，没有本级人民政府"},
)

# a Party committee by name: 市委, 中共青山市委, 中共青山县委员会 (not 县人大常委会, 县政协委员会)
_COMMITTEE = Lazy(r"^(?:中共|中国共产党)?[\u4e00-\u9fff]{0,12}?(?:[省市县区州旗盟]委(?:员会)?|党委|党工委)$")
_NOT_COMMITTEE = Lazy(r"政府|人大|政协|依法治|办|局|部|厅|常委会|纪委|政法委|组织|宣传")
# a unit of the Party (县委宣传部, 中共青山县委政法委员会), sent to the committee alone
_PARTY_UNIT = Lazy(r"中共|中国共产党|[省市县区州旗盟]委|党委|党工委|党组|纪委|政法委")
_DEPARTMENT = Lazy(r"(?:局|厅|委员会|政府办公室|政府办)$")
_BETWEEN = Lazy(r"[、，,；;\s\u3000]+")


@ADDRESSEE_GOVERNMENT.check
def addressee_government(ctx: Context) -> Iterator[Finding]:
    meta = ctx.doc.meta
    if ctx.checklist.id != "department" or not meta.unit or not meta.addressee:
        return
    unit = simplified(meta.unit)
    if _PARTY_UNIT.search(unit) or not _DEPARTMENT.search(unit):
        return
    organs = [p for p in _BETWEEN.split(simplified(meta.addressee).strip().rstrip("：:")) if p]
    if not organs or not all(_COMMITTEE.match(p) and not _NOT_COMMITTEE.search(p) for p in organs):
        return
    block = next((b for b in ctx.doc.blocks if b.role == "addressee"), None)
    if block is None:
        return
    said = "、".join(organs)
    message = (
        f"主送机关只写了“{said}”：政府部门的年度报告报送本级党委和人民政府（并报上一级主管部门），"
        "请核对是否漏了本级人民政府（如“市委、市人民政府：”）"
    )
    yield ADDRESSEE_GOVERNMENT.at(block, 0, len(block.text.rstrip("：: ")), INFO, message)


__all__ = ["ADDRESSEE_GOVERNMENT"]
