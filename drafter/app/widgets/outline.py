"""The outline: the four parts and their checklist items, each with a live mark."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ...checklists import Checklist
from ...checks import Result
from ...model import PART_IDS, PART_SHORT, Block
from ...rollforward import Commitment

PART_MARK = {
    "present": ("✓", "mark-ok"),
    "empty": ("○", "mark-todo"),
    "folded": ("◐", "mark-warn"),
    "missing": ("✗", "mark-bad"),
}
NUMBERS = "一二三四五"


@dataclass(frozen=True)
class Ref:
    """What an outline node stands for."""

    kind: str  # preamble | part | item | commitment | section
    key: str = ""
    index: int = 0  # section index (kind "section"), commitment index


ITEM_MARK = {True: ("✓", "mark-ok"), False: ("○", "mark-todo"), "near": ("◐", "mark-warn")}  # ◐ 可能已写到


def _mark(ok: bool | str | None, label: str, *, part_status: str | None = None) -> Text:
    if part_status is not None:
        sym, style = PART_MARK.get(part_status, ("?", "mark-warn"))
    else:
        sym, style = ITEM_MARK.get(ok or False, ITEM_MARK[False])
    t = Text()
    t.append(sym, style=_STYLES[style])
    t.append(" " + label)
    return t


_STYLES = {"mark-ok": "green", "mark-warn": "yellow", "mark-bad": "bold red", "mark-todo": "dim"}


def fit(labels: list[str], cells: int) -> list[str]:
    """Each label cut to ``cells`` terminal cells with "…", the cut ones still told apart.

    Two long titles can share their start ("健全行政……" twice): then the cut
    keeps the start and the end ("健全…体系", "健全…机制"), which differ.
    """

    def head(t: str, room: int) -> str:
        out = ""
        for ch in t:
            if cell_len(out + ch) > room:
                break
            out += ch
        return out

    def tail(t: str, room: int) -> str:
        out = ""
        for ch in reversed(t):
            if cell_len(ch + out) > room:
                break
            out = ch + out
        return out

    cells = max(cells, 3)
    out = [t if cell_len(t) <= cells else head(t, cells - 1) + "…" for t in labels]
    for i, t in enumerate(labels):
        if out[i] == t or out.count(out[i]) == 1:
            continue
        room = cells - 1
        for k in range(room // 2, room - 1):  # keep more of the end until this one is unique
            cand = head(t, room - k) + "…" + tail(t, k)
            if cand not in out and cell_len(cand) <= cells:
                out[i] = cand
                break
    return out


class Outline(Tree[Ref]):
    """Parts → checklist items (and last year's commitments under the measures).

    Labels that do not fit the column end in "…" (still distinct from each other);
    hovering a node shows its whole title as a tooltip.
    """

    def __init__(self, **kw: object) -> None:
        super().__init__("报告", **kw)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self._parts: dict[str, TreeNode[Ref]] = {}
        self._items: dict[str, TreeNode[Ref]] = {}
        self._commitments: list[TreeNode[Ref]] = []
        self._texts: list[str] = []
        self._extra: list[int] = []
        self._current: str | None = None
        self._full: dict[int, str] = {}  # node id → its whole title
        self._marks: dict[int, bool | str] = {}  # node id → ✓, ○ or "near" ◐ (items and commitments)
        self._status: dict[int, str] = {}  # node id → part status (parts)

    def build(self, checklist: Checklist, commitments: list[Commitment], extra: list[tuple[int, str]]) -> None:
        """(Re)build the nodes: fixed by the checklist, the commitments and any extra sections."""
        self.clear()
        self._parts.clear()
        self._items.clear()
        self._commitments = []
        self._full.clear()
        self._marks.clear()
        self._status.clear()
        self._texts = [c.text for c in commitments]
        self.root.add_leaf("开头", Ref("preamble"))
        for n, pid in enumerate(PART_IDS):
            node = self.root.add(f"{NUMBERS[n]}、{PART_SHORT[pid]}", Ref("part", pid), expand=False)
            self._parts[pid] = node
            if pid == "measures" and commitments:
                group = node.add("去年承诺", Ref("part", pid), expand=True)
                for i, c in enumerate(commitments):
                    self._commitments.append(group.add_leaf(c.text, Ref("commitment", pid, i)))
            for item in checklist.items_for(pid):
                self._items[item.id] = node.add_leaf(item.title, Ref("item", item.id))
        for i, heading in extra:
            leaf = self.root.add_leaf(heading, Ref("section", "", i))
            self._full[leaf.id] = heading
        self._extra = [i for i, _ in extra]
        self._current = None

    def update(self, result: Result, done: list[bool], current: str | None) -> None:
        """Refresh every mark from a check result; open the part being edited, fold the others.

        A part that has its heading but nothing written under it yet is marked ○
        (still to write), not ✓: a new draft must not look finished.
        """
        switched = current != self._current
        self._current = current
        for pid, node in self._parts.items():
            pr = result.parts[pid]
            status = "empty" if pr.status == "present" and not _written(pr.blocks) else pr.status
            self._status[node.id] = status
            if switched and current is not None:
                if pid == current:
                    node.expand()
                elif node.is_expanded:
                    node.collapse()
        if switched and current in self._parts:
            self.call_after_refresh(self._show_current, self._parts[current])
        for iid, node in self._items.items():
            res = result.items.get(iid)
            self._full[node.id] = res.item.title if res else self._full.get(node.id, str(node.label))
            self._marks[node.id] = "near" if res and res.standing == "near" else bool(res and res.covered)
        for node, text, ok in zip(self._commitments, self._texts, done, strict=False):
            self._full[node.id] = text
            self._marks[node.id] = ok
        self._relabel()

    def _relabel(self) -> None:
        """Item and commitment labels cut to the column's width (it changes with the window)."""
        width = self.scrollable_content_region.width or self.size.width or 24
        for pid, node in self._parts.items():  # "▶ " then the mark and its space
            label = f"{NUMBERS[PART_IDS.index(pid)]}、{PART_SHORT[pid]}"
            self._full[node.id] = label
            cut = fit([label], width - 4)[0]
            node.set_label(_mark(None, cut, part_status=self._status.get(node.id, "missing")))
        for node in self.root.children:
            if node.data is not None and node.data.kind == "section":
                node.set_label(Text(fit([self._full.get(node.id, str(node.label))], width - 2)[0]))
        groups = [list(self._items.values()), self._commitments]
        for depth, nodes in zip((1, 2), groups, strict=True):
            room = width - self.guide_depth * depth - 2  # guides, then the mark and its space
            texts = fit([self._full.get(n.id, str(n.label)) for n in nodes], room)
            for node, text in zip(nodes, texts, strict=True):
                node.set_label(_mark(self._marks.get(node.id, False), text))

    def on_resize(self, event: events.Resize) -> None:
        if self._full:
            self._relabel()

    def watch_hover_line(self, previous_hover_line: int, hover_line: int) -> None:
        super().watch_hover_line(previous_hover_line, hover_line)
        node = self.get_node_at_line(hover_line) if hover_line >= 0 else None
        self.tooltip = self._full.get(node.id) if node is not None else None

    def full_title(self, node: TreeNode[Ref]) -> str:
        """The whole title of an item or commitment node (its label may be cut)."""
        return self._full.get(node.id, str(node.label))

    def _show_current(self, node: TreeNode[Ref]) -> None:
        """Put the cursor on the part being edited and scroll it, with its items, into view."""
        self.move_cursor(node)
        top = node.line
        if top < 0:
            return
        siblings = list(self.root.children)
        after = siblings[siblings.index(node) + 1 :] if node in siblings else []
        end = after[0].line - 1 if after and after[0].line > top else self.last_line
        height = max(1, self.scrollable_content_region.height)
        y = top if end - top + 1 > height else min(max(round(self.scroll_y), end - height + 1), top)
        self.scroll_to(y=y, animate=False, immediate=True)

    def extra_sections(self) -> list[int]:
        return list(self._extra)


def _written(blocks: list[Block]) -> bool:
    """Whether a part has any text of this year's (paragraphs, tables, lists: anything but headings)."""
    return any(b.kind != "heading" and b.text.strip() for b in blocks)
