"""Checklists: the domain data (TOML) the engine checks a report against.

Files are validated with pydantic (``checklist_schema``) the first time they
are seen; the resolved result is cached as JSON keyed by the files' sizes and
modification times, so later runs load it without importing pydantic — a cold
``drafter lint`` stays fast. Edit a file and the cache is rebuilt.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__, unittype
from .checklist_model import (
    NOT_TYPES,
    Checklist,
    Citation,
    Evidence,
    Item,
    PartSpec,
    Relation,
    Wording,
    find,
    search_dirs,
)
from .readers.errors import ReadError
from .userdirs import write_cache


@dataclass
class Registry:
    """All unit-type checklists found, for inference and by-name lookup."""

    dirs: list[Path]
    types: dict[str, Checklist] = field(default_factory=dict)
    broken: dict[str, str] = field(default_factory=dict)  # stem → why a checklist file was left out

    def infer(self, unit: str | None) -> str | None:
        """Unit type from the issuing unit's name (``decide``)."""
        return self.decide(unit).type

    def decide_by_self(self, text: str) -> unittype.Decision:
        """Unit type, where no unit is named, from how the text names itself ("我乡", "我局")."""
        cues = unittype.subject(self.dirs).cues
        return unittype.decide_by_self(text, unittype.rules(self.dirs), set(self.types), cues)

    def decide(self, unit: str | None) -> unittype.Decision:
        """Unit type from the issuing unit's name: the ``units.toml`` rules first, then each
        checklist's own ``match`` (a user's checklist of a type of its own), and which decided."""
        got = unittype.decide(unit, unittype.rules(self.dirs), set(self.types))
        if got.type is not None or not unit:
            return got
        name = unit.strip()
        for cl in sorted(self.types.values(), key=lambda c: (c.order, c.id)):
            for p in cl.match:
                if (m := re.search(p, name)) is not None:
                    rule = unittype.UnitRule(cl.id, f"清单 {cl.id} 的 match", patterns=(p,), path=cl.path, index=1)
                    return unittype.Decision(cl.id, rule, m.group(0), name)
        return got


def duty_list(dirs: list[Path]) -> tuple[str, ...]:
    """The first-responsible-person duties (``duties.toml``, the first found in ``dirs``)."""
    import tomllib

    for d in dirs:
        p = d / "duties.toml"
        if p.is_file():
            try:
                data = tomllib.loads(p.read_text(encoding="utf-8"))
                return tuple(str(t) for group in data.get("duties", []) for t in group["items"])
            except (OSError, ValueError, KeyError, TypeError, RecursionError) as e:
                raise ReadError(f'职责清单 {p} 有误（{str(e)[:80]}）；每个 [[duties]] 需要 items = ["……"]') from None
    return ()


def name_list(dirs: list[Path]) -> tuple[Wording, ...]:
    """Fixed names (``names.toml``, the first found in ``dirs``): each wrong or old form as a wording entry."""
    import tomllib

    from .patterns import UnsafePattern, validate

    for d in dirs:
        p = d / "names.toml"
        if not p.is_file():
            continue
        try:
            out: list[Wording] = []
            for n in tomllib.loads(p.read_text(encoding="utf-8")).get("names", []):
                name, exceptions = str(n["name"]), tuple(str(e) for e in n.get("except", ()))
                why = str(n.get("message", f"固定提法是“{name}”"))
                severity = str(n.get("severity", "warning"))  # "info" where careful readers differ
                if severity not in ("warning", "info"):
                    raise ValueError(f"{name} 的 severity 只能是 warning 或 info")
                for w in n.get("wrong", ()):
                    validate(str(w))
                    out.append(Wording(str(w), name, why, exceptions, severity=severity))
                for w in n.get("old", ()):
                    validate(str(w))
                    since = int(n["from"])
                    why = str(n.get("message", f"这是{since}年以前的提法，现为“{name}”"))
                    out.append(Wording(str(w), name, why, exceptions, since, severity))
            return tuple(out)
        except (OSError, ValueError, KeyError, TypeError, re.error, UnsafePattern) as e:
            raise ReadError(
                f'固定提法表 {p} 有误（{str(e)[:80]}）；每个 [[names]] 需要 name = "……" 和 wrong 或 old（有 old 时还要 from）'
            ) from None
    return ()


# ---------------------------------------------------------------- cache


def cache_dir() -> Path | None:
    from .userdirs import cache_dir as folder

    return folder()


def _sha1(data: bytes) -> Any:
    """``hashlib.sha1``, from CPython's own ``_sha1`` where there is one: importing ``hashlib`` loads
    OpenSSL, which a cold ``drafter lint`` paid for this one digest (the same digest either way)."""
    try:
        from _sha1 import sha1  # type: ignore[import-not-found]
    except ImportError:
        from hashlib import sha1
    return sha1(data)


def cache_stamp(files: list[Path]) -> str:
    h = _sha1(f"{__version__}|frames-10".encode())  # bump when validation gets stricter
    for p in sorted(files):
        st = p.stat()
        h.update(f"{p.resolve()}|{st.st_mtime_ns}|{st.st_size}".encode())
    return str(h.hexdigest()[:16])


def _to_json(cl: Checklist) -> dict[str, Any]:
    return asdict(cl)


def _from_json(d: dict[str, Any]) -> Checklist:
    return Checklist(
        id=d["id"],
        name=d["name"],
        short=d["short"],
        match=tuple(d["match"]),
        order=d["order"],
        path=d["path"],
        parts={
            k: PartSpec(
                v["id"],
                v["title"],
                tuple(v["heading"]),
                tuple(v["intro"]),
                tuple(v["content"]),
                tuple(v.get("handled", ())),
                tuple(v.get("bodies", ())),
            )
            for k, v in d["parts"].items()
        },
        items=tuple(
            Item(
                i["id"],
                i["part"],
                i["title"],
                i["guidance"],
                tuple(i["cues"]),
                i["severity"],
                tuple(i["good"]),
                tuple(i["bad"]),
                bool(i.get("headings", False)),
                i.get("evidence", ""),
                i.get("since"),
                tuple(i.get("frames", ())),
                tuple(i.get("acts", ())),
                tuple(i.get("weak", ())),
                tuple(i.get("fields", ())),
                bool(i.get("near", True)),
                tuple(i.get("also", ())),
            )
            for i in d["items"]
        ),
        citations=tuple(
            Citation(c["pattern"], c["message"], c["from_year"], c["severity"], tuple(c.get("exceptions", ())))
            for c in d["citations"]
        ),
        wording=tuple(_wording(w) for w in d["wording"]),
        names=tuple(_wording(w) for w in d.get("names", ())),
        duties=tuple(d.get("duties", ())),
        ignore=tuple(d.get("ignore", ())),
        relations=tuple(
            Relation(
                r["name"],
                tuple(r["whole"]),
                tuple(r["parts"]),
                tuple(r["rates"]),
                tuple(tuple(g) for g in r.get("same", ())),
            )
            for r in d.get("relations", ())
        ),
        evidence=Evidence(
            *(
                tuple(d.get("evidence", {}).get(k, ()))
                for k in (
                    "actions",
                    "wishes",
                    "weaknesses",
                    "hedges",
                    "slogans",
                    "topics",
                    "stated",
                    "settled",
                    "scopes",
                )
            )
        ),
        synonyms=tuple(tuple(g) for g in d.get("synonyms", ())),
    )


def _wording(w: dict[str, Any]) -> Wording:
    """A wording or names.toml entry read back from the cache's JSON, every field the TOML gave it (a severity
    dropped here once made every names entry a warning on a lint's second run: test_checklist_cache_roundtrip)."""
    return Wording(
        w["pattern"],
        w["replace"],
        w["message"],
        tuple(w["exceptions"]),
        w.get("from_year"),
        severity=w.get("severity", "warning"),
        in_names=w.get("in_names", False),
        unless_before=tuple(w.get("unless_before", ())),
    )


def _build_all(files: list[Path], dirs: list[Path], broken: dict[str, str] | None = None) -> dict[str, Checklist]:
    """Checklists for ``files``, from the JSON cache or freshly validated.

    With ``broken``, a file that fails validation is left out and its message kept there (by stem), so one
    bad checklist in a folder does not stop every lint; without it the first failure is raised.
    """
    folder = cache_dir()
    target = (
        folder / f"checklists-{cache_stamp(files + [f for d in dirs if d.is_dir() for f in d.glob('*.toml')])}.json"
        if folder
        else None
    )
    if target is not None and target.is_file():
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
            return {k: _from_json(v) for k, v in data.items()}
        except (OSError, ValueError, KeyError, TypeError):
            pass
    from .checklist_schema import build

    duties, names = duty_list(dirs), name_list(dirs)
    built: dict[str, Checklist] = {}
    for p in files:
        try:
            built[str(p)] = replace(build(p, dirs), duties=duties, names=names)
        except ReadError as e:
            if broken is None:
                raise
            broken[p.stem] = str(e)
    if target is not None and not broken:
        write_cache(target, {k: _to_json(v) for k, v in built.items()})
    return built


_MEMO: dict[tuple[str, tuple[Path, ...]], Checklist] = {}  # (name or path, folders) → what ``load`` gave


def load(name_or_path: str, dirs: list[Path] | None = None) -> Checklist:
    """A checklist by unit-type name (``township``) or by a .toml file path."""
    dirs = dirs or search_dirs()
    key = (name_or_path, tuple(dirs))
    if key not in _MEMO:
        looks_like_path = name_or_path.endswith(".toml") or os.sep in name_or_path or "/" in name_or_path
        path = Path(name_or_path) if looks_like_path else find(name_or_path, dirs)
        if not path.is_file():
            raise ReadError(f"找不到检查清单文件 {name_or_path}")
        _MEMO[key] = _build_all([path], dirs)[str(path)]
    return _MEMO[key]


MemoKey = tuple[str, tuple[Path, ...]]
_SENT: dict[int, tuple[object, tuple[Any, ...]]] = {}  # id → (a loaded checklist or item, how to name it)
_SENT_FROM: list[tuple[int, ...]] = [()]  # the checklists _SENT was made from (their ids)


def reduced(obj: Checklist | Item) -> tuple[Any, ...]:
    """How pickle sends a checklist this process loaded, or one of its items: by the name it was loaded
    by (``by_key``, ``item_by_key``), not ~60 KB of its patterns and texts a report: a pool's worker
    sends each report's result so. Anything else goes as pickle sends it."""
    loaded = tuple(map(id, _MEMO.values()))
    if _SENT_FROM[0] != loaded:  # checklists loaded since: name them anew
        _SENT.clear()
        for key, cl in _MEMO.items():
            _SENT[id(cl)] = (cl, (by_key, (key,)))
            for i, item in enumerate(cl.items):
                _SENT.setdefault(id(item), (item, (item_by_key, (key, i))))
        _SENT_FROM[0] = loaded
    kept, how = _SENT.get(id(obj), (None, ()))
    return how if kept is obj else tuple(obj.__reduce_ex__(4))  # a dataclass reduces to a tuple


def by_key(key: MemoKey) -> Checklist:
    """The checklist ``load`` keeps under ``key`` (loaded again if this process has not yet)."""
    return _MEMO.get(key) or load(key[0], list(key[1]))


def item_by_key(key: MemoKey, index: int) -> Item:
    return by_key(key).items[index]


def registry(dirs: list[Path] | None = None) -> Registry:
    """Every unit type: each checklist with a ``match`` list, found in ``dirs``."""
    dirs = dirs or search_dirs()
    reg = Registry(dirs)
    files: dict[str, Path] = {}
    for d in reversed(dirs):  # earlier folders override later ones
        if d.is_dir():
            files.update({p.stem: p for p in sorted(d.glob("*.toml")) if p.stem not in NOT_TYPES})
    built = _build_all(list(files.values()), dirs, reg.broken)
    for stem, p in files.items():
        if stem in reg.broken:
            continue
        cl = built[str(p)]
        _MEMO[(stem, tuple(dirs))] = cl
        if cl.match:
            reg.types[cl.id] = cl
    return reg


__all__ = [
    "NOT_TYPES",
    "Checklist",
    "Citation",
    "Evidence",
    "Item",
    "PartSpec",
    "Registry",
    "Relation",
    "Wording",
    "cache_dir",
    "cache_stamp",
    "duty_list",
    "load",
    "registry",
    "search_dirs",
    "write_cache",
]
