"""The 书名号 around a name that is no work (GB/T 15834—2011 附录A, 书名号用法补充规则: 课程、课题、奖品奖状、商标、
证照、组织机构、会议、活动等名称不应用书名号): 《全县法治政府建设推进会》, 《宪法宣传周》 — a meeting, an activity, a
class is named in quotes or plainly.

A name is judged by how it ends (会议, 活动, 培训班: ``checklists/typos.toml`` [title_marks] non_works); a title that
names a document (关于, 印发, 通知 inside it) is a document's, however it ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load, word_list
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

_TITLE = Lazy(r"《([^《》\n]{2,40})》")


@dataclass(frozen=True)
class TitleMarks:
    """``typos.toml`` [title_marks]: how the names of works that are none end (会议, 活动), and the words that
    make a title a document's (关于, 通知)."""

    non_works: tuple[str, ...]
    documents: tuple[str, ...]


@lru_cache(maxsize=1)
def title_marks() -> TitleMarks:
    return load(FILE, _title_marks)


def _title_marks(data: dict[str, Any], p: Path) -> TitleMarks:
    try:
        table = data["title_marks"]
        return TitleMarks(word_list(table["non_works"]), word_list(table["documents"]))
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[title_marks] 的 non_works、documents 是字词的列表") from None


TITLE_MARK_USE = Rule(
    "title-mark-use",
    "会议、活动的名称用了书名号",
    Scope.PARAGRAPH,
    {WARNING: "会议、活动、培训班等的名称不是作品，不用书名号（《宪法宣传周》应为“宪法宣传周”）"},
)


@TITLE_MARK_USE.check_paragraphs(SEEN, where=lambda t: "《" in t)
def _non_works(text: str, _: object) -> Iterator[Local]:
    table = title_marks()
    for m in _TITLE.finditer(text):
        name = m[1]
        if not name.endswith(table.non_works) or any(w in name for w in table.documents):
            continue
        message = (
            f"改为“{name}”（用引号或不加标号）：《{name}》是会议、活动等的名称，不是作品，不用书名号（GB/T 15834）"
        )
        yield TITLE_MARK_USE.local(m.start(), m.end(), WARNING, message)


__all__ = ["TITLE_MARK_USE", "title_marks"]
