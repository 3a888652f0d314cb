"""The head's words are data: a user's words.toml [head] changes what the head's reader and headform
match (superiors, a department's Party body, a breadcrumb's unit) without Python."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drafter import checklists, vocab
from drafter.checks import check, headform
from drafter.readers.head import page, selfname
from drafter.readers.rawpara import RawPara
from drafter.readers.txt import read_text

from .conftest import ROOT

Use = Callable[[str, str], None]
CACHES = (
    vocab.words,
    headform._superior,
    headform._place_run,
    selfname._level,
    selfname._forms,
    selfname._place_party,
    selfname._bureau_party,
    page._kept_step,
    page._crumb_unit,
)


def _clear() -> None:
    for cached in CACHES:
        cached.cache_clear()


@pytest.fixture
def own_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Use]:
    def use(key: str, word: str) -> None:
        """The shipped words.toml with ``word`` added to [head]'s list ``key``, as the user's."""
        text = (ROOT / "checklists" / "words.toml").read_text(encoding="utf-8")
        assert f"\n{key} = [" in text
        (tmp_path / "words.toml").write_text(text.replace(f"\n{key} = [", f'\n{key} = ["{word}", '), encoding="utf-8")
        monkeypatch.setenv("DRAFTER_CHECKLISTS", str(tmp_path))
        _clear()

    yield use
    _clear()


def test_a_users_superior_is_an_addressee(own_words: Use) -> None:
    text = (
        "青禾县交通运输局关于2023年度法治政府建设情况的报告\n青禾经济开发区管委会\n2023年，我局全面推进法治政府建设。\n"
    )
    rules = ("addressee-colon",)

    def found() -> list[str]:
        got = check(read_text(text), checklists.load("department"), year=2023).findings
        return [f.quote for f in got if f.rule in rules]

    assert found() == []
    own_words("superiors", "管委会")
    assert found() == ["青禾经济开发区管委会"]


def test_a_users_department_end_names_its_party_body(own_words: Use) -> None:
    assert selfname.government_of("青禾县卫生健康委党组") == "青禾县卫生健康委党组"
    own_words("bureau_ends", "委")
    assert selfname.government_of("青禾县卫生健康委党组") == "青禾县卫生健康委"


def test_a_users_unit_end_reads_a_breadcrumbs_unit(own_words: Use) -> None:
    crumb = [RawPara("首页 > 信息公开 > 青禾县政务服务中心", 1)]
    assert page.page_facts(crumb).crumb is None
    own_words("crumb_units", "中心")
    assert page.page_facts(crumb).crumb == "青禾县政务服务中心"


def test_a_users_party_body_end_names_its_unit(own_words: Use) -> None:
    """A department's own 党组 after a name ending as ``own_party_bodies`` says is the department."""
    assert selfname.bare_name("青禾县政务服务中心党组") == "青禾县政务服务中心党组"
    own_words("own_party_bodies", "中心=党组")
    assert selfname.bare_name("青禾县政务服务中心党组") == "青禾县政务服务中心"


def test_a_users_end_drops_a_glued_party_mark(own_words: Use) -> None:
    assert selfname.bare_name("中共青禾县政务服务中心") == "中共青禾县政务服务中心"
    own_words("marked_ends", "中心")
    assert selfname.bare_name("中共青禾县政务服务中心") == "青禾县政务服务中心"


def test_a_users_government_office_is_a_superior(own_words: Use) -> None:
    """An office under the title is a superior when ``government_offices`` says whose it is and its place
    ranks above the unit's: 青禾市管委办 over a county's bureau once 管委办 is one."""

    def found(office: str) -> list[str]:
        text = f"青禾县交通运输局关于2023年度法治政府建设情况的报告\n{office}\n2023年，我局全面推进法治政府建设。\n"
        got = check(read_text(text), checklists.load("department"), year=2023).findings
        return [f.quote for f in got if f.rule == "addressee-colon"]

    assert found("青禾市政府办") == ["青禾市政府办"]
    assert found("青禾市管委办") == []
    own_words("government_offices", "管委办")
    assert found("青禾市管委办") == ["青禾市管委办"]


def test_a_users_place_government_names_a_party_committee_s_government(own_words: Use) -> None:
    """A development zone's Party working committee's unit is its 管委会 once ``place_governments`` says so."""
    assert selfname.government_of("中共青禾经济开发区工委") == "青禾经济开发区人民政府"
    own_words("place_governments", "开发区=管理委员会")
    assert selfname.government_of("中共青禾经济开发区工委") == "青禾经济开发区管理委员会"
