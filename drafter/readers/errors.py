"""The one error a reader raises: a Chinese sentence a user can act on."""

from __future__ import annotations


class ReadError(Exception):
    """An input that cannot be read; ``str()`` is the one-line message shown."""
