"""Copied text: this year's report against last year's, and reports of a folder against each other.

'This year' reports are made at run time from the seeds: one seed's paragraphs kept (figures changed)
and some replaced by another seed's paragraphs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.shingles import MIN_CHARS, normalise
from drafter.lint import compare_units, lint_paths
from drafter.readers import read_path
from drafter.readers.txt import read_text

from .conftest import ROOT, in_process, seed, seed_paths

DRAFT = ROOT / "examples" / "drafts" / "county_gov_2025.md"


def _bump(text: str) -> str:
    """A figure changed: every number +1, as a unit updating last year's report would."""
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), text)


def _opening_line(doc_blocks: list) -> int | None:  # type: ignore[type-arg]
    """The line of the opening paragraph (before the first heading), if any."""
    for b in doc_blocks:
        if b.kind == "heading":
            return None
        if b.role == "body" and b.kind == "paragraph":
            return int(b.line)
    return None


def _judged(doc_blocks: list, parts: dict) -> list:  # type: ignore[type-arg]
    """Paragraphs of the parts, and the opening judged without its "现将…报告如下：" sentence."""
    owned = {id(b) for pr in parts.values() if pr.status == "present" for b in pr.blocks}
    opening = _opening_line(doc_blocks)
    return [
        b
        for b in doc_blocks
        if b.role == "body"
        and b.kind == "paragraph"
        and (
            (b.line == opening and len(normalise(re.sub(r"现将[^。]{0,20}报告如下：$", "", b.text))) >= MIN_CHARS)
            or (id(b) in owned and len(normalise(b.text)) >= MIN_CHARS and not b.text.rstrip().endswith("报告如下："))
        )
    ]


def _this_year(last: Path, donor: Path, every: int) -> tuple[str, set[int]]:
    """Last year's text, figures bumped, with every ``every``-th long line replaced by a donor's line."""
    donors = [x for x in donor.read_text(encoding="utf-8").splitlines() if len(x) > 60]
    out, replaced = [], set()
    n = 0
    for line in last.read_text(encoding="utf-8").splitlines():
        if len(line) > 60 and not line.endswith("报告如下：") and donors:
            n += 1
            if n % every == 0:
                new = donors.pop(0)
                out.append(new)
                replaced.add(len(out))  # its 1-based line
                continue
        out.append(_bump(line))
    return "\n".join(out), replaced


@pytest.mark.parametrize(
    ("last", "donor", "every"), [("000", "004", 3), ("002", "001", 2), ("004", "003", 4), ("001", "002", 3)]
)
def test_kept_paragraphs_flagged_and_replaced_ones_not(last: str, donor: str, every: int) -> None:
    text, replaced = _this_year(seed(last), seed(donor), every)
    assert replaced
    doc, prev = read_text(text), read_path(seed(last))
    res = check(doc, checklists.load("base"), previous=prev)
    flagged = {f.line for f in res.findings if f.rule == "copied-from-previous"}
    judged = _judged(doc.blocks, res.parts)
    kept = {b.line for b in judged if b.line not in replaced}
    swapped = {b.line for b in judged if b.line in replaced}
    assert kept and swapped
    assert kept <= flagged
    assert not swapped & flagged
    for f in res.findings:
        if f.rule == "copied-from-previous":
            assert (f.part is not None or f.line == _opening_line(doc.blocks)) and "去年报告第" in f.message
            b = next(b for b in doc.blocks if b.line == f.line and b.kind == "paragraph")
            assert b.kind == "paragraph" and b.role == "body"  # never a heading or the closing


def test_no_copies_between_unrelated_seeds_or_without_previous() -> None:
    paths = seed_paths()
    for a in paths:
        assert not [
            f for f in check(read_path(a), checklists.load("base")).findings if f.rule == "copied-from-previous"
        ]
        for b in paths:
            if a != b:
                res = check(read_path(a), checklists.load("base"), previous=read_path(b))
                assert not [f for f in res.findings if f.rule == "copied-from-previous"], (a.name, b.name)


def test_cli_previous_flags_copy_at_its_line(tmp_path: Path) -> None:
    text, _ = _this_year(seed("000"), seed("004"), 3)
    this = tmp_path / "今年.txt"
    this.write_text(text, encoding="utf-8")
    proc = in_process("lint", str(this), "--previous", str(seed("000")), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    found = [f for f in json.loads(proc.stdout)["files"][0]["findings"] if f["rule"] == "copied-from-previous"]
    assert found and all(f["line"] and (f["part"] or f["line"] == 3) for f in found)
    assert 3 in {f["line"] for f in found}  # the opening, last year's summary of the year with figures changed
    # without --previous a plain report has nothing to compare with
    [rep] = list(lint_paths([str(this)]))
    assert rep.result is not None and not [f for f in rep.result.findings if f.rule == "copied-from-previous"]


def test_draft_previous_in_front_matter_is_used(tmp_path: Path) -> None:
    (tmp_path / "去年.md").write_bytes(DRAFT.read_bytes())
    draft = DRAFT.read_text(encoding="utf-8").replace('fonts = "gb2312"', 'fonts = "gb2312"\nprevious = "去年.md"', 1)
    head, body = draft.split("+++\n", 2)[1:]
    (tmp_path / "今年.md").write_text(f"+++\n{head}+++\n{_bump(body)}", encoding="utf-8")
    [rep] = list(lint_paths([str(tmp_path / "今年.md")]))
    assert rep.result is not None and rep.previous_error is None
    assert sum(f.rule == "copied-from-previous" for f in rep.result.findings) >= 5


def _folder(tmp: Path) -> tuple[Path, Path]:
    """Six reports: five seeds, and a draft with 40% of its body paragraphs taken from seed 001."""
    for p in seed_paths():
        (tmp / p.name).write_bytes(p.read_bytes())
    donors = [x for x in seed("001").read_text(encoding="utf-8").splitlines() if len(x) > 80]
    lines = DRAFT.read_text(encoding="utf-8").splitlines()
    body = [i for i, x in enumerate(lines) if len(x) > 30 and not x.startswith(("#", "+", " ")) and "=" not in x]
    take = body[::2][: round(len(body) * 0.4)]
    assert len(take) / len(body) == pytest.approx(0.4, abs=0.06)
    for i, d in zip(take, donors, strict=False):
        lines[i] = d
    made = tmp / "copy_2025.md"
    made.write_text("\n".join(lines), encoding="utf-8")
    return made, tmp / seed("001").name


def test_folder_of_six_gets_exactly_the_copied_pair(tmp_path: Path) -> None:
    made, source = _folder(tmp_path)
    reports = list(lint_paths([str(tmp_path)]))
    pairs = compare_units(reports)
    assert len(pairs) == 1
    assert {Path(pairs[0].path_a).name, Path(pairs[0].path_b).name} == {made.name, source.name}
    assert 0.25 <= pairs[0].share < 0.9  # a share of characters: the 40% of paragraphs taken are long ones
    by_name = {Path(r.path).name: r for r in reports}
    for name, other in ((made.name, source.name), (source.name, made.name)):
        res = by_name[name].result
        assert res is not None
        found = [f for f in res.findings if f.rule == "copied-across-units"]
        assert found and all(other in f.message and "行" in f.message for f in found)
    for r in reports:
        if Path(r.path).name not in (made.name, source.name):
            assert r.result is not None and not [f for f in r.result.findings if f.rule == "copied-across-units"]


def test_summary_and_json_list_the_pair(tmp_path: Path) -> None:
    made, source = _folder(tmp_path)
    proc = in_process("lint", str(tmp_path), "--summary")
    assert "内容相似的报告" in proc.stdout and made.name in proc.stdout
    similar = proc.stdout.split("内容相似的报告", 1)[1]
    assert "沈丘县人民政府办公室" in similar  # the pair is named by its units, each with its file
    proc = in_process("lint", str(tmp_path), "--format", "json")
    data = json.loads(proc.stdout)
    assert data["version"] == 1 and len(data["similar"]) == 1
    assert {Path(data["similar"][0]["a"]).name, Path(data["similar"][0]["b"]).name} == {made.name, source.name}


def test_two_units_stock_openings_are_not_copies(tmp_path: Path) -> None:
    """An opening (before the first heading) in the stock words of the year's political line is
    every unit's: two units that open alike, without "现将…报告如下", are not copies of each other."""
    opening = (
        "{y}年，{u}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
        "深入学习贯彻习近平法治思想，坚持依法行政，法治政府建设取得新成效。"
    )
    body = "一、主要举措和成效\n{u}全年办理{x}。\n二、存在的不足和原因\n{z}。\n"
    for name, unit, x, z in (
        ("a.txt", "青禾市", "行政复议案件12件，开展合法性审核46件", "执法力量不足，原因是编制少"),
        ("b.txt", "松溪县", "规范性文件备案8件，评查执法案卷41卷", "基层法治人才缺乏，主要原因是待遇低"),
    ):
        text = f"{unit}人民政府2024年度法治政府建设工作报告\n" + opening.format(y=2024, u=unit) + "\n"
        (tmp_path / name).write_text(text + body.format(u=unit, x=x, z=z), encoding="utf-8")
    reports = list(lint_paths([str(tmp_path)]))
    assert not compare_units(reports)
    for r in reports:
        assert r.result is not None
        assert not [f for f in r.result.findings if f.rule == "copied-across-units"], r.path


def test_two_openings_broken_off_in_a_stock_phrase_are_not_copies() -> None:
    """Two units' copies broken off in a short last paragraph that holds only the stock duty (……党政主要负责人严格
    履行法治建设第一责任人职责) are no copies; the same words in a whole paragraph of theirs are judged as ever."""
    from drafter.checks.originality import compare, fingerprint

    stock = "全面落实法治建设第一责任人职责。{u}党政主要负责人严格履行法治建设第一责任人职责，{rest}"
    head = "{u}2024年度法治政府建设情况报告\n一、主要举措和成效\n{u}全年办理{x}。\n"
    docs = [
        read_text(head.format(u=u, x=x) + stock.format(u=u, rest=""))
        for u, x in (("青禾镇", "行政复议案件12件"), ("松溪镇", "规范性文件备案8件"))
    ]
    found, pairs = compare([fingerprint(d) for d in docs], ["a.txt", "b.txt"])
    assert found == [[], []] and pairs == []
    whole = "全年召开专题会议4次研究部署法治建设，带头学法6次，年底述法，带领班子成员旁听庭审2次。"
    docs = [
        read_text(head.format(u=u, x=x) + stock.format(u=u, rest=whole))
        for u, x in (("青禾镇", "行政复议案件12件"), ("松溪镇", "规范性文件备案8件"))
    ]
    found, pairs = compare([fingerprint(d) for d in docs], ["a.txt", "b.txt"])
    assert found[0] and found[1]


def test_reports_of_the_same_unit_are_not_compared() -> None:
    """Two years or two versions of one unit's report in a folder are not copies across units."""
    from drafter.checks.originality import compare, fingerprint

    text = seed("001").read_text(encoding="utf-8")
    same = [read_text(text), read_text(_bump(text))]
    found, pairs = compare([fingerprint(d) for d in same], ["a.txt", "b.txt"])
    assert found == [[], []] and pairs == []
    other = read_text(_bump(text).replace("沈丘县人民政府办公室", "项城市人民政府办公室"))
    found, pairs = compare([fingerprint(same[0]), fingerprint(other)], ["a.txt", "b.txt"])
    assert found[0] and found[1] and len(pairs) == 1 and pairs[0].share > 0.9


def test_fingerprints_survive_a_process_boundary(tmp_path: Path) -> None:
    """A process pool sends fingerprints back: one made in another process (another hash seed) compares
    with one made here (shingles are hashed with crc32, not the per-process hash())."""
    import os
    import pickle
    import subprocess
    import sys

    from drafter.checks.originality import compare, fingerprint

    made, source = _folder(tmp_path)
    code = (
        "import pickle,sys; from drafter.readers import read_path; from drafter.checks.originality import fingerprint; "
        "sys.stdout.buffer.write(pickle.dumps(fingerprint(read_path(sys.argv[1]))))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(made)], capture_output=True, env=env, check=True).stdout
    there = pickle.loads(out)
    found, pairs = compare([there, fingerprint(read_path(source))], ["made", "source"])
    assert len(pairs) == 1 and found[0] and found[1]


def test_previous_may_be_a_docx(tmp_path: Path) -> None:
    """Last year's report as Word: the message names its paragraph number, which holds the copied text."""
    import docx

    d = docx.Document()
    for line in seed("000").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d.add_paragraph(line.strip())
    last = tmp_path / "去年.docx"
    d.save(str(last))
    text, _ = _this_year(seed("000"), seed("004"), 3)
    this = tmp_path / "今年.txt"
    this.write_text(text, encoding="utf-8")
    proc = in_process("lint", str(this), "--previous", str(last), "--format", "json")
    found = [f for f in json.loads(proc.stdout)["files"][0]["findings"] if f["rule"] == "copied-from-previous"]
    assert found
    prev = read_path(last)
    for f in found:
        n = int(re.search(r"去年报告第(\d+)行", f["message"]).group(1))  # type: ignore[union-attr]
        para = next(b for b in prev.blocks if b.line == n and b.kind == "paragraph")
        mine = normalise(read_text(text).line_text(f["line"]))
        assert normalise(para.text)[:12] in mine or normalise(para.text)[-12:] in mine


def test_a_kept_opening_is_a_copy_and_drafters_own_opening_is_not(tmp_path: Path) -> None:
    """Seed 000's opening (its summary of the year, then "现将有关情况报告如下：") kept with the year changed
    is flagged at its line; an opening of drafter's own wording with 【请填写】 is not, though last year's
    draft began with the same wording."""
    last = read_path(seed("000"))
    text = _bump(seed("000").read_text(encoding="utf-8"))
    res = check(read_text(text), checklists.load("department"), previous=last)
    assert 3 in {f.line for f in res.findings if f.rule == "copied-from-previous"}
    assert not [
        f
        for f in check(read_text(text), checklists.load("department"), previous=read_path(seed("002"))).findings
        if f.rule == "copied-from-previous"
    ]
    last_draft = tmp_path / "last.md"
    in_process("template", "--type", "department", "--unit", "青山县司法局", "--year", "2024", "-o", str(last_draft))
    filled = last_draft.read_text(encoding="utf-8").replace(
        "【请填写：一句话概括全年法治政府建设的总体成效】", "全年办理行政复议案件12件，法治政府建设取得新成效"
    )
    last_draft.write_text(filled, encoding="utf-8")
    this_draft = tmp_path / "this.md"
    in_process("template", "--type", "department", "--unit", "青山县司法局", "--year", "2025", "-o", str(this_draft))
    from drafter.boilerplate import fragments

    res = check(
        read_path(this_draft), checklists.load("department"), previous=read_path(last_draft), boilerplate=fragments()
    )
    assert not [f for f in res.findings if f.rule == "copied-from-previous"]
