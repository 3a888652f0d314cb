"""A draft's settings edited by hand and wrong: one Chinese line naming the setting as the app's settings
(F2) name it (主送机关, not addressee), exit 2; never pydantic's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.app.screens.meta import TEXT_FIELDS
from drafter.draft import FIELD_LABELS, DraftMeta

from .conftest import RunMain

BODY = "\n# 青山县柳河镇人民政府关于2025年度法治政府建设情况的报告\n\n## 一、2025年度推进法治政府建设的主要举措和成效\n\n全年办结案件12件。\n"
GOOD = {"unit": '"青山县柳河镇人民政府"', "type": '"township"', "year": "2025"}


def draft(tmp_path: Path, **settings: str | None) -> Path:
    """A draft whose front matter holds GOOD with ``settings`` put in (None: left out)."""
    lines = [f"{k} = {v}" for k, v in {**GOOD, **settings}.items() if v is not None]
    path = tmp_path / "草稿.md"
    path.write_text("+++\n" + "\n".join(lines) + "\n+++\n" + BODY, encoding="utf-8")
    return path


CASES = [  # (setting, value as written, the label the message must name)
    ("addressee", "5", "主送机关"),
    ("signature", "{a = 1}", "署名"),
    ("date", "2026-01-20", "成文日期"),
    ("closing", "true", "结束语"),
    ("attachments", '"附件一"', "附件"),
    ("cc", "[1]", "抄送"),
    ("year", '"abc"', "报告年度"),
    ("year", "1999", "报告年度"),
    ("year", "2025.5", "报告年度"),
    ("unit", '"县"', "单位"),
    ("unit", None, "单位"),
    ("type", '"Bad"', "单位类型"),
    ("seal", '"maybe"', "印章"),
    ("adressee", '"县政府"', "主送机关"),  # an unknown setting: the one it looks like
]


@pytest.mark.parametrize(("key", "value", "label"), CASES)
@pytest.mark.parametrize("command", ["render", "lint"])
def test_a_wrong_setting_is_one_chinese_line_naming_its_label(
    run_main: RunMain, tmp_path: Path, command: str, key: str, value: str | None, label: str
) -> None:
    path = draft(tmp_path, **{key: value})
    extra = ["-o", str(tmp_path / "out.docx")] if command == "render" else []
    got = run_main(command, str(path), *extra)
    assert got.returncode == 2, got
    said = got.stderr.strip()
    assert "\n" not in said and "Traceback" not in said, said
    assert f"“{label}”" in said, said
    if key in DraftMeta.model_fields:
        assert key not in said, said  # the field's English name is not what the writer knows it by
    assert not any(w in said for w in ("Input should", "validation error", "Field required")), said


def test_every_setting_has_the_label_the_settings_form_shows() -> None:
    assert set(FIELD_LABELS) == set(DraftMeta.model_fields)
    assert set(TEXT_FIELDS) <= set(FIELD_LABELS)


def test_render_names_an_empty_setting_by_its_label(run_main: RunMain, tmp_path: Path) -> None:
    path = draft(tmp_path, addressee='""')
    got = run_main("render", str(path), "-o", str(tmp_path / "out.docx"))
    assert got.returncode == 0, got
    assert "请在草稿设置中填写主送机关" in got.stderr and "addressee" not in got.stderr, got.stderr
