"""A document another replaced, cited as current in a report on a later year: 《信访条例》 in a 2023 report
(《信访工作条例》 since 2022), the 七五 普法 决议 after 2020 (``names.toml`` [[titles]] ``replaced_by``, ``from``). A title
that begins 关于 names no issuer: cited in a clause that makes it the unit's own (市委、市政府印发) it is a local
document of the same words, not the central one.

A sentence that speaks of the time before (a year before ``from`` written in it before the title:
“2020年，我县圆满完成……”, or a word of looking back in the title's own clause: 回顾, 收官, 期间 — [near]
``history``) names the old document as what was done then: history, not a citation. The word must be the
clause's: 总结 or 期间 in another clause (对照《……》，认真总结经验; ……，两会期间……) looks back at nothing. ``dated_before`` says so for the
checklist's [[citations]] too.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from .evidence import LONGEST
from .fixednames import CITED, Fixed, Title, fixed, forms, key, own_clause

# a year a sentence is dated by: not one end of a range (a title's （2015—2020年）)
_YEAR = Lazy(r"(?<![\d\-—–－~～―─至（(])((?:19|20)\d\d)\s*年(?!\s*(?:[-—–－~～―─至]|\d))")
_SENTENCE = "。；！？;!?\n"
_CLAUSE = _SENTENCE + "，,：:"
_NO_ISSUER = "关于"  # a title that names no issuer: a local body may issue one of the same words


def replaced_titles(text: str, year: int) -> Iterator[tuple[int, int, Title, Title]]:
    """(start, end, the old title, the one that replaced it) of each document cited in ``text`` in 《》
    that another replaced before ``year`` (the report's), not in a sentence of history."""
    if "《" not in text and "〈" not in text:
        return
    old, new = _tables(fixed(), year)
    if not old:
        return
    for m in (m for rx in CITED for m in rx.compiled.finditer(text)):
        t = next((old[k] for k in forms(key(m.group(1))) if k in old), None)
        if t is None or (t.name.startswith(_NO_ISSUER) and own_clause(text, m.start())):
            continue  # 市委、市政府印发《关于加强法治政府建设的意见》: a local document of the same words
        if not dated_before(text, m.start(), m.end(), t.since):
            yield m.start(), m.end(), t, new.get(t.replaced_by, Title(t.replaced_by, key(t.replaced_by), ""))


_TABLES: dict[int, tuple[Fixed, dict[str, Title], dict[str, Title]]] = {}  # by year: the titles' tables


def _tables(f: Fixed, year: int) -> tuple[dict[str, Title], dict[str, Title]]:
    """The titles another replaced before ``year``, by key, and every title by name: made once per year, not
    once per paragraph (a re-check in the app asked for them some 400 times)."""
    got = _TABLES.get(year)
    if got is None or got[0] is not f:  # the names table loaded again (another folder of checklists)
        old = {t.key: t for t in f.titles if t.replaced_by and t.since <= year}
        got = _TABLES[year] = (f, old, {t.name: t for t in f.titles})
    return got[1], got[2]


def dated_before(text: str, start: int, end: int, since: int) -> bool:
    """Whether the sentence of ``text[start:end]`` speaks of the time before ``since``: a year before it
    written before the words, or a word of looking back in their clause (回顾, 收官: ``names.toml`` [near]
    ``history``)."""
    lo, hi = max(0, start - LONGEST), min(len(text), end + LONGEST)  # a longer "sentence" is a page without stops
    s = max(lo - 1, *(text.rfind(c, lo, start) for c in _SENTENCE)) + 1
    if any(int(m[1]) < since for m in _YEAR.compiled.finditer(text, s, start)):
        return True
    cs = max(lo - 1, *(text.rfind(c, lo, start) for c in _CLAUSE)) + 1
    ce = min((i for c in _CLAUSE if (i := text.find(c, end, hi)) >= 0), default=hi)
    clause = text[cs:ce]
    return any(w in clause for w in fixed().history)


__all__ = ["dated_before", "replaced_titles"]
