"""The tail of a report: 结束语, 附件说明, 署名, 成文日期 and 版记.

Read backwards from the last line. Real tails come merged ("深圳市××区人民政府　2022年1月5日"
on one line), spread out (blank lines and full-width spaces between signature and date), dated
in Chinese numerals (二〇二四年三月五日, kept as written), signed jointly ("中共××县委 ××县人民政府",
on one line or two), and followed by a web page's "发布时间：2024-03-05" line, which is the
publication date and never the 成文日期.
"""

from __future__ import annotations

from .. import dates
from ..lazyre import Lazy
from ..model import Block, Meta
from ..organs import is_signature, units_of, unseal
from ..text import squash, strip_controls
from .head import is_debris
from .rawpara import RawPara

CLOSING = Lazy(r"^(特此(报告|报告如下)|以上报告|专此报告)[。.]?$")
_ATTACH = Lazy(r"^附件[:：]\s*(?:1\s*[.．、]\s*)?(?P<name>.+)$")
ATTACH_MORE = Lazy(r"^\d{1,2}\s*[.．、]\s*(?P<name>[^。；;]{1,60})$")
_CC = Lazy(r"^抄送[:：]\s*(?P<cc>.+?)[。.]?$")
_ISSUED = Lazy(r"^(?P<issuer>\S.{0,40}?)\s*(?P<issued>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发$")
# 附注 under the date: （此件公开发布）, （联系人：…）
_NOTE = Lazy(r"^[（(](?:此件.{1,12}|联\s*系\s*人\s*[:：].{1,60})[）)]$")
_SIGNED = Lazy(rf"^(?P<sig>.+?)[\s\u3000]*(?P<date>{dates.ARABIC}|{dates.CHINESE})\s*$")
TAIL_SCAN = 12


def split_signed(text: str) -> tuple[str, int] | None:
    """(signature, where the date starts) for a signature and a date on one line."""
    m = _SIGNED.match(text)
    if m is None or dates.parse(m["date"]) is None or not is_signature(m["sig"]):
        return None
    return m["sig"].strip(), m.start("date")


def starts_closing(text: str) -> bool:
    """A line that no wrapped line of the body runs on into."""
    return dates.is_date(text) or bool(CLOSING.match(text)) or split_signed(text) is not None


def closing_role(paras: list[RawPara], i: int, start: int, below: list[str]) -> str | None:
    """The role of paragraph ``i`` in the closing block, given the roles of the lines below it."""
    p = paras[i]
    t = p.text
    if dates.is_date(t):
        return "date"
    if split_signed(t) is not None:
        return "signed"
    if CLOSING.match(t):
        return "closing"
    if is_debris(t) or _NOTE.match(t):
        return "debris"
    if _CC.match(t) or _ISSUED.match(t):
        return "imprint"
    if _ATTACH.match(t) or (ATTACH_MORE.match(t) and _under_attachment(paras, i, start)):
        return "attachment"
    if is_signature(p.raw or t):
        nearest = next((r for r in below if r != "debris"), None)
        if nearest in (None, "signature") or "date" in below or "signed" in below:
            return "signature"
    return None


def _under_attachment(paras: list[RawPara], i: int, start: int) -> bool:
    """A numbered line continues 附件说明 if only numbered lines separate it from "附件：1.…"."""
    j = i - 1
    while j >= start and i - j <= 10:
        t = paras[j].text
        if _ATTACH.match(t):
            return True
        if not ATTACH_MORE.match(t):
            return False
        j -= 1
    return False


def closing_block(paras: list[RawPara], start: int) -> tuple[int, list[str]]:
    """(index where the closing block begins, the role of each of its paragraphs)."""
    end = len(paras)
    i = end - 1
    below: list[str] = []  # roles of the lines below, in reading order (nearest first)
    while i >= start and end - i <= TAIL_SCAN:
        role = closing_role(paras, i, start, below)
        if role is None:
            break
        below.insert(0, role)
        i -= 1
    return i + 1, below


def tail_blocks(tail: list[RawPara], roles: list[str], blocks: list[Block], meta: Meta) -> None:
    """Blocks for the closing paragraphs; 署名, 成文日期, 附件说明 and 版记 into ``meta``."""
    signature: list[str] = []
    for p, role in zip(tail, roles, strict=True):
        t = p.text
        if role == "signed":
            got = split_signed(t)
            assert got is not None
            sig, at = got
            raw = split_signed(strip_controls(p.raw).strip()) if p.raw else None
            signature.append(units_of(raw[0] if raw else sig) or sig)
            blocks.append(Block("paragraph", t[:at].rstrip(), p.line, col=p.col, role="signature"))
            blocks.append(Block("paragraph", t[at:], p.line, col=p.col + at, role="date"))
            meta.date, meta.date_line = squash(t[at:]), p.line
            continue
        if role == "signature":
            signature.append(units_of(unseal(p.raw or t)) or squash(unseal(t)))
        elif role == "date":
            meta.date, meta.date_line = squash(t), p.line
        elif role == "attachment":
            m = _ATTACH.match(t) or ATTACH_MORE.match(t)
            if m:
                meta.attachments.append(m.group("name").strip())
        elif role == "imprint":
            if (cc := _CC.match(t)) is not None:
                meta.cc = cc.group("cc").strip()
            elif (iss := _ISSUED.match(t)) is not None:
                meta.issuer, meta.issued = iss.group("issuer").strip(), squash(iss.group("issued"))
        blocks.append(Block("paragraph", t, p.line, col=p.col, role=role))  # type: ignore[arg-type]
    if signature:
        meta.signature = " ".join(signature)
