"""F2: the draft's fixed fields (front matter), validated before they are kept."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...checks.form import number_fixed, number_reasons
from ...draft import FIELD_LABELS, DraftMeta, validate
from ...readers.errors import ReadError
from ..drafts import unit_types
from ..linebreak import Prose
from ..widgets.choice import Choice
from ..widgets.pick import Pick

LETTERHEADS = [("无版头", "none"), ("红色版头（发文机关标志、红线）", "red"), ("红头纸（留出版头位置）", "paper")]
SEAL = [("不加盖印章", False), ("加盖印章", True)]
FONTS = [("仿宋_GB2312、楷体_GB2312（传统）", "gb2312"), ("仿宋、楷体（通用，缺字少）", "standard")]
# field → placeholder (each field's label is the draft's own: draft.FIELD_LABELS, which errors name too)
TEXT_FIELDS: dict[str, str] = {
    "unit": "如：鲁山县辛集乡人民政府",
    "year": "如：2025",
    "title": "留空则按单位和年度生成",
    "addressee": "如：鲁山县人民政府",
    "signature": "如：鲁山县辛集乡人民政府",
    "date": "如：2026年1月20日",
    "doc_number": "如：辛政文〔2026〕3号",
    "signer": "可选：上行文填写，发文字号随之居左",
    "closing": "留空则不写结束语；通常为“特此报告。”",
    "attachments": "可选；几个附件用“；”隔开",
    "cc": "可选：版记中的抄送机关",
    "issuer": "可选：如 鲁山县人民政府办公室",
    "issued": "可选：如 2026年1月20日",
}


class MetaScreen(ModalScreen[DraftMeta | None]):
    """Edit the front matter; Enter on 保存 validates with DraftMeta."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]

    def __init__(self, meta: DraftMeta) -> None:
        super().__init__(classes="dialog")
        self.meta = meta
        self._live_error: str | None = None  # the field whose problem the error line shows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box form-box"):
            yield Static("报告设置", classes="dialog-title")
            with VerticalScroll(classes="form"):
                for key, hint in TEXT_FIELDS.items():
                    value = getattr(self.meta, key)
                    if isinstance(value, list):
                        value = "；".join(value)
                    if key == "signature" and self.meta.unit:
                        hint = f"如：{self.meta.unit}"
                    elif key in ("date", "issued", "doc_number"):  # the report goes out the year after
                        hint = hint.replace("2026", str(self.meta.year + 1))
                    with Horizontal(classes="form-row"):
                        yield Label(FIELD_LABELS[key], classes="form-label")
                        yield Input(
                            "" if value is None else str(value),
                            placeholder=hint,
                            id=f"f-{key}",
                            compact=True,
                            type="integer" if key == "year" else "text",
                        )
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["type"], classes="form-label")
                    yield Pick(
                        [(v, k) for k, v in unit_types().items()],
                        value=self.meta.type or Select.NULL,
                        id="f-type",
                        compact=True,
                        prompt="按单位名称推断",
                    )
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["fonts"], classes="form-label")
                    yield Choice(FONTS, self.meta.fonts, id="f-fonts")
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["letterhead"], classes="form-label")
                    yield Choice(LETTERHEADS, self.meta.letterhead, id="f-letterhead")
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["seal"], classes="form-label")
                    yield Choice(SEAL, self.meta.seal, id="f-seal")
            yield Prose("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("确定", id="meta-ok", variant="primary")  # applies; Ctrl+S saves (as Word's 确定)
                yield Button("取消", id="meta-cancel")

    def on_mount(self) -> None:
        self.query_one("#f-unit", Input).focus()

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in TEXT_FIELDS:
            v = self.query_one(f"#f-{key}", Input).value.strip()
            if key == "year":
                out[key] = int(v) if v.lstrip("-").isdigit() else v
            elif key == "title":
                out[key] = v or None
            elif key == "attachments":
                out[key] = [a.strip() for a in re.split(r"[；;\n]", v) if a.strip()]
            else:
                out[key] = v
        t = self.query_one("#f-type", Select).value
        out["type"] = t if isinstance(t, str) else None
        out["fonts"] = self.query_one("#f-fonts", Choice).value
        out["letterhead"] = self.query_one("#f-letterhead", Choice).value
        out["seal"] = self.query_one("#f-seal", Choice).value is True
        return out

    def on_input_changed(self, event: Input.Changed) -> None:
        """Dates and 发文字号 checked as they are typed: the problem shown at once, the field marked."""
        key = (event.input.id or "").removeprefix("f-")
        if key not in LIVE:
            return
        year = self.meta.year
        raw = self.query_one("#f-year", Input).value.strip()
        if raw.isdigit() and 2000 <= int(raw) <= 2100:
            year = int(raw)
        problem = LIVE[key](event.value.strip(), year)
        event.input.set_class(problem is not None, "-invalid")
        error = self.query_one("#form-error", Static)
        if problem is not None:
            error.update(problem)
            self._live_error = key
        elif self._live_error == key:
            error.update("")
            self._live_error = None

    def on_input_submitted(self) -> None:
        self._save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "meta-ok":
            self._save()
        else:
            self.dismiss(None)

    def _save(self) -> None:
        values = self.values()
        if len(str(values["unit"])) < 2:
            self.query_one("#form-error", Static).update("请填写单位全称，如：鲁山县辛集乡人民政府")
            return
        if not isinstance(values["year"], int) or not 2000 <= values["year"] <= 2100:
            self.query_one("#form-error", Static).update("报告年度应为四位数年份，如 2025")
            return
        for key, test in LIVE.items():
            problem = test(str(values[key]), values["year"])
            if problem:
                self.query_one("#form-error", Static).update(problem)
                self.query_one(f"#f-{key}", Input).focus()
                return
        try:
            meta = validate({**self.meta.model_dump(), **values})  # fields the form lacks are kept
        except ReadError as e:
            self.query_one("#form-error", Static).update(str(e).split("；请修改")[0])
            return
        self.dismiss(meta)

    def action_cancel(self) -> None:
        self.dismiss(None)


_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def date_problem(value: str, year: int) -> str | None:
    """Why a 成文日期 is not one (GB/T 9704: Arabic numerals, full year, no leading zero), or None."""
    if not value or value.startswith("【"):  # empty, or the template's 【请填写：成文日期】
        return None
    example = f"{year + 1}年1月20日"
    m = _DATE.match(value.replace(" ", ""))
    if not m:
        from ...dates import parse

        written = parse(value)
        if written is not None and written.chinese and written.exists:
            return f"成文日期请用阿拉伯数字：“{written.arabic}”"
        return f"成文日期请用阿拉伯数字写全年、月、日，如“{example}”"
    y, mo, d = (int(g) for g in m.groups())
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return f"“{value}”不是有效的日期，请按“{example}”的格式填写"
    if m.group(2).startswith("0") or m.group(3).startswith("0"):
        return f"成文日期的月、日前不加0，如“{example}”"
    if y < year:
        return f"成文日期早于报告年度（{year}年）；报告在年度结束后成文，如“{example}”"
    return None


def issued_problem(value: str, year: int) -> str | None:
    """印发日期: written like the 成文日期."""
    problem = date_problem(value, year)
    return problem.replace("成文日期", "印发日期") if problem else None


_DOC_NO = re.compile(
    r"^(?P<org>[^\s〔\[【（(［{]+?)\s*(?P<open>[〔\[【（(［{])\s*(?P<year>\d{2,4})\s*"
    r"(?P<close>[〕\]】）)］}])\s*(?P<di>第)?\s*(?P<num>\d+)\s*号$"
)


def doc_number_problem(value: str, year: int) -> str | None:
    """Why a 发文字号 is not in GB/T 9704 form (机关代字〔年份〕序号号), or None (also when empty)."""
    if not value:
        return None
    example = f"辛政文〔{year + 1}〕3号"
    m = _DOC_NO.match(value)
    if m is None:
        return f"发文字号应写作“机关代字〔年份〕序号号”，如“{example}”"
    problems = number_reasons(m)
    if not problems:
        return None
    return f"发文字号：{'；'.join(problems)}，如“{number_fixed(m)}”"


LIVE: dict[str, Callable[[str, int], str | None]] = {
    "date": date_problem,
    "issued": issued_problem,
    "doc_number": doc_number_problem,
}
