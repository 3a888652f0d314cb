"""A cited title off a known one by a word, not a character: a word dropped (《重大行政决策程序条例》 of
《重大行政决策程序暂行条例》), the words put in another order (《法治政府实施建设纲要》), or a word written
as its near synonym (《关于进行第八个五年法治宣传教育的决议》: ``names.toml`` [near] ``synonyms``).

A name of eight characters and more keeps its two first and two last characters in each: the start and
the document kind say which document it is. A word put in place of another that is no synonym of it
(复议 for 应诉) is another document (``fixednames.word_run``), and so is a qualifier more or less
(``fixednames.another``); both are judged before this.
"""

from __future__ import annotations

LONG = 8  # a name this long says which document it is with a word dropped or moved
MOST = 4  # the longest word dropped (社会主义)


def word_slip(k: str, name: str, synonyms: tuple[tuple[str, str], ...]) -> bool:
    """Whether the normalised cited title ``k`` is the normalised known ``name`` with one word dropped,
    its words in another order, or one word written as its synonym."""
    if len(name) < LONG or k == name or k[:2] != name[:2] or k[-2:] != name[-2:]:
        return _synonym(k, name, synonyms)
    return _dropped(k, name) or _moved(k, name) or _synonym(k, name, synonyms)


def _dropped(k: str, name: str) -> bool:
    """``name`` with a run of two to four characters inside it left out."""
    gone = len(name) - len(k)
    if not 2 <= gone <= MOST:
        return False
    return any(name[:at] + name[at + gone :] == k for at in range(2, len(name) - gone - 1))


def _moved(k: str, name: str) -> bool:
    """``name``'s characters in another order between its first two and its last two."""
    return len(k) == len(name) and sorted(k) == sorted(name)


def _synonym(k: str, name: str, synonyms: tuple[tuple[str, str], ...]) -> bool:
    """``name`` with one of its words written as the near word writers put for it (推动 for 推进),
    anywhere but its first character: a document kind too (规划 for 纲要)."""
    if len(name) < LONG:
        return False
    for right, written in synonyms:
        at = name.find(right, 1)
        while at > 0:
            if name[:at] + written + name[at + len(right) :] == k:
                return True
            at = name.find(right, at + 1)
    return False


__all__ = ["word_slip"]
