"""Where the shipped data folders (checklists/, templates/) live.

In a wheel they are installed as ``drafter/_data/<name>``; in a source checkout
(or an editable install) they are the top-level folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    return _PKG.parent / name
