"""F1: what the screen does and which keys do what, in Chinese.

Fast to open (bench/help_bench.py; goal ≤ 100 ms): the text is made once and its wrapped lines are
kept per width, and the help is a screen of its own, not a modal one — a modal screen redraws the
screen behind it, dimmed, which cost more than the help itself. Imports nothing of the checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from ..linebreak import Wrapped

# Lists, not tables: at 80 columns a Markdown table squeezes the key column to "Ctrl…".
HELP = """\
# 使用帮助

**开始界面**有三页：新建草稿（**F2**；填单位名称和年度即可，填上去年的报告则以它为底稿）、最近的草稿（**F3**）、检查文件（**F4**；检查一份已有的报告）。

**起草界面**分三栏：左边是**目录**（四个必备部分及其检查要点），中间是**编辑区**（一次显示一个部分），右边是**侧栏**（本部分的问题、去年承诺的落实情况、本部分应写到的要点、全部检查结果）。窗口较窄时侧栏收起，按 **F3** 在左边显示它（代替目录；窗口很窄时占满整个窗口），再按 F3 或 Esc 回到编辑区。在列表中按 Enter 跳到问题后，列表仍留在左边，便于逐条修改；在编辑区按 Esc 收起它，目录回来。

目录中的标记：

- **✓**　该部分已单独成节并写了内容 / 该要点已写到
- **◐**　该部分没有单列，只散见于其他部分
- **✗**　缺少该部分（点击即可添加标准标题）
- **○**　该部分还没写内容 / 该要点尚未写到

目录里写不下的标题以“…”结尾，鼠标停在上面可看全文。

边写边查：停止输入约0.3秒后自动重新检查。点击检查结果（或按 F3 后用 ↑ ↓ 和 Enter），光标跳到对应行。

按键：

- **Ctrl+S**　保存到草稿文件（导出、退出时选“保存并退出”也会保存）；没保存的内容每秒记在草稿旁的恢复文件里，草稿本身不变
- **F1**　本帮助
- **F2**　报告设置：单位、年度、主送机关、署名、成文日期、发文字号、签发人、版头、印章、字体、结束语
- **F3**　转到问题列表（窗口较窄时侧栏换到左边）；在列表中 ↑ ↓ 选择，Enter 跳到该处，Esc 或 F3 回到编辑区。列表末尾的“已忽略的问题”列出每条忽略的规则、原文和理由：Enter 转到该段，**Delete** 恢复检查（确认后删去这条忽略说明，问题重新提示；保存后才写进草稿）；提示“这条忽略……可以删去”时，在该提示上按 Delete 删去那条忽略说明。光标所在段落有忽略时，状态栏显示“本段已忽略N条（理由）”
- **F4**　排版导出为 .docx（GB/T 9704）
- **F5**　预览：排版并生成 PDF（需要 LibreOffice），用系统的阅读器打开；在浏览器中使用时下载 PDF。状态栏显示约几页，侧栏显示版记所在的页
- **F7 / Shift+F7**　下一个 / 上一个问题：光标转到问题所在处，状态栏显示问题全文
- **F9**　忽略光标处的这一个问题（确认无误时）：写明理由，草稿中该段前记下一条忽略说明（规则、问题原文和理由），本段其他问题照常提示，不会导出；F3 列表末尾的“已忽略的问题”列出全部忽略
- **Shift+F9**　恢复：删去该段前的忽略说明，问题重新提示
- **F8 / Shift+F8**　下一部分 / 上一部分
- **Ctrl+F**　查找（整篇草稿）：Enter 或 ↓ 下一处，Shift+Enter 或 ↑ 上一处，Esc 关闭
- **Ctrl+R**　替换：Ctrl+R 或“替换”按钮替换当前一处，“全部替换”按钮替换全部（显示替换了几处）；“替换为”空着时先问是否删除。Tab 在“查找”“替换为”之间切换。不用 Ctrl+H：多数终端和浏览器把 Ctrl+H 当作退格键发送，按了会删字
- **F6**　选中本段　**Ctrl+L**　删除本段　**Alt+↑ / Alt+↓**　段落上移 / 下移（都可用 Ctrl+Z 撤销）
- **Ctrl+O**　采用去年原文：把本部分下一条未采用的去年原文（侧栏中列出）插入光标处，成为正文（侧栏标为“已采用未改写”，直到你改写它）；命令面板中“清理去年原文”从草稿中删去本部分剩下的去年原文
- **Ctrl+G**　插入句式：把大纲中选中的条目（或光标所在部分）的句式插入光标处，句式中的【请填写】用 F7 逐个转到、直接输入替换
- **Ctrl+T**　去年承诺：指明光标所在的句子报告了哪项去年承诺，或写明理由暂不报告
- **Enter**　另起一段（段与段之间空一行，与导出的 .docx 一致）；在段首按 **Backspace**、在段末按 **Delete** 与上一段 / 下一段合并
- **Ctrl+Z / Ctrl+Y**　撤销 / 重做　**Ctrl+Home / Ctrl+End**　到本部分开头 / 末尾　**Ctrl+A**　全选本部分　**Shift+方向键**　选择　**Ctrl+C / Ctrl+X / Ctrl+V**　复制 / 剪切 / 粘贴；也可以用鼠标点击和拖选
- **Ctrl+P**　命令面板：以上各项都可按名称查找
- **Ctrl+Q**　退出（有未保存的修改时会询问）

再次打开草稿时，光标回到上次停下的地方（记在草稿旁的 .草稿名.place 文件中，不写进草稿）。

编辑区显示的是报告本身：标题按编号分级显示，草稿文件中的标记和注释不显示（随所在段落保存）。新起一行写“五、……”就是新的部分标题，写“（一）……”就是小标题。

草稿是普通的文本文件，其中：

- 以“##”开头的行是部分标题（一、二、三、四）
- 以“###”开头的行是小标题（（一）（二））
- 以“<!-- 去年原文：”“<!-- 去年标题：”开头的是去年报告的原文和小标题
- 以“<!-- 去年承诺：”开头的是去年的工作安排，今年要报告落实情况

这些注释只供参考，不会检查，也不会导出。

程序异常退出（或浏览器标签页被关闭）后，再次打开会提示恢复没保存的内容；退出时选“不保存，退出”则丢弃这些内容，草稿保持上次保存的样子。

在本帮助中用 ↑ ↓ PgUp PgDn 翻看，按 Esc 关闭。
"""


_BOLD = re.compile(r"\*\*(.+?)\*\*")
BULLET = "· "  # a list item's mark: its wrapped lines stand under its words (Wrapped's hang)


@lru_cache(maxsize=1)
def help_text() -> Text:
    """HELP as Rich text, made once: a Markdown widget took up to a second to lay it out at each F1.

    ``# title`` bold, ``- item`` a bullet, ``**words**`` bold; nothing else is markup.
    """
    t = Text()
    for line in HELP.split("\n"):
        if line.startswith("# "):
            t.append(line[2:] + "\n", style="bold underline")
            continue
        if line.startswith("- "):
            t.append(BULLET)
            line = line[2:]
        at = 0
        for m in _BOLD.finditer(line):
            t.append(line[at : m.start()])
            t.append(m.group(1), style="bold")
            at = m.end()
        t.append(line[at:] + "\n")
    return t


class _Lines(Wrapped):
    """The help's wrapped lines, kept per width: every F1 after the first reuses them."""

    def __init__(self, text: Text) -> None:
        super().__init__(text, hang=(BULLET,))
        self._by_width: dict[int, list[Text]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width not in self._by_width:
            self._by_width[width] = list(super().__rich_console__(console, options))  # type: ignore[arg-type]
        yield from self._by_width[width]


@lru_cache(maxsize=1)
def help_lines() -> _Lines:
    return _Lines(help_text())


class HelpScreen(Screen[None]):
    BINDINGS: ClassVar = [Binding("escape,f1,q", "close", "关闭")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-text"):
                yield Static(help_lines(), id="help-body", markup=False)
            yield Button("关闭", id="help-close", variant="primary")

    def on_screen_resume(self) -> None:
        """Each F1 (the screen is kept between them, app.py): from the top, ↑ ↓ PgUp PgDn at once."""
        box = self.query_one("#help-text", VerticalScroll)
        box.scroll_home(animate=False, immediate=True)
        box.focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
