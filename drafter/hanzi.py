"""Traditional characters read as simplified ones, for matching only.

A report copied from a mirror site may be in traditional characters (小龍門鄉…建設情況報告).
drafter's patterns are written in simplified characters, so the head is matched on a
simplified *view* of the text: the same length, character for character, so an offset found
in the view is an offset in the writer's text, and what drafter quotes back stays the writer's
own characters.

The character table is OpenCC's (TSCharacters), through ``opencc-purepy``: pure Python with
the OpenCC dictionaries inside its wheel, so it installs the same on Windows, Linux and arm64
Kylin without a compiler or a platform wheel. Only single characters are converted (no phrase
tables): a phrase conversion may change a text's length, a character one never does here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from .lazyre import compile, derived, source_tag, strings

_MAX = 400  # a head's line, a unit's name: longer texts are matched in pieces by the caller
# 著 is a traditional 着 (隨著, 著力, 意味著) and a simplified character of its own (著作, 显著): OpenCC's table
# turns it into 着 always, so a simplified report's 《习近平著作选读》 was read as 着作, a bent title. In the
# words where it is 著 in simplified text too it is kept as written; elsewhere it is 着.
_ZHU_WORDS = (
    "著作",
    "显著",
    "著名",
    "名著",
    "编著",
    "专著",
    "论著",
    "著称",
    "卓著",
    "昭著",
    "土著",
    "著录",
    "著述",
    "原著",
    "巨著",
    "合著",
)


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Traditional → simplified, one character to one character (OpenCC's TSCharacters)."""
    return _table_from_file() or _table_from_converter()


def _table_from_file() -> dict[int, str]:
    """The table read straight from the wheel's ``TSCharacters.txt``: a 35 KB file, where
    building the converter parses every OpenCC dictionary (2.5 MB of JSON, ~0.1 s). Its pairs are kept
    between runs in lazyre's file, keyed by the file's path, size and time (reading it was ~2 ms a cold start)."""
    spec = find_spec("opencc_purepy")  # finds the package without running its __init__
    for folder in (spec and spec.submodule_search_locations) or ():
        path = Path(folder) / "dicts" / "TSCharacters.txt"
        try:
            st = path.stat()
        except OSError:
            continue
        key = f"TSCharacters {path} {st.st_size} {st.st_mtime_ns}"
        pairs = derived(key, 0, _tag(), lambda: _pairs(path), _two_strings)  # noqa: B023 (called at once)
        return dict(zip(map(ord, pairs[0]), pairs[1], strict=True))
    return {}


def _pairs(path: Path) -> tuple[str, str]:
    """The one-character pairs of an OpenCC table file, as two strings of the same length (empty: unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return "", ""
    keys, values = [], []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and not parts[0].startswith("#") and len(parts[0]) == 1 and len(parts[1]) == 1:
            keys.append(parts[0])
            values.append(parts[1])
    return "".join(keys), "".join(values)


def _two_strings(value: object) -> bool:
    return isinstance(value, tuple) and strings(value) and len(value) == 2 and len(value[0]) == len(value[1])


@lru_cache(maxsize=1)
def _tag() -> str | None:
    return source_tag("hanzi", __file__)


def _table_from_converter() -> dict[int, str]:
    out: dict[int, str] = {}
    chars = getattr(getattr(_converter(), "dictionary", None), "ts_characters", None)
    table = chars[0] if isinstance(chars, tuple) else chars
    if isinstance(table, dict):
        out = {ord(k): v for k, v in table.items() if len(k) == 1 and len(v) == 1}
    return out


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """``text`` with traditional characters as simplified ones, of the same length."""
    if text.isascii():
        return text
    table = _table()
    view = text.translate(table) if table else str(_converter().ts(text))  # ts: characters only, no phrases
    if len(view) != len(text):
        return text
    return _keep_zhu(text, view) if "著" in text else view


def _keep_zhu(text: str, view: str) -> str:
    """``view`` with the 著 of ``text`` kept where it stands in a word it is 著 in simplified text too
    (``_ZHU_WORDS``: 著作, 顯著)."""
    out = list(view)
    for word in _ZHU_WORDS:
        read, i = word.replace("著", "着"), word.index("著")  # as the table reads it: 顯著 → 显着
        at = view.find(read)
        while at >= 0:
            if text[at + i] == "著":
                out[at + i] = "著"
            at = view.find(read, at + 1)
    return "".join(out)


# A mirror site's pinyin after a character or a word it converted ("建設(shè)", "自治區(qū)", "報告(bào gào)"):
# one to four syllables in brackets, a tone mark among them, right after a Chinese character. Never the
# report's own words.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-z{_TONED}ü]{{1,6}}"
_RUBY = compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?=[a-zü ]{{0,20}}[{_TONED}])"
    rf"{_SYLLABLE}(?: {_SYLLABLE}){{0,3}}[)）]"
)


def ruby(text: str) -> bool:
    """Whether ``text`` holds a mirror site's pinyin after its characters ("建設(shè)")."""
    return _RUBY.search(text) is not None


def drop_ruby(text: str) -> str:
    """``text`` without a mirror site's pinyin: "縣(xiàn)長" → "縣長" (the report's own brackets stay)."""
    return _RUBY.sub("", text)


@lru_cache(maxsize=4096)
def reading(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` as read for matching: simplified, without a mirror's pinyin ("建設(shè)" → "建设");
    and where each of its characters stands in ``text`` (one more entry: ``len(text)``), so that
    a match found in it is a span of the writer's text."""
    view = simplified(text)
    if "(" not in view and "（" not in view:
        return view, tuple(range(len(text) + 1))
    keep: list[int] = []
    at = 0
    for m in _RUBY.finditer(view):
        keep.extend(range(at, m.start()))
        at = m.end()
    keep.extend(range(at, len(text) + 1))
    return "".join(view[i] for i in keep[:-1]), tuple(keep)


def read_as(text: str) -> str:
    """``text`` as read for matching (``reading``'s text): simplified, a mirror's pinyin dropped."""
    return reading(text)[0]


def without_pinyin(text: str) -> str:
    """``text`` as written, a mirror's pinyin dropped ("自治區(qū)人民政府" → "自治區人民政府")."""
    _, where = reading(text)
    return "".join(text[i] for i in where[:-1])


def is_traditional(text: str) -> bool:
    """Whether ``text`` holds characters that read differently in simplified form."""
    return simplified(text[:_MAX]) != text[:_MAX]


__all__ = ["drop_ruby", "is_traditional", "read_as", "reading", "ruby", "simplified", "without_pinyin"]
