"""The one error a user sees: a Chinese sentence a user can act on.

Layer 0: the readers raise it for an input they cannot read, the checklists and the checks for a
data file they cannot load; ``readers.errors`` keeps the name for the readers and their callers.
"""

from __future__ import annotations


class ReadError(Exception):
    """An input that cannot be read; ``str()`` is the one-line message shown."""


__all__ = ["ReadError"]
