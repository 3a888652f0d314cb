"""The two font sets a user can choose between, and the font table that lets Word and WPS substitute.

Offices traditionally use the _GB2312 faces and 方正小标宋简体, but those lack
rare characters and are missing on a stock Windows 10/11; the "standard" set uses
only faces every Chinese Windows ships (仿宋, 楷体, 黑体, 宋体), which GB/T 9704
allows: it names type families (仿宋体, 楷体, 黑体, 小标宋体), not products.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..readers.errors import ReadError


@dataclass(frozen=True)
class FontSet:
    title: str  # 小标宋: the title, the red 发文机关标志
    body: str  # 仿宋: body text, level 3 and 4 headings, signature, date, 版记
    kai: str  # 楷体: level 2 headings "（一）", the 签发人's name
    hei: str  # 黑体: level 1 headings "一、"
    page: str = "宋体"  # page numbers: 4号半角宋体

    def faces(self) -> list[str]:
        return list(dict.fromkeys([self.title, self.body, self.kai, self.hei, self.page]))


FONT_SETS: dict[str, FontSet] = {
    "gb2312": FontSet(title="方正小标宋简体", body="仿宋_GB2312", kai="楷体_GB2312", hei="黑体"),
    "standard": FontSet(title="宋体", body="仿宋", kai="楷体", hei="黑体"),
}


@dataclass(frozen=True)
class Face:
    """What fontTable.xml says of a face: the name Word falls back to, PANOSE, GB2312 charset, pitch."""

    alt: str
    panose: str
    family: str = "modern"
    pitch: str = "fixed"


# PANOSE and signatures as the faces themselves report them (Windows' copies); charset 86 = GB2312.
FACES: dict[str, Face] = {
    "仿宋_GB2312": Face("仿宋", "02010609030101010101"),
    "楷体_GB2312": Face("楷体", "02010609030101010101"),
    "方正小标宋简体": Face("宋体", "02000000000000000000", family="auto", pitch="variable"),
    "仿宋": Face("FangSong", "02010609060101010101"),
    "楷体": Face("KaiTi", "02010609060101010101"),
    "黑体": Face("SimHei", "02010609060101010101"),
    "宋体": Face("SimSun", "02010600030101010101", family="auto", pitch="variable"),
}
_SIG = (
    '<w:sig w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" '
    'w:csb0="00040001" w:csb1="00000000"/>'
)


def font_table_xml(fs: FontSet) -> bytes:
    """word/fontTable.xml naming every face the layout uses, each with an altName Windows has."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    entries = []
    for name in fs.faces():
        f = FACES[name]
        entries.append(
            f'<w:font w:name="{name}"><w:altName w:val="{f.alt}"/><w:panose1 w:val="{f.panose}"/>'
            f'<w:charset w:val="86"/><w:family w:val="{f.family}"/><w:pitch w:val="{f.pitch}"/>'
            f"{_SIG}</w:font>"
        )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{w}">{"".join(entries)}</w:fonts>'
    )
    return xml.encode("utf-8")


def font_set(name: str | None) -> FontSet:
    """The named set (default gb2312); an unknown name is a ReadError in Chinese."""
    key = name or "gb2312"
    if key not in FONT_SETS:
        raise ReadError(
            f"未知的字体方案“{key}”；可选 gb2312（方正小标宋简体、仿宋_GB2312 等）或 standard（宋体、仿宋、楷体、黑体）"
        )
    return FONT_SETS[key]
