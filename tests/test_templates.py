"""Template copies at folder scale: many units writing from one 底稿 are one cluster, stock phrases are not.

Reports are made at run time from the seeds (read in place): a template is one seed; each copy names its
own unit, changes the figures and replaces some long lines with another seed's lines; unrelated reports
are seed clauses recombined, so stock phrases recur in all of them while whole paragraphs do not.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

from drafter.checks.originality import PAIRWISE_DOCS, compare_folder, fingerprint
from drafter.checks.templates import PAIRS_PER_CLUSTER
from drafter.readers.txt import read_text

from .conftest import run_cli, seed, seed_paths

PLACES = ["".join(p) + "镇" for p in itertools.permutations("东西南北中山水林田河湖岭", 2)]
STOCK = (
    "我们始终坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面贯彻落实党的二十大精神，认真落实上级关于法治政府建设的各项决策部署。"
)


def _copies(template: str, n: int, first: int = 0) -> list[str]:
    """``n`` copies of seed ``template``: own unit, figures changed, every 5th long line another seed's."""
    text = seed(template).read_text(encoding="utf-8")
    unit = text.strip().splitlines()[0].strip() if template == "001" else None
    donors = [
        x
        for p in seed_paths()
        if not p.name.startswith(template)
        for x in p.read_text(encoding="utf-8").splitlines()
        if len(x) > 60
    ]
    out = []
    for i in range(first, first + n):
        own = PLACES[i] + "人民政府"
        body = text.replace(unit, own) if unit else f"{own}\n\n{text}"
        lines, k = [], 0
        for line in body.splitlines():
            if len(line) > 60:
                k += 1
                if k % 5 == i % 5:
                    line = donors[(i * 7 + k) % len(donors)]
            lines.append(re.sub(r"\d+", lambda m, i=i: str(int(m.group(0)) + i + 1), line))
        out.append("\n".join(lines))
    return out


def _unrelated(n: int, seed_: int = 3) -> list[str]:
    """``n`` reports of recombined seed clauses, each with the same stock paragraph in part one."""
    text = "".join(p.read_text(encoding="utf-8") for p in seed_paths())
    clauses = sorted(
        {c for c in re.split(r"[，。；：、\n]", text) if 6 <= len(c) <= 30 and "报告" not in c}
    )  # no titles
    rnd = random.Random(seed_)
    out = []
    for i in range(n):
        paras = ["，".join(rnd.sample(clauses, 8)) + "。" for _ in range(12)]
        heads = [
            "一、主要举措和成效",
            STOCK,
            *paras[:5],
            "二、存在的不足和原因",
            *paras[5:8],
            "三、党政主要负责人履行推进法治建设第一责任人职责的情况",
            *paras[8:10],
            "四、下一年度工作安排",
            *paras[10:],
        ]
        out.append(f"{PLACES[-1 - i]}人民政府关于2024年度法治政府建设情况的报告\n\n" + "\n\n".join(heads))
    return out


def _compare(texts: list[str]):  # type: ignore[no-untyped-def]
    docs = [read_text(t) for t in texts]
    return compare_folder([fingerprint(d) for d in docs], [f"r{i:03d}.txt" for i in range(len(docs))])


def test_more_copies_than_the_pairwise_limit_are_one_cluster_and_flagged() -> None:
    """45 copies (over ``PAIRWISE_DOCS``, where they used to pass for stock phrases) and 25 unrelated reports
    (their shared stock paragraph in more than ``MAX_REPS`` clusters: not flagged)."""
    n = PAIRWISE_DOCS + 5
    found = _compare(_copies("001", n) + _unrelated(25))
    assert len(found.clusters) == 1
    [c] = found.clusters
    assert set(c.paths) == {f"r{i:03d}.txt" for i in range(n)}
    assert 0.6 <= c.share < 0.95  # a fifth of the long lines replaced
    assert all(u and u.endswith("镇人民政府") for u in c.units)
    flagged = [i for i, fs in enumerate(found.findings) if fs]
    assert flagged == list(range(n))  # every copy, and no unrelated report
    assert any("另有" in f.message for f in found.findings[0])
    inside = [p for p in found.pairs if p.path_a in c.paths and p.path_b in c.paths]
    assert 1 <= len(inside) <= PAIRS_PER_CLUSTER
    assert [p.share for p in found.pairs] == sorted((p.share for p in found.pairs), reverse=True)


def test_a_stock_paragraph_in_every_report_is_no_cluster() -> None:
    """60 unrelated reports all holding one stock paragraph: not alike otherwise, so nothing."""
    found = _compare(_unrelated(PAIRWISE_DOCS + 20))
    assert found.clusters == [] and found.pairs == []
    assert not any(found.findings)


def test_two_templates_two_clusters_beside_stock_text() -> None:
    texts = _copies("001", 50) + _copies("000", 45, first=60) + _unrelated(45)
    found = _compare(texts)
    assert sorted(len(c.paths) for c in found.clusters) == [45, 50]
    big, small = found.clusters  # largest first
    assert set(big.paths) == {f"r{i:03d}.txt" for i in range(50)}
    assert set(small.paths) == {f"r{i:03d}.txt" for i in range(50, 95)}
    assert not any(found.findings[95:])
    # the copies of 001 took lines of 000: pairs between the clusters too, capped like those inside one
    assert len(found.pairs) <= 3 * PAIRS_PER_CLUSTER
    inside = [p for p in found.pairs if {p.path_a, p.path_b} <= set(big.paths)]
    assert len(inside) == PAIRS_PER_CLUSTER


def test_thirty_copies_are_a_cluster_not_435_rows() -> None:
    """Under the pairwise limit the exact pairs find the copies; the cluster caps the pairs listed."""
    found = _compare(_copies("002", 30) + _unrelated(5))
    assert [len(c.paths) for c in found.clusters] == [30]
    assert len(found.pairs) == PAIRS_PER_CLUSTER
    assert all(fs for fs in found.findings[:30])
    # the five others share only the stock paragraph (line 5): five clusters are not many, so it is a copy
    assert {f.line for fs in found.findings[30:] for f in fs} == {5}


def test_cli_summary_and_json_name_the_cluster(tmp_path: Path) -> None:
    n = PAIRWISE_DOCS + 5
    for i, t in enumerate(_copies("001", n) + _unrelated(5)):
        (tmp_path / f"r{i:03d}.txt").write_text(t, encoding="utf-8")
    proc = run_cli("lint", str(tmp_path), "--summary")
    assert proc.returncode in (0, 1), proc.stderr
    line = next(x for x in proc.stdout.splitlines() if "来源于同一底稿：" in x)
    assert re.search(rf"这 {n} 个单位的报告有[六七八九]成相同，来源于同一底稿：东西镇人民政府、", line), line
    assert f"等 {n} 个" in line
    assert "只列最相似的" in proc.stdout
    proc = run_cli("lint", str(tmp_path), "--format", "json")
    data = json.loads(proc.stdout)
    [c] = data["clusters"]
    assert len(c["paths"]) == len(c["units"]) == n and 0.6 <= c["share"] < 0.95
    assert {Path(p).name for p in c["paths"]} == {f"r{i:03d}.txt" for i in range(n)}
    assert len(data["similar"]) <= PAIRS_PER_CLUSTER


def test_xlsx_lists_the_cluster_on_its_own_sheet(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    n = 12
    for i, t in enumerate(_copies("001", n) + _unrelated(3)):
        (tmp_path / f"r{i:03d}.txt").write_text(t, encoding="utf-8")
    out = tmp_path / "汇总.xlsx"
    proc = run_cli("lint", str(tmp_path), "--format", "xlsx", "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["概览", "问题清单", "相似报告", "同一底稿"]
    rows = list(wb["同一底稿"].iter_rows(min_row=3, values_only=True))
    body, total = rows[:-1], rows[-1]
    assert {r[0] for r in body} == {"第1组"} and len(body) == n
    assert {Path(r[2]).name for r in body} == {f"r{i:03d}.txt" for i in range(n)}
    assert all(r[1].endswith("人民政府") and r[3] == n and 0.6 <= r[4] < 0.95 for r in body)
    assert total[0] == f"合计：1 组，{n} 份报告"
