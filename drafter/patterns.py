"""Checklist patterns that cannot hang lint: validated once, when the checklist loads.

A user checklist is data from outside; a pattern such as ``(一+)+$`` makes
Python's backtracking engine take exponential time on a line of 一 that does
not end the text. We refuse such patterns at load (a Chinese message naming
the pattern and what to write instead) rather than timing them out at match
time: a timeout depends on the machine's load (a report passes on one run and
"times out" on the next), needs the third-party ``regex`` engine in the
checking core, and would report the problem per report instead of once, to
the person who wrote the checklist.

What is refused (the shapes behind catastrophic backtracking):
- an unbounded repeat whose body is, apart from parts that may match nothing,
  itself an unbounded repeat: ``(a+)+``, ``(a*b?)*``, ``(?:\\d+)*``;
- an unbounded repeat over alternatives that can start with the same
  character: ``(年|年度)+``, ``(\\w|一)*``;
- back-references (``\\1``, ``(?P=name)``), which no checklist needs;
- and, whatever its shape, any pattern in which a loop can read one text in two ways
  (``(?:年年|年)+``, which the parser turns into 年(?:年|) before the checks above see it):
  ``ambiguity.exponential`` decides that on the pattern's automaton, exactly.
Nested repeats with a required separator (``(?:\\d+、)+``) stay allowed.

Why screening and not an engine without backtracking (RE2): cue patterns are Python ``re``
as users write them, and RE2 changes what they mean — ``\\w`` and ``\\d`` are ASCII-only there
(``\\w+`` would stop matching 汉字, ``\\d`` full-width ２０２４), and it has no lookaround, which
the shipped checklists use (``法制(?=政府|建设…)``, ``主要工作(?!安排|计划)``).
Re-checked for issue 29: google-re2 1.1 has wheels for win_amd64, manylinux_2_28 x86_64 and
aarch64 and macOS 13 arm64 (not for glibc older than 2.27), but the meaning change stands, so
the screen was made stricter instead, on exactly what runs (``{next}`` as ``20\\d\\d``,
``{leader}`` as the titles): polynomial shapes too — two unbounded repeats side by side that
match the same character (``\\d+\\d+``, ``.*.*``), a counted repeat over an unbounded one
(``(?:年+){2,20}``) — characters compared in both cases under ``(?i)``, the pattern's own
characters among those compared, and a pattern whose counted repeats unroll past ``MAX_SIZE``
refused before its automaton is built (``(?:年{0,20}){0,20}`` took 59 s to judge).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .reach import REACH, UNBOUNDED, bounded, reach, same_capped
from .sre import REPEATS as _REPEATS
from .sre import const as _c
from .sre import parser as _sre

_BIG = 20  # a repeat allowing more than this many is "unbounded" for backtracking purposes


class UnsafePattern(ValueError):
    """A pattern refused; ``str()`` is the Chinese reason."""


MAX_SIZE = 400
"""Characters a pattern spells out once its counted repeats are unrolled (``(?:年{0,20}){0,20}``
is 400): past this it is refused before its automaton is built, which costs the square of it."""


def validate(pattern: str) -> None:
    """Raise ``re.error`` for a syntax error, ``UnsafePattern`` for a shape that can hang. What is
    judged is what runs: the pattern with its repeats bounded (``bounded``). Each pattern is judged
    once a run: every checklist that extends ``base`` carries its patterns again."""
    verdict = _verdict(pattern)
    if verdict is not None:
        raise verdict.with_traceback(None)


@lru_cache(maxsize=8192)
def _verdict(pattern: str) -> re.error | UnsafePattern | None:
    from . import safepatterns

    if safepatterns.judged_safe(pattern):  # by this code, in an earlier run
        return None
    try:
        _validate(pattern)
    except (re.error, UnsafePattern) as e:
        return e
    safepatterns.keep(pattern)
    return None


def _validate(pattern: str) -> None:
    pattern = _proved(pattern)
    compiled = re.compile(pattern)
    parsed = _sre.parse(pattern)
    global _FOLD, _NAMED
    _FOLD = bool(compiled.flags & re.IGNORECASE) or ("(?" in pattern and _folds(parsed))
    from .ambiguity import _chars

    named: set[str] = set()
    _chars(parsed, named)
    _NAMED = sorted(named)  # 年 is not among _SAMPLE's every-7th CJK character: test what the pattern names
    if _size(parsed) > MAX_SIZE:
        raise UnsafePattern(f"重复次数嵌套展开后过长（超过 {MAX_SIZE} 个字符）；请减少 {{m,n}} 的次数或嵌套")
    _walk(parsed, top=True)  # the common shapes, each with its own advice
    from .ambiguity import exponential

    if exponential(parsed):  # every other shape: a text read two ways inside a loop
        raise UnsafePattern(
            "重复的部分可以用不止一种方式匹配同一段文字（如 (?:年年|年)+、(a|ab)(b|c)* 中的重叠），"
            "会使检查卡住；请改写为互不重叠的写法"
        )


_FOLD = False  # the pattern ignores case somewhere: characters are compared in both cases
_NAMED: list[str] = []  # the characters the pattern being validated names


def _folds(items: Any) -> bool:
    """Whether a group of the pattern turns on ignoring case (``(?i:A)``)."""
    for op, av in items:
        if op == _c.SUBPATTERN and (av[1] & _c.SRE_FLAG_IGNORECASE or _folds(av[-1])):
            return True
        if op in _REPEATS and _folds(av[2]):
            return True
        if op == _c.BRANCH and any(_folds(b) for b in av[1]):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT) and _folds(av[1]):
            return True
    return False


def _size(items: Any) -> int:
    """Elements of the pattern with its counted repeats unrolled (an unbounded one counted twice)."""
    n = 0
    for op, av in items:
        if op in _REPEATS:
            lo, hi, body = av
            n += _size(body) * min(max(lo, hi if hi <= _BIG else 2, 1), 10_000)  # a loop past _BIG, as ambiguity.py
        elif op == _c.SUBPATTERN:
            n += _size(av[-1])
        elif op == _c.BRANCH:
            n += sum(_size(b) for b in av[1])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            n += _size(av[1])
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            n += _size(av)
        else:
            n += 1
        if n > MAX_SIZE:
            return n
    return n


def _walk(items: Any, top: bool = False) -> None:
    _check_adjacent(_unwrap(items), top)
    for op, av in items:
        if op in (_c.GROUPREF, getattr(_c, "GROUPREF_EXISTS", None)):
            raise UnsafePattern("不支持反向引用（\\1 等）")
        if op in _REPEATS:
            _lo, hi, body = av
            if (hi >= 2 and _unbounded_inside(body)) or hi == _c.MAXREPEAT or hi > _BIG:
                _check_repeat_body(body)  # (?:年+){2,20}: twenty loops over one run of 年, polynomial
            _walk(body)
        elif op == _c.SUBPATTERN:
            _walk(av[-1])
        elif op == _c.BRANCH:
            for branch in av[1]:
                _walk(branch)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1])
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            _walk(av)


def _unbounded(op: Any, av: Any) -> bool:
    return op in _REPEATS and (av[1] == _c.MAXREPEAT or av[1] > _BIG)


def _unbounded_inside(items: Any) -> bool:
    """Whether an unbounded repeat (or an empty-able body) is inside ``items``: a counted repeat of it
    can split one run of text many ways."""
    seq = _unwrap(items)
    if all(_can_be_empty(op, av) for op, av in seq):
        return True
    for op, av in seq:
        if _unbounded(op, av) or (op in _REPEATS and _unbounded_inside(av[2])):
            return True
        if op == _c.BRANCH and any(_unbounded_inside(b) for b in av[1]):
            return True
    return False


def _check_adjacent(seq: list[tuple[Any, Any]], top: bool = False) -> None:
    """Two unbounded repeats side by side that can match the
    same character: ``\\d+\\d+``, ``.*.*`` split one run every way, polynomial in its length.
    So do two with text between them that the first can read as well (``[^。]*年[^。]*``,
    ``.*建设.*``): the first may stop before the text or run past it, and each way is tried;
    with k such repeats an attempt costs REACH to the power k. Not where nothing after the second
    can fail (``[^。]*目标[^。]*`` ends the pattern: its last repeat always matches, no way is retried),
    nor in a pattern anchored at the start (``^…``: one attempt a paragraph, not one a character)."""
    anchored = top and bool(seq) and seq[0][0] == _c.AT and seq[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    for i, (op, av) in enumerate(seq):
        if not _unbounded(op, av):
            continue
        if i + 1 < len(seq) and _unbounded(*seq[i + 1]) and _meet(_first(av[2]), _first(seq[i + 1][1][2])):
            raise UnsafePattern("两个相邻的重复可以匹配同一字符（如 \\d+\\d+、.*.*），会使检查变慢；请合并为一个重复")
        reads = _first(av[2])
        for j, (op2, av2) in enumerate(seq[i + 1 :], start=i + 1):
            if _unbounded(op2, av2):
                free = anchored or (top and j == len(seq) - 1) or _ways(av) * _ways(av2) <= _WAYS
                if _meet(reads, _first(av2[2])) and not free:
                    raise UnsafePattern(
                        "两个重复之间的文字也能被前一个重复匹配（如 [^。]*年[^。]*、.*建设.*），会使检查变慢；"
                        "请让前一个重复不含其后的文字，如 [^年]*年[^。]*"
                    )
                break
            if not _absorbed(op2, av2, reads):
                break


_WAYS = 1000  # ways two repeats may share a stretch of text: 【[^】]{0,30}填写[^】]{0,30}】 (900) is cheap


def _ways(av: Any) -> int:
    """How many lengths a repeat may take, as it runs (an unbounded one reads up to ``REACH``)."""
    hi = REACH if av[1] == _c.MAXREPEAT else min(av[1], REACH)
    return int(hi) - int(av[0]) + 1


def _absorbed(op: Any, av: Any, reads: Chars) -> bool:
    """Whether every character the element can match might be read by a repeat reading ``reads``
    (the element is one character, or a group, repeat or alternation of such)."""
    if op == _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
        return True
    if op in _REPEATS:
        return all(_absorbed(o, a, reads) for o, a in _unwrap(av[2]))
    if op == _c.BRANCH:
        return all(all(_absorbed(o, a, reads) for o, a in _unwrap(b)) for b in av[1])
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
        return _meet(reads, [_one(op, av)])
    return False


def _check_repeat_body(body: Any) -> None:
    """The body of an unbounded repeat must split any text one way only."""
    seq = _unwrap(body)
    if all(_can_be_empty(op, av) for op, av in seq):
        raise UnsafePattern("重复的部分可以不匹配任何字符（如 (a*)*）")
    for i, (op, av) in enumerate(seq):
        if op == _c.BRANCH and _overlapping(av[1]):
            raise UnsafePattern("重复中的几个可选项开头可能相同（如 (年|年度)+），会使检查卡住；请改写为互不重叠的写法")
        if op in _REPEATS and (av[1] == _c.MAXREPEAT or av[1] > _BIG):
            inner = _first(av[2])
            # what may come right after this inner repeat: the rest of the body, then the body again
            follow = _follow(seq[i + 1 :] + seq)
            if _meet(inner, follow):
                raise UnsafePattern(
                    "重复中嵌套重复，且两者可匹配同一字符（如 (一+)+、(\\w+\\s?)+），会使检查卡住；"
                    "请写成 一+，或在内层重复后加一个不同的分隔字符"
                )


Chars = list[Any]  # single-character elements (``_one``'s keys); None in the list means "any character"


def _unwrap(items: Any) -> list[tuple[Any, Any]]:
    """A sequence with capturing/non-capturing groups opened up."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op == _c.SUBPATTERN:
            out.extend(_unwrap(av[-1]))
        else:
            out.append((op, av))
    return out


def _can_be_empty(op: Any, av: Any) -> bool:
    if op in _REPEATS:
        return bool(av[0] == 0) or all(_can_be_empty(o, a) for o, a in _unwrap(av[2]))
    if op == _c.SUBPATTERN:
        return all(_can_be_empty(o, a) for o, a in _unwrap(av[-1]))
    if op == _c.BRANCH:
        return any(all(_can_be_empty(o, a) for o, a in _unwrap(b)) for b in av[1])
    return op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _one(op: Any, av: Any) -> Any:
    """One character element as a hashable key (its op and arguments), or None (any character / unknown)."""
    if op in (_c.LITERAL, _c.NOT_LITERAL):
        return (op, av)
    if op == _c.IN:
        from .ambiguity import class_test, frozen

        return (op, frozen(av)) if class_test(av) is not None else None
    return None


def _first(items: Any) -> Chars:
    """Predicates for the characters a sequence can start with."""
    return _follow(_unwrap(items))


def _follow(seq: list[tuple[Any, Any]]) -> Chars:
    out: Chars = []
    for op, av in seq:
        if op == _c.AT:
            continue
        if op in _REPEATS:
            out += _first(av[2])
        elif op == _c.BRANCH:
            for b in av[1]:
                out += _first(b)
        else:
            out.append(_one(op, av))
        if not _can_be_empty(op, av):
            break
    return out


_SAMPLE = [chr(i) for i in (*range(0x250), *range(0x3000, 0x3040), *range(0x4E00, 0x9FA6, 7), *range(0xFF00, 0xFF66))]


def _meet(a: Chars, b: Chars) -> bool:
    """Whether some character can match an element of ``a`` and one of ``b`` (None meets all)."""
    if not a or not b:
        return False
    if None in a or None in b:
        return True
    return bool(_mask(a) & _mask(b))


def _mask(chars: Chars) -> int:
    """The characters of ``_SAMPLE + _NAMED`` (bit i: the i-th) some element of ``chars`` matches; under
    ``_FOLD`` a character counts when it or its other case does (``(?i:A)`` meets ``[a-z]``)."""
    named = (tuple(_NAMED), _FOLD)
    out = 0
    for key in chars:
        bits = _SAMPLE_BITS.get((key, _FOLD))
        if bits is None:
            if len(_SAMPLE_BITS) > 16384:
                _SAMPLE_BITS.clear()
            bits = _SAMPLE_BITS[(key, _FOLD)] = _bits(key, _SAMPLE, _FOLD)
        more = _NAMED_BITS.get((key, named))
        if more is None:
            if len(_NAMED_BITS) > 65536:
                _NAMED_BITS.clear()
            more = _NAMED_BITS[(key, named)] = _bits(key, _NAMED, _FOLD) << len(_SAMPLE)
        out |= bits | more
    return out


_SAMPLE_BITS: dict[tuple[Any, bool], int] = {}  # (element, fold) → its bits over _SAMPLE: the same for every pattern
_NAMED_BITS: dict[tuple[Any, Any], int] = {}  # (element, (_NAMED, fold)) → its bits over _NAMED, after _SAMPLE's


def _bits(key: Any, chars: list[str], fold: bool) -> int:
    """Bit i set where ``chars[i]`` matches the element (or, with ``fold``, its single-character other case)."""
    from .ambiguity import class_bits

    op, av = key
    items = (
        [(_c.LITERAL, av)]
        if op == _c.LITERAL
        else [(_c.NEGATE, None), (_c.LITERAL, av)]
        if op == _c.NOT_LITERAL
        else av
    )
    bits = class_bits(items, chars)
    if fold:  # ß → SS: no single swap
        bits = (bits or 0) | (class_bits(items, [sw if len(sw := ch.swapcase()) == 1 else ch for ch in chars]) or 0)
    assert bits is not None  # _one keeps no class that is not modelled
    return bits


def _overlapping(branches: list[Any]) -> bool:
    firsts = [_first(b) for b in branches]
    return any(_meet(x, y) for i, x in enumerate(firsts) for y in firsts[i + 1 :])


def _proved(pattern: str) -> str:
    """``bounded(pattern)``, proved: it parses to the original with only the upper bounds lowered
    to ``REACH`` and none left unbounded, or the pattern is refused."""
    original = _sre.parse(pattern)  # a syntax error is re.error, reported as such
    out = bounded(pattern)
    try:
        rewritten = _sre.parse(out) if out != pattern else original
        same = same_capped(original, rewritten) and reach(rewritten) < UNBOUNDED
    except (re.error, RecursionError):
        same = False
    if not same:
        raise UnsafePattern(f"无法为其中的重复加上限；请把 *、+ 写成 {{0,{REACH}}}、{{1,{REACH}}}")
    return out


def max_reach(pattern: str) -> int:
    """The most characters one attempt of ``bounded(pattern)`` reads ahead: its longest match, or
    more inside a lookahead (the size the tests hold: a search costs at most this per position)."""
    return reach(_sre.parse(_proved(pattern)))


__all__ = ["REACH", "UnsafePattern", "bounded", "max_reach", "validate"]
