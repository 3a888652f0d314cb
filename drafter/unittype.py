"""The unit type from the issuing unit's name, by the rules of ``units.toml`` (data, not code).

Each rule names a type and what a unit's name of that type ends with (``endings``), holds
(``words``) or matches (``patterns``). The first rule that fits decides, and ``Decision``
says which (for ``lint --explain-type``). A user's ``units.toml`` in a DRAFTER_CHECKLISTS
folder comes before the shipped one, so 苏木 or 园区管委会 is added without touching Python.
A joint name ("中共××县委 ××县人民政府") is tried whole, then each unit in it, a
government first. Names are matched in simplified characters (``hanzi``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .hanzi import read_as, simplified
from .lazyre import Lazy, compile
from .readers.errors import ReadError
from .resources import checked, data_dir, read_toml

FILE = "units.toml"


@dataclass(frozen=True)
class UnitRule:
    type: str
    name: str
    endings: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    path: str = ""
    index: int = 0  # 1-based place in its file
    selves: tuple[str, ...] = ()  # how such a unit names itself in its text ("我乡", "我局")
    not_selves: tuple[str, ...] = ()  # words holding a self-name that name something else ("全镇街": a district's)
    subjects: tuple[str, ...] = ()  # self-names that count only as the opening sentence's subject ("我县认真…")

    def fits(self, name: str) -> str | None:
        """What of ``name`` fits this rule (an ending, a word, a pattern's match), or None."""
        for e in self.endings:
            if name.endswith(e):
                return e
        for w in self.words:
            if w in name:
                return w
        for p in self.patterns:
            if (m := _compiled(p).search(name)) is not None:
                return m.group(0) or p
        return None


@dataclass(frozen=True)
class Decision:
    """A type and the rule that decided it, or why none did."""

    type: str | None
    rule: UnitRule | None = None
    hit: str = ""  # what of the name fitted
    name: str = ""  # the unit name (or the joint name's part) that was matched
    how: str = "name"  # name: by the unit's name; self: how the text names itself; subject: the opening's subject

    def explain(self, source: str = "", kind: str = "") -> str:
        """In plain Chinese, which rule and which words decided (``lint --explain-type``); ``source``
        says where the unit's name was read ("标题"), ``kind`` the type's Chinese name ("政府部门")."""
        if self.type is None or self.rule is None:
            return f"单位名称“{self.name}”不合 {FILE} 中的任何一条规则" if self.name else "未读出发文单位"
        where = f"{Path(self.rule.path).name} 第 {self.rule.index} 条“{self.rule.name}”"
        verdict = f"按“{kind}”（{self.type}）检查" if kind else f"→ {self.type}"
        if self.how == "subject":
            return f"未读出发文单位；正文开头一句以“{self.hit}”作主语，合 {where}，{verdict}"
        if not self.name:  # decided by how the text names itself (``decide_by_self``)
            return f"未读出发文单位；正文自称“{self.hit}”，合 {where}，{verdict}"
        named = f"单位名称“{self.name}”" + (f"（取自{source}）" if source else "")
        return f"{named}{self._fitted()}，合 {where}，{verdict}"

    def _fitted(self) -> str:
        """How the name fitted its rule: its ending, a word in it, or a pattern's match."""
        assert self.rule is not None
        view = simplified(self.name)
        if any(view.endswith(e) for e in self.rule.endings) and view.endswith(simplified(self.hit)):
            return f"以“{self.hit}”结尾"
        if any(w in view for w in self.rule.words):
            return f"含“{self.hit}”"
        return "" if self.hit == self.name else f"中的“{self.hit}”"


def _rules_of(path: Path) -> tuple[UnitRule, ...]:
    """The rules of one units file (a kept copy that fails validation is parsed afresh: ``checked``)."""
    return checked(lambda fresh: _rules(path, fresh))


def _rules(path: Path, fresh: bool) -> tuple[UnitRule, ...]:
    try:
        data = read_toml(path, fresh=fresh)  # parsed once, kept between runs
    except (OSError, ValueError) as e:  # tomllib.TOMLDecodeError and UnicodeDecodeError are ValueErrors
        raise ReadError(f"单位类型规则文件 {path} 无法读取：{e}") from None
    out: list[UnitRule] = []
    shipped = _shipped(path)
    for i, r in enumerate(data.get("rules", []), start=1):
        if not isinstance(r, dict) or not isinstance(r.get("type"), str):
            raise ReadError(f"单位类型规则文件 {path.name} 第 {i} 条缺少 type")
        lists = {k: r.get(k, []) for k in ("endings", "words", "patterns", "self", "not_self", "subject")}
        if not all(_words(v) for v in lists.values()):
            raise ReadError(
                f"单位类型规则文件 {path.name} 第 {i} 条：endings、words、patterns、self、not_self、subject 须是文字列表"
            )
        if not shipped:  # the shipped file's patterns are screened by the tests, not on every start
            for p in lists["patterns"]:
                _safe(p, path)
        rule = UnitRule(
            r["type"],
            str(r.get("name", r["type"])),
            tuple(lists["endings"]),
            tuple(lists["words"]),
            tuple(lists["patterns"]),
            str(path),
            i,
            tuple(lists["self"]),
            tuple(lists["not_self"]),
            tuple(lists["subject"]),
        )
        out.append(rule)
    return tuple(out)


def _words(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


@dataclass(frozen=True)
class Subject:
    """How a report names its unit as the subject of a sentence (``units.toml``'s ``subject_cues``,
    ``not_subject``): the words that follow the unit ("春江街道按照…"), and the first characters
    of what is never a unit ("各乡镇坚持…", "全县认真…")."""

    cues: tuple[str, ...] = ()
    not_starts: tuple[str, ...] = ()
    posters: tuple[str, ...] = ()  # endings of a page's 来源 that often posts others' reports (司法局)


def _subject_of(path: Path, fresh: bool) -> Subject:
    try:
        data = read_toml(path, fresh=fresh)
    except (OSError, ValueError) as e:
        raise ReadError(f"单位类型规则文件 {path} 无法读取：{e}") from None
    cues, starts = data.get("subject_cues", []), data.get("not_subject", [])
    posters = data.get("posters", [])
    if not (_words(cues) and _words(starts) and _words(posters)):
        raise ReadError(f"单位类型规则文件 {path.name}：subject_cues、not_subject、posters 须是文字列表")
    return Subject(tuple(cues), tuple(starts), tuple(posters))


def _subject_checked(path: Path) -> Subject:
    def load(fresh: bool) -> Subject:
        return _subject_of(path, fresh)

    return checked(load)


@lru_cache(maxsize=8)
def _subject_cached(files: tuple[tuple[str, float, int], ...]) -> Subject:
    parts = [_subject_checked(Path(f)) for f, _, _ in files]
    return Subject(
        tuple(dict.fromkeys(c for p in parts for c in p.cues)),
        tuple(dict.fromkeys(c for p in parts for c in p.not_starts)),
        tuple(dict.fromkeys(c for p in parts for c in p.posters)),
    )


def subject(dirs: list[Path]) -> Subject:
    """Every folder's ``units.toml`` words for a unit named as a sentence's subject, merged."""
    return _subject_cached(_stamps(dirs))


@lru_cache(maxsize=1024)
@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    """The pattern as it runs: every repeat bounded (``patterns.bounded``), a match linear in the name;
    its compiled code kept between runs (``lazyre.compile``)."""
    from .patterns import bounded

    return compile(bounded(pattern))


def _shipped(path: Path) -> bool:
    """Whether ``path`` is the ``units.toml`` that ships with drafter (not a user's)."""
    try:
        return path.resolve() == (data_dir("checklists") / FILE).resolve()
    except OSError:
        return False


def _safe(pattern: str, path: Path) -> None:
    from .patterns import UnsafePattern, validate

    try:
        validate(pattern)
    except re.error as e:
        raise ReadError(f"单位类型规则文件 {path.name} 中的正则表达式“{pattern}”有误：{e}") from None
    except UnsafePattern as e:
        raise ReadError(f"单位类型规则文件 {path.name} 中的正则表达式“{pattern}”不安全：{e}") from None


@lru_cache(maxsize=8)
def _rules_cached(files: tuple[tuple[str, float, int], ...]) -> tuple[UnitRule, ...]:
    return tuple(r for f, _, _ in files for r in _rules_of(Path(f)))


def _stamps(dirs: list[Path]) -> tuple[tuple[str, float, int], ...]:
    files = []
    for d in dirs:
        p = d / FILE
        if p.is_file():
            st = p.stat()
            files.append((str(p), st.st_mtime, st.st_size))
    return tuple(files)


def rules(dirs: list[Path]) -> tuple[UnitRule, ...]:
    """Every folder's ``units.toml`` rules, the first folder's first."""
    return _rules_cached(_stamps(dirs))


_SPACE = Lazy(r"\s+")
# A name's aside in brackets: a second name of the same unit ("青峰区（青峰新区）人民政府") or a note; the
# name is matched without it when it fits no rule with it
_ASIDE = Lazy(r"[（(][^（）()]{1,20}[）)]")
_GOVERNMENT = Lazy(r"(人民政府|政府|办事处|管委会|管理委员会)$")


def decide(unit: str | None, rules: tuple[UnitRule, ...], known: set[str] | None = None) -> Decision:
    """The type of the unit named ``unit`` by the first rule that fits (of a type in ``known``)."""
    if not unit or not unit.strip():
        return Decision(None)
    whole = _SPACE.sub("", unit)
    parts = [p for p in _SPACE.split(unit.strip()) if p]
    tries = [whole, *sorted(parts, key=lambda p: not _GOVERNMENT.search(simplified(p)))] if len(parts) > 1 else [whole]
    for name in tries:
        for form in dict.fromkeys((name, _ASIDE.sub("", name))):
            view = simplified(form)
            for r in rules:
                if known is not None and r.type not in known:
                    continue
                if (hit := r.fits(view)) is not None:
                    return Decision(r.type, r, form[len(view) - len(hit) :] if view.endswith(hit) else hit, name)
    return Decision(None, name=whole)


def decide_by_self(
    text: str, rules: tuple[UnitRule, ...], known: set[str] | None = None, cues: tuple[str, ...] = ()
) -> Decision:
    """Where no unit is named: the type whose way of naming itself ("我乡", "我局") the text uses,
    when the text uses no other type's; else the type whose ``subject`` word ("我县", "县委、县政府")
    is the subject of the opening sentence ("2022年，我县认真…": followed by one of ``cues``).
    ``Decision.hit`` is the word, ``name`` empty."""
    view = read_as(text)  # simplified, a mirror's pinyin dropped: "我區(qū)堅持" is 我区坚持
    found: dict[str, tuple[UnitRule, str]] = {}
    for r in rules:
        if known is not None and r.type not in known:
            continue
        own = view
        for x in r.not_selves:  # "全镇街" is a district's word, not a town's "全镇"
            own = own.replace(x, "")
        for w in r.selves:
            if w in own and r.type not in found:
                found[r.type] = (r, w)
    if len(found) == 1:
        ((t, (rule, word)),) = found.items()
        return Decision(t, rule, word, "", how="self")
    if found or not cues:
        return Decision(None)
    return _by_subject(view, rules, known, cues)


# A first sentence that cites what it follows before its year ("依照《…纲要（2023—2027年）》…要求，结合…安排，
# 2023年，青桐街道以…"): the citation up to the year that opens a clause, which the subject follows
PREAMBLE = r"(?:(?:根据|依照|按照|依据|遵照|对照|结合|为了?)[^。]{0,150}?[，,]\s*(?=20\d{2}\s*年度?(?:以来)?[，,]))"
_LEAD = Lazy(
    rf"^{PREAMBLE}?(?:20\d{{2}}\s*年度?(?:以来)?[，,]\s*|(?:一年来|今年以来|去年|过去的?一年|本年度|年初以来)[，,]\s*"
    r"|[^，,。：:]{0,40}?(?:领导|指导|支持|监督)之?下[，,]\s*|(?:面对|面临)[^，,。：:]{1,30}[，,]\s*"
    # a citation before the subject ("根据《…规定》要求，区财政局认真…")
    r"|(?:根据|依照|按照|依据|遵照)[^，,。：:]{0,80}?(?:要求|规定|部署|精神|安排)[，,]\s*){0,3}"
)


def opening_rest(line: str) -> str:
    """A first sentence from its subject on: without its year ("2023年，"), a citation before the year
    ("依照…要求，2023年，") or before the subject ("根据…要求，区财政局…"), its "在…领导下，" and its setting
    ("面对复杂严峻形势，")."""
    return line[_LEAD.match(line).end() :]  # type: ignore[union-attr]  # every line matches (all optional)


def _by_subject(view: str, rules: tuple[UnitRule, ...], known: set[str] | None, cues: tuple[str, ...]) -> Decision:
    """The type whose ``subject`` word opens the report's first sentence (after its year and its
    "在…领导下，"), followed by a cue."""
    for rest, reported in _openings(view):
        for r in rules:
            if known is not None and r.type not in known:
                continue
            for w in r.subjects:
                after = rest[len(w) :]
                after = after[2:] if after.startswith(_OWN_BODIES) else after  # "省政府党组高度重视…"
                if rest.startswith(w) and (after.startswith(cues) or (reported and _REPORTED.match(after))):
                    return Decision(r.type, r, w, "", how="subject")
    for rest, _ in _openings(view):  # "区司法局坚持…": the subject's own name decides, as a unit's name does
        name = next((rest[:k] for k in range(NAMED_MIN, NAMED_MAX + 1) if rest[k:].startswith(cues)), "")
        leveled = any(c in name for c in _LEVELS)  # a unit's name says its level (区司法局); 国务院 names none
        if _CJK_NAME.fullmatch(name) and leveled and not name.startswith(_NOT_NAMES) and not name.endswith(_PARTY):
            got = decide(name, rules, known)
            if got.type is not None:
                return Decision(got.type, got.rule, got.hit, "", how="subject")
    return Decision(None)


NAMED_MIN, NAMED_MAX = 3, 16  # characters of a unit's name opening the report's first sentence (区司法局)
_CJK_NAME = Lazy(r"[\u4e00-\u9fff]+")
_NOT_NAMES = ("我", "本", "全", "该", "各", "每", "所", "其", "两", "多")  # 全县, 各乡镇: not a unit's name
_LEVELS = "省市县区州旗盟乡镇街"
_PARTY = (
    "县委",
    "区委",
    "市委",
    "州委",
    "旗委",
    "盟委",
    "党委",
    "党组",
    "省委",
    "工委",
)  # its Party committee: any type's


_OWN_BODIES = ("党组", "党委")
_REPORTED = Lazy(r"20\d{2}\s*年")  # "现将省政府2023年…报告如下": the unit that reports, before its year
_PREAMBLE = Lazy(r"^20\d{2}\s*年度?[，,]?是[^。]{1,60}。")  # "2023年是…开局之年。省政府坚持…"
# "2025年是贯彻实施《…纲要》《…规划》的收官之年，区司法局坚持…": the year's preamble ends at 之年 and a comma
# A first sentence that names no year (nor a cover's 现将……报告如下), a general statement before the report's own first sentence, which
# opens with its year ("法治是安邦治国的基石，更是…的保证。2022年，在…领导下，全县…")
_MAXIM = Lazy(
    r"^(?!20\d{2})(?![^。！？!?\n]{0,120}(?:现将|特将|报告|汇报))[^。！？!?\n]{4,120}。(?=20\d{2}\s*年度?[，,])"
)
_PREAMBLE_CLAUSE = Lazy(r"^20\d{2}\s*年度?[，,]?是[^。，,]{1,200}?之年[，,]")
# A cover sentence opening the paragraph that names no unit ("按照…通知要求，现将有关情况报告如下。2024年，柳岸
# 街道在…"): the report's first sentence is the next one. What follows its 现将 names none: 有关情况, 我局…, a year
# (one naming a unit, "现将青禾县司法局2023年…", is the unit's own sentence)
_COVER = Lazy(
    r"^[^。！？!?\n]{0,200}?[现特][将把](?:有关|相关|具体|主要|全年|今年|去年|上年|本年|一年|工作|法治|依法|各项|我|本|20)"
    r"[^。！？!?\n]{0,80}?(?:报告|汇报|总结|说明)如下[。：:]\s*(?=\S)"
)


def after_cover(line: str) -> int:
    """Where the sentence after a cover sentence that opens ``line`` (and names no unit) starts, or 0."""
    m = _COVER.match(line)
    return 0 if m is None else m.end()


_YEAR_ONLY = Lazy(r"^(?:20\d{2}\s*年度?(?:以来)?|一年来|今年以来|去年|过去的?一年|本年度|年初以来)[，,]\s*")


def _openings(view: str) -> list[tuple[str, bool]]:
    """The first sentence of each of the text's first two lines from its subject on; after a preamble
    sentence of the year ("2023年是…之年。") the next one too; after 现将/特将, the unit that reports
    (True: a year may follow it, "现将省政府2023年…")."""
    out: list[str] = []
    for line in view.split("\n")[:2]:
        line = line[after_cover(line) :]
        out.append(opening_rest(line))
        if (year := _YEAR_ONLY.match(line)) is not None and year.end() < len(line):
            out.append(line[year.end() :])  # "2022年，省政府在党中央…领导下，…": its subject before the lead
        # after the year's preamble, or a general statement ("法治是…的基石。2022年，全县…"): the year's sentence
        lead = _PREAMBLE_CLAUSE.match(line) or _PREAMBLE.match(line) or _MAXIM.match(line)
        if lead is not None:
            out.append(opening_rest(line[lead.end() :]))
    return [(r[2:], True) if r.startswith(("现将", "特将")) else (r, False) for r in out]


__all__ = [
    "FILE",
    "PREAMBLE",
    "Decision",
    "Subject",
    "UnitRule",
    "after_cover",
    "decide",
    "decide_by_self",
    "opening_rest",
    "rules",
    "subject",
]
