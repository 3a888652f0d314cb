"""Whether a regular expression can make a backtracking engine take exponential time.

Python's ``re`` tries the ways a pattern can match one after another; it is exponential
exactly when some loop of the pattern's automaton can read one text in two different
ways and come back to where it started (then n repetitions give 2^n ways to try before
a failing match gives up). That is a property of the automaton, whatever the pattern's
shape: ``(a+)+``, ``(年|年度)+``, ``(?:年年|年)+`` — which the parser turns into
``年(?:年|)`` — or ``(\\w|一)*`` alike. This module builds the automaton as the engine walks
it (Thompson's construction: one path per way of matching, so nested loops and overlapping
alternatives stay distinct paths) and looks for such a loop in its square: a strongly
connected set of state pairs holding a pair (p, p) and either a pair (p, q) with p ≠ q or
two distinct ways from one state to another on the same character (the "EDA" criterion).

Lookaround bodies are checked as patterns of their own (they are run at every position)
and are zero-width in the pattern around them; anchors are zero-width. Character classes
are compared on a sample of characters (ASCII, CJK punctuation, full-width forms, CJK
ideographs, plus every character the pattern names), so two classes "meet" when a real
report character could match both. A bounded repeat ``{m,n}`` is unrolled as the engine
counts it, up to a size budget beyond which it is taken as unbounded (the safe side).
"""

from __future__ import annotations

from typing import Any

from .sre import REPEATS as _REPEATS
from .sre import const as _c

_ASSERTS = {_c.ASSERT, _c.ASSERT_NOT}
_BIG = 20  # a bounded repeat above this is treated as unbounded, as patterns.py does
_BUDGET = 4000  # automaton nodes; a pattern beyond it is judged with its bounded repeats unbounded
_PAIRS = 200_000  # state pairs explored before the pattern is judged too complex (unsafe)

_BASE = [
    chr(i)
    for i in (
        *range(0x20, 0x7F),
        0x09,
        0x0A,
        0x0D,
        0xA0,
        0xB7,
        *range(0x3000, 0x3040),
        *range(0x2010, 0x2028),
        *range(0xFF00, 0xFF66),
        *range(0x4E00, 0x9FA6, 97),
        0x4E00,
        0x9FA5,
    )
]
_CATEGORY = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}


class _TooBig(Exception):
    pass


class _Automaton:
    """Thompson NFA: ``eps[n]`` ε-successors, ``char[n]`` one (class mask, successor) or None."""

    def __init__(self, sample: list[str]) -> None:
        self.eps: list[list[int]] = []
        self.char: list[tuple[int, int] | None] = []
        self.sample = sample
        self.on_base = sample[: len(_BASE)] == _BASE  # a class's bits over _BASE are kept across patterns
        self.index = {ch: i for i, ch in enumerate(sample)}
        self.full = (1 << len(sample)) - 1
        self.unroll = True

    def node(self) -> int:
        if len(self.eps) >= _BUDGET:
            raise _TooBig
        self.eps.append([])
        self.char.append(None)
        return len(self.eps) - 1

    def seq(self, items: Any, start: int) -> int:
        cur = start
        for op, av in items:
            cur = self.item(op, av, cur)
        return cur

    def item(self, op: Any, av: Any, cur: int) -> int:
        if op == _c.SUBPATTERN:
            return self.seq(av[-1], cur)
        if op == getattr(_c, "ATOMIC_GROUP", None):
            return self.seq(av, cur)
        if op == _c.BRANCH:
            end = self.node()
            for branch in av[1]:
                b = self.node()
                self.eps[cur].append(b)
                self.eps[self.seq(branch, b)].append(end)
            return end
        if op in _REPEATS:
            return self.repeat(av, cur)
        if op in _ASSERTS or op == _c.AT:
            return cur  # zero-width here; an assertion's body is judged on its own
        here = self.node()  # cur → here → (one character) → nxt
        nxt = self.node()
        self.eps[cur].append(here)
        self.char[here] = (self.mask(op, av), nxt)
        return nxt

    def repeat(self, av: Any, cur: int) -> int:
        lo, hi, body = av
        unbounded = hi == _c.MAXREPEAT or hi > _BIG or not self.unroll
        for _ in range(min(lo, 2) if unbounded else lo):
            cur = self.seq(body, cur)
        if unbounded:  # L → body → L, L → out
            loop = self.node()
            self.eps[cur].append(loop)
            self.eps[self.seq(body, self.node_from(loop))].append(loop)
            out = self.node()
            self.eps[loop].append(out)
            return out
        end = self.node()  # counted: (body (body (…)?)?)?, one way per count as the engine has
        for _ in range(hi - lo):
            self.eps[cur].append(end)
            cur = self.seq(body, self.node_from(cur))
        self.eps[cur].append(end)
        return end

    def node_from(self, n: int) -> int:
        m = self.node()
        self.eps[n].append(m)
        return m

    def mask(self, op: Any, av: Any) -> int:
        if op == _c.LITERAL:
            return 1 << self.index[chr(av)]
        if op == _c.NOT_LITERAL:
            return self.full & ~(1 << self.index[chr(av)])
        if op == _c.ANY:
            return self.full & ~(1 << self.index["\n"])
        if op == _c.IN:
            if not self.on_base:
                bits = class_bits(av, self.sample)
                return self.full if bits is None else bits
            key = frozen(av)
            base = _BASE_BITS.get(key, -1)
            if base == -1:
                if len(_BASE_BITS) > 16384:
                    _BASE_BITS.clear()
                base = _BASE_BITS[key] = class_bits(av, _BASE)
            if base is None:
                return self.full
            more = class_bits(av, self.sample[len(_BASE) :])
            assert more is not None
            return base | more << len(_BASE)
        return self.full  # unknown element: it may match anything


_BASE_BITS: dict[Any, int | None] = {}  # a class (``frozen``) → ``class_bits`` over _BASE: the same for every pattern


def frozen(av: Any) -> Any:
    """A parsed element's arguments with every list made a tuple: hashable, equal for equal elements."""
    if isinstance(av, list | tuple):
        return tuple(frozen(x) for x in av)
    return av


def class_bits(items: Any, chars: list[str]) -> int | None:
    """The characters of ``chars`` (bit i: the i-th) the class matches, as ``class_test`` judges each, or
    None when it holds what is not modelled. One pass over the characters per item of the class."""
    ords = [ord(ch) for ch in chars]
    hits = 0
    negate = False
    for o, a in items:
        if o == _c.NEGATE:
            negate = True
        elif o == _c.LITERAL:
            hits |= _packed([x == a for x in ords])
        elif o == _c.RANGE:
            lo, hi = a
            hits |= _packed([lo <= x <= hi for x in ords])
        elif o == _c.CATEGORY and a in _CATEGORY:
            hits |= _packed(list(map(_CATEGORY[a], chars)))
        else:
            return None
    return ((1 << len(chars)) - 1) & ~hits if negate else hits


def _packed(flags: list[bool]) -> int:
    """An int with bit i set where ``flags[i]`` is true."""
    return int("".join(map(_DIGIT.__getitem__, reversed(flags))) or "0", 2)


_DIGIT = {True: "1", False: "0"}


def class_test(items: Any) -> Any:
    """A predicate for a character class (``[...]``'s items), or None when it holds what is not modelled."""
    tests: list[Any] = []
    negate = False
    for o, a in items:
        if o == _c.NEGATE:
            negate = True
        elif o == _c.LITERAL:
            tests.append(lambda ch, c=a: ord(ch) == c)
        elif o == _c.RANGE:
            tests.append(lambda ch, lo=a[0], hi=a[1]: lo <= ord(ch) <= hi)
        elif o == _c.CATEGORY and a in _CATEGORY:
            tests.append(_CATEGORY[a])
        else:
            return None
    return lambda ch: any(t(ch) for t in tests) != negate


def _chars(items: Any, out: set[str]) -> list[Any]:
    """Collect every character the pattern names (so classes are compared on them too); return assertion bodies."""
    bodies: list[Any] = []
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            out.add(chr(av))
        elif op == _c.IN:
            for o, a in av:
                if o == _c.LITERAL:
                    out.add(chr(a))
                elif o == _c.RANGE:
                    out.update((chr(a[0]), chr(a[1])))
        elif op == _c.SUBPATTERN:
            bodies += _chars(av[-1], out)
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            bodies += _chars(av, out)
        elif op == _c.BRANCH:
            for b in av[1]:
                bodies += _chars(b, out)
        elif op in _REPEATS:
            bodies += _chars(av[2], out)
        elif op in _ASSERTS:
            bodies.append(av[1])
            bodies += _chars(av[1], out)
    return bodies


def exponential(parsed: Any) -> bool:
    """True if matching ``parsed`` (``re._parser.parse``'s result) can backtrack exponentially."""
    named: set[str] = set()
    bodies = _chars(parsed, named)
    sample = _BASE + sorted(named - set(_BASE))
    return any(_loop_reads_twice(part, sample) for part in (parsed, *bodies))


def _loop_reads_twice(items: Any, sample: list[str]) -> bool:
    nfa = _Automaton(sample)
    try:
        start = nfa.node()
        nfa.seq(items, start)
    except _TooBig:
        nfa = _Automaton(sample)
        nfa.unroll = False
        try:
            start = nfa.node()
            nfa.seq(items, start)
        except _TooBig:
            return True  # too large to judge: refused, a checklist pattern is a few dozen characters
    try:
        return _square_has_twice_loop(start, _steps(nfa))
    except (_TooBig, RecursionError):
        return True


def _steps(nfa: _Automaton) -> dict[int, list[tuple[int, int, int]]]:
    """For each state (the start, or a node a character leads to): (mask, next state, number of ways ≤ 2)."""
    memo: dict[int, dict[int, int]] = {}
    on_path: set[int] = set()

    def reach(n: int) -> dict[int, int]:
        """Character nodes reachable from ``n`` by ε-moves, with the number of distinct ε-paths (capped at 2)."""
        if n in memo:
            return memo[n]
        if n in on_path:  # an ε-loop: a loop that can match nothing (patterns.py refuses most before)
            raise _TooBig
        on_path.add(n)
        out: dict[int, int] = {n: 1} if nfa.char[n] is not None else {}
        for m in nfa.eps[n]:
            for k, v in reach(m).items():
                out[k] = min(2, out.get(k, 0) + v)
        on_path.discard(n)
        memo[n] = out
        return out

    states = {0} | {c[1] for c in nfa.char if c is not None}
    steps: dict[int, list[tuple[int, int, int]]] = {}
    for s in states:
        row = []
        for k, ways in reach(s).items():
            c = nfa.char[k]
            assert c is not None
            row.append((c[0], c[1], ways))
        steps[s] = row
    return steps


def _square_has_twice_loop(start: int, steps: dict[int, list[tuple[int, int, int]]]) -> bool:
    """The EDA test on the automaton's square (pairs of states reading the same characters)."""
    edges: dict[tuple[int, int], list[tuple[tuple[int, int], bool]]] = {}
    todo = [(start, start)]
    edges[(start, start)] = []
    while todo:
        pair = todo.pop()
        a, b = pair
        out = edges[pair]
        for ma, na, wa in steps[a]:
            for mb, nb, _ in steps[b]:
                if ma & mb:
                    nxt = (na, nb)
                    out.append((nxt, a == b and na == nb and wa > 1))  # two ways along one step
                    if nxt not in edges:
                        if len(edges) >= _PAIRS:
                            raise _TooBig
                        edges[nxt] = []
                        todo.append(nxt)
    comp = _components(edges)
    diagonal = {comp[p] for p in edges if p[0] == p[1]}
    for pair, outs in edges.items():
        here = comp[pair]
        if here not in diagonal:
            continue
        for nxt, split in outs:
            if comp[nxt] == here and (split or pair[0] != pair[1] or nxt[0] != nxt[1]):
                return True
    return False


def _components(edges: dict[tuple[int, int], list[tuple[tuple[int, int], bool]]]) -> dict[tuple[int, int], int]:
    """Strongly connected components (Tarjan, iterative): pair → component number."""
    index: dict[tuple[int, int], int] = {}
    low: dict[tuple[int, int], int] = {}
    comp: dict[tuple[int, int], int] = {}
    stack: list[tuple[int, int]] = []
    on: set[tuple[int, int]] = set()
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on.add(v)
            recurse = False
            outs = edges[v]
            while i < len(outs):
                w = outs[i][0]
                i += 1
                if w not in index:
                    work.append((v, i))
                    work.append((w, 0))
                    recurse = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if recurse:
                continue
            if low[v] == index[v]:
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp[w] = index[v]
                    if w == v:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return comp


__all__ = ["exponential"]
