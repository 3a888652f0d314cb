"""A covered item quotes its good example, not a distractor built from the item's own words (``helpers/quotegrid``):
a stance, a heading, a list of topics, others doing it, a purpose, a study of a document named after it, a plan —
before the good sentence and after it, for every measures and duties item of every unit type. A deterministic
sample of the grid: one case per item × shape × position, the good example and the wording rotating; the near
misses (a stance or a purpose written in the good sentence itself) must stay covered and quoted.
``python -m tests.helpers.quotegrid`` prints the whole grid's table."""

from __future__ import annotations

import pytest

from .helpers import quotegrid as g

# known wrong quotes, each with why it is not fixed here: (item, shape, wording, position, layout, good) -> reason
_E6 = "other units doing a duty (各乡镇、各部门认真抓好……工作) name no head: whose act a duty is, E6's reading"
KNOWN: dict[tuple[str, str, int, str, str, str], str] = {
    ("duties-report", "d-others", 0, "before", "run", "县长在全县领导干部会议上述法。"): _E6,
    ("duties-deploy", "d-others", 0, "after", "apart", "局主要负责人先后研究执法监督工作5次。"): _E6,
}


def _sample() -> list[g.Case]:
    """One case per (item, shape, position), over good examples the item quotes alone; and the known failures."""
    by: dict[tuple[str, str, str], list[g.Case]] = {}
    every = g.cases()
    for c in every:
        by.setdefault((c.item, c.shape, c.position), []).append(c)
    out = []
    for n, (_, cs) in enumerate(sorted(by.items())):
        goods = sorted({c.good for c in cs if g.baseline(c.unit_type, c.item, c.good, g.part_of(c))})
        wordings = sorted({c.wording for c in cs})
        good = goods[n % len(goods)]
        want = wordings[n % len(wordings)]
        pick = [c for c in cs if c.good == good and c.wording == want]
        out.append(pick[n % len(pick)])
    known = [c for c in every if _known(c) is not None]
    assert len(known) == len(KNOWN), "a known failure names no case of the grid"
    return out + known


def _known(c: g.Case) -> str | None:
    return KNOWN.get((c.item, c.shape, c.wording, c.position, c.layout, c.good))


SAMPLE = _sample()


def _param(c: g.Case) -> object:
    reason = _known(c)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(c, marks=marks, id=f"{c.item}-{c.shape}-{c.wording}-{c.position}-{c.layout}")


def test_sample_is_bounded_and_covers_every_shape() -> None:
    assert len(SAMPLE) <= 400
    assert {c.shape for c in SAMPLE} == {*g.SHAPES, *g.NEAR}
    assert len({c.item for c in SAMPLE}) == len(g.TOPICS)


@pytest.mark.parametrize("case", [_param(c) for c in SAMPLE])
def test_the_good_example_is_quoted(case: g.Case) -> None:
    assert g.verdict(case) == "right", (case.good, g.run(case.text, case.unit_type, case.item))
