"""Fixed names bent a little: a cited title or a fixed term with a character or two dropped, added or changed.

A report's mistakes in fixed names are new in every report, so they are found by nearness to the
right name (``names.toml``: ``[[titles]]`` and ``[[terms]]``), not by a pattern per misspelling:

- a title cited in 《》, 〈〉 or <> that is within a few edits of a known title, once brackets, dashes,
  spaces and the 年 of a year range are set aside (those are other rules' business): both ends must
  agree and the document kind (规定, 纲要…) must be the same, so a local document (《青山县…实施方案》) or
  the name with a suffix (…实施方案, …的通知) is another document, not a bent one;
- a fixed term in the text within one or two edits of its right form, starting with the term's first
  two characters and ending with its last two: found through the start, so a report is read once per term.

The measure is an edit distance (insert, delete, change one character) counted inside a band, so a
comparison costs length × allowed edits. ``difflib``'s ratio counts matched blocks, not edits, and
cannot say "two characters dropped in the middle"; the distance here is exact and short.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load
from .evidence import LONGEST
from .keep import kept
from .titlewords import word_slip

CITED = (Lazy(r"《([^《》\n]{2,80})》"), Lazy(r"〈([^〈〉《》\n]{2,80})〉"), Lazy(r"<([^<>《》\n]{2,80})>"))
_MARKS = Lazy(r"[\s()（）\[\]【】〔〕<>〈〉《》“”\"'‘’·・、，,]")
_DIGIT = Lazy(r"\d")
_NUMERALS = "〇一二三四五六七八九十百"
_DASHES = Lazy(r"[-—–－~～―─]+|至")
_YEARS = Lazy(r"(\d{4})年?-?(\d{4})年?")
RANGE = Lazy(r"(\d{4})\s*年?\s*([-—–－~～―─]+|至)\s*(\d{4})\s*(年?)")  # a title's years as written
_NATION = "中华人民共和国"


@dataclass(frozen=True)
class Title:
    """A document or book whose name must be cited exactly."""

    name: str  # as it is written (shown in the message)
    key: str  # normalised (``key``)
    kind: str  # the document kind its name ends with (规定, 纲要…), or ""
    author: str = ""  # written before a book's name by mistake (习近平 《论坚持全面依法治国》)
    replaced_by: str = ""  # the title of the document that replaced it (信访条例: 信访工作条例)
    since: int = 0  # the first report year it is outdated in
    revised: tuple[int, ...] = ()  # the years a law was made, revised or amended (行政复议法: 1999 … 2023)
    effective: int = 0  # the year its last revision took force (2024)


@dataclass(frozen=True)
class Term:
    """A fixed term that must be written exactly (推进法治建设第一责任人职责)."""

    name: str  # as it is written (shown in the message)
    edits: int
    allow: tuple[str, ...] = ()  # right names near it (习近平新时代中国特色社会主义经济思想): not bent
    key: str = ""  # the name without the light characters (双随机一公开): what the text is compared with
    title: Title | None = None  # a known title looked for as written without its 《》, judged as a title

    @property
    def core(self) -> str:
        return self.key or self.name


@dataclass(frozen=True)
class Fixed:
    titles: tuple[Title, ...]
    terms: tuple[Term, ...]
    light: str  # characters a term may carry inside at no cost (的, quotation marks)
    kinds: tuple[str, ...]  # document kinds (规定, 纲要, 方案…), longest first
    issuers: tuple[str, ...] = ()  # written before a title (国务院办公厅关于…), longest first
    bare: tuple[Term, ...] = ()  # the long titles as terms: cited without 《》 (落实重大行政决策程序暂行条例)
    qualifiers: tuple[str, ...] = ()  # one more or less makes another document (加快推进…, 推进…)
    slots: tuple[tuple[str, str], ...] = ()  # (依法治, 国): a unit writes its own level or place there (依法治县)
    starts_after: tuple[str, ...] = ()  # words after which a term's first character begins it (推进法政府建设)
    own: tuple[str, ...] = ()  # words in a clause that make a title cited in it the unit's own (我县, 制定)
    central: tuple[str, ...] = ()  # central issuers: a clause naming one cites the central document (中共中央)
    synonyms: tuple[tuple[str, str], ...] = ()  # a word of a title and one writers put for it (推进|推动)
    history: tuple[str, ...] = ()  # words of a sentence looking back (回顾, 收官): an old title named there is history


def key(title: str) -> str:
    """``title`` without brackets, quotes, spaces, 中华人民共和国 and with year ranges as ``2021-2025``."""
    s = _MARKS.compiled.sub("", title)
    s = _DASHES.compiled.sub("-", s.removeprefix(_NATION))
    return _YEARS.compiled.sub(r"\1-\2", s)


def kind_of(k: str, kinds: tuple[str, ...]) -> str:
    """The document kind a normalised title ends with, its year range set aside."""
    stem = _YEARS.compiled.sub("", k).rstrip("-")
    return next((w for w in kinds if stem.endswith(w)), "")


@lru_cache(maxsize=1)
def fixed() -> Fixed:
    """The known titles and terms: the first ``names.toml`` (``DRAFTER_CHECKLISTS`` first)."""
    return load("names.toml", _fixed)


def _fixed(data: dict[str, Any], path: object) -> Fixed:
    try:
        near = data["near"]  # a user's names.toml without it has the shipped one (``vocab._first``)
        kinds = tuple(sorted((str(k) for k in near["kinds"]), key=len, reverse=True))
        titles = tuple(_title(t, kinds) for t in data["titles"])
        light = str(near.get("light", ""))
        terms = tuple(_term(t, light) for t in data.get("terms", ()))
        issuers = tuple(sorted((key(str(w)) for w in near.get("issuers", ())), key=len, reverse=True))
        qualifiers = tuple(str(w) for w in near.get("qualifiers", ()))
        slots = tuple(_slot(str(w)) for w in near.get("slots", ()))
        after = tuple(str(w) for w in near.get("starts_after", ()))
        own = tuple(str(w) for w in near.get("own", ()))
        central = tuple(str(w) for w in near.get("central", ()))
        synonyms = tuple(_pair(str(w)) for w in near.get("synonyms", ()))
        bare = _as_terms(titles, terms)
        history = tuple(str(w) for w in near.get("history", ()))
        return Fixed(
            titles, terms, light, kinds, issuers, bare, qualifiers, slots, after, own, central, synonyms, history
        )
    except (ValueError, KeyError, TypeError) as e:
        raise ReadError(
            f'固定提法表 {path} 有误（{str(e)[:80]}）；每个 [[titles]]、[[terms]] 需要 name = "……"'
        ) from None


def _slot(word: str) -> tuple[str, str]:
    """ "依法治|国": the words before the place, and the place a unit writes its own level or name for."""
    before, bar, place = word.partition("|")
    if not bar or not before or not place:
        raise ValueError(f"slots 中的“{word}”要写成“前面的字|可换的字”（如“依法治|国”）")
    return before, place


def _title(t: dict[str, Any], kinds: tuple[str, ...]) -> Title:
    name = str(t["name"])
    replaced_by, since = str(t.get("replaced_by", "")), int(t.get("from", 0))
    if bool(replaced_by) != bool(since):
        raise ValueError(f"《{name}》的 replaced_by 和 from 要一起写")
    revised = tuple(int(y) for y in t.get("revised", ()))
    k = key(name)
    return Title(
        name, k, kind_of(k, kinds), str(t.get("author", "")), replaced_by, since, revised, int(t.get("effective", 0))
    )


def _pair(word: str) -> tuple[str, str]:
    """ "推进|推动": a word of a title and the near word writers put for it."""
    right, bar, written = word.partition("|")
    if not bar or not right or not written:
        raise ValueError(f"synonyms 中的“{word}”要写成“正确的词|误写的词”（如“推进|推动”）")
    return right, written


def _as_terms(titles: tuple[Title, ...], terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The long titles without figures as terms, each judged as its title (``off``): one that is a term
    already (法治政府建设与责任落实督察工作规定) is looked for once."""
    have = {t.core for t in terms}
    return tuple(
        Term(t.name, _allowed(len(t.key)), (), t.key, t)
        for t in titles
        if len(t.key) >= LONG_TITLE and not t.author and not _DIGIT.search(t.key) and t.key not in have
    )


def _term(t: dict[str, Any], light: str) -> Term:
    name = str(t["name"])
    core = name.translate(str.maketrans("", "", light))  # 、 and quotes may be written or left out
    edits = int(t.get("edits", max(1, min(2, len(core) // 6))))  # one in six characters, at most two
    return Term(name, edits, (*(str(a) for a in t.get("except", ())), *_joined(name)), core)


JOINS = ("和", "及", "以及", "与")  # a list's last member may be joined by one of these instead of 、


def _joined(name: str) -> tuple[str, ...]:
    """A list term with its last 、 written as 和, 及, 以及 or 与 (……合法性审查和集体讨论决定): right too."""
    at = name.rfind("、")
    return tuple(name[:at] + j + name[at + 1 :] for j in JOINS) if at >= 0 else ()


def _allowed(n: int) -> int:
    """Edits allowed in a name of ``n`` characters: one in seven, at least one, at most three."""
    return max(1, min(3, n // 7))


MIN_TITLE = 5  # shorter names (教育法, 教师法) differ from other real names by one character


@kept
def bent_titles(text: str) -> tuple[tuple[int, int, Title], ...]:
    """(start, end, right title) for each title cited in ``text`` that is a known title bent a little;
    the span covers the brackets (kept: every re-check asks of every paragraph)."""
    return tuple(_bent_titles(text))


def _bent_titles(text: str) -> Iterator[tuple[int, int, Title]]:
    titles = fixed().titles
    exact = {t.key for t in titles}
    for m in (m for rx in CITED for m in rx.compiled.finditer(text)):
        ks = forms(key(m.group(1)))
        if exact.intersection(ks):
            continue
        near = sorted((d, i, k) for i, t in enumerate(titles) for k in ks if (d := off(k, t)))
        if near:
            if not another(near[0][2], titles[near[0][1]].key):  # nearest another year's: local
                yield m.start(), m.end(), titles[near[0][1]]
        elif not own_clause(text, m.start()):  # a word off: the unit's own document may differ so
            syn = fixed().synonyms
            slipped = (
                t
                for t in titles
                for k in ks
                if word_slip(k, t.key, syn) and not another(k, t.key) and not _implements(k)
            )
            if (t := next(slipped, None)) is not None:
                yield m.start(), m.end(), t


def forms(k: str) -> set[str]:
    """The normalised cited title, and without the issuer it may start with (国务院办公厅关于…)."""
    issuer = next((w for w in fixed().issuers if k.startswith(w) and len(k) > len(w) + 2), "")
    return {k, k[len(issuer) :]}


_CLAUSE = "，。；：,;:！？!?\n"


def _implements(k: str) -> bool:
    """Whether ``k`` names a known title's own rules by another kind (公平竞争审查实施细则 of 公平竞争审查条例):
    a document of its own, not a known title with a word dropped."""
    f = fixed()
    return any(
        t.kind and k.startswith(t.key[: -len(t.kind)]) and k[len(t.key) - len(t.kind) :] in f.kinds for t in f.titles
    )


def own_clause(text: str, at: int) -> bool:
    """Whether the clause before ``at`` makes a title cited there the unit's own (我县制定的, 市委印发):
    a local document of the central one's words, not a slip of it — unless the clause names a central
    issuer (中共中央、国务院印发的): ``names.toml`` [near] ``own`` and ``central``."""
    lo = max(0, at - LONGEST)  # a longer "clause" is a page without marks: each title reads a bounded stretch
    start = max(lo - 1, *(text.rfind(c, lo, at) for c in _CLAUSE)) + 1
    clause = text[start:at]
    f = fixed()
    return any(w in clause for w in f.own) and not any(w in clause for w in f.central)


def off(k: str, t: Title) -> int:
    """How many characters the normalised cited title ``k`` is off ``t`` (0: not near, or ``t`` itself)."""
    if t.author and k.startswith(t.author) and len(t.key) >= 4:
        return 1 if distance(k[len(t.author) :], t.key, 1) <= 1 else 0  # the author written into the book's name
    if len(t.key) < MIN_TITLE or len(k) < 2:
        return 0
    kind = kind_of(k, fixed().kinds)
    long = len(t.key) >= LONG_TITLE
    garbled = long and bool(t.kind) and t.kind.endswith(kind) and kind != t.kind  # kind bent: 纲耍, 条列, 的导意见
    if (kind != t.kind and not garbled) or not _ends(k, t.key, long, garbled):
        return 0
    limit = _allowed(len(t.key))
    d = distance(k, t.key, limit)
    return d if d <= limit and not word_run(k, t.key, d) else 0


def word_run(a: str, b: str, d: int) -> bool:
    """Whether ``a`` is ``b`` (``d`` edits off) with one run of two or more characters put in or put in
    place of others — a word: 《关于加强和改进行政复议工作的意见》 of 《……行政应诉……》, 关于全面推进基层政务公开
    工作的意见: another document or phrase, not a slip of the pen (a word dropped stays a slip: 法治政府建设纲要)."""
    if d < 2:
        return False
    head = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    run, was = a[head : len(a) - tail], b[head : len(b) - tail]
    return len(run) >= 2 and d >= max(len(run), len(was))


LONG_TITLE = 8  # a name this long may be bent at its ends too
LONGER_TITLE = 10  # and this long, have its first character changed (发治政府建设实施纲要)


def _ends(k: str, name: str, long: bool, garbled: bool) -> bool:
    """Whether the cited ``k`` begins and ends as ``name``: its first and last character; in a long
        name also the first or last dropped, another put in before or after, or the two at an end swapped
        (a first character changed stays another name: 居民委员会组织法 is no bent 村民委员会组织法, but in a name of
    ten characters and more the rest says which it is: 发治政府建设实施纲要), and any
        last character where the kind word is bent."""
    first = k[0] == name[0] or (long and (k[0] == name[1] or k[1] == name[0]))
    first = first or (len(name) >= LONGER_TITLE and k[1:4] == name[1:4])  # a long name goes on as itself
    last = k[-1] == name[-1] or (long and (k[-1] == name[-2] or k[-2] == name[-1])) or garbled
    return first and last


def another(a: str, b: str) -> bool:
    """Another document, not a bent name: other figures (a local 纲要（2022—2025年）), other numerals
    (……第七个五年……: another edition), or a qualifier more or less (关于加快推进…… and 关于推进……: names.toml
    [near] qualifiers)."""
    if digits_only(a, b) or _numerals_only(a, b):
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for q in fixed().qualifiers:
        at = longer.find(q)
        while at >= 0:
            if longer[:at] + longer[at + len(q) :] == shorter:
                return True
            at = longer.find(q, at + 1)
    return False


def _numerals_only(a: str, b: str) -> bool:
    """Same words, a numeral for another in their places: another edition (第七个 for 第八个)."""
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and bool(diff) and all(x in _NUMERALS and y in _NUMERALS for x, y in diff)


def digits_only(a: str, b: str) -> bool:
    """Same words, other figures: another year's document (a local 纲要（2022—2025年）), not a bent name."""
    return _DIGIT.sub("", a) == _DIGIT.sub("", b)


def distance(a: str, b: str, limit: int, light: str = "") -> int:
    """Edit distance of ``a`` and ``b``, capped at ``limit + 1`` (which means "more"): insert, delete or
    change a character, or swap two neighbours (法治想思: one edit); characters of ``light`` inserted in
    ``a`` cost nothing. The whole table is filled (no band): both strings are fixed names of at most a
    few dozen characters, and a band would not hold with free insertions."""
    if abs(len(a) - len(b)) > limit and not light:
        return limit + 1
    far = limit + 1
    before: list[int] = []
    row = [j if j <= far else far for j in range(len(b) + 1)]
    for i, ca in enumerate(a):
        cost_in = 0 if ca in light else 1
        new = [min(far, row[0] + cost_in)]
        for j in range(1, len(b) + 1):
            here = min(row[j - 1] + (ca != b[j - 1]), row[j] + cost_in, new[j - 1] + 1, far)
            if before and j > 1 and ca == b[j - 2] and a[i - 1] == b[j - 1] and ca != a[i - 1]:
                here = min(here, before[j - 2] + 1)  # two neighbours swapped
            new.append(here)
        before, row = row, new
    return row[-1]


__all__ = [
    "CITED",
    "RANGE",
    "Term",
    "Title",
    "another",
    "bent_titles",
    "digits_only",
    "distance",
    "fixed",
    "forms",
    "key",
    "off",
    "own_clause",
    "word_run",
]
