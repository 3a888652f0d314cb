"""The two font sets a user can choose between.

Offices traditionally use the _GB2312 faces and 方正小标宋简体, but those lack
rare characters and are missing on many machines; the "standard" set uses
faces that ship with Windows / Office (and that GB/T 9704 itself allows).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..readers.errors import ReadError


@dataclass(frozen=True)
class FontSet:
    title: str  # 小标宋: the title
    body: str  # 仿宋: body text, level 3 and 4 headings, signature, date
    kai: str  # 楷体: level 2 headings "（一）"
    hei: str  # 黑体: level 1 headings "一、"
    page: str = "宋体"  # page numbers: 4号半角宋体


FONT_SETS: dict[str, FontSet] = {
    "gb2312": FontSet(title="方正小标宋简体", body="仿宋_GB2312", kai="楷体_GB2312", hei="黑体"),
    "standard": FontSet(title="华文中宋", body="仿宋", kai="楷体", hei="黑体"),
}


def font_set(name: str | None) -> FontSet:
    """The named set (default gb2312); an unknown name is a ReadError in Chinese."""
    key = name or "gb2312"
    if key not in FONT_SETS:
        raise ReadError(f"未知的字体方案“{key}”；"
                        "可选 gb2312（方正小标宋、仿宋_GB2312 等）或 standard（华文中宋、仿宋等）")
    return FONT_SETS[key]
