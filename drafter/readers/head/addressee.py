"""Step 5 of the head: the 主送机关.

An organ name, or a list of them, alone on its line and ending in "：" (``organs.organ_list``) — below
the title, or, in a copy of a 红头文件 or a cover letter (报送函) before the report, above it.
"""

from __future__ import annotations

from ...hanzi import simplified
from ...lazyre import Lazy
from ...organs import organ_list

LETTER = Lazy(r"(?:报送|呈报|报告|汇报)如下|现将.{0,40}《|特此(?:报送|报告)")
"""A cover letter's sentence: "现将我局《2024年度…工作总结》报送如下"."""


def cover_letter(texts: list[str]) -> int | None:
    """In the lines before a report's title, the 主送机关 of a cover letter (报送函), or None:
    an organ list followed, before the title, by the letter's sentence."""
    for i, t in enumerate(texts):
        if organ_list(t) is not None and any(LETTER.search(simplified(u)) for u in texts[i + 1 :]):
            return i
    return None


__all__ = ["LETTER", "cover_letter"]
