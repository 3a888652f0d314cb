"""A plan's covered item quotes its first concrete task: not a numbered title, a slogan, a catchword or a stock
phrase in quotes, nor a goal already reached (a document to issue or a body named is a task)."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "a plan's numbered title is quoted by the task under it",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "1.完善制度建设。修订行政执法公示办法，6月底前印发。",
        "plan-concrete",
        "修订行政执法公示办法",
    ),
    (
        "a plan whose first item opens with a slogan is quoted at its first concrete task",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强队伍建设。发挥领导干部“关键少数”作用，提高依法行政能力。"
        "二是规范执法。开展“一规划两纲要”落实情况督察。",
        "plan-concrete",
        "一规划两纲要",
    ),
    (
        "a plan of short tasks is a list, not titles",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强学法；二是规范决策。",
        "plan-concrete",
        "一是加强学法",
    ),
    (
        "a plan of catchwords only is quoted at its one task",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是深入推进依法行政，加快法治政府建设。二是强化组织实施，发挥核心作用。三是推动各乡镇全面开展相对集中行政处罚权工作。",
        "plan-concrete",
        "相对集中行政处罚权",
    ),
    (
        "a stock phrase in quotes, or a goal reached, is no concrete task of a plan",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "（一）深化改革。简化流程，真正实现“一趟不用跑”。全面落实“谁执法谁普法”普法责任制。"
        "联合公安部门推出“退役一件事”集成服务。",
        "plan-concrete",
        "退役一件事",
    ),
    (
        "a document to issue, or a body named, is a concrete task of a plan",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强领导。深入落实第一责任人职责，强化考核评价。二是加强平台建设。全力支持平台建设，出台平台应用配套制度。",
        "plan-concrete",
        "出台平台应用配套制度",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_that_reports_it(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)
