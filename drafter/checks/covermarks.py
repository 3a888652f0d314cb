"""The mark after the cover sentence's 如下 (现将有关情况报告如下：).

GB/T 15834—2011 4.7.3.1: the colon follows a word that sums up or points to what follows (总说性或提示性
词语); 如下 (as follows) is such a word, so the standard's mark after it is ：. Many reports end the sentence
with 。 (the report's parts follow under their own headings) and readers differ on it — one reviewer marks
it, another passes it: an info whose message says so, which the writer may dismiss.

Only the cover sentence itself (``covers.cover_spans``: a lead 现将/现就… and its 如下), its 如下 followed at
once by 。; a 如下 in a quotation or anywhere else is no cover. One finding for the report, at the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context
from .covers import cover_spans
from .results import INFO, Finding
from .rule import Rule, Scope
from .slips import seen

STOPS = "。."  # the full stop, and a half-width copy's
SHOWN = 6  # characters of the cover sentence a message shows, its 如下 with them (情况报告如下): 80 columns

COVER_STOP = Rule(
    "cover-stop",
    "“报告如下”后用了句号",
    Scope.DOCUMENT,
    {INFO: "开头“现将……报告如下”引出下文，GB/T 15834 4.7.3.1 用冒号；不少报告用句号，审读者看法不一"},
)


@COVER_STOP.check
def cover_stop(ctx: Context) -> Iterator[Finding]:
    for b in seen(ctx):
        if "如下" not in b.text:
            continue
        for start, end in cover_spans(b.text):
            if b.text[end : end + 1] in STOPS and b.text[end : end + 1]:
                shown = b.text[max(start, end - SHOWN) : end + 1]
                message = f"请把“{shown}”的句号改为冒号（GB/T 15834 4.7.3.1）；读者看法不一，可忽略"
                yield COVER_STOP.at(b, end - 2, end + 1, INFO, message, ctx.part_of(b))  # 如下。
                return


__all__ = ["COVER_STOP"]
