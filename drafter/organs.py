"""Organ names: a 主送机关 line (an organ or a list of them ending in "："), a unit's name as it stands in
a 主送机关 or a 署名, a line that is a unit's name (joint issuers kept apart), a 署名 line. Plain text
helpers: the head's and the tail's readers and the checks (the closing, a title's form) all use them.

A sentence that happens to end in "：" ("现将有关情况报告如下：") is not one (``organ_list``).
"""

from __future__ import annotations

from .debris import is_debris
from .hanzi import simplified
from .lazyre import Lazy
from .text import CJK, CN_DIGITS, match_number, squash, strip_controls

ADDRESSEE_SHAPE = Lazy(rf"^[{CJK}、，, ]{{2,40}}[：:]$")
"""The shape of a 主送机关 line, for not joining it to a wrapped line; ``organ_list`` decides."""

_ORGAN_END = Lazy(
    r"(?:政府|委员会|常委会|人大|政协|[省市州盟县区旗乡镇]?委|党组|局|厅|办公室|办|部|院|署|处|所|中心|站|队"
    r"|小组|指挥部|管委会|办事处|街道|单位|部门|机关)$"
)
_ORGAN_CHARS = Lazy(rf"^[{CJK}×ＸXx＊*（）()]{{2,20}}$")
# What an organ's name never holds but a sentence ending in "：" does: words that announce what
# follows (报告如下, 现将), 的, a leading preposition, and the verbs of reporting work done. A leading
# 将 (向, 在 …) is the verb or preposition (将……纳入) unless a place's name starts with it: one or two
# characters and then its level (将乐县人民政府, 向阳区人民政府); 全/本/我/各/该/每/其 there are no place
# (将全县……, 对各乡镇……).
_NOT_ORGAN = Lazy(
    rf"报告|汇报|如下|以下|现将|现就|特此|做法|我们|我[县区市乡镇局办委]|的|^[{CN_DIGITS}]是"
    rf"|^(?:[在将由向对把为](?:(?=[全本我各该每其])|(?![{CJK}]{{1,2}}[省市州盟县区旗乡镇]))"
    r"|经(?!济)|按照|根据|通过)"
    r"|推行|加强|强化|进行|开展|培育|创建|挂牌|成立|设立|下设|分解|落实|实现|提升|提高|完善|健全|推动|深化|着力|有力"
    r"|坚持|围绕|积极|认真"
)
_BETWEEN = Lazy(r"[、，,；;\s\u3000]+")  # between the organs of a list
_ONE_CHAR_END = Lazy(r"(?<!委员)(?<!常委)[局厅办部院署处所站队委]$")
ONE_CHAR_ORGAN_MAX = 14  # "驻马店市市场监督管理局" is 11; a longer name ending in 局 or 办 is a clause
ADDRESSEE_MAX = 60


def is_organ_name(name: str) -> bool:
    """A unit's name as it stands in a 主送机关 or a 署名, not a clause ("成立县法律顾问中心")."""
    view = simplified(name)
    return bool(_ORGAN_CHARS.match(view)) and not _NOT_ORGAN.search(view)


def organ_list(text: str) -> str | None:
    """The 主送机关 that ``text`` is, without its colon, or None.

    A 主送机关 is one organ (驻马店市人民政府, 县司法局) or a list of them separated by 、，
    (县委、县人大常委会), alone on its line and ending in "：". So the line must be short, have
    no numbering, and every item of the list must end the way an organ's name ends (政府, 委员会,
    县委, 局, 办公室, 单位, 部门 …) and hold none of the words a sentence uses to announce what
    follows (报告, 如下, 现将 …). "现将有关情况报告如下：", "报告如下：" and "主要做法如下：" fail
    on both counts.
    """
    s = text.strip()
    if not s.endswith(("：", ":")) or len(s) > ADDRESSEE_MAX + 1:
        return None
    body = s[:-1].strip()
    if not body or match_number(body):
        return None
    pieces = [x for x in _BETWEEN.split(simplified(body)) if x]
    for x in pieces:
        if not _ORGAN_CHARS.match(x) or _NOT_ORGAN.search(x) or not _ORGAN_END.search(x):
            return None
        if len(x) > ONE_CHAR_ORGAN_MAX and _ONE_CHAR_END.search(x):
            return None
    return body


# ------------------------------------------------ a unit's line (the title's, the letter's, the tail's)

HEADER = Lazy(rf"^[{CJK}\s]{{2,30}}(文件|文件$)$")  # a letterhead: ××县人民政府文件
UNIT_SUFFIX = Lazy(  # a ministry's 部, not 全部/干部/内部
    r"(人民政府办公室|人民政府|政府办公室|[省市州盟县区旗乡镇]政府|办公室|办事处|委员会|管委会|行政公署|行署|街道|苏木"
    r"|[县区市旗]委|[局委办院所站队中心乡镇厅]|(?<![全干内局外支总])部)$"
)


def is_unit_line(text: str) -> bool:
    """A line that is an issuing unit's name: short, ending like one, no colon ("时间：… 来源：县政府办")."""
    s = text.strip()
    if not 2 <= len(squash(s)) <= 30 or any(c in s for c in "：:") or is_debris(s):
        return False
    return bool(UNIT_SUFFIX.search(simplified(squash(s)))) and not HEADER.match(s)


_GAPS = Lazy(r"[ \t\u3000\u00a0]+")


def units_of(text: str) -> str | None:
    """Issuing units in ``text`` with joint issuers kept apart by one space.

    "确山县人民 政府" (a gap a PDF left) is one unit; "中共洛宁县委　洛宁县人民政府" two.
    """
    tokens = [t for t in _GAPS.split(text.strip()) if t]
    tokens = [part for t in tokens for part in _joint(t)]
    units: list[str] = []
    for tok in tokens:
        if units and not UNIT_SUFFIX.search(simplified(units[-1])):
            units[-1] += tok
        else:
            units.append(tok)
    return " ".join(units) if units else None


_PARTY_GOV = Lazy(rf"^(中共[{CJK}]{{2,24}}?(?:委员会|委))([{CJK}]{{2,24}}(?:人民政府|办事处))$")


def _joint(token: str) -> list[str]:
    """A Party committee and a government written without a space between them, apart
    ("中共青禾县委青禾县人民政府" → 中共青禾县委, 青禾县人民政府)."""
    m = _PARTY_GOV.match(simplified(token))
    return [token[: m.end(1)], token[m.end(1) :]] if m is not None else [token]


# ------------------------------------------------ a 署名

SIGNATURE_MAX = 60

_SEAL = Lazy(r"[\s\u3000]*[（(](?:盖章|印章|公章|章)[）)]$")  # "××县人民政府（盖章）": where the seal goes


def unseal(text: str) -> str:
    """A signature line without the "（盖章）" note typed where the seal goes."""
    return _SEAL.sub("", strip_controls(text).strip())


def is_signature(text: str) -> bool:
    """An issuing unit's name, or several (a joint signature), and nothing else."""
    s = unseal(text)
    if not s or len(squash(s)) > SIGNATURE_MAX or match_number(squash(s)):
        return False
    units = units_of(s)
    return units is not None and all(
        is_unit_line(u) and is_organ_name(u) and not _LEVEL_ALONE.match(simplified(u)) for u in units.split(" ")
    )


# A level's word alone names no unit: a cut copy's last line "街道" (a heading's first word) is no 署名
_LEVEL_ALONE = Lazy(r"^(?:街道|社区|苏木|[省市州盟县区旗乡镇村])$")


__all__ = [
    "ADDRESSEE_MAX",
    "ADDRESSEE_SHAPE",
    "HEADER",
    "ONE_CHAR_ORGAN_MAX",
    "SIGNATURE_MAX",
    "UNIT_SUFFIX",
    "is_organ_name",
    "is_signature",
    "is_unit_line",
    "organ_list",
    "units_of",
    "unseal",
]
