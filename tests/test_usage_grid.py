"""redundancy and collocation over a grid of sentences made from their own tables (``checklists/usage.toml``):
every entry's words in the genre's sentence shapes are found, and the same words in correct sentences of
the same shape (another clause, a right verb beside the object, the object not the verb's, a figure with
one word of approximation) give nothing. No sentence is tuned to one report; the grid grows with the table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from drafter.checks.usage import Collocation, Pair, _collocations, _redundant, usage

from .usage_grid_words import MODIFIERS, PAIRS

LEADS = ("", "2023年，我局", "一是", "（二）", "下一步，将进一步")

ADVERBS = ("", "进一步", "切实")


def _first(words: tuple[str, ...]) -> str:
    return words[0]


DEGREES = ("明显", "得到", "不断", "进一步")


def slips_of(c: Collocation) -> Iterator[str]:
    """Sentences where a wrong verb governs the object at its clause's end, or is its predicate."""
    for o in c.objects:
        for w in c.wrong:
            for i, m in enumerate(MODIFIERS[o]):
                lead, adv = LEADS[i % len(LEADS)], ADVERBS[i % len(ADVERBS)]
                yield f"{lead}{adv}{w}{m}{o}。"
                yield f"{LEADS[(i + 2) % len(LEADS)]}围绕中心工作，{w}了{m}{o}，取得明显成效。"
                if c.predicate:
                    yield f"经过一年努力，{m}{o}{DEGREES[i % len(DEGREES)]}{w}。"


def near_misses_of(c: Collocation) -> Iterator[str]:
    """The same verbs and objects in correct sentences."""
    right = _first(c.right)
    for o in c.objects:
        for w in c.wrong:
            for i, m in enumerate(MODIFIERS[o]):
                lead = LEADS[i % len(LEADS)]
                yield f"{lead}{right}{m}{o}。"  # the right verb
                yield f"{lead}{w}组织领导，{right}{m}{o}。"  # the wrong verb in another clause
                yield f"{lead}{w}和{right}{m}{o}。"  # a right verb beside the object
                yield f"{lead}{w}对{m}{o}的监督检查。"  # the object not the verb's
                yield f"{lead}{w}队伍管理，{m}{o}进一步{right}。"  # the object a subject
                yield f"{lead}开展“{w}{m}{o}”专项行动。"  # a campaign's name, quoted
                yield f"经过一年努力，{m}{o}{DEGREES[i % len(DEGREES)]}{right}。"  # the right predicate
                yield f"{m}{o}{w}工作扎实推进，{m}{o}明显{right}了。"  # the verb another subject's


def _key(p: Pair) -> str:
    """An entry's name in ``PAIRS``: its first words, its first second word where two entries share them."""
    key = p.first[0] + (p.second[0] if p.second else "")
    return key if key in PAIRS else p.first[0]


def _pairs_grid() -> Iterator[tuple[Pair, str, bool]]:
    for p in usage().pairs:
        found, silent = PAIRS[_key(p)]
        firsts = p.first[:4]
        seconds = p.second[:3] or ("",)
        for k, template in enumerate(found):
            for a in firsts:
                yield p, template.format(a=a, b=seconds[k % len(seconds)]), True
        for s in silent:
            yield p, s, False


def _collocations_grid() -> Iterator[tuple[Collocation, str, bool]]:
    for c in usage().collocations:
        yield from ((c, s, True) for s in slips_of(c))
        yield from ((c, s, False) for s in near_misses_of(c))


def _tally() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"missed": [], "false": [], "found": [], "silent": []}
    for p, s, slip in _pairs_grid():
        got = [sev for _, _, sev, _ in _redundant(s, None)]
        out["found" if slip else "silent"].append(s)
        if slip and not got:
            out["missed"].append(f"{p.first[0]}: {s}")
        if not slip and got:
            out["false"].append(f"{p.first[0]}: {s}")
    for c, s, slip in _collocations_grid():
        got = [sev for _, _, sev, _ in _collocations(s, None)]
        out["found" if slip else "silent"].append(s)
        if slip and not got:
            out["missed"].append(f"{c.objects[0]}: {s}")
        if not slip and got:
            out["false"].append(f"{c.objects[0]}: {s}")
    return out


@pytest.fixture(scope="module")
def tally() -> dict[str, list[str]]:
    return _tally()


def test_every_entry_has_its_grid() -> None:
    """Each [[redundant]] entry has its sentences here, each object its modifiers: a new entry needs both."""
    assert all(_key(p) in PAIRS for p in usage().pairs)
    assert all(o in MODIFIERS for c in usage().collocations for o in c.objects)


def test_no_correct_sentence_flagged(tally: dict[str, list[str]]) -> None:
    assert len(tally["silent"]) >= 3 * (len(usage().pairs) + len(usage().collocations))
    assert tally["false"] == []


def test_slips_found(tally: dict[str, list[str]]) -> None:
    assert len(tally["found"]) >= 3 * (len(usage().pairs) + len(usage().collocations))
    assert len(tally["missed"]) <= len(tally["found"]) // 20, tally["missed"][:20]


# correct sentences of the genre, written by hand: the tables' verbs, objects and words in other constructions


if __name__ == "__main__":  # the figures for a commit message
    t = _tally()
    print(f"found {len(t['found']) - len(t['missed'])}/{len(t['found'])}, false {len(t['false'])}/{len(t['silent'])}")
    print("\n".join(t["missed"][:40]))
    print("--- false")
    print("\n".join(t["false"][:60]))
