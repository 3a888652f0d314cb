"""The head of a run-on line: a title, its 主送机关 and the opening run together on one line
("××县人民政府关于2023年度…的报告××市人民政府：2023年，我县…"), cut apart — in a page's worth of text
run together (``runon.split``) and in a short line of a page that lost its line breaks in its head only."""

from __future__ import annotations

import re

from ..lazyre import Lazy
from ..text import CN_DIGITS, normalise
from .head import is_title, organ_list
from .rawpara import RawPara

HEAD_SCAN = 5  # lines a title run together with its 主送机关 is looked for in


def glued_head(p: RawPara) -> list[int]:
    """Where a short line that is a title, its 主送机关 and the opening run together splits
    ("××县人民政府关于2023年度…的报告××市人民政府：2023年，我县…"): a page that lost its line breaks
    in its head only. Only a title followed by a 主送机关 with its colon, or by an opening that begins
    with its year and a comma ("…的报告2023年，我县…"), counts; else no cut."""
    if p.debris or p.is_title:
        return []
    title = title_end(p.text)
    if title is None or any(c in p.text[:title] for c in "，,。"):
        return []
    if _YEAR_OPENING.match(p.text, title):
        return [title]
    m = _ORGAN_LEAD.match(p.text, title)
    if m is None or organ_list(normalise(m.group(0).strip())) is None:
        return []
    return [title, m.end()] if m.end() < len(p.text.rstrip()) else [title]


_YEAR_OPENING = Lazy(r"\s*20\d{2}\s*年度?[，,]")


def lead(text: str) -> list[int]:
    """A title and a 主送机关 the paragraph starts with: "××关于……的报告县人民政府：2023年，…"."""
    found: list[int] = []
    start = 0
    title = title_end(text)
    if title is not None:
        found.append(title)
        start = title
    m = _ORGAN_LEAD.match(text, start)
    if m is not None and m.end() < len(text.rstrip()) and organ_list(normalise(m.group(0).strip())) is not None:
        found.append(m.end())
    return found


_ORGAN_LEAD = Lazy(r"\s*[^：:。，,\s]{2,40}[：:]")
_TITLE_WORD = Lazy(r"(?:报告|情况|总结|要点|的函)(?=\s*\S)")
_AFTER_TITLE = Lazy(rf"\s*(?:[{CN_DIGITS}]、|[（(]一[）)]|20\d{{2}}\s*年|[“\"])")


def title_end(text: str) -> int | None:
    """Where a title run together with what follows it ends ("……情况的报告一、…", "……的报告县委：")."""
    for m in _TITLE_WORD.finditer(text, 0, 100):
        head = normalise(text[: m.end()])
        if not is_title(RawPara(head, 0)) or ("关于" not in head and not re.search(r"20\d{2}\s*年", head)):
            continue
        after = text[m.end() :]
        colon = _ORGAN_LEAD.match(after)
        if _AFTER_TITLE.match(after) or (colon is not None and organ_list(normalise(colon.group(0).strip()))):
            return m.end()
    return None


__all__ = ["HEAD_SCAN", "glued_head", "lead", "title_end"]
