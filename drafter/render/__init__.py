"""Layout: the document model as a GB/T 9704-2012 .docx (python-docx + raw OOXML)."""

from __future__ import annotations

from .gbt9704 import Extras, render, warnings

__all__ = ["Extras", "render", "warnings"]
