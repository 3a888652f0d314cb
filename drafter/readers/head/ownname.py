"""The issuing unit of a report that names itself only as 我局: a document it issued names it.

A web copy without title or signature ("“八五”普法规划以来，我局……") still says, somewhere,
"印发《平潭综合实验区旅游与文化体育局关于……的通知》", "制定《青禾县市场监督管理局行政执法公示办法》" or
"审议《青禾县卫生健康局…实施方案》": the unit that issued (or reviewed, drafted) a document the report says "we" issued is
the report's unit. Only a document introduced by 印发/制定/出台/下发/审议/编制… counts (one cited with 根据 is another
unit's), and only a name ending as the report's "我局" does.
"""

from __future__ import annotations

from ...checklist_model import search_dirs
from ...hanzi import read_as, reading, simplified, without_pinyin
from ...lazyre import compile
from ...text import CJK
from ...unittype import decide_by_self, rules, subject
from ...vocab import alternation, words
from .selfname import place_words, self_end, self_form

# issued, or its leading body reviewed or drafted ("局党组会审议《青禾县卫生健康局…实施方案》")
# two acts joined ("制定并实施《…》", "审议并通过了《…》")
_ISSUED = r"(?:印发|制定|出台|下发|发布|修订|审议|审定|审议通过|编制|起草)(?:[并和]?(?:出台|实施|印发|通过|下发))?了?"
SCAN = 60  # paragraphs searched for the document
OPENING = 2  # paragraphs whose first sentence's subject may name the government by its level alone


def own_name(opening: list[str], texts: list[str]) -> str | None:
    """The unit's name from a document it issued, when the opening calls it 我局 (我委, 我镇, 全局上下 …)."""
    end = self_end([read_as(t) for t in opening])  # 我局, 全局上下 (``self_names`` of words.toml [head])
    if end is None:
        return None
    # a county cites no other county's document: "我县…全面落实《青崖县…实施方案》" is its own (``cited_selves``)
    cited = end in words().head.cited_selves
    return issued_name(self_form(end), texts, cited=cited)


def issued_name(form: str, texts: list[str], *, cited: bool = False, quoted: bool = False) -> str | None:
    """The unit's name ending as ``form`` (a pattern: 局, 县(?:人民政府)?) that a document the report issued
    begins with (``cited``: or one it carries out, ``carried_verbs``; ``quoted``: or a thing it released, named in
    “”: "发布“青崖市公共法律服务地图”"), as written; or None."""
    # "印发《××局关于……》", and a document named with its unit first: "制定《青禾县××局行政执法公示办法》",
    # "印发《青禾县××局2023年普法工作要点》"
    # its name after the document's year too: "印发《2023年石门县法治建设要点》"; never past a 关于 (《青禾县人民政府
    # 办公室关于加强…局…》 is the office's)
    # a county of one character before its level ("《房县…方案》"), never the year's 度 or the whole place's 全
    # (``not_places``: "《2022年度房县…》" names 房县, "《全县…要点》" none)
    carried = alternation(words().head.carried_verbs) if words().head.carried_verbs else "(?!)"
    verb = f"(?:{_ISSUED}|(?:{carried})了?)" if cited else _ISSUED  # never 学习借鉴《××县…》 (review6 #16)
    opens, closes = ("《“", "》”") if quoted else ("《", "》")
    issued = compile(
        rf"{verb}[{opens}](?!关于|印发|转发)(?:20\d{{2}}\s*年度?)?((?:(?!关于)[{CJK}（）()]){{1,30}}?{form})"
        rf"(?=关于|[^《》“”\n]{{2,40}}[{closes}])"
    )
    for t in texts[:SCAN]:
        view, at = reading(t)  # a traditional copy's 《…自然資源局關於…》 too, returned as written
        for d in issued.finditer(view):
            if _a_name(simplified(d.group(1))):
                return without_pinyin(t[at[d.start(1)] : at[d.end(1)]])
    return None


def _a_name(name: str) -> bool:
    """A document's first words that name a unit: not the whole place or the year's 度 (``not_places``), not a
    Party committee's (中共青崖县委…), and of one character only before a place's level (房县, not 市局)."""
    levels = {w for group in words().head.levels for w in group.split() if len(w) == 1}
    head = words().head
    return not name.startswith(head.not_places + head.party_marks) and (len(name) >= 3 or name[-1] in levels)


def level_own_name(texts: list[str]) -> str | None:
    """The place of a government whose opening names it by its level alone ("县委和县政府坚持…", "全市各级政府
    部门以…为指导", "省委、省政府高度重视…": a ``subject`` word of units.toml) from a document it issued
    ("印发《青崖县一把手述法实施细则》" → 青崖县), as written; or None. Not the whole place or a body of it
    (《县委全面依法治县委员会…》), nor a place whose words the report uses alone more often (``place_words``)."""
    dirs = search_dirs()
    said = decide_by_self("\n".join(texts[:OPENING]), rules(dirs), cues=subject(dirs).cues)
    if said.how != "subject":
        return None
    levels = {w for group in words().head.levels for w in group.split() if len(w) == 1}
    level = next((c for c in simplified(said.hit) if c in levels), None)
    if level is None:
        return None
    name = issued_name(self_form(level), texts, quoted=True)
    return name if name is not None and place_words(simplified(name), "", texts[:SCAN]) else None
