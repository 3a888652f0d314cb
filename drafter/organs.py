"""Organ names: a 主送机关 line (an organ or a list of them ending in "："), a unit's name as it stands in
a 主送机关 or a 署名. Plain text helpers: the head's reader (step 5) and the checks both use them.

A sentence that happens to end in "：" ("现将有关情况报告如下：") is not one (``organ_list``).
"""

from __future__ import annotations

from .hanzi import simplified
from .lazyre import Lazy
from .text import CJK, match_number

ADDRESSEE_SHAPE = Lazy(rf"^[{CJK}、，, ]{{2,40}}[：:]$")
"""The shape of a 主送机关 line, for not joining it to a wrapped line; ``organ_list`` decides."""

_ORGAN_END = Lazy(
    r"(?:政府|委员会|常委会|人大|政协|[省市州盟县区旗乡镇]?委|党组|局|厅|办公室|办|部|院|署|处|所|中心|站|队"
    r"|小组|指挥部|管委会|办事处|街道|单位|部门|机关)$"
)
_ORGAN_CHARS = Lazy(rf"^[{CJK}×ＸXx＊*（）()]{{2,20}}$")
# What an organ's name never holds but a sentence ending in "：" does: words that announce what
# follows (报告如下, 现将), 的, a leading preposition, and the verbs of reporting work done.
_NOT_ORGAN = Lazy(
    r"报告|汇报|如下|以下|现将|现就|特此|做法|我们|我[县区市乡镇局办委]|的|^[一二三四五六七八九十]是"
    r"|^(?:在|将|由|向|对|把|为|经(?!济)|按照|根据|通过)"
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


__all__ = ["ADDRESSEE_MAX", "ADDRESSEE_SHAPE", "ONE_CHAR_ORGAN_MAX", "is_organ_name", "organ_list"]
