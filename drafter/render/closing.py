"""附件说明, 发文机关署名 and 成文日期 (GB/T 9704-2012 7.3.4, 7.3.5), kept with the last body paragraph.

Every paragraph from the last body paragraph to the date is keep-with-next, so a page never
holds only the closing: Word, WPS and LibreOffice move the last body line(s) along with it.
"""

from __future__ import annotations

from typing import Any

from .build import blank, cw, hanging, keep_next, para, right
from .fonts import FontSet

SEAL_GAP = 2  # blank lines between body and 署名 under a seal (the seal's top within a line of the body)


def attachments(items: list[str], fs: FontSet) -> list[Any]:
    """附件说明: 左空二字 "附件：1.××"; further items under the first number; wrapped lines hang after it."""
    if not items:
        return []
    out = [blank(keep=True)]
    if len(items) == 1:
        out.append(para("GwNote", [(f"附件：{items[0]}", fs.body)], keep=True, ind=hanging(5, 3)))
        return out
    for n, item in enumerate(items, start=1):
        num = f"{n}."
        start = 2 if n == 1 else 5  # "附件：" takes three characters after the two of indent
        lead = "附件：" if n == 1 else ""
        text_at = 5 + cw(num)
        out.append(para("GwNote", [(f"{lead}{num}{item}", fs.body)], keep=True, ind=hanging(text_at, text_at - start)))
    return out


def signature(sig: str, date: str, fs: FontSet, *, seal: bool = False) -> list[Any]:
    """署名 and 成文日期, without a seal (7.3.5.2) or under one (7.3.5.1)."""
    if not sig and not date:
        return []
    ws, wd = cw(sig), cw(date)
    if seal:
        # 成文日期右空四字; 署名 centred over the date; room for the seal above them
        date_right = 4.0
        sig_right = date_right + (wd - ws) / 2 if date else 4.0
        if sig_right < 2:
            date_right += 2 - sig_right
            sig_right = 2.0
        out = [blank(keep=True) for _ in range(SEAL_GAP)]
    else:
        # 署名右空二字; the date's first character two right of the signature's, or the date 右空二字
        date_right = max(2.0, ws - wd) if sig else 2.0
        sig_right = date_right + wd + 2 - ws
        out = [blank(keep=True)]
    if sig:
        out.append(para("GwSignature", [(sig, fs.body)], ind=right(sig_right), keep=bool(date)))
    if date:
        out.append(para("GwDate", [(date, fs.body)], ind=right(date_right)))
    return out


def keep_with_closing(body: list[Any], closing_lines: int) -> None:
    """The last body paragraph (and 特此报告。) go wherever the 署名 goes."""
    for p in body[-1 - closing_lines :]:
        keep_next(p)
