"""Variants of the seed reports, made by text transformations, for the head-and-tail tests.

Real reports reach users cut and mangled: title and 主送机关 stripped, signature and date merged
or spread out, a date in Chinese numerals, a joint signature, a web page's "时间：" line, the
主送机关 above the title. Each function here turns a seed's text into one such variant and says
what ``import`` must then read from it. Nothing of a seed's text is copied into the project: the
seeds are read in place (``conftest.seed``) and transformed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

# What a careful reader finds in each seed's head and tail (see the seeds' INDEX.md).
FACTS: dict[str, dict[str, str]] = {
    "000": {"unit": "鲁山县人民政府办公室", "addressee": "", "date": "", "place": "鲁山县"},
    "001": {"unit": "沈丘县人民政府办公室", "addressee": "沈丘县人民政府", "date": "2023年12月15日", "place": "沈丘县"},
    "002": {"unit": "鲁山县辛集乡人民政府", "addressee": "", "date": "", "place": "鲁山县"},
    "003": {"unit": "确山县人民政府", "addressee": "驻马店市人民政府", "date": "", "place": "确山县"},
    "004": {"unit": "中共洛宁县委 洛宁县人民政府", "addressee": "", "date": "", "place": "洛宁县"},
}
YEARS = {"000": 2023, "001": 2023, "002": 2023, "003": 2022, "004": 2023}


@dataclass(frozen=True)
class Expect:
    """What import must write: addressee, signature, date ("" where the report has none)."""

    addressee: str
    signature: str
    date: str
    unit: str | None = None  # the unit when it can only come from the signature
    unit_source: str | None = None


_TITLE = re.compile(r"关于.{0,40}报\s*告\s*$")
_DATE_LINE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")
_OPENING_TAIL = re.compile(r"现将.{0,30}如下[：:。]\s*$")
CN = "〇一二三四五六七八九"


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def title_index(lines: list[str]) -> int:
    return next(i for i, t in enumerate(lines[:15]) if _TITLE.search(t))


def _base(key: str) -> Expect:
    f = FACTS[key]
    return Expect(f["addressee"], "", f["date"])


def _drop_date(lines: list[str]) -> list[str]:
    return [t for t in lines if not _DATE_LINE.match(t)]


def _end(lines: list[str], *tail: str) -> str:
    while lines and not lines[-1].strip():
        lines.pop()
    if not any(t.strip() in ("特此报告。", "特此报告") for t in lines[-3:]):
        lines.append("特此报告。")
    return "\n".join([*lines, *tail]) + "\n"


def closing_date(key: str) -> str:
    """The seed's own date, or a plausible one early in the year after the report year."""
    return FACTS[key]["date"] or f"{YEARS[key] + 1}年3月5日"


def cn_date(date: str) -> str:
    """2023年12月15日 → 二〇二三年十二月十五日 (the way a date is written in Chinese numerals)."""
    y, m, d = (int(x) for x in re.findall(r"\d+", date))

    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else CN[tens]) + "十" if tens else "") + (CN[ones] if ones else "")

    return "".join(CN[int(c)] for c in str(y)) + f"年{small(m)}月{small(d)}日"


def strip_title(key: str, text: str) -> tuple[str, Expect]:
    """Everything above the opening sentence cut away (a website or a text corpus did it)."""
    lines = _lines(text)
    i = title_index(lines)
    return "\n".join(lines[i + 1 :]), _base(key)


def strip_addressee(key: str, text: str) -> tuple[str, Expect]:
    addr = FACTS[key]["addressee"]
    lines = [t for t in _lines(text) if not addr or t.strip() != addr + "："]
    return "\n".join(lines), replace(_base(key), addressee="")


def opening_first(key: str, text: str, sentence: str = "现将有关情况报告如下：") -> tuple[str, Expect]:
    """Title and 主送机关 stripped; the report now begins at its opening sentence, alone on a line."""
    body, _ = strip_title(key, strip_addressee(key, text)[0])
    lines = _lines(body)
    lines = [_OPENING_TAIL.sub("", t) for t in lines]
    return sentence + "\n" + "\n".join(lines), replace(_base(key), addressee="")


def tail_merged(key: str, text: str, gap: str = "\u3000\u3000") -> tuple[str, Expect]:
    """Signature and date on one line: "深圳市××区人民政府　2022年1月5日"."""
    unit, date = FACTS[key]["unit"], closing_date(key)
    return _end(_drop_date(_lines(text)), f"{unit}{gap}{date}"), replace(_base(key), signature=unit, date=date)


def tail_spread(key: str, text: str) -> tuple[str, Expect]:
    """Signature and date apart, with blank lines and full-width spaces before each."""
    unit, date = FACTS[key]["unit"], closing_date(key)
    pad = "\u3000" * 12
    return (
        _end(_drop_date(_lines(text)), "", "", f"{pad}{unit}", "", "", f"{pad}\u3000\u3000{date}", "", ""),
        replace(_base(key), signature=unit, date=date),
    )


def chinese_date(key: str, text: str) -> tuple[str, Expect]:
    unit, date = FACTS[key]["unit"], cn_date(closing_date(key))
    return _end(_drop_date(_lines(text)), unit, date), replace(_base(key), signature=unit, date=date)


def joint_signature(key: str, text: str) -> tuple[str, Expect]:
    """A joint report of the Party committee and the government, signed by both."""
    place = FACTS[key]["place"]
    sig, date = f"中共{place}委 {place}人民政府", closing_date(key)
    return _end(_drop_date(_lines(text)), sig, date), replace(_base(key), signature=sig, date=date)


def joint_untitled(key: str, text: str) -> tuple[str, Expect]:
    """No title, so the issuing unit can only come from the (joint) signature."""
    body, _ = strip_title(key, text)
    out, exp = joint_signature(key, body)
    return out, replace(exp, unit=exp.signature, unit_source="signature")


def web_time_line(key: str, text: str) -> tuple[str, Expect]:
    """A web page's publication line under the title and again under the text: not the 成文日期."""
    lines = _lines(text)
    i = title_index(lines)
    y = YEARS[key] + 1
    stamp = f"时间：{y}-03-05 11:41 来源：{FACTS[key]['place']}人民政府网"
    lines[i + 1 : i + 1] = ["", stamp, ""]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join([*lines, "", f"发布时间：{y}-03-06"]) + "\n", _base(key)


def addressee_above_title(key: str, text: str) -> tuple[str, Expect]:
    """The 主送机关 on the line before the title, as in a copy taken from a 红头文件."""
    addr = FACTS[key]["addressee"] or "县委、县人大常委会"
    lines = [t for t in _lines(text) if t.strip() != addr + "："]
    at = title_index(lines)
    if lines[at].strip().startswith("关于"):  # "沈丘县人民政府办公室" / "关于……的报告": the title starts above
        at = max(j for j in range(at) if lines[j].strip())
    lines[at:at] = [addr + "：", ""]
    return "\n".join(lines), replace(_base(key), addressee=addr)


VARIANTS: dict[str, Callable[[str, str], tuple[str, Expect]]] = {
    "strip_title": strip_title,
    "strip_addressee": strip_addressee,
    "opening_first": opening_first,
    "opening_如下": lambda k, t: opening_first(k, t, "报告如下："),
    "opening_做法": lambda k, t: opening_first(k, t, "主要做法如下："),
    "tail_merged": tail_merged,
    "tail_merged_space": lambda k, t: tail_merged(k, t, " "),
    "tail_spread": tail_spread,
    "chinese_date": chinese_date,
    "joint_signature": joint_signature,
    "joint_untitled": joint_untitled,
    "web_time_line": web_time_line,
    "addressee_above_title": addressee_above_title,
}
