"""A red letterhead (发文机关标志) is the issuer's name and 文件 alone on a line: what missing-signer reads as
one, and a web page's breadcrumb or column that it must not (首页 政务公开 政府文件)."""

from __future__ import annotations

import pytest

from drafter.checks.typeset import letterhead


@pytest.mark.parametrize(
    "line",
    [
        "青山县人民政府文件",
        "中共青山县委  青山县人民政府文件",
        "青山县司法局文件",
        "青 山 县 人 民 政 府 文 件",
        "青山街道办事处文件",
        "中共青禾县交通运输局党组文件",
        "中共青山县司法局党委文件",
        "中共青山县城关镇委员会文件",
    ],
)
def test_letterhead(line: str) -> None:
    assert letterhead(line)


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 政务公开 > 政府文件",
        "首页 政务公开 政府文件",
        "当前位置： 首页 政务公开 部门文件",
        "政府文件",
        "规范性文件",
        "相关政策文件",
        "首 页 政 府 文 件",
        "青山县人民政府关于印发《青山县重大行政决策程序规定》的通知文件",
    ],
)
def test_no_letterhead(line: str) -> None:
    assert not letterhead(line)


def test_a_party_groups_letterhead_wants_a_signer() -> None:
    """A report on its 党组's red letterhead (中共……局党组文件) without 签发人 is told so (missing-signer);
    the letterhead is told from the words of the check, no unit-type file read."""
    from drafter import checklists
    from drafter.checks import check
    from drafter.readers.txt import read_text

    body = (
        "青禾县交通运输局关于2023年度法治政府建设情况的报告\n\n青禾县人民政府：\n2023年，我局深入推进法治政府建设。\n"
    )
    for mast, want in (("中共青禾县交通运输局党组文件\n\n", True), ("", False)):
        res = check(read_text(mast + body), checklists.load("department"), year=2023)
        assert any(f.rule == "missing-signer" for f in res.findings) is want, mast
