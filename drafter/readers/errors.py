"""The one error a reader raises: ``drafter.errors.ReadError`` (layer 0, where the checks take it too)."""

from __future__ import annotations

from ..errors import ReadError

__all__ = ["ReadError"]
