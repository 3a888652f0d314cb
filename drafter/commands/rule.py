"""``drafter rule [ID]``: list the rules, or explain one with its examples."""

from __future__ import annotations

import argparse
import sys


def add(p: argparse.ArgumentParser, name: str) -> None:
    p.add_argument("rule_id", nargs="?", metavar="ID", help="规则编号，如 missing-part")


def run(args: argparse.Namespace) -> int:
    from ..checks.results import SEVERITY_NAMES
    from ..ruledocs import docs

    registry = docs()
    if args.rule_id is None:
        for rid, d in registry.items():
            print(f"{rid:<22} {SEVERITY_NAMES.get(d.severity, d.severity)}  {d.title}")
        print("\n用 drafter rule ID 查看某条规则的说明和例子。")
        return 0
    found = registry.get(args.rule_id)
    if found is None:
        sys.stderr.write(f"drafter: 没有规则“{args.rule_id}”；可选：{'、'.join(registry)}\n")
        return 2
    d = found
    print(f"{d.id} — {d.title}（默认级别：{SEVERITY_NAMES.get(d.severity, d.severity)}）\n")
    print(d.doc)
    print("\n级别：")
    for severity, when in d.rule.severities.items():
        print(f"  {SEVERITY_NAMES.get(severity, severity)}  {when}")
    for label, examples in (("正确的例子", d.good), ("会被报告的例子", d.bad)):
        print(f"\n{label}：")
        for e in examples:
            for head, text in (("去年的报告：", e.previous), ("另一单位的报告：", e.other), ("", e.text)):
                if text is None:
                    continue
                if head:
                    print(f"  {head}")
                for line in text.strip().splitlines():
                    print(f"    {line}")
                if head:
                    print("  本报告：")
            print()
    return 0
