"""Among the sentences that cover an item, the quote is this unit's act (``checks/focus.py``), not others'
(各乡镇……, 全县各乡镇……, 辖区企业普法率); 企业 opening a sentence as its topic (企业开办) is no other unit."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, PLAN, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds)
CASES = [
    (
        "other units' act (各乡镇……) is quoted after this unit's",
        "（一）普法。各乡镇开展普法宣传活动120场。局机关开展普法进企业活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "局机关开展普法进企业活动12场",
    ),
    (
        "other units of the whole area (全县各乡镇……) are other units too",
        "（一）普法。2023年，全县各乡镇开展普法宣传活动120场。局机关开展普法进企业活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "局机关开展普法进企业活动12场",
    ),
    (
        "enterprises' rate (辖区企业普法率) is quoted after this unit's act",
        "（一）普法。辖区企业普法率达到100%。开展法治宣传活动6次，发放宣传材料2000余份。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "开展法治宣传活动6次",
    ),
    (
        "企业 opening a sentence as its topic (企业开办) is no other unit's act",
        "（一）审批。企业开办“一件事”全程网办，办理时间压缩至1个工作日。推行证明事项告知承诺制。",
        DUTIES,
        PLAN,
        "functions",
        "企业开办",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_to_the_point(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)
