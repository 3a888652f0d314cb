"""A whole report of the four standard parts, and the part statuses drafter reads in a text: what the layout tests share."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青禾县水利局2023年法治政府建设情况报告\n"
MEASURES = (
    "（一）加强组织领导。局党组召开会议4次专题研究法治政府建设，制定年度法治工作要点，明确重点任务16项。\n"
    "（二）规范行政执法。全年办理行政处罚案件214件，开展“双随机、一公开”抽查46次，评查执法案卷60卷。\n"
    "（三）深化普法宣传。开展“法律进企业”活动28场次，发放宣传资料1.2万份。\n"
)
SHORT = "一是执法队伍专业化水平不高；二是普法宣传针对性不强。原因主要在于学习培训不够系统。"
DUTY = "局党组书记、局长主持召开党组会议4次研究部署法治建设工作，带头学法6次，年底向县委依法治县办述法。"
PLAN = "一是加强执法人员培训，全年组织集中培训4期；二是开展案卷评查2次。"
ALL = {"measures": "present", "shortcomings": "present", "duties": "present", "plan": "present"}


def four(measures: str, shortcomings: str, duties: str, plan: str) -> str:
    """A report of the four standard bodies under the given headings (each with the separator it needs)."""
    return HEAD + measures + MEASURES + shortcomings + SHORT + duties + DUTY + plan + PLAN + "\n"


def parts_of(text: str, kind: str = "department") -> dict[str, str]:
    res = check(read_text(text), checklists.load(kind), year=2023)
    return {pid: pr.status for pid, pr in res.parts.items() if pid != "other"}
