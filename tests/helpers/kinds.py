"""The reports the part-kind tests build, and the statuses drafter reads in them."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山县自然资源局2023年法治政府建设情况报告\n"
OPENING = "2023年，我局在县委、县政府的坚强领导下，深入推进法治政府建设，全面提升依法行政水平，现将有关情况报告如下：\n"
SECTIONS = (
    "一、坚持党的领导，强化组织保障，局党组召开会议4次专题研究法治政府建设，制定年度工作要点，明确重点任务18项。\n"
    "二、坚持依法决策，规范权力运行，全年审查合同32份，法律顾问参与重大行政决策5件，制发规范性文件2件。\n"
    "三、坚持严格执法，提升执法水平，全年办理行政处罚案件126件，评查案卷40卷，开展执法检查60次。\n"
)
SHORTCOMINGS = "四、存在的不足和原因\n执法人员专业能力不足，主要原因是培训不够。\n"
DUTIES = "五、党政主要负责人履行推进法治建设第一责任人职责的情况\n局长主持召开局务会议3次，带头学法6次，年终述法。\n"
PLAN = "六、2024年工作打算\n一是加强执法培训，全年培训4期；二是开展案卷评查2次。\n"
STANDARD = (
    "一、2023年度推进法治政府建设的主要举措和成效\n（一）加强组织领导。{}\n（二）规范执法。全年办理行政处罚案件40件。\n"
)
STANDARD_TAIL = (
    "二、2023年度推进法治政府建设存在的不足和原因\n部分执法人员法治意识不强，主要原因是培训不够。\n"
    "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制；二是推进综合行政执法改革。\n"
)


def statuses(text: str, kind: str = "department") -> dict[str, str]:
    res = check(read_text(text), checklists.load(kind), year=2023)
    return {pid: pr.status for pid, pr in res.parts.items()}
