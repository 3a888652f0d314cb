"""The planting harness for checklist items: passing mentions of an item (not covering it) and real measures (covering it), planted into the seed reports; the errors' harness is ``planting.py``."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from .planting import Plant, Seed, Tally, _n, paragraph_lines, planted, run

PASSING = [
    "积极争取上级对{t}等工作的业务指导。",
    "下一步，将继续加强{t}工作。",
    "{t}工作有待进一步加强。",
    "{t}方面仍存在短板，基层力量较为薄弱。",
    "力争在{t}方面取得新突破。",
    "要进一步重视{t}工作。",
    "我们将持续深化{t}，不断提升工作水平。",
    "{t}工作还需进一步规范。",
    "今后，要把{t}摆在更加突出的位置。",
    "希望上级部门加大对{t}的支持力度。",
    "计划于明年开展{t}专项工作。",
    "{t}等工作尚未形成长效机制。",
    "在{t}方面还存在一些差距。",
    "进一步加强{t}。",
]
REAL = [
    "全年开展{t}专项行动{n}次，覆盖{m}人次。",
    "组织{t}专题培训{n}期、培训{m}人次。",
    "制定印发《{t}工作方案》，明确任务{n}项。",
    "围绕{t}，召开专题会议{n}次，研究解决问题{m}个。",
    "建立{t}工作机制，办理相关事项{m}件。",
    "{t}工作扎实开展，全年办理{m}件。",
    "推进{t}，完成{n}项重点任务。",
    "聚焦{t}，选派{n}名干部驻点指导。",
    "深入开展{t}，累计受理{m}件、办结{m}件。",
    "按照{t}要求，出台配套制度{n}项。",
    "聘请专业力量参与{t}，出具意见{m}条。",
    "落实{t}，对{n}个单位开展督查。",
    "县政府常务会议专题研究{t}，部署重点工作{n}项。",
    "{t}取得明显成效，群众满意度达到96%。",
]


def literal_cues(item: object) -> list[str]:
    """The item's cues that are plain words (no regular-expression syntax)."""
    cues: tuple[str, ...] = getattr(item, "cues", ())
    return [c for c in cues if len(c) >= 2 and not any(ch in c for ch in ".*+?()[]{}|^$\\")]


def _open_items(seed: Seed) -> list[object]:
    """Measures and duties items the seed does not cover, whose part it has: what a planting can tick."""
    out = []
    for it in seed.result.items.values():
        if it.status == "missing" and it.item.part in ("measures", "duties") and literal_cues(it.item):
            out.append(it.item)
    return out


def passing_mentions(rng: random.Random, seed: Seed) -> Iterator[Plant]:
    """A topic named only in a wish, a plan, a weakness, a list of topics, the opening or the plan part."""
    items = _open_items(seed)
    while items:
        item = rng.choice(items)
        t = rng.choice(literal_cues(item))
        where = rng.choice(
            ["measures", "measures", "measures", "opening" if opening_line(seed) else "measures", "plan"]
        )
        if where == "opening":
            text = f"全年，我们扎实推进{t}、法治宣传、依法行政等各项工作，取得了新成效。"
        elif where == "plan":
            text = rng.choice(REAL).format(t=t, n=_n(rng, 2, 9), m=_n(rng, 10, 300))
        else:
            text = rng.choice(PASSING).format(t=t)
        yield Plant(text, where, item.id)  # type: ignore[attr-defined]


def real_measures(rng: random.Random, seed: Seed) -> Iterator[Plant]:
    """A sentence that reports what was done on the topic: it should tick the item."""
    items = _open_items(seed)
    while items:
        item = rng.choice(items)
        t = rng.choice(literal_cues(item))
        text = rng.choice(REAL).format(t=t, n=_n(rng, 2, 9), m=_n(rng, 10, 300))
        yield Plant(text, item.part, item.id)  # type: ignore[attr-defined]


def opening_line(seed: Seed) -> list[tuple[int, str]]:
    """The opening paragraph (before the first heading), if the report has one."""
    for b in seed.doc.blocks:
        if b.role == "body" and b.kind == "heading":
            return []
        if b.role == "body" and b.kind == "paragraph":
            return [(b.line, b.text[:6])]
    return []


def tally_items(
    seeds: list[Seed], plants: Callable[[random.Random, Seed], Iterator[Plant]], *, per_seed: int = 30, covered: bool
) -> Tally:
    """Plant into each seed; a hit is the planted item's status being covered (``covered``) or
    staying uncovered (``not covered``), with its evidence on the planted line when covered."""
    out = Tally(wrong=[])
    for k, s in enumerate(seeds):
        rng = random.Random(4200 + k)
        if not _open_items(s):
            continue
        gen = plants(rng, s)
        for _ in range(per_seed):
            plant = next(gen)
            lines = opening_line(s) if plant.part == "opening" else paragraph_lines(s, plant.part)
            if not lines:
                continue
            at = rng.choice(lines)
            res = run(s, planted(s.text, plant, at))
            it = res.items[plant.kind]
            ok = (it.status == "covered" and it.line == at[0]) if covered else it.status != "covered"
            out.total += 1
            out.hits += ok
            if not ok and out.wrong is not None:
                out.wrong.append(
                    f"{s.path.name[:3]} {plant.kind}/{plant.part}: {plant.text} -> {it.status} {it.line} "
                    f"{(it.evidence or '')[:40]}"
                )
    return out
