"""Command-palette entries for the main actions, in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from ..model import PART_IDS
from .widgets.outline import SHORT


class DraftCommands(Provider):
    """保存、排版导出、切换部分、检查、帮助 — whatever the current screen can do."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        from .screens.draft import DraftScreen

        screen = next((s for s in reversed(self.app.screen_stack) if isinstance(s, DraftScreen)), None)
        cmds: list[tuple[str, str, Callable[[], object]]] = [
            ("帮助", "按键和标记的说明（F1）", partial(self.app.run_action, "help")),
        ]
        if screen is None:
            from .screens.start import StartScreen

            start = self.screen if isinstance(self.screen, StartScreen) else None
            if start is not None:
                cmds += [
                    ("新建草稿", "填单位名称和年度，开始起草（F2）", partial(start.action_tab, "tab-new")),
                    ("最近的草稿", "打开最近编辑过的草稿（F3）", partial(start.action_tab, "tab-recent")),
                    ("检查文件", "检查一份已有的报告（F4）", partial(start.action_tab, "tab-lint")),
                ]
            return cmds
        cmds += [
            ("保存", "把草稿保存到文件（Ctrl+S）", screen.action_save),
            ("排版导出", "导出为 GB/T 9704 格式的 .docx（F4）", screen.action_export),
            ("检查", "立即重新检查整篇草稿（F5）", screen.action_recheck),
            ("报告设置", "单位、年度、主送机关、署名、日期、文号、签发人、版头、印章、字体（F2）", screen.action_meta),
        ]
        for n, pid in enumerate(PART_IDS):
            cmds.append((f"切换部分：{'一二三四'[n]}、{SHORT[pid]}", "在编辑区显示这一部分",
                         partial(screen.open_part, pid)))
        cmds.append(("切换部分：开头", "标题下的开头段落", partial(screen.show_section, 0)))
        return cmds

    async def discover(self) -> Hits:
        for name, help_text, fn in self._commands():
            yield DiscoveryHit(name, fn, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, fn in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), fn, help=help_text)


class Palette(CommandPalette):
    """Textual's command palette, saying "no match" in Chinese."""

    NO_MATCH = "没有找到这个命令；可试：保存、导出、设置、检查、帮助"

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's own (command.py), with the notice in Chinese."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.NO_MATCH, style="not bold")), disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
