"""Findings a reviewer can trust, on the real reports: the seeds and the shared web copies.

Each error and warning drafter gives on them was read at its place, as a careful 司法局 reviewer
reads it, and is written down here with what the reviewer says of it: ``right`` (the report has
that problem), ``debatable`` (a reviewer might let it pass). No error may be false, no warning
wrong; a finding not written down here fails the test until someone reads it and adds it.
Each finding also points at words a writer can search for (``quote``), never at 1:1 of a web copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.lint import lint_paths

from .conftest import ROOT

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
WEB = ROOT.parent / "shared" / "corpus" / "web"

# file → [(severity, rule, words in its quote or message, verdict, what a careful reader says)]
READ: dict[str, list[tuple[str, str, str, str, str]]] = {
    "000_144076ad8ae7c213.txt": [
        ("warning", "required-item", "谁执法谁普法", "right", "政府办的报告通篇没有普法"),
        (
            "warning",
            "required-item",
            "重大行政决策",
            "right",
            "只有规范性文件的合法性审查，没有重大行政决策、法律顾问（quotes_read.toml 的读者同样判断）",
        ),
        ("warning", "no-causes", "一句话", "right", "不足只有一句，三个问题，没有一个原因"),
        ("warning", "wording", "2023", "right", "“2023复议案件”和标题“三、2023党政主要负责人……”漏了“年”"),
    ],
    "001_d3385afb506ce1c5.txt": [
        ("error", "outdated-citation", "2015", "right", "2023年的报告仍以2015—2020纲要为依据"),
        ("warning", "outdated-citation", "2016-2020", "right", "省实施方案（2016—2020年）已到期"),
        ("warning", "outdated-citation", "2017-2020", "right", "市实施意见（2017—2020年）已到期"),
        ("warning", "wording", "法制", "right", "“大力推进法制政府建设”"),
        ("warning", "collocation", "强化政务服务力度", "right", "“依法强化政务服务力度”：力度要加大"),
        ("warning", "thin-part", "1句", "right", "第一责任人职责只有一句话，没有学法、述法"),
        ("warning", "wording", "主题责任", "right", "主体责任错写"),
        ("warning", "no-causes", "原因", "right", "标题写了原因，正文四条都是“有待加强”"),
        ("warning", "wording", "谁普法谁执法", "right", "词序颠倒"),
        ("warning", "wording", "近十余", "right", "“近十余次”：近与余矛盾"),
    ],
    "002_a56d498a3fc7f791.txt": [
        ("warning", "required-item", "习近平法治思想", "right", "乡镇报告通篇没有写学习习近平法治思想"),
        ("warning", "required-item", "严格规范公正文明执法", "debatable", "只有“加大监管执法力度”一句"),
        ("warning", "halfwidth-punctuation", ",", "right", "正文多处半角逗号、分号"),
        ("warning", "no-causes", "原因", "right", "三条问题，没有原因"),
        ("warning", "duties-restated", "复述", "right", "第一责任人部分照抄规定第五条"),
        ("warning", "figures", "160余", "right", "“调解160余其矛盾”：量词“起”错成“其”"),
    ],
    "003_42ba359424287cad.txt": [
        ("warning", "missing-signer", "签发人", "right", "红头上行文没有签发人"),
        ("error", "required-item", "习近平法治思想", "right", "县政府报告只在开头提到“深入践行”，没有写如何学习"),
        ("warning", "required-item", "政府机构职能", "right", "没有放管服、政务服务"),
        ("warning", "required-item", "突发事件", "right", "没有应急预案、演练"),
        ("warning", "required-item", "数字政府", "right", "没有数字政府"),
        ("warning", "folded-part", "第一责任人", "right", "只在一（一）“主要领导亲自抓”中提到"),
        ("warning", "halfwidth-punctuation", "(", "right", "半角括号 (一)"),
        ("warning", "no-causes", "原因", "right", "“主要表现为……等问题”，没有原因"),
        ("warning", "thin-part", "口号", "right", "安排六条多是“强化思想引领”“发挥核心作用”"),
        (
            "warning",
            "item-end",
            "；",
            "right",
            "安排六条：一至三是后用句号，四、五是后用分号，六是后用句号：各项末尾不一",
        ),
    ],
    "004_e08b2b13115da112.txt": [
        ("warning", "halfwidth-punctuation", ",", "right", "通篇半角标点"),
        ("warning", "folded-part", "第一责任人", "right", "领导和述法只在一（一）中"),
        ("warning", "no-causes", "原因", "right", "四条问题，没有原因"),
        (
            "info",
            "collocation",
            "增强突发事件应对能力和水平",
            "right",
            "标题“增强……能力和水平”：水平要提高；增强与并列的能力搭配，读者看法不一（O、R 的审读者判为可商榷）：提示",
        ),
    ],
    "web_w003.txt": [
        (
            "warning",
            "relative-year",
            "今年以来",
            "right",
            "2022年的报告，网页2023年3月31日发布：“今年以来，审结……相较去年”说的是2022年",
        ),
        (
            "warning",
            "relative-year",
            "较去年",
            "right",
            "同一句“相较去年22件59人”：2023年写成，“去年”是2022年本身，比的却是2021年的数",
        ),
        ("warning", "required-item", "习近平法治思想", "right", "只引了总书记一句讲话，没有写学习习近平法治思想"),
        ("warning", "required-item", "政务公开", "debatable", "只有“通过政府门户网站向社会公布”"),
        (
            "warning",
            "wording",
            "遵法",
            "right",
            "“带头遵法、学法、守法、用法”：固定提法是“尊法学法守法用法”，前一句本报告自己也写作“尊法”",
        ),
        ("warning", "folded-part", "第一责任人", "right", "第一责任人是一（一）"),
        ("warning", "halfwidth-punctuation", ",", "right", "“竞答活动,竞赛积分”"),
        ("warning", "wording", "截止", "right", "“截止2022年底”应为“截至”（两处）"),
        ("warning", "wording", "国家安全日", "right", "“4.15国家安全日”：名称是“全民国家安全教育日”"),
        ("warning", "day-dot", "4.15", "right", "“4.15国家安全日”：月日之间用间隔号“4·15”"),
        (
            "warning",
            "wording",
            "2021－2025",
            "right",
            "《……第八个五年规划（2021－2025）》：年份后漏了“年”（kinds_I §F4）",
        ),
        ("warning", "no-causes", "原因", "right", "五条问题，只有一条提到机构改革"),
    ],
    "web_w004.txt": [
        (
            "warning",
            "relative-year",
            "今年来",
            "right",
            "2022年度的报告，成文日期2023-04-13：“今年来……作出行政裁决”说的是2022年",
        ),
        ("warning", "required-item", "重大行政决策", "right", "没有重大行政决策、法律顾问"),
        ("warning", "required-item", "政务公开", "right", "没有政务公开"),
        ("warning", "wording", "法制", "right", "“法制意识”（“法制培训班”是班名，不报）"),
        ("warning", "wording", "解毒", "right", "“民法典解毒”是“解读”的错字"),
        ("warning", "day-dot", "4.15", "right", "“4.15”全民国家安全教育日：月日之间用间隔号“4·15”"),
        ("error", "missing-part", "不足和原因", "right", "只有四节举措"),
        ("error", "missing-part", "第一责任人", "right", "没有任何人的履职、述法"),
        ("error", "missing-part", "主要安排", "right", "没有下一年度安排"),
    ],
    "web_w106.txt": [
        ("error", "required-item", "习近平法治思想", "right", "只在安排中“深入践行”，举措中没有学习"),
        ("warning", "required-item", "出庭应诉", "right", "县级政府报告没有负责人出庭应诉"),
        ("warning", "halfwidth-punctuation", "(", "right", "“三级(区、乡镇、村居)”"),
        ("warning", "no-causes", "一句话", "right", "不足一句话，没有原因"),
        ("warning", "collocation", "加强重点领域执法力度", "right", "标题“（二）加强重点领域执法力度”：力度要加大"),
        ("warning", "folded-part", "下一年度", "right", "只在安排中提了一句要做的，没写主要负责人做了什么"),
        ("warning", "wording", "党的主要负责人", "right", "规定名称写错"),
    ],
    "web_w111.txt": [
        ("warning", "required-item", "重大行政决策", "right", "没有决策程序、法律顾问"),
        ("warning", "required-item", "政务公开", "debatable", "只有规范性文件“主动向社会公开”"),
        ("warning", "wording", "法治思想学习问答", "right", "书名《习近平法治思想学习问答》漏了“习近平”"),
        (
            "warning",
            "wording",
            "2023-2035",
            "right",
            "《……文物保护总体规划（2023-2035）》：年份后漏了“年”（kinds_I §F4）",
        ),
        ("error", "missing-part", "不足和原因", "right", "只有工作情况和计划"),
        ("error", "missing-part", "第一责任人", "right", "只有工作情况和计划"),
    ],
    "web_w113.txt": [
        (
            "warning",
            "relative-year",
            "今年以来",
            "right",
            "2022年度的报告，2023年3月30日写成：“今年以来，我局认真履行了法定职责”说的是2022年",
        ),
        ("warning", "wording", "习近平新时代法治思想", "right", "思想名称写错"),
        ("warning", "folded-part", "第一责任人", "right", "第一责任人在二（一）中"),
        ("info", "wording", "新理念新思想新战略", "right", "2022年的报告用2020年以前的提法（读者看法不一：提示）"),
        ("warning", "wording", "实骏区", "right", "本单位名称“实验区”写成“实骏区”"),
        ("warning", "day-dot", "4.15", "right", "“4.15国家安全教育日”：月日之间用间隔号“4·15”"),
        ("warning", "outdated-citation", "合同法", "right", "2022年的报告仍宣传已废止的《合同法》（民法典施行时废止）"),
        ("warning", "halfwidth-punctuation", ",", "right", "半角逗号"),
        ("warning", "no-causes", "原因", "right", "两条问题，没有原因"),
        (
            "info",
            "range-dash",  # the title's own check leaves a hyphen for the dash to range-dash (GB/T 15834)
            "2021-2025年",
            "right",
            "《法治政府建设实施纲要（2021—2025年）》引作“2021-2025年”：标题的年份区间是一字线（GB/T 15834 时间起止）；"
            "只关排版，是提示（一份盲测中审阅者读作可争议的警告）",
        ),
    ],
}


def _reports() -> list[Path]:
    if not SEEDS.is_dir() or not WEB.is_dir():
        pytest.skip("shared/corpus not present beside the project")
    return [SEEDS / n for n in sorted(READ) if (SEEDS / n).is_file()] + [
        WEB / n for n in sorted(READ) if (WEB / n).is_file()
    ]


def _read(rule: str, severity: str, words: str, name: str) -> tuple[str, str, str, str, str] | None:
    return next(
        (r for r in READ[name] if r[0] == severity and r[1] == rule and words.find(r[2]) >= 0),
        None,
    )


def test_every_error_and_warning_is_one_a_careful_reader_agrees_with() -> None:
    paths = _reports()
    assert len(paths) == len(READ)
    reports = list(lint_paths([str(p) for p in paths]))
    unread: list[str] = []
    verdicts: list[str] = []
    for r in reports:
        assert r.result is not None, r.path
        name = Path(r.path).name
        for f in r.result.findings:
            if f.severity == "info":
                continue
            got = _read(f.rule, f.severity, f"{f.quote} {f.message}", name)
            if got is None:
                unread.append(f"{name}: {f.severity} {f.rule} {f.quote!r} {f.message[:60]}")
            else:
                verdicts.append(got[3])
                assert got[3] != "wrong", (name, f)
                if f.severity == "error":
                    assert got[3] == "right", ("a false error", name, f)
    assert not unread, "findings no one has read yet:\n" + "\n".join(unread)
    assert verdicts.count("right") >= 0.9 * len(verdicts)


def test_what_was_read_is_still_found() -> None:
    """Each finding read as right is still given (a fix elsewhere must not lose it)."""
    reports = list(lint_paths([str(p) for p in _reports()]))
    for r in reports:
        assert r.result is not None
        name = Path(r.path).name
        found = [(f.severity, f.rule, f"{f.quote} {f.message}") for f in r.result.findings]
        for severity, rule, words, verdict, note in READ[name]:
            if verdict == "right":
                assert any(s == severity and ru == rule and w.find(words) >= 0 for s, ru, w in found), (name, note)


def test_findings_on_a_web_copy_point_at_words_not_at_its_start() -> None:
    """A web copy is one long line: each finding names its column and quotes the words there."""
    reports = list(lint_paths([str(p) for p in _reports() if p.parent == WEB]))
    for r in reports:
        assert r.result is not None and r.doc is not None
        for f in r.result.findings:
            if f.line is None:
                continue
            assert f.quote, (r.path, f)
            shown = r.doc.line_text(f.line)  # the line as the checks read it (spaces a PDF or a page put in, taken out)
            written = r.doc.source[f.line - 1] if f.line <= len(r.doc.source) else ""  # the file's own line
            assert f.quote in written or f.quote in shown or f.quote in " ".join(shown.split()), (f.rule, f.quote)
            if f.rule != "missing-closing":
                assert (f.line, f.col) != (1, 0), (r.path, f.rule, f.message)
