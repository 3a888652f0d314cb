"""``[[relations]]`` are data: validated when the checklist loads, and a user's own relation is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.errors import ReadError
from drafter.readers.txt import read_text

REPORT = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年收到法律援助申请80件，批准援助86件。
"""


def _own(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "my.toml"
    p.write_text('name = "我的清单"\nextends = "department"\n' + body, encoding="utf-8")
    return p


def test_shipped_relations_load_with_their_words() -> None:
    rels = {r.name: r for r in checklists.load("county_gov").relations}
    assert "受理" in rels["受理与办结"].whole and "办结率" in rels["受理与办结"].rates
    assert "出庭应诉" in rels["行政机关负责人出庭应诉"].parts


def test_a_users_relation_is_checked(tmp_path: Path) -> None:
    doc = read_text(REPORT)
    before = check(doc, checklists.load("department"), year=2023)
    assert "figures" not in [f.rule for f in before.findings]  # 批准 is no part the shipped data knows
    own = _own(tmp_path, '[[relations]]\nname = "法律援助"\nwhole = ["收到"]\nparts = ["批准"]\nrates = ["批准率"]\n')
    after = check(read_text(REPORT), checklists.load(str(own)), year=2023)
    [f] = [f for f in after.findings if f.rule == "figures"]
    assert "批准援助86件" in f.message and f.line == 3


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('[[relations]]\nwhole = ["受理.*"]\nparts = ["办结"]\n', "不是正则表达式"),
        ('[[relations]]\nwhole = ["受理"]\nparts = ["办结"]\nrates = ["办结比例"]\n', "应以“率”结尾"),
        ('[[relations]]\nwhole = []\nparts = ["办结"]\n', "whole"),
        ('[[relations]]\nwhole = ["受理"]\nparts = ["办结"]\nsame = [["办结", "a"]]\n', "不是正则表达式"),
    ],
)
def test_a_bad_relation_is_refused_in_chinese(tmp_path: Path, body: str, words: str) -> None:
    with pytest.raises(ReadError) as e:
        checklists.load(str(_own(tmp_path, body)))
    assert words in str(e.value) and "relations" in str(e.value)
