"""Part statuses of whole reports in layouts real ones use, each written down before drafter ran: a heading
numbered 一、 whose words begin with a numeral (一年来的工作), a part's numbered heading run into its text
after a colon, a plan opened by 针对上述问题, a plan's year in Chinese numerals, 下阶段, a duties heading
without 履行/职责 (主要负责人推进法治建设情况)."""

from __future__ import annotations

import pytest

from .helpers.layouts import ALL, DUTY, HEAD, MEASURES, PLAN, SHORT, four, parts_of


@pytest.mark.parametrize(
    ("kind", "text", "want"),
    [
        (
            "一、一年来的工作 is a heading (its words begin with 一年): duties as its （四） are folded, not a part",
            HEAD
            + "一、一年来的工作\n"
            + MEASURES
            + "（四）履行第一责任人职责情况。"
            + DUTY
            + "\n二、存在的问题\n"
            + SHORT
            + "\n三、2024年工作打算\n"
            + PLAN
            + "\n",
            {**ALL, "duties": "folded"},
        ),
        (
            "numbered part headings run into their text after a colon start their parts",
            four("一、主要举措和成效\n", "二、存在的问题：", "\n三、主要负责人履职情况：", "\n四、2024年工作安排："),
            ALL,
        ),
        (
            "a paragraph 针对上述问题，2024年我局将…… after the shortcomings is the plan, unheaded",
            HEAD
            + "一、主要举措和成效\n"
            + MEASURES
            + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + DUTY
            + "\n三、存在的不足和原因\n"
            + SHORT
            + "\n针对上述问题，2024年我局将重点抓好以下工作："
            + PLAN
            + "\n",
            ALL,
        ),
        (
            "a plan heading whose year is in Chinese numerals (四、二〇二四年重点工作)",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、二〇二四年重点工作\n",
            ),
            ALL,
        ),
        (
            "a plan heading 下阶段工作重点",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、下阶段工作重点\n",
            ),
            ALL,
        ),
        (
            "a duties heading without 履行 or 职责: 主要负责人推进法治建设情况",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、主要负责人推进法治建设情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a plan heading 新一年工作设想",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、新一年工作设想\n",
            ),
            ALL,
        ),
        (
            "an unheaded plan opening 在新的一年里，我局将",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n在新的一年里，我局将",
            ),
            ALL,
        ),
        (
            "an unheaded plan opening 未来，我局将",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n未来，我局将继续深化法治政府建设，",
            ),
            ALL,
        ),
        (
            "an unheaded plan opening 为此，下一步我们将 after the shortcomings",
            HEAD
            + "一、主要举措和成效\n"
            + MEASURES
            + "二、存在的不足和原因\n"
            + SHORT
            + "\n为此，下一步我们将重点做好以下工作："
            + PLAN
            + "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + DUTY
            + "\n",
            ALL,
        ),
        (
            "a plan written as a sub-heading of the shortcomings (（二）下一步整改措施) is folded, not missing",
            HEAD
            + "一、主要举措和成效\n"
            + MEASURES
            + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + DUTY
            + "\n三、存在的问题及整改\n（一）存在的问题\n"
            + SHORT
            + "\n（二）下一步整改措施\n"
            + PLAN
            + "\n",
            {**ALL, "plan": "folded"},
        ),
        (
            "an unheaded plan opening 同时，2024年局党组将 after the shortcomings",
            HEAD
            + "一、主要举措和成效\n"
            + MEASURES
            + "二、存在的问题\n"
            + SHORT
            + "\n同时，2024年局党组将"
            + PLAN
            + "\n三、第一责任人履职情况\n"
            + DUTY
            + "\n",
            ALL,
        ),
        (
            "a shortcomings heading 亟待解决的问题",
            four(
                "一、主要举措和成效\n",
                "二、亟待解决的问题\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a shortcomings heading 短板弱项",
            four(
                "一、主要举措和成效\n",
                "二、短板弱项\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a duties heading 主要领导带头尊法学法守法用法情况",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、主要领导带头尊法学法守法用法情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a duties heading 主要负责人法治建设责任落实情况",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、主要负责人法治建设责任落实情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a duties heading 关键少数履职情况",
            four(
                "一、主要举措和成效\n", "二、存在的不足和原因\n", "\n三、“关键少数”履职情况\n", "\n四、2024年工作打算\n"
            ),
            ALL,
        ),
        (
            "a plan heading 思路和举措",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、思路和举措\n",
            ),
            ALL,
        ),
        (
            "a plan heading 后续工作",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、后续工作\n",
            ),
            ALL,
        ),
        (
            "a duties heading 党政主要负责人履责情况",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履责情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a duties heading 党政一把手抓法治",
            four(
                "一、主要举措和成效\n", "二、存在的不足和原因\n", "\n三、党政一把手抓法治\n", "\n四、2024年工作打算\n"
            ),
            ALL,
        ),
        (
            "a duties heading 述法情况",
            four("一、主要举措和成效\n", "二、存在的不足和原因\n", "\n三、述法情况\n", "\n四、2024年工作打算\n"),
            ALL,
        ),
        (
            "a shortcomings heading 需要改进的地方",
            four(
                "一、主要举措和成效\n",
                "二、需要改进的地方\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、2024年工作打算\n",
            ),
            ALL,
        ),
        (
            "a plan heading 未来一年的工作",
            four(
                "一、主要举措和成效\n",
                "二、存在的不足和原因\n",
                "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n",
                "\n四、未来一年的工作\n",
            ),
            ALL,
        ),
    ],
    ids=[
        "yinianlai",
        "colon-run-in",
        "zhendui-plan",
        "cn-year-plan",
        "xiajieduan",
        "tuijin-duties",
        "xinyinian-shexiang",
        "zaixinde",
        "weilai",
        "weici",
        "plan-subheading",
        "tongshi",
        "jidai-jiejue",
        "duanban-ruoxiang",
        "daitou-zunfa",
        "zeren-luoshi",
        "guanjian-shaoshu",
        "silu-jucuo",
        "houxu",
        "lvze",
        "yibashou",
        "shufa",
        "gaijin-difang",
        "weilai-yinian",
    ],
)
def test_part_statuses_by_layout(kind: str, text: str, want: dict[str, str]) -> None:
    assert parts_of(text) == want, kind
