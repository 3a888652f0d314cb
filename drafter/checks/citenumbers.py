"""A cited document's 发文字号 written inside its 书名号: 《关于印发……的通知（某政发〔2024〕5号）》.

《党政机关公文处理工作条例》: 引用公文应当先引标题，后引发文字号 — the title is the document's name, the number
stands after it, in parentheses outside the 书名号: 《关于印发……的通知》（某政发〔2024〕5号）. Found by form: a
parenthesis at the title's very end that holds a number of a 发文字号's shape (a four-digit year in any
brackets, then the serial and 号), so a title's own parenthesis — （2021—2025年）, （试行）, （修订） — is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN

# the number's issuer code (Chinese characters), its year in brackets, its serial and 号, alone in a closing
# parenthesis just before 》
_INSIDE = Lazy(
    r"《[^《》\n]{2,120}?(?P<num>[（(]\s*[\u4e00-\u9fff]{1,12}\s*[〔\[【［(（]\s*(?:19|20)\d\d\s*[〕\]】］)）]"
    r"\s*第?\s*\d{1,4}\s*号\s*[）)])》"
)

CITED_NUMBER = Rule(
    "cited-number",
    "发文字号写进了书名号",
    Scope.PARAGRAPH,
    {
        WARNING: "引用公文先引标题、后引发文字号，发文字号放在书名号外的括号里（《关于印发……的通知》（某政发〔2024〕5号）），"
        "不写进书名号（《党政机关公文处理工作条例》）"
    },
)


@CITED_NUMBER.check_paragraphs(SEEN, where=lambda t: "《" in t and "号" in t)
def _numbers_inside(text: str, _: object) -> Iterator[Local]:
    for m in _INSIDE.finditer(text):
        start, end = m.start("num"), m.end("num")
        number = text[start:end].strip()
        message = f"请把发文字号“{number}”移到书名号外（“》{number}”）：引用公文先引标题、后引发文字号"
        yield CITED_NUMBER.local(start, end + 1, WARNING, message)


__all__ = ["CITED_NUMBER"]
