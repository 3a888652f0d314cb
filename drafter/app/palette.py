"""Command-palette entries for the main actions, in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from ..model import PART_IDS, PART_SHORT


class DraftCommands(Provider):
    """保存、排版导出、切换部分、检查、帮助 — whatever the current screen can do."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """The screen's commands, then Textual's own (退出, 截图): a writer's first look at Ctrl+P shows 保存,
        导出, 设置 — not 截图, as when Textual's provider ran beside this one and came first."""
        system = [(c.title, c.help, c.callback) for c in self.app.get_system_commands(self.screen)]
        return self._screen_commands() + system

    def _screen_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
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
            ("检查", "立即重新检查整篇草稿（停止输入后也会自动检查）", screen.action_recheck),
            ("报告设置", "单位、年度、主送机关、署名、日期、文号、签发人、版头、印章、字体（F2）", screen.action_meta),
            ("预览", "排版并生成 PDF，用系统的阅读器打开；浏览器中则下载（F5）", screen.action_preview),
            ("下一个问题", "光标转到下一个检查出的问题，状态栏显示全文（F7）", screen.action_next_finding),
            ("上一个问题", "光标转到上一个检查出的问题（Shift+F7）", screen.action_prev_finding),
            ("问题列表", "显示侧栏并转到检查结果列表；Enter 跳转，Esc 返回（F3）", screen.action_toggle_side),
            ("忽略此问题", "光标所在段落的问题确认无误：写明理由后不再提示（F9）", screen.action_dismiss_finding),
            ("恢复已忽略的问题", "删去光标所在段落前的忽略说明，重新检查（Shift+F9）", screen.action_restore_finding),
            ("查找", "在整篇草稿中查找文字（Ctrl+F）", screen.action_find),
            ("替换", "查找并替换，可全部替换（Ctrl+R）", screen.action_replace),
            ("选中本段", "选中光标所在的整段（F6）", screen.action_select_paragraph),
            ("删除本段", "删除光标所在的整段，Ctrl+Z 可撤销（Ctrl+L）", screen.action_delete_paragraph),
            ("段落上移", "把光标所在的段落与上一段交换（Alt+↑）", partial(screen.action_move_paragraph, -1)),
            ("段落下移", "把光标所在的段落与下一段交换（Alt+↓）", partial(screen.action_move_paragraph, 1)),
            (
                "采用去年原文",
                "把本部分下一段未采用的去年原文插入光标处，供改写（Ctrl+O）",
                screen.action_adopt_last_year,
            ),
            ("清理去年原文", "从草稿中删去本部分剩下的去年原文和去年标题", screen.action_clean_last_year),
            (
                "插入句式",
                "把大纲中选中的条目（或本部分）的句式插入光标处，F7 逐个转到【请填写】（Ctrl+G）",
                screen.action_insert_frame,
            ),
            (
                "去年承诺：由此句报告或暂不报告",
                "指明光标所在的句子报告了哪项去年承诺，或写明理由暂不报告（Ctrl+T）",
                screen.action_mark_promise,
            ),
        ]
        for n, pid in enumerate(PART_IDS):
            cmds.append(
                (
                    f"切换部分：{'一二三四'[n]}、{PART_SHORT[pid]}",
                    "在编辑区显示这一部分",
                    partial(screen.open_part, pid),
                )
            )
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
                    Option(Align.center(Text(self.NO_MATCH, style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
