"""A cover letter (报送函) before the report: where it ends, the report's title it cites, its sender.

A unit sends its report up with a letter: a 文号 line ("青政函〔2023〕12号"), a title ("关于报送《青山县
2022年法治政府建设情况报告》的函"), the 主送机关, a sentence ("现将《…》报送你们，请审阅"), the sender's
name and the letter's date ("2023年1月10日"). The report follows, with or without its own title. None of
the letter is the report's body: its date line is no part's first line, its title not the report's.
The report's title is its own title line below, else the one the letter cites in 《》; its unit the
one that title names, else the sender (the letter's signature, or the unit its title names before 关于).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import dates
from ...hanzi import read_as, without_pinyin
from ...lazyre import Lazy, compile
from ...text import match_number, squash
from ...vocab import alternation, words
from ..rawpara import RawPara
from .page import HEADER
from .title import TITLE, is_title, is_unit_line

LETTER_SCAN = 16  # lines a cover letter's sentence is looked for in
SIGNED_WITHIN = 4  # lines from the sentence to the letter's date: a 特此函告, the signature


# The letter's own words (``words.toml`` [head]): sending the report ("现将《…》报送你们", "现将我县…情况
# 予以报送"), never the report's opening ("现将有关情况报告如下")
@lru_cache(maxsize=1)
def _sends() -> re.Pattern[str]:
    head = words().head
    return compile(rf"现将[^。]{{0,80}}?{alternation(head.sends)}(?!如下)|{alternation(head.send_phrases)}")


# a letter's title: 关于报送《…》的函/报告, 关于报送…的函; "关于上报2023年度法治政府建设情况的报告" (no 《》, a 报告)
# is the report itself, titled as some units title theirs
@lru_cache(maxsize=1)
def _letter_title() -> re.Pattern[str]:
    return compile(
        rf"关于{alternation(words().head.title_verbs)}((?=[《〈<])[^。]{{0,80}}|[^。]{{0,80}}(?=的(?:函|请示)$))"
        r"的(?:函|报告|请示)$|关于([^。]{0,80}报告)的函$"
    )


_DATE = Lazy(rf"^[（(]?(?:{dates.ARABIC}|{dates.CHINESE})[）)]?$")
_CITED = Lazy(r"[《〈<]([^《》〈〉<>]{6,80})[》〉>]")  # a copy's half-width <> too
_ABOUT = Lazy(r"^(.{2,30}?)关于")


@dataclass
class Letter:
    """A cover letter: its lines ``[0, end)``, the report's title it cites, who sent it and how that is known."""

    end: int
    title: str | None  # as cited, joint issuers one space apart ("中共××县委 ××县人民政府关于…")
    title_line: int | None
    sender: str | None
    sender_source: str | None


def cover_letter_block(paras: list[RawPara]) -> Letter | None:
    """The cover letter the text opens with, or None: a sending sentence (or a letter's title) among
    the first lines, then within a few short lines its date (alone, or after the signature on its line)
    or, where a copy dropped the date, its signature followed by the report's first paragraph."""
    sent = None
    for i, p in enumerate(paras[:LETTER_SCAN]):
        view = read_as(squash(p.text))
        if sent is None and (match_number(view) or len(view) > PREAMBLE_MAX):
            return None  # the report itself, before any letter's sentence: "以上报告，请审阅" is its end
        if _sends().search(view) or _letter_title().search(view):
            sent = i
            if _sends().search(view) and _report_follows(paras, i + 1):  # a copy without signature and date
                return _letter(paras, i + 1, i + 1)
            if _sends().search(view) and _title_follows(paras, i + 1):  # the report's own title next
                return _letter(paras, i + 1, i + 1)
            continue
        if sent is None:
            continue
        short = i - sent <= SIGNED_WITHIN and all(len(squash(q.text)) <= SHORT for q in paras[sent + 1 : i])
        if not short:
            sent = None
        elif _DATE.match(view) or _SIGNED_DATE.match(view):
            return _letter(paras, _after_notes(paras, i + 1), i)
        elif is_unit_line(p.text) and i + 1 < len(paras) and len(squash(paras[i + 1].text)) > SHORT:
            return _letter(paras, i + 1, i + 1)
    return None


def _title_follows(paras: list[RawPara], i: int) -> bool:
    """Whether line ``i`` is the report's own title right under the letter's sentence (not its 附件 line)."""
    return i < len(paras) and is_title(paras[i]) and _ATTACHED.match(squash(paras[i].text)) is None


def _report_follows(paras: list[RawPara], i: int) -> bool:
    """Whether line ``i`` begins the report itself: its opening paragraph ("2022年，青禾县…") or its
    first heading, right under the letter's sentence."""
    if i >= len(paras):
        return False
    view = read_as(squash(paras[i].text))
    return _report_start().match(view) is not None and len(view) > SHORT


@lru_cache(maxsize=1)
def _report_start() -> re.Pattern[str]:
    """The report's opening ("2022年，", "一年来", ``words.toml`` [head] ``report_starts``) or first heading."""
    return compile(rf"^(?:20\d{{2}}\s*年|{alternation(words().head.report_starts)}|一、|第一部分)")


PREAMBLE_MAX = 200  # a line before a letter's sentence: its header, 文号, title, 主送机关 (a page's words)
SHORT = 30  # a letter's line between its sentence and its date: 特此函告, 附件, the signature
_SIGNED_DATE = Lazy(rf"^[^\s，。,]{{2,30}}?\s*(?:{dates.ARABIC}|{dates.CHINESE})$")  # "青山县人民政府2023年1月10日"
_NOTE = Lazy(r"^[（(](?:此件|联系人|本件)[^）)]{0,40}[）)]$")  # "（此件公开发布）" under the date


def _after_notes(paras: list[RawPara], i: int) -> int:
    """The line after the letter's notes under its date ("（此件公开发布）", "（联系人：…）")."""
    while i < len(paras) and _NOTE.match(squash(paras[i].text)):
        i += 1
    return i


def _letter(paras: list[RawPara], end: int, signed: int) -> Letter:
    """The letter of lines ``[0, end)``, its date (or the body) at line ``signed``."""
    title, line = _cited_title(paras[:end])
    sender, source = _sender(paras[:signed], paras[signed].text if signed < end else "")
    return Letter(end, title, line, sender, source)


_ATTACHED = Lazy(r"^附件[:：]\s*(?:\d[.、．]\s*)?(.{6,80})$")


def _cited_title(paras: list[RawPara]) -> tuple[str | None, int | None]:
    """The report's title as the letter cites it in 《》, else names it as its 附件, else in its own
    title ("关于报送2022年度法治政府建设情况报告的函")."""
    texts = [(" ".join(p.text.split()), p.line) for p in paras]  # joint issuers stay one space apart
    found = [(m.group(1), line) for text, line in texts for m in _CITED.finditer(text)]
    found += [(m.group(1).strip("《》〈〉<>"), line) for text, line in texts if (m := _ATTACHED.match(text))]
    titled = [(m.group(1) or m.group(2), line) for text, line in texts if (m := _letter_title().search(text))]
    found += [(name, line) for name, line in titled if name and not any(c in name for c in "《〈<")]
    found += [(m.group(1), line) for text, line in texts if (m := _sent_title().search(text))]
    for name, line in found:
        if TITLE.search(read_as(without_pinyin(name))):
            return without_pinyin(name), line
    return None, None


def _sender(paras: list[RawPara], dated: str) -> tuple[str | None, str | None]:
    """Who sent the letter: its signature (the unit's line above the date, or before the date on its
    line), else the unit its title names before 关于, else its red header ("青山县人民政府文件")."""
    at = dates.find(squash(dated)) if _SIGNED_DATE.match(squash(dated)) else None
    if at is not None and is_unit_line(squash(dated)[: at.start]):
        return squash(dated)[: at.start], "signature"
    if paras and is_unit_line(paras[-1].text):
        return squash(paras[-1].text), "signature"
    for p in paras:
        view = read_as(squash(p.text))
        if _letter_title().search(view) and (m := _ABOUT.match(view)) is not None:
            return squash(p.text)[: m.end(1)], "title"
    for p in paras:
        if HEADER.match(p.text):
            return squash(p.text).removesuffix("文件"), "title"
    for p in paras:  # "现将青禾县司法局2023年法治政府建设情况报告报送你们": the unit the sentence names
        view = read_as(squash(p.text))
        if _sends().search(view) and (m := _SENT_UNIT.search(view)) is not None:
            name = m.group(1)
            if not name.startswith(words().head.not_places) and re.search("[省市州盟县区旗乡镇]", name[1:]):
                return squash(p.text)[m.start(1) : m.end(1)], "title"
    return None, None


@lru_cache(maxsize=1)
def _sent_title() -> re.Pattern[str]:
    """The report the letter's sentence names without 《》 ("现将青禾县司法局2023年…情况报告报送你们")."""
    return compile(rf"现将((?!我|本)[^。，,《》〈〉<>]{{6,80}}?(?:报告|总结))(?={alternation(words().head.sends)})")


_SENT_UNIT = Lazy(
    r"现将((?:中共)?[\u4e00-\u9fff]{2,24}?(?:人民政府办公室|人民政府|办事处|管委会|局|委员会|办公室|厅))"
    r"(?=20\d{2}|关于|法治|依法行政)"
)


__all__ = ["Letter", "cover_letter_block"]
