"""One unit's report twice in a folder is one unit submitted twice, not copying between units."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import in_process, seed_paths
from .formats import page_html

UNIT = "鲁山县人民政府办公室"


def _folder(tmp_path: Path, *, other_unit: bool = False) -> Path:
    text = seed_paths()[0].read_text(encoding="utf-8")
    assert UNIT in text.splitlines()[0]
    (tmp_path / "鲁山县政府办.txt").write_text(text, encoding="utf-8")
    spaced = text.replace(UNIT + "关于", "鲁山县人民政府 办公室关于", 1)  # the website's copy: a space in the name
    (tmp_path / "鲁山县政府办（网站）.html").write_bytes(page_html(spaced).encode("gb18030"))  # its meta says gbk
    if other_unit:
        (tmp_path / "青山县政府办.txt").write_text(text.replace("鲁山", "青山"), encoding="utf-8")
    return tmp_path


def test_same_unit_twice_is_not_copying(tmp_path: Path) -> None:
    data = json.loads(in_process("lint", str(_folder(tmp_path)), "--format", "json").stdout)
    rules = {f["rule"] for f in data["files"][0]["findings"]} | {f["rule"] for f in data["files"][1]["findings"]}
    assert "copied-across-units" not in rules
    assert "similar" not in data
    [twice] = data["same_unit"]
    assert twice["unit"] == UNIT.replace("办公室", " 办公室") or twice["unit"] == UNIT
    assert sorted(Path(p).name for p in twice["paths"]) == ["鲁山县政府办.txt", "鲁山县政府办（网站）.html"]
    assert "重复提交" in twice["message"] and "不作单位间抄袭比对" in twice["message"]


def test_text_and_summary_say_one_unit_submitted_twice(tmp_path: Path) -> None:
    folder = _folder(tmp_path, other_unit=True)
    text = in_process("lint", str(folder)).stdout
    assert "同一单位：" in text and "重复提交" in text
    assert "copied-across-units" in text  # the other unit's copy is still copying
    summary = in_process("lint", str(folder), "--summary").stdout
    assert "同一单位：" in summary and "内容相似的报告" in summary


def test_one_units_years_are_one_unit_though_its_name_is_written_shorter(tmp_path: Path) -> None:
    """A unit's reports of two years, its name written in full in one and without the place in the
    other, are one unit's: nothing between them is copying across units."""
    text = seed_paths()[0].read_text(encoding="utf-8")
    (tmp_path / "2023.txt").write_text(text, encoding="utf-8")
    older = text.replace("2024", "2023").replace("2023", "2022").replace(UNIT, "县人民政府办公室")
    (tmp_path / "2022.txt").write_text(older, encoding="utf-8")
    data = json.loads(in_process("lint", str(tmp_path), "--format", "json").stdout)
    assert sorted(f["year"] for f in data["files"]) == [2022, 2023]
    assert not [x for f in data["files"] for x in f["findings"] if x["rule"] == "copied-across-units"]
    [one] = data["same_unit"]
    assert "2022" in one["message"] and "2023" in one["message"]


def test_two_units_of_one_year_are_two_units() -> None:
    """A name inside another of the same year is another unit (县人民政府 and 县人民政府办公室)."""
    from drafter.sameunit import canonical

    assert canonical([("鲁山县人民政府", 2023), ("鲁山县人民政府办公室", 2023)]) == [
        "鲁山县人民政府",
        "鲁山县人民政府办公室",
    ]
    assert canonical([("社会事业局", 2021), ("平潭综合实验区社会事业局", 2022), ("司法局", 2020)]) == [
        "平潭综合实验区社会事业局",
        "平潭综合实验区社会事业局",
        "司法局",
    ]


def test_a_unit_s_years_and_its_offices_are_told_apart() -> None:
    """A name that ends a longer one is the same unit in other years (the place or the joint issuer
    written in one year only); one inside another that does not end it is another unit, in any year;
    a mirror's traditional characters name the same unit."""
    from drafter.sameunit import canonical

    assert canonical([("青禾县人民政府", 2022), ("青禾县人民政府办公室", 2023)]) == [
        "青禾县人民政府",
        "青禾县人民政府办公室",
    ]
    assert (
        canonical([("青禾县人民政府", 2022), ("中共青禾县委 青禾县人民政府", 2023)])
        == ["中共青禾县委青禾县人民政府"] * 2
    )
    assert canonical([("白沙鄉人民政府", 2023), ("白沙乡人民政府", 2024)]) == ["白沙乡人民政府"] * 2
