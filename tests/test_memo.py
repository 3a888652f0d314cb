"""The app's incremental re-check (checks/memo.py): a session's memo must be invisible in results.

Random edit sequences — a paragraph inserted, deleted or changed, the front matter's year, unit
type or date changed, last year's report swapped — are checked twice at every step: with the
session's memo (what the app does while the writer types) and cold (a fresh ``check``). The two
must agree exactly: findings with their lines and columns, items with their evidence, promises,
dismissals and parts.
"""

from __future__ import annotations

import dataclasses
import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafter.app import drafts
from drafter.checks import Memo, Result
from drafter.checks.memo import LRU, edge_sensitive, search_each
from drafter.draft import split_front_matter, validate
from drafter.model import Document
from drafter.readers import read_path
from drafter.readers.markdown import read_text

from .conftest import seed_paths

SEQUENCES = int(os.environ.get("DRAFTER_MEMO_EXAMPLES", "60"))  # edit sequences the equivalence test runs
STEPS = 10  # at most this many edits in each, each checked twice


def _pool() -> list[str]:
    """The seed reports' lines (paragraphs and numbered headings alike), read in place."""
    return [x.strip() for p in seed_paths() for x in p.read_text(encoding="utf-8").splitlines() if len(x.strip()) > 8]


# What a writer's edit leaves in a paragraph: errors the rules look for, so cached findings are exercised.
PLANTS = (
    lambda p, y: f"{y - 1}年，" + p,  # last year's opening (stale-year)
    lambda p, y: p + "全年受理行政复议申请40件，办结45件，办结率90%。",  # counts that cannot hold (figures)
    lambda p, y: p + "【请填写】",  # a placeholder
    lambda p, y: f"按照《{y - 1}年法治政府建设工作要点》，" + p,  # last year's plan as this year's basis
    lambda p, y: p[: len(p) // 2],  # half of it deleted
    lambda p, y: p + f"开展XX次培训，{y - 2}复议案件纠错率5%。",  # a placeholder, a year without 年
    lambda p, y: "<!-- drafter: 忽略 placeholder 测试用的占位 -->\n" + p,  # a dismissal before the paragraph
)


@dataclasses.dataclass
class Draft:
    """A draft as the writer holds it: settings, and the paragraphs of each of the four parts."""

    year: int = 2025
    unit_type: str = "township"
    date: str = ""
    parts: list[list[str]] = dataclasses.field(default_factory=lambda: [[], [], [], []])

    def text(self) -> str:
        head, _, body = drafts.blank("辛集乡人民政府", self.unit_type, self.year).partition("\n+++\n")
        head = head.replace('date = ""', f'date = "{self.date}"')
        sections = body.split("\n## ")
        filled = [sections[0]] + [
            s.rstrip("\n") + "\n\n" + "\n\n".join(ps) + "\n" for s, ps in zip(sections[1:], self.parts, strict=True)
        ]
        return head + "\n+++\n" + "\n## ".join(filled)


def summary(res: Result) -> dict[str, object]:
    """Everything a face shows of a result, as plain values."""
    return {
        "findings": [dataclasses.astuple(f) for f in res.findings],
        "items": {k: (r.status, r.line, r.col, r.evidence, r.kind) for k, r in res.items.items()},
        "commitments": list(res.commitments),
        "ignored": [(dataclasses.astuple(i.finding), i.reason, i.source, i.line) for i in res.ignored],
        "parts": {
            k: (p.status, p.line, p.heading, [(b.text, b.line, b.col) for b in p.blocks]) for k, p in res.parts.items()
        },
        "year": res.year,
    }


def checked_both_ways(text: str, memo: Memo, previous: Document | None) -> dict[str, object]:
    meta = validate(split_front_matter(text)[0])  # type: ignore[arg-type]
    cl = drafts.checklist_for(meta)
    warm = summary(drafts.run_check(text, cl, previous=previous, memo=memo))
    cold = summary(drafts.run_check(text, cl, previous=previous))
    assert warm == cold
    return warm


def last_year(text: str) -> Document:
    """The draft itself a year earlier with its figures changed: every paragraph a copy."""
    head, sep, body = text.partition("\n+++\n")
    head = re.sub(r"year = (\d+)", lambda m: f"year = {int(m.group(1)) - 1}", head)
    return read_text(head + sep + re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), body))


EDIT = st.tuples(
    st.sampled_from(("insert", "insert", "delete", "change", "change", "plant", "year", "type", "date", "previous")),
    st.integers(0, 3),  # part
    st.integers(0, 10_000),  # position within the part / choice
    st.integers(0, 10_000),  # pool paragraph / plant / setting
)


@settings(max_examples=SEQUENCES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2 * len(PLANTS))), min_size=4, max_size=16),
    edits=st.lists(EDIT, min_size=1, max_size=STEPS),
)
# a measures paragraph deleted: the duties items it covered are gaps now, and thin-part's kept message named the old ones
@example(start=[(0, 0)] * 12 + [(6380, 1), (769, 2)], edits=[("delete", 0, 3, 0)])
def test_cached_recheck_equals_cold_check(start: list[tuple[int, int]], edits: list[tuple[str, int, int, int]]) -> None:
    pool = _POOL
    d = Draft()
    for i, (k, plant) in enumerate(start):  # about half of the paragraphs planted with an error
        p = pool[k % len(pool)]
        d.parts[i % 4].append(PLANTS[plant](p, d.year) if plant < len(PLANTS) else p)
    memo = Memo()
    previous: Document | None = None
    checked_both_ways(d.text(), memo, previous)
    for op, part, at, k in edits:
        ps = d.parts[part]
        if op == "insert":
            ps.insert(at % (len(ps) + 1), pool[k % len(pool)])
        elif op == "delete" and ps:
            del ps[at % len(ps)]
        elif op == "change" and ps:
            i = at % len(ps)
            ps[i] = ps[i] + pool[k % len(pool)][: 1 + k % 7]
        elif op == "plant" and ps:
            i = at % len(ps)
            ps[i] = PLANTS[k % len(PLANTS)](ps[i], d.year)
        elif op == "year":
            d.year = (2021, 2024, 2025, 2026)[k % 4]
        elif op == "type":
            d.unit_type = ("township", "county_gov", "department")[k % 3]
        elif op == "date":
            d.date = ("", f"{d.year}年12月20日", "2019年3月1日", f"{d.year + 1}年1月10日")[k % 4]
        elif op == "previous":
            previous = (None, _SEED_DOC, last_year(d.text()))[k % 3]
        checked_both_ways(d.text(), memo, previous)


_POOL: list[str] = []
_SEED_DOC: Document | None = None


def setup_module() -> None:
    global _SEED_DOC
    _POOL[:] = _pool()
    _SEED_DOC = read_path(seed_paths()[0])


def test_moved_paragraph_keeps_its_findings_on_its_new_line() -> None:
    """A cached paragraph's findings are kept relative to it: two paragraphs inserted above it move
    its findings two paragraphs (four lines) down, as a cold check places them."""
    d = Draft()
    d.parts[0] = ["召开专题会议3次。", "开展执法培训XX次，全年受理行政复议申请40件，办结45件。"]
    memo = Memo()
    before = checked_both_ways(d.text(), memo, None)
    d.parts[0][:0] = ["新增一段：组织学法2次。", "再增一段：办结信访事项12件。"]
    after = checked_both_ways(d.text(), memo, None)

    def lines(s: dict[str, object], rule: str, text: str) -> list[int]:
        at = 1 + text.split("\n").index(next(t for t in text.split("\n") if t.startswith("开展执法培训")))
        return [f[3] for f in s["findings"] if f[0] == rule and f[3] == at]  # type: ignore[attr-defined, index]

    old = d.text().replace("新增一段：组织学法2次。\n\n再增一段：办结信访事项12件。\n\n", "")
    for rule in ("placeholder", "figures"):
        assert lines(before, rule, old), rule
        assert lines(after, rule, d.text()) == [n + 4 for n in lines(before, rule, old)], rule
    assert len(memo.map("paragraphs")) >= 1  # the paragraph's findings came from the memo


def test_search_each_is_each_text_alone() -> None:
    """Joined search, split back: a match never runs from one paragraph into the next, and anchored
    or edge-reading patterns are searched paragraph by paragraph."""
    texts = ["受理案件40件，行政", "复议办结", "^行政复议", ""]
    for source in (r"行政[^。]{0,4}复议", r"^行政", r"复议$", r"(?<=\s)复议", r"案件\d+件", r""):
        rx = re.compile(source)
        got = search_each((rx,), texts)
        alone = [tuple((m.start(), m.end(), m.group(0)) for m in rx.finditer(t)) for t in texts]
        assert [g.get(rx, ()) for g in got] == alone, source
    assert edge_sensitive(re.compile(r"^一、")) and edge_sensitive(re.compile(r"(?<=[^。])年"))
    assert not edge_sensitive(re.compile(r"法制(?=政府|建设)"))


def test_lru_is_bounded() -> None:
    lru: LRU[int, int] = LRU(3)
    for i in range(100):
        lru.put(i, i)
        assert lru.get(0) == 0  # used at every step: kept
        assert len(lru) <= 6  # two generations of three
    assert lru.get(1) is None and lru.get(99) == 99  # not used since it was put: forgotten


def test_a_recheck_weighs_again_only_the_edited_paragraphs_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which hit quotes an item (items.cover_items) weighs every hit's sentence of every item — how far it is from
    the point, whether it names the item in passing or in a list of topics, which items a sentence lists as topics
    (topiclists.topic_lists) — at each re-check; those verdicts are kept by the sentence: after one paragraph is edited,
    only its sentences are weighed again."""
    from drafter.checks import items, topiclists

    asked: list[str] = []
    passing, aside, in_passing, listed = items.passing, items.aside, items.only_in_passing, topiclists._listed
    monkeypatch.setattr(topiclists, "_listed", lambda b, s, e, *a: asked.append(b.text[s:e]) or listed(b, s, e, *a))
    monkeypatch.setattr(items, "passing", lambda item, s, *a: asked.append(s) or passing(item, s, *a))
    monkeypatch.setattr(items, "only_in_passing", lambda item, s, *a: asked.append(s) or in_passing(item, s, *a))
    monkeypatch.setattr(items, "aside", lambda item, h, *a: asked.append(h.block.text) or aside(item, h, *a))
    d = Draft()
    d.parts[0] = [p for p in _POOL if "件" in p or "次" in p][:12]
    memo = Memo()
    checked_both_ways(d.text(), memo, None)
    asked.clear()
    edited = d.parts[0][3] = d.parts[0][3] + "另外，组织执法人员培训2次。"
    warm = summary(
        drafts.run_check(d.text(), drafts.checklist_for(validate(split_front_matter(d.text())[0])), memo=memo)
    )  # type: ignore[arg-type]
    assert asked, "the edited paragraph's hits are weighed"
    assert all(s in edited for s in asked), [s for s in asked if s not in edited][:3]
    asked.clear()
    assert summary(drafts.run_check(d.text(), drafts.checklist_for(validate(split_front_matter(d.text())[0])))) == warm  # type: ignore[arg-type]
    assert len(asked) > 20  # a cold check weighs them all


def test_a_recheck_reads_again_only_the_edited_paragraph_for_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    """An item not found is looked for as a topic named (mention.with_mentions) in every sentence of the body: the
    sentences of a paragraph, and each one's verdict for an item, are kept by its words between re-checks; after one
    paragraph is edited, only it is split and weighed again."""
    from drafter.checks import mention

    split: list[str] = []
    weighed: list[str] = []
    sentences, named = mention._sentences, mention._named
    monkeypatch.setattr(mention, "_sentences", lambda judge, words: split.append(words) or sentences(judge, words))
    monkeypatch.setattr(mention, "_named", lambda p, j, i, text, *a: weighed.append(text) or named(p, j, i, text, *a))
    d = Draft()
    d.parts[0] = [p for p in _POOL if "件" in p or "次" in p][:12]
    d.parts[2] = ["组织召开专题会议研究法治建设工作。"]
    cl = drafts.checklist_for(validate(split_front_matter(d.text())[0]))  # type: ignore[arg-type]
    memo = Memo()
    drafts.run_check(d.text(), cl, memo=memo)
    assert len(split) > 10 and weighed  # the first check reads every paragraph (some items are not found)
    split.clear()
    weighed.clear()
    d.parts[0][5] += "另外，开展法治宣传活动3场。"
    warm = summary(drafts.run_check(d.text(), cl, memo=memo))
    assert len(split) == 1 and split[0].endswith("另外，开展法治宣传活动3场。"), split[:3]
    assert all(w in split[0] for w in weighed), weighed[:3]
    assert warm == summary(drafts.run_check(d.text(), cl))  # as a cold check finds


def _work_after_one_edit(monkeypatch: pytest.MonkeyPatch, extra: int) -> dict[str, int]:
    """How often the per-paragraph steps below run in a re-check after one paragraph is edited, in a draft whose
    measures part holds the same twelve paragraphs and ``extra`` more that report nothing: list-number's reading of
    a paragraph's 一是/二是, and near's and mention's weighing of a paragraph's sentences for an item not found."""
    from drafter.checks import mention, near, numbering

    counts = {"list-number": 0, "mention": 0, "near": 0}
    listed, best, near_in = numbering._Listed, mention._best_sentence, near.near_in

    class Counted(listed):  # type: ignore[misc, valid-type]
        def __init__(self, text: str) -> None:
            counts["list-number"] += 1
            super().__init__(text)

    def counted_best(*a: object) -> object:
        counts["mention"] += 1
        return best(*a)  # type: ignore[arg-type]

    def counted_near(*a: object) -> object:
        counts["near"] += 1
        return near_in(*a)  # type: ignore[arg-type]

    monkeypatch.setattr(numbering, "_Listed", Counted)
    monkeypatch.setattr(mention, "_best_sentence", counted_best)
    monkeypatch.setattr(near, "near_in", counted_near)
    d = Draft()
    d.parts[0] = [p for p in _POOL if "件" in p or "次" in p][:12] + [
        f"本段是第{i + 1}段补充说明。" for i in range(extra)
    ]
    d.parts[2] = ["组织召开专题会议研究法治建设工作。"]  # the duties items not found: mention weighs them
    cl = drafts.checklist_for(validate(split_front_matter(d.text())[0]))  # type: ignore[arg-type]
    memo = Memo()
    drafts.run_check(d.text(), cl, memo=memo)
    assert all(n >= 12 + extra for n in counts.values()), counts  # a first check reads them all
    counts.update({k: 0 for k in counts})
    d.parts[0][5] += "另外，组织执法人员培训2次。"
    warm = summary(drafts.run_check(d.text(), cl, memo=memo))
    done = dict(counts)
    assert warm == summary(drafts.run_check(d.text(), cl))  # as a cold check finds
    return done


def test_work_after_one_edit_does_not_grow_with_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-check after one paragraph is edited reads that paragraph again, not the others: the counts of
    paragraph-level steps are the same for a draft of 12 paragraphs and of 36 (and not zero: the edited one is read)."""
    small = _work_after_one_edit(monkeypatch, 0)
    large = _work_after_one_edit(monkeypatch, 24)
    assert small == large, (small, large)
    assert all(v >= 1 for v in small.values()), small


def _paragraph_rules() -> dict[object, object]:
    """Each paragraph check (``Rule.check_paragraphs``) with its rule."""
    from drafter.checks.registry import rules

    return {c.each: r for r in rules().values() for c in r.checks if c.each is not None}


def test_paragraph_checks_judged_together_find_what_each_finds_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine judges every rule's paragraph checks in one walk (``keep.each_paragraph``): the findings are those
    of each rule judging its paragraphs alone (``Context.paragraphs``, what the check's ``fn`` does), on drafts
    with errors planted, cold and after edits."""
    from drafter.checks import keep

    owner = _paragraph_rules()
    assert len(owner) >= 25
    from drafter.ruledocs import docs

    bad = [  # the rules' own bad examples that are one paragraph: each rule finds something
        e.text.strip()
        for r in owner.values()
        for e in docs()[r.id].bad
        if "\n" not in e.text.strip() and not e.text.strip().startswith("+++")
    ]
    d = Draft()
    for i, p in enumerate(_POOL[::7][:24] + bad):
        d.parts[i % 4].append(PLANTS[i % len(PLANTS)](p, d.year) if i % 3 == 1 else p)
    texts = [d.text()]
    d.parts[1][2] += "全年开展培训XX次，1.5日完成。"
    d.parts[3].insert(0, "2024年，我们持续推进依法行政。")
    texts.append(d.text())
    together, memo = [], Memo()
    for text in texts:
        cl = drafts.checklist_for(validate(split_front_matter(text)[0]))  # type: ignore[arg-type]
        together.append(summary(drafts.run_check(text, cl, memo=memo)))
    monkeypatch.setattr(keep, "each_paragraph", lambda ctx, each: ctx.paragraphs(owner[each], each.keyed(ctx), each.fn))
    for text, want in zip(texts, together, strict=True):
        cl = drafts.checklist_for(validate(split_front_matter(text)[0]))  # type: ignore[arg-type]
        alone = summary(drafts.run_check(text, cl))
        assert alone == want
    rules_found = {f[0] for f in together[1]["findings"]}  # type: ignore[attr-defined]
    assert len(rules_found & {r.id for r in owner.values()}) >= 20, rules_found  # the paragraph checks found something


def _judged_after_one_edit(monkeypatch: pytest.MonkeyPatch, extra: int) -> list[str]:
    """The paragraphs the paragraph checks judge in a re-check after one paragraph is edited, in a draft of twelve
    paragraphs and ``extra`` more."""
    from drafter.checks import keep

    judged: list[str] = []
    judge = keep._judged
    monkeypatch.setattr(keep, "_judged", lambda text, *a: judged.append(text) or judge(text, *a))
    d = Draft()
    d.parts[0] = [p for p in _POOL if "件" in p or "次" in p][:12] + [
        f"本段是第{i + 1}段补充说明。" for i in range(extra)
    ]
    cl = drafts.checklist_for(validate(split_front_matter(d.text())[0]))  # type: ignore[arg-type]
    memo = Memo()
    drafts.run_check(d.text(), cl, memo=memo)
    assert len(judged) >= 12 + extra  # a first check judges every paragraph
    judged.clear()
    d.parts[0][5] += "另外，组织执法人员培训2次。"
    warm = summary(drafts.run_check(d.text(), cl, memo=memo))
    done = list(judged)
    assert warm == summary(drafts.run_check(d.text(), cl))  # as a cold check finds
    return done


def test_a_recheck_judges_only_the_edited_paragraph_for_every_paragraph_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """After one paragraph is edited, the paragraph checks of all the rules judge that paragraph once, together,
    and no other: the same for a draft of 12 paragraphs and of 36."""
    small = _judged_after_one_edit(monkeypatch, 0)
    large = _judged_after_one_edit(monkeypatch, 24)
    assert len(small) == len(large) == 1 and small[0].endswith("另外，组织执法人员培训2次。"), (small, large)


def _verdicts_asked(monkeypatch: pytest.MonkeyPatch, extra: int) -> dict[str, int]:
    """How many kept verdicts of one item on one paragraph (near's and mention's) a re-check after one edit looks
    up, in a draft of twelve paragraphs and ``extra`` more: each paragraph's verdicts on all the items not found
    are kept together, so only the edited paragraph's are asked item by item."""
    from drafter.checks.memo import LRU

    memo = Memo()
    asked = {"near-best": 0, "mention-best": 0}
    get = LRU.get

    def counted(self: LRU[object, object], key: object) -> object:
        for name in asked:
            if memo._maps.get(name) is self:
                asked[name] += 1
        return get(self, key)

    d = Draft()
    d.parts[0] = [p for p in _POOL if "件" in p or "次" in p][:12] + [
        f"本段是第{i + 1}段补充说明。" for i in range(extra)
    ]
    d.parts[2] = ["组织召开专题会议研究法治建设工作。"]  # the duties items not found: near and mention weigh them
    cl = drafts.checklist_for(validate(split_front_matter(d.text())[0]))  # type: ignore[arg-type]
    drafts.run_check(d.text(), cl, memo=memo)
    monkeypatch.setattr(LRU, "get", counted)
    d.parts[0][5] += "全年共3期。"  # typing on in one paragraph: the items not found stay the same
    warm = summary(drafts.run_check(d.text(), cl, memo=memo))
    monkeypatch.setattr(LRU, "get", get)
    assert warm == summary(drafts.run_check(d.text(), cl))  # as a cold check finds
    return asked


def test_a_recheck_asks_the_items_verdicts_of_the_edited_paragraph_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _verdicts_asked(monkeypatch, 0)
    large = _verdicts_asked(monkeypatch, 24)
    assert small == large and all(small.values()), (small, large)
