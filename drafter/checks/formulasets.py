"""A long or whole formula bent in more than one way at once (``formulas`` finds one part bent or left out):
a part left out AND another changed, the word all its parts share changed in each (the 四个亲自's 亲自), a list
of its parts closed by a count that is short of the formula's (……四项程序 for the 条例's five), all its parts
in another order."""

from __future__ import annotations

from functools import lru_cache

from ..lazyre import Lazy
from .formulabase import ADVISED, SAID, Bent, Formula, one_off

MERGED = 2  # at most this many of a whole formula's parts changed or left out: a citation of it, bent


def _near_part(item: str, part: str) -> bool:
    """Whether ``item`` is another word written for ``part``: one character off, or the same first or last two
    characters and about its length (群众满意 for 人民满意)."""
    if one_off(item, part):
        return True
    return abs(len(item) - len(part)) <= 1 and item != part and (item[:2] == part[:2] or item[-2:] == part[-2:])


def aligned(text: str, run: list[tuple[int, int]], items: list[str], f: Formula, commas: list[bool]) -> list[Bent]:
    """A long whole formula (the goal of 法治政府) with a part left out AND another changed into other words, each
    in its own place: its other parts there as written and in their order, every item between them one of its
    parts or another word for the part whose place it stands in (职能科学、……、公开公正、廉洁诚信、群众满意: 智能高效
    left out, 群众满意 for 人民满意). The cases of one change alone are the other functions'; a list that lacks more
    (at most two parts changed or left out) or one that 等 ends with a part left out is no citation of it."""
    first = next((k for k, i in enumerate(items) if i in f.parts), 0)
    start = max((k + 1 for k in range(first) if commas[k]), default=0)  # the list: its clause's items only
    stop = next((k + 1 for k in range(first, len(items)) if commas[k]), len(items))
    run, items, commas = run[start:stop], items[start:stop], commas[start:stop]
    last = len(items) - 1
    cut = items[last].find("的")
    shown = [*items[:last], items[last][:cut] if cut >= 2 else items[last]]
    at = [f.parts.index(i) if i in f.parts else -1 for i in shown]
    exact = [k for k, j in enumerate(at) if j >= 0]
    if len(exact) < max(3, len(f.parts) - MERGED) or [at[k] for k in exact] != sorted({at[k] for k in exact}):
        return []
    if any(commas[k] for k in range(exact[0], exact[-1])):
        return []  # a comma inside: two clauses' words, no one list
    changed: list[tuple[int, str]] = []  # (item, the part it stands for)
    for k, j in enumerate(at):
        if j >= 0:
            continue
        before = max((at[i] for i in exact if i < k), default=-1)
        after = min((at[i] for i in exact if i > k), default=len(f.parts))
        slot = [p for p in f.parts[before + 1 : after] if _near_part(shown[k], p)]
        if slot:
            changed.append((k, slot[0]))
        elif exact[0] < k < exact[-1]:
            return []  # another word inside the list: not written for one of its parts
    said = {p for _, p in changed} | {shown[k] for k in exact}
    left = [p for p in f.parts if p not in said]
    end = run[exact[-1]][0] + len(shown[exact[-1]])
    if not changed or not left or len(changed) + len(left) > MERGED or text.startswith("等", end):
        return []
    ks = [k for k, _ in changed] + exact
    s = run[min(ks)][1] - len(shown[min(ks)])
    e = run[max(ks)][0] + len(shown[max(ks)])
    wrong = "，".join(f"“{shown[k]}”应为“{p}”" for k, p in changed)
    return [(s, e, f"{SAID}漏了“{'”“'.join(left)}”，{wrong}", f.name)]


@lru_cache(maxsize=64)
def _shared(f: Formula) -> str:
    """The longest word (two characters or more) every part of ``f`` holds once (亲自 of the 四个亲自), or ""."""
    first = f.parts[0]
    for size in range(len(first) - 1, 1, -1):
        for i in range(len(first) - size + 1):
            w = first[i : i + size]
            if all(p.count(w) == 1 and p.find(w) > 0 and p.find(w) + size < len(p) for p in f.parts):
                return w
    return ""


def framed(text: str, f: Formula) -> bool:
    """Whether ``text`` holds the words before the shared word of all a whole formula's parts but one (重要工作,
    重大问题……): it may be written with that word changed."""
    word = _shared(f) if f.whole else ""
    return bool(word) and sum(p[: p.find(word)] in text for p in f.parts) >= len(f.parts) - 1


def reworded(run: list[tuple[int, int]], items: list[str], f: Formula, commas: list[bool]) -> list[Bent]:
    """A whole formula whose parts share a word (重要工作亲自部署、重大问题亲自过问……) written with that word
    changed in all of them or all but one (重要工作统一部署、重大问题集中过问……): each part's words before and
    after it there, in the formula's order — the formula's frame kept, its point (亲自) lost."""
    word = _shared(f)
    if not word:
        return []
    frames = [(p[: p.find(word)], p[p.find(word) + len(word) :]) for p in f.parts]
    hits: list[tuple[int, int, str]] = []  # (item, part, the word written for the shared one)
    for k, whole in enumerate(items):
        for j, (head, tail) in enumerate(frames):
            opens = k == 0 or commas[k - 1]  # 坚持重要工作……: the clause's words run into its first item
            item = whole[whole.find(head) :] if opens and head in whole else whole
            if item.startswith(head) and item.endswith(tail) and item != f.parts[j]:
                middle = item[len(head) : len(item) - len(tail)]
                if 0 < len(middle) <= len(word) + 1 and word not in middle:
                    hits.append((k, j, middle))
                    break
    exact = [k for k, i in enumerate(items) if i in f.parts]
    order = sorted([(k, j) for k, j, _ in hits] + [(k, f.parts.index(items[k])) for k in exact])
    ks = [k for k, _ in order]
    if len(hits) < len(f.parts) - 1 or [j for _, j in order] != sorted({j for _, j in order}):
        return []
    if ks != list(range(ks[0], ks[-1] + 1)):
        return []  # other words between them: no one list
    k = hits[0][0]
    s, e = run[k][1] - len(items[k]) + max(0, items[k].find(frames[hits[0][1]][0])), run[hits[-1][0]][1]
    written = "”“".join(m for _, _, m in hits)
    why = f"各项中的“{word}”写成了“{written}”"
    return [(s, e, f"{ADVISED}{why}", f.name)]


_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT = Lazy(r"(等)?([两二三四五六七八九十]|[2-9])(?:项|个|大|道)(?:法定|基本|主要)?([\u4e00-\u9fff]{1,4})$")


def counted(text: str, run: list[tuple[int, int]], items: list[str], f: Formula) -> list[Bent]:
    """A list of a formula's parts closed by their count (公众参与、风险评估、合法性审查三项程序) that
    counts fewer than the formula has, with one or more of its parts left out: the list stands for the formula
    whole. Readers differ (a sentence may name the steps one decision took): an info. A part written short
    (集体讨论 for 集体讨论决定) is that part."""
    written = text[run[-1][0] : run[-1][1]]  # as written: trimmed, 合法性审查三项程序 lost its count
    m = _COUNT.compiled.search(written)
    if m is None or m[3] not in f.counted:
        return []
    listed = [*items[:-1], written[: m.start()]]
    at = [next((j for j, p in enumerate(f.parts) if p.startswith(i) and len(i) >= 2), -1) for i in listed]
    number = int(m[2]) if m[2].isdigit() else _NUMBERS[m[2]]
    if -1 in at or at != sorted(set(at)) or number != len(listed) or number >= len(f.parts):
        return []
    left = [p for j, p in enumerate(f.parts) if j not in at]
    s, e = run[0][1] - len(listed[0]), run[-1][0] + m.end()
    why = f"共{'零一二三四五六七八九十'[len(f.parts)]}项，漏了“{'”“'.join(left)}”（只说某一事项实际经过的几项的除外）"
    return [(s, e, f"{ADVISED}{why}", f.name)]


def reordered(run: list[tuple[int, int]], items: list[str], f: Formula, commas: list[bool]) -> list[Bent]:
    """A whole formula with every part written right, in one list, in another order than the text's (重点环节亲自
    协调 before 重大问题亲自过问): an info — readers differ on whether the order of a cited formula matters."""
    at = [(k, f.parts.index(i)) for k, i in enumerate(items) if i in f.parts]
    order = [j for _, j in at]
    if sorted(order) != list(range(len(f.parts))) or order == sorted(order):
        return []
    first, last = at[0][0], at[-1][0]
    if any(commas[k] for k in range(first, last)) or last - first != len(f.parts) - 1:
        return []  # a comma or other words between them: no one list
    s = run[first][1] - len(items[first])
    e = run[last][0] + len(items[last])
    return [(s, e, f"{ADVISED}各项都对，次序与原文不同", f.name)]


__all__ = ["MERGED", "aligned", "counted", "framed", "reordered", "reworded"]
