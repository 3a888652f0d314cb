"""A duties part the head writes in the first person (review4 entry 29): after 本人作为县长 in the paragraph, a
clause's 我 is the head himself; without 本人, a clause's 我 is 我县 short of its 县 and no head."""

from __future__ import annotations

import pytest

from .helpers.duties import checked

SPEECH = (
    "2023年，我坚持把法治政府建设摆在突出位置，全年主持召开县政府常务会议4次专题研究法治政府建设。"
    "我带头参加会前学法12次，年底向县委述法。"
)


@pytest.mark.parametrize(
    ("duties", "words"),
    [
        # the head speaks: covered (a required-item ERROR before)
        ("本人作为县长，认真履行推进法治建设第一责任人职责。" + SPEECH, "全年主持召开县政府常务会议4次"),
        # the head speaks by his title or his duty (作为县长，我……; 我作为县长; 作为……第一责任人，我……), or 本人 opens a
        # clause: a required-item ERROR (and a 单位自称 warning on 2023年，我坚持) before
        ("作为县长，我认真履行推进法治建设第一责任人职责。" + SPEECH, "全年主持召开县政府常务会议4次"),
        ("我作为县长，认真履行推进法治建设第一责任人职责。" + SPEECH, "全年主持召开县政府常务会议4次"),
        ("作为推进法治建设第一责任人，我全年主持召开县政府常务会议4次专题研究法治政府建设。", "主持召开"),
        ("本人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议4次专题研究法治政府建设。", "主持召开"),
        # no 本人: 我 is no head, as before
        (SPEECH, None),
        ("作为全县法治建设牵头单位，" + SPEECH, None),  # 作为 a unit, not the head
        ("我作为全县法治建设牵头单位，" + SPEECH, None),  # 我作为 a unit: 我局 short of 局
    ],
)
def test_the_heads_first_person_names_the_head(duties: str, words: str | None) -> None:
    result = checked(duties)
    got = result.items["duties-leader"]
    if words is None:
        assert got.status == "missing", got.evidence
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
        assert not [f for f in result.findings if f.rule == "wording" and "单位自称" in f.message]
