"""A known document's title written without its 《》: 认真贯彻落实重大行政决策程序暂行条例, 对照关于开展法治宣传
教育的第八个五年规划（2021—2025年）.

GB/T 15834 4.15: 书名号 marks the titles of books, articles and documents. A known title of eight characters
and more (``names.toml`` [[titles]]) written as it is, with its years if it has them, outside any 《》 or
quotation marks is a title cited without its marks. A law's name is left alone (行政许可法: base.toml's
[[wording]] says how a law is cited), and so is a title inside another one's words without 《》 (a local
document named after it: its own business), and a title right after a place's name (江西省优化营商环境条例: the
place's own regulation, not the central one). A regulation named 中华人民共和国……条例 is cited by its name
without the nation's too (严格落实政府信息公开条例): a title written without its marks all the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from .fixednames import LONG_TITLE, Title, fixed
from .keep import kept
from .titleyears import PLACES, bare_titles

LOOK = 80  # characters a title's 《 is looked for before it
NATION = "中华人民共和国"
LAWS = ("法", "典")  # kinds of the titles a report names in running text (民法典, 行政复议法)
MESSAGE = "文件名称要加书名号"
_YEARS_OPEN = Lazy(r"\s*[（(]")  # where a title's years begin
_OPEN = '《〈<“"‘「'
_CLOSE = '》〉>”"’」'


@kept
def unmarked(text: str) -> tuple[tuple[int, int, Title], ...]:
    """(start, end, title) of each known title written in ``text`` without its 《》 (kept: every
    re-check asks of every paragraph)."""
    return tuple(sorted(_unmarked(text), key=lambda x: x[0]))


def _unmarked(text: str) -> Iterator[tuple[int, int, Title]]:
    f = fixed()
    for t in f.titles:
        if len(t.key) < LONG_TITLE or t.kind in LAWS or not t.kind or t.replaced_by or "（" in t.name:
            continue
        for name in _names(t.name):
            at = text.find(name)
            while at >= 0:
                if _bare_at(text, at, at + len(name)) and not text.endswith(NATION, 0, at):
                    yield at, at + len(name), t
                at = text.find(name, at + 1)
    named = {t.name: t for t in f.titles if "（" in t.name and t.kind not in LAWS and not t.replaced_by}
    stems = {t.name[: t.name.find("（")]: t for t in named.values()}
    for m in bare_titles(text, f.titles):  # a name of two editions (纲要 2015—2020, 2021—2025): the one written
        # another edition's years or none's: a title all the same (the years are titleyears' business)
        stem = _YEARS_OPEN.compiled.split(m.group(1), maxsplit=1)[0]
        exact = named.get(m.group(1))
        dated = exact or stems.get(stem)
        if dated and _bare_at(text, m.start(), m.end()):  # misdated: the name alone, beside the years' finding
            yield m.start(), m.end() if exact else m.start() + len(stem), dated


def _names(name: str) -> tuple[str, ...]:
    """The title and, for a State Council regulation named 中华人民共和国……条例, its name without the nation's,
    the short form reports cite it by (政府信息公开条例): a title all the same."""
    short = name.removeprefix(NATION)
    return (name, short) if short != name and len(short) >= LONG_TITLE else (name,)


def _bare_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands outside any 《》 or quotation marks and after no place's name: no mark
    or place right before it, no mark right after it, and no 《 before it in the paragraph left open."""
    after = text[end : end + 1]
    if (start and text[start - 1] in _OPEN + PLACES) or (after and after in _CLOSE):
        return False  # in marks, or a place's own document (江西省优化营商环境条例)
    opened = max(text.rfind("《", max(0, start - LOOK), start), text.rfind("〈", max(0, start - LOOK), start))
    return opened < 0 or max(text.rfind("》", opened, start), text.rfind("〉", opened, start)) > opened


__all__ = ["MESSAGE", "unmarked"]
