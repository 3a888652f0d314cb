"""Fixed formulas of several parts with one part bent while the others stand right, in whatever order the
writer lists them: 遇事找法、办事依法、解决问题靠法、化解矛盾依法 (解决问题用法、化解矛盾靠法), 崇法学法用法守法
(尊法学法守法用法).

The term search (``fixedterms``) finds a formula bent a little in its own order; a writer who lists the
parts in another order and changes one is found here, item by item: in a list whose items (between 、，
or , ) hold at least two of a formula's parts as written, an item of the same length as a part the list
lacks and one character off it is that part bent. A formula written without marks between its parts (尊法学法
守法用法) is read unit by unit: a run of all but one of its parts and one other unit where the missing
part stands. The formulas are data (``names.toml`` [[formulas]]); one bent in more than one way at once is
``formulasets``' to tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from .formulabase import DIFFER, MISSING, Bent, Formula, explain, formulas, one_off
from .formulasets import MERGED, aligned, counted, framed, reordered, reworded
from .keep import kept

_ITEM = Lazy(r"[\u4e00-\u9fff]{2,30}")
_JOINS = "、，,"  # what stands between the items of one list


@kept
def bent_parts(text: str) -> tuple[Bent, ...]:
    """Each list item of ``text`` that is a formula's part bent (kept: asked of every paragraph)."""
    out: list[Bent] = []
    for f in formulas():
        if sum(p in text for p in f.parts) < (len(f.parts) - 1 if f.joined else 2) and not framed(text, f):
            continue  # most paragraphs hold no formula: one look per part
        out += [*_joined(text, f), *_listed(text, f)] if f.joined else _listed(text, f)
    return tuple(sorted(out))


def _listed(text: str, f: Formula) -> Iterator[Bent]:
    for run in _runs(text):
        commas = [e < len(text) and text[e] in "，," for _, e in run]
        items = _trimmed([text[s:e] for s, e in run], f, commas)
        split = _trimmed(_split_joined(items, f), f)
        if len(split) != len(items) and all(i in f.parts for i in split):
            continue  # 政治意识、大局意识、核心意识和看齐意识: the last joined by 和, all right
        present = {i for i in items if i in f.parts}
        if len(present) < 2:
            yield from reworded(run, items, f, commas) if f.whole else ()
            continue
        missing = [p for p in f.parts if p not in present]
        odd = [(s, e, i) for (s, e), i in zip(run, items, strict=True) if i not in f.parts and i not in f.words]
        bent = [(s, e, p) for s, e, i in odd for p in _near(i, missing)] or _at_ends(run, items, missing, f, commas)
        if not bent and len(missing) == 1 and len(f.parts) >= LONG_FORMULA:
            bent = _put_for(run, items, f, missing[0])
        if not bent and f.whole and len(f.parts) >= GOAL_FORMULA:
            bent = _in_place(text, run, items, f, missing, commas)
        if bent:  # one formula, one finding: its bent items from the first to the last
            yield bent[0][0], bent[-1][1], "”“".join(p for _, _, p in bent), f.name
            continue
        told = list(_left_out(text, run, f)) if f.whole else []
        if not told and f.whole and len(f.parts) >= GOAL_FORMULA:
            told = aligned(text, run, items, f, commas)
        yield from told or _more_bent(text, run, items, f, commas)


def _more_bent(text: str, run: list[tuple[int, int]], items: list[str], f: Formula, commas: list[bool]) -> list[Bent]:
    """A whole formula's parts all there in another order or its shared word changed in them, or a list of a
    formula's parts its count closes short."""
    whole = (reordered(run, items, f, commas) or reworded(run, items, f, commas)) if f.whole else []
    return whole or (counted(text, run, items, f) if f.counted else [])


def _left_out(text: str, run: list[tuple[int, int]], f: Formula) -> Iterator[Bent]:
    """A list of all a whole formula's parts but one, in their order and nothing else, between its
    clause's other words (a comma ends a list of 、: 增强政治意识、大局意识、看齐意识，推动……)."""
    pieces: list[list[tuple[int, int]]] = [[]]
    for s, e in run:
        if pieces[-1] and text[pieces[-1][-1][1]] in "，,":
            pieces.append([])
        pieces[-1].append((s, e))
    for piece in pieces:
        items = _trimmed(_split_joined([text[s:e] for s, e in piece], f), f)
        missing = [p for p in f.parts if p not in items]
        if len(missing) == 1 and _all_but_one(items, f):  # the span: the parts, not the words run into them
            last = text[piece[-1][0] : piece[-1][1]]
            start = piece[0][1] - len(items[0])
            end = piece[-1][0] + len(items[-1]) if last.startswith(items[-1]) else piece[-1][1]
            yield start, end, MISSING + missing[0], f.name


_AND = ("以及", "和", "及", "与")


def _split_joined(items: list[str], f: Formula) -> list[str]:
    """The items with one that is two parts joined by 和, 及, 以及 or 与 read as the two (……核心意识和看齐意识)."""
    out: list[str] = []
    for i in items:
        pair = next(
            ([i[: i.find(j)], i[i.find(j) + len(j) :]] for j in _AND if j in i and i[: i.find(j)] in f.parts), None
        )
        out += pair if pair and (pair[1] in f.parts or any(pair[1].startswith(p) for p in f.parts)) else [i]
    return out


def _trimmed(items: list[str], f: Formula, clause: list[bool] | None = None) -> list[str]:
    """The list's items, one that begins a clause read as a part where it ends with one (坚持科学立法) and
    one that ends a clause where it begins with one (人民满意的法治政府): the sentence's words run into a
    list's ends. ``clause``: whether a comma follows each item (by default only the last ends one)."""
    ends = clause if clause is not None else [k == len(items) - 1 for k in range(len(items))]
    out = list(items)
    for k, i in enumerate(out):
        if i in f.parts:
            continue
        if k == 0 or ends[k - 1]:
            out[k] = next((p for p in f.parts if i.endswith(p)), i)
        if out[k] == i and (k == len(out) - 1 or ends[k]):
            out[k] = next((p for p in f.parts if i.startswith(p)), i)
    return out


LONG_FORMULA = 4  # a formula this long names its missing part by the others around it


def _put_for(run: list[tuple[int, int]], items: list[str], f: Formula, part: str) -> list[tuple[int, int, str]]:
    """The one item of a list of all the formula's parts but ``part``, in ``part``'s place (the parts
    around it as in the formula), that shares its first or last two characters: another word written
    for it (服务意识 for 看齐意识, 历史自信 for 文化自信)."""
    at = f.parts.index(part)
    for k, item in enumerate(items):
        if item in f.parts or item in f.words or part in item or not (item[:2] == part[:2] or item[-2:] == part[-2:]):
            continue
        before = items[k - 1] if k else None
        after = items[k + 1] if k + 1 < len(items) else None
        if before == (f.parts[at - 1] if at else None) or after == (f.parts[at + 1] if at + 1 < len(f.parts) else None):
            s, e = run[k]
            cut = item.find("的") if k == len(items) - 1 else -1  # the words the list qualifies run into its last
            return [(s, s + cut if cut >= 2 else e, part)]  # item (人民群众满意的目标要求): the item alone is quoted
    return []


GOAL_FORMULA = 6  # a whole formula this long is cited by the others around a part or two bent into other words


def _in_place(
    text: str, run: list[tuple[int, int]], items: list[str], f: Formula, missing: list[str], commas: list[bool]
) -> list[tuple[int, int, str]]:
    """A long whole formula (the seven-phrase goal of 法治政府) written with one or two neighbouring parts
    changed into other words, or two left out: every other part there in its order, and in the missing parts'
    place one other item (职责明确 for 职能科学、权责法定) or none — unless 等 ends it: some parts named on purpose.
    A list that lacks more is no citation of it."""
    slots = sorted(f.parts.index(p) for p in missing)
    if not 1 <= len(slots) <= MERGED or slots[-1] - slots[0] != len(slots) - 1:
        return []
    odd = [k for k, i in enumerate(items) if i not in f.parts]
    order = [f.parts.index(i) for i in items if i in f.parts]
    if len(odd) > 1 or order != sorted(order) or len(set(order)) != len(order):
        return []
    first, last = slots[0], slots[-1]
    if not odd:  # two left out (one left out is _left_out's): the span is the list's parts
        end = run[-1][0] + len(items[-1])
        if len(slots) < MERGED or text.startswith("等", end):
            return []  # ……廉洁诚信、人民满意等: some of the parts named on purpose
        return [(run[0][1] - len(items[0]), end, MISSING + "”“".join(missing))]
    k = odd[0]
    if (k and commas[k - 1]) or (k + 1 < len(items) and commas[k]):
        return []  # a comma between it and the parts: another clause's words (……人民满意，推动各项工作落实)
    around = (f.parts[first - 1] if first else None, f.parts[last + 1] if last + 1 < len(f.parts) else None)
    if (items[k - 1] if k else None, items[k + 1] if k + 1 < len(items) else None) != around:
        return []  # the other item stands elsewhere: not written for the missing parts
    s, e = run[k]
    size = len(f.parts[first])
    if k == 0 and e - s > size:
        s = e - size  # the clause's words run into the list's first item (加快构建职责明确)
    elif k == len(items) - 1 and (k == len(commas) - 1 or commas[k]) and e - s > size:
        e = s + size  # and into its last (群众认可的法治政府)
    return [(s, e, "”“".join(missing))]


def _all_but_one(items: list[str], f: Formula) -> bool:
    """Whether the list is the formula's parts in order with one left out, and nothing else."""
    return (
        len(items) == len(f.parts) - 1
        and all(i in f.parts for i in items)
        and items == sorted(items, key=f.parts.index)
    )


def _at_ends(
    run: list[tuple[int, int]], items: list[str], missing: list[str], f: Formula, commas: list[bool]
) -> list[tuple[int, int, str]]:
    """A missing part one character off at the end of an item that begins a clause or the start of one
    that ends it, where the sentence's words run into the list (营造遵法、学法、守法、用法的氛围)."""
    for k, ((s, e), i) in enumerate(zip(run, items, strict=True)):
        for p in missing:
            head, tail = i[-len(p) :], i[: len(p)]
            if (k == 0 or commas[k - 1]) and len(i) > len(p) and head not in f.words and one_off(head, p):
                return [(e - len(p), e, p)]
            if (k == len(items) - 1 or commas[k]) and len(i) > len(p) and tail not in f.words and one_off(tail, p):
                return [(s, s + len(p), p)]
    return []


def _near(item: str, missing: list[str]) -> list[str]:
    """The first part ``item`` is one character off, in a list (none or one)."""
    return next(([p] for p in missing if one_off(item, p)), [])


def _runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """The lists of ``text``: runs of items (Chinese words only) with one of ``_JOINS`` between each two."""
    run: list[tuple[int, int]] = []
    for m in _ITEM.finditer(text):
        if run and not (m.start() == run[-1][1] + 1 and text[run[-1][1]] in _JOINS):
            yield run
            run = []
        run.append(m.span())
    if run:
        yield run


def _joined(text: str, f: Formula) -> Iterator[Bent]:
    """A run of units ending as the parts do (尊法学法…): all parts but one, and in the missing part's
    place (its place in the formula) a unit one character off it that is no word of its own (宪法)."""
    for m in _unit_run(f.parts[0][-1], len(f.parts[0])).finditer(text):
        size = len(f.parts[0])
        units = [m.group()[i : i + size] for i in range(0, len(m.group()), size)]
        if len(units) != len(f.parts):
            continue
        odd = [i for i, u in enumerate(units) if u not in f.parts]
        missing = [p for p in f.parts if p not in units]
        if len(odd) == 1 and len(missing) == 1 and f.parts.index(missing[0]) == odd[0]:
            unit = units[odd[0]]
            if unit not in f.words and one_off(unit, missing[0]):
                start = m.start() + odd[0] * size
                yield start, start + size, missing[0], f.name


@lru_cache(maxsize=8)
def _unit_run(last: str, size: int) -> re.Pattern[str]:
    return compile(rf"(?:[\u4e00-\u9fff]{{{size - 1}}}{re.escape(last)}){{3,}}")


__all__ = ["DIFFER", "MISSING", "Formula", "bent_parts", "explain", "formulas"]
