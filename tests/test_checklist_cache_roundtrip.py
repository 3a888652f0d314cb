"""A checklist read back from the cache is the checklist parsed from its TOML, field for field: a field the
cache's JSON drops or reads back otherwise (a names.toml entry's severity once came back as the default) makes
the second run of a lint say other things than the first."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from drafter import checklists
from drafter.checklist_schema import build
from drafter.checklists import Checklist, _from_json, _to_json, duty_list, name_list, search_dirs


def _fresh(name: str) -> Checklist:
    dirs = search_dirs()
    built = build(checklists.find(name, dirs), dirs)
    return checklists.replace(built, duties=duty_list(dirs), names=name_list(dirs))


@pytest.mark.parametrize("name", ["county_gov", "department", "township", "base"])
def test_a_checklist_read_back_from_the_cache_equals_the_one_parsed(name: str) -> None:
    fresh = _fresh(name)
    back = _from_json(json.loads(json.dumps(_to_json(fresh), ensure_ascii=False)))
    for f in fields(Checklist):
        assert getattr(back, f.name) == getattr(fresh, f.name), f.name
    assert back == fresh
