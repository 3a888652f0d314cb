"""The draft file: TOML front matter between ``+++`` lines, then Markdown.

Front matter is user input, so it is validated by a pydantic model here, at the
edge; the body becomes the ordinary document model through the Markdown reader.
``dump`` writes a Document back out, so import → render → import is stable.
"""

from __future__ import annotations

import copy
import difflib
import re
import tomllib
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from .model import Block, Document
from .readers.errors import ReadError

FENCE = "+++"
FONT_SETS = ("gb2312", "standard")
FIELD_LABELS = {  # each setting as the app's settings (F2) name it: what a writer is told
    "unit": "单位",
    "type": "单位类型",
    "year": "报告年度",
    "addressee": "主送机关",
    "signature": "署名",
    "date": "成文日期",
    "doc_number": "发文字号",
    "fonts": "字体",
    "title": "标题",
    "closing": "结束语",
    "attachments": "附件",
    "cc": "抄送",
    "issuer": "印发机关",
    "issued": "印发日期",
    "signer": "签发人",
    "seal": "印章",
    "letterhead": "版头",
    "previous": "去年报告",
}
LETTERHEADS = ("none", "red", "paper")


class DraftMeta(BaseModel):
    """The fixed fields of a draft's front matter."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    unit: str = Field(min_length=2, max_length=60)
    type: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    year: int = Field(ge=2000, le=2100)
    title: str | None = None
    addressee: str = ""
    signature: str = ""
    date: str = ""
    doc_number: str = ""
    closing: str = "特此报告。"
    fonts: str = "gb2312"
    attachments: list[str] = []
    cc: str = ""
    issuer: str = ""
    issued: str = ""
    signer: str = ""
    seal: bool = False
    letterhead: str = "none"
    previous: str = ""

    @field_validator("letterhead")
    @classmethod
    def _known_letterhead(cls, v: str) -> str:
        if v not in LETTERHEADS:
            raise ValueError(f"未知的版头“{v}”，可选 none、red 或 paper")
        return v

    @field_validator("previous")
    @classmethod
    def _a_file_name(cls, v: str) -> str:
        if any(ord(c) < 32 or c == "\x7f" for c in v):  # a NUL cannot be in a path: it would fail every open
            raise ValueError("“去年报告”的路径中含有控制字符（如 NUL）；请改正为文件的路径")
        return v

    @field_validator("fonts")
    @classmethod
    def _known_fonts(cls, v: str) -> str:
        if v not in FONT_SETS:
            raise ValueError(f"未知的字体方案“{v}”，可选 gb2312 或 standard")
        return v


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, int]:
    """(front matter table or None, body, line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() == FENCE:
            head = "\n".join(lines[1:i])
            try:
                table = _toml(head)
            except tomllib.TOMLDecodeError as e:
                raise ReadError(f'草稿开头的 TOML 设置有误（{_toml_where(e)}）；请按 key = "值" 的格式改正') from None
            except (ValueError, RecursionError):  # an integer of thousands of digits; arrays nested thousands deep
                raise ReadError(
                    '草稿开头的 TOML 设置有误（数字位数过多或嵌套过深）；请按 key = "值" 的格式改正'
                ) from None
            return table, "\n".join(lines[i + 1 :]), i + 2
    raise ReadError("草稿开头的 +++ 设置块没有结束行 +++；请在设置后加一行 +++")


def _toml(head: str) -> dict[str, Any]:
    """The front matter parsed (a copy: callers may change it), kept by its text: the app re-reads
    the same settings at every re-check."""
    return copy.deepcopy(_parsed(head))


@lru_cache(maxsize=64)
def _parsed(head: str) -> dict[str, Any]:
    return tomllib.loads(head)


def _toml_where(e: tomllib.TOMLDecodeError) -> str:
    m = re.search(r"line (\d+)", str(e))
    return f"设置块第 {int(m.group(1))} 行" if m else "设置块"


def validate(table: dict[str, Any]) -> DraftMeta:
    """Front matter → DraftMeta, or a ReadError saying the first problem in Chinese, each setting
    named as the app's settings (F2) name it (主送机关, not addressee)."""
    try:
        return DraftMeta.model_validate(table)
    except ValidationError as e:
        raise ReadError(f"草稿设置有误：{problem(e.errors()[0])}；请修改文件开头 +++ 之间的设置") from None


YEAR_WRONG = ("int_type", "int_parsing", "int_from_float", "greater_than_equal", "less_than_equal")
# how a wrong value of a kind is said ({name}: the setting's label in quotes); the kinds are pydantic's
_HOW: dict[str, str] = {
    "missing": "缺少{name}",
    "string_type": "{name}应写成加引号的文字",
    "list_type": '{name}应写成加引号的文字列表，如 ["附件一", "附件二"]',
    "bool_type": "{name}应为 true（是）或 false（否）",
    "bool_parsing": "{name}应为 true（是）或 false（否）",
    "string_too_short": "{name}太短",
    "string_too_long": "{name}太长",
}
_HOW_FIELD: dict[tuple[str, str], str] = {
    **{("year", kind): "{name}应为 2000 到 2100 之间的四位数年份，如 2025" for kind in YEAR_WRONG},
    ("unit", "string_too_short"): "{name}应写全称，如：鲁山县辛集乡人民政府",
    ("unit", "string_too_long"): "{name}过长（最多60字），请写单位全称",
    ("type", "string_pattern_mismatch"): "{name}应写类型的代号，如 township、department、county_gov",
}


def problem(err: ErrorDetails) -> str:
    """One pydantic error of the front matter in Chinese: the setting by its label, what is wrong,
    the value as written (no English field names: a writer knows the settings by the app's labels)."""
    kind = err["type"]
    key = str(err["loc"][0]) if err["loc"] else ""
    if kind == "extra_forbidden":
        like = difflib.get_close_matches(key, FIELD_LABELS, n=1, cutoff=0.6)
        return f"未知的设置项“{key}”" + (f"（是不是“{FIELD_LABELS[like[0]]}”？）" if like else "")
    if kind == "value_error":  # the model's own validators say it in Chinese
        return str(err.get("ctx", {}).get("error", err["msg"]))
    name = f"“{FIELD_LABELS.get(key, key)}”"
    how = _HOW_FIELD.get((key, kind)) or _HOW.get(kind) or "{name}的值不合要求"
    said = how.format(name=name)
    return said if kind == "missing" else f"{said}（现为 {_as_written(err.get('input'))}）"


def _as_written(value: object, room: int = 20) -> str:
    """A setting's value as the TOML wrote it, cut short."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = f"“{value}”"
    elif isinstance(value, dict):
        text = "{…}"
    elif isinstance(value, list):
        text = "[…]"
    else:
        text = str(value)
    return text if len(text) <= room else text[: room - 1] + "…"


# ------------------------------------------------ writing a draft


def _toml_str(v: str) -> str:
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(fields: list[tuple[str, str | int | bool | list[str] | None]]) -> str:
    """The ``+++`` block for these fields, in order; None fields are left out."""
    head = [FENCE]
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, bool):
            head.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, list):
            head.append(f"{key} = [{', '.join(_toml_str(v) for v in value)}]")
        else:
            head.append(f"{key} = {value}" if isinstance(value, int) else f"{key} = {_toml_str(value)}")
    head.append(FENCE)
    return "\n".join(head)


def dump(doc: Document, *, closing: str | None = None) -> str:
    """A Document as a draft file (the format ``import`` writes and ``render`` reads)."""
    m = doc.meta
    fields: list[tuple[str, str | int | bool | list[str] | None]] = [
        ("unit", m.unit or ""),
        ("type", m.unit_type),
        ("year", m.year),
        ("title", m.title),
        ("addressee", m.addressee or ""),
        ("signature", m.signature or ""),
        ("date", m.date or ""),
        ("doc_number", m.doc_number or ""),
    ]
    if closing is None:
        # a report's closing block, else a draft's own `closing` field (import of a draft keeps it)
        closing = next((b.text for b in doc.blocks if b.role == "closing"), m.closing or "")
    fields += [("closing", closing), ("fonts", m.fonts)]
    # optional parts only when the report has them, so plain drafts stay short
    fields += [
        ("attachments", m.attachments or None),
        ("cc", m.cc or None),
        ("issuer", m.issuer or None),
        ("issued", m.issued or None),
        ("signer", m.signer or None),
        ("seal", m.seal or None),
        ("letterhead", m.letterhead if m.letterhead != "none" else None),
        ("previous", m.previous or None),
    ]
    body: list[str] = []
    for b in doc.blocks:
        if b.role == "opening" or b.role == "body":
            body.append(_block_md(b))
    return front_matter(fields) + "\n\n" + "\n\n".join(body) + "\n"


def _block_md(b: Block) -> str:
    if b.kind == "heading":
        return "#" * (b.level + 1) + " " + b.text
    return b.text
