"""A report copied in traditional characters (a mirror site's copy) is read for its folded parts as its simplified
text is: the head acting in the measures folds the duties part, never "missing" (a false ERROR on such copies)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.hanzi import simplified
from drafter.readers.txt import read_text

REPORT = (
    "河西縣市場監督管理局2023年法治政府建設情況報告\n"
    "2023年，我局深入推進法治政府建設，現將有關情況報告如下：\n"
    "一、主要舉措和成效\n"
    "（一）規範行政執法。全年辦理行政處罰案件214件，評查執法案卷60卷。\n"
    "（二）加強組織領導。局黨組書記、局長主持召開黨組會議4次研究部署法治建設工作，帶頭學法6次，年底述法。\n"
    "二、存在的問題和原因\n"
    "執法隊伍專業化水平不高，原因主要在於學習培訓不夠系統。\n"
    "三、2024年工作打算\n"
    "一是加強執法人員培訓，全年組織集中培訓4期；二是開展案卷評查2次。\n"
)


@pytest.mark.parametrize("text", [REPORT, simplified(REPORT)], ids=["traditional", "simplified"])
def test_the_heads_act_folds_the_duties_part_in_either_script(text: str) -> None:
    res = check(read_text(text), checklists.load("department"), year=2023)
    duties = res.parts["duties"]
    assert duties.status == "folded"
    folded = [f for f in res.findings if f.rule == "folded-part" and "第一责任人" in f.message]
    assert len(folded) == 1 and folded[0].line == 5  # the head's sentence, as the writer wrote it
