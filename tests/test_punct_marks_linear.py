"""enumerator-mark and offices-run-together read a long paragraph (a one-line web copy) a bounded number of
times, not once per 一是 or per pair of offices found in it. Held by the characters read, never a time."""

from __future__ import annotations

import re

import pytest

from drafter.checks import enummarks, officemarks


def test_each_run_on_first_item_looks_back_a_bounded_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each 一是 run on after a clause listed every mark from the paragraph's start to find its lead-in."""
    read = 0
    real = enummarks._MARKS

    class Counted:
        def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> object:
            nonlocal read
            read += (len(string) if endpos is None else endpos) - pos
            return real.finditer(string, pos, len(string) if endpos is None else endpos)

        def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
            nonlocal read
            read += (len(string) if endpos is None else endpos) - pos
            return real.search(string, pos, len(string) if endpos is None else endpos)

    monkeypatch.setattr(enummarks, "_MARKS", Counted())
    text = "全年规范审批流程。提升审批效率一是精简材料；" * 300
    found = list(enummarks._unmarked(text, (False, 0)))
    assert len(found) == 300
    assert read <= 2 * len(text), read


def test_a_run_on_first_item_is_still_told_after_its_clause() -> None:
    (found,) = enummarks._unmarked("全年规范审批流程。提升审批效率一是精简材料。", (False, 0))
    assert "提升审批效率" in found[3]
    assert list(enummarks._unmarked("（一）提升审批效率一是精简材料。", (False, 3)))
    assert not list(enummarks._unmarked("（一）" + "长" * 40 + "一是精简材料。", (False, 3)))


def test_each_pair_of_offices_looks_for_an_open_quote_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pair walked the paragraph from its start to see whether a quotation or a title was open."""
    read = 0

    class Counted(str):
        def __getitem__(self, key: object) -> str:  # type: ignore[override]
            nonlocal read
            got = str.__getitem__(self, key)  # type: ignore[index]
            read += len(got)
            return got

    text = Counted("由党委书记镇长牵头，开展“书记镇长讲法治”活动，" * 300)
    found = list(officemarks._run_together(text, None))
    assert len(found) == 300  # the quoted pairs are the campaign's name: not told
    assert read <= 2 * len(text), read
