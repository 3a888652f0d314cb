"""Draft texts and expectations shared by several test modules (a test module never imports another)."""

from __future__ import annotations

from pathlib import Path

from drafter.checks.marks import Mark, set_mark
from drafter.checks.promises import Commitment, format_commitments

ROOT = Path(__file__).resolve().parent.parent.parent
GOOD = ROOT / "examples" / "drafts" / "township_2025.md"

# The CONTRACTS table on the five seed reports: unit type, year, then the four parts' status.
SEED_EXPECTED = {
    "000": ("department", 2023, "present", "present", "present", "present"),
    "001": ("department", 2023, "present", "present", "present", "present"),
    "002": ("township", 2023, "present", "present", "present", "present"),
    "003": ("county_gov", 2022, "present", "present", "folded", "present"),
    "004": ("county_gov", 2023, "present", "present", "folded", "present"),
}

# Last year's generic promises (tests of issue 28's marks).
GENERIC = ["完善制度建设", "规范行政行为", "提高依法行政水平"]


def good_with(*paras: str) -> str:
    """The clean example draft with ``paras`` added after the first measure's paragraph."""
    text = GOOD.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, t in enumerate(lines) if t.startswith("### ")) + 1
    while lines[at].strip() == "" or lines[at + 1].strip() != "":
        at += 1
    return "\n".join([*lines[: at + 1], "", *"\n\n".join(paras).split("\n"), *lines[at + 1 :]])


def promise_draft(body: str, *, marks: dict[str, Mark] | None = None, previous: bool = False) -> str:
    """A township draft whose head lists the GENERIC promises, ``body`` under its first part."""
    block = format_commitments([Commitment(t) for t in GENERIC])
    head = (
        '+++\nunit = "青山县柳河镇人民政府"\ntype = "township"\nyear = 2025\naddressee = "青山县人民政府"\n'
        'signature = "青山县柳河镇人民政府"\ndate = "2026年1月20日"\n'
        + ('previous = "2024.txt"\n' if previous else "")
        + "+++\n\n"
        + block
        + "\n\n# 青山县柳河镇人民政府关于2025年度法治政府建设情况的报告\n\n"
        "## 一、2025年度推进法治政府建设的主要举措和成效\n\n"
    )
    text = head + body + "\n"
    for promise, mark in (marks or {}).items():
        text = set_mark(text, promise, mark)
    return text
