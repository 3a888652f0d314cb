"""Notices wait while a dialog is open, as Word's status messages do behind a dialog box.

Textual draws the notices (toasts) on the screen on top: a dialog showed the ones left over from the
drafting screen beneath it (草稿已保存 stood on the 忽略此问题 box's border), and one raised while it was
open stood over its buttons. While a dialog is on top every notice is held, its clock stopped; when the
dialog closes each comes back with the time it had left (one raised meanwhile with all of it: the
draft's making warnings, said as the recovery question opens, are still read).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from time import time

from textual.notifications import Notification, Notifications


@dataclass
class NoticeHold:
    """The notices taken off screen, each with the seconds it had left then."""

    held: list[tuple[Notification, float]] = field(default_factory=list)

    def hold(self, shown: Notifications) -> None:
        """Take every notice in ``shown`` off screen (``shown`` is left empty)."""
        self.held += [(n, n.time_left) for n in shown]
        shown.clear()

    def release(self, shown: Notifications, now: float | None = None) -> None:
        """Put the held notices back into ``shown``, each with the time it had left when held."""
        at = time() if now is None else now
        for notice, left in self.held:
            notice.raised_at = at - (notice.timeout - left)
            shown.add(notice)
        self.held.clear()


def latest_only(shown: Notifications) -> None:
    """Of notices saying the same, only the latest stays: Ctrl+O twice stacked 已采用去年原文 twice, four rows
    beside the editor at 80×24 (Word's status bar says a thing once)."""
    seen: dict[tuple[str, str, str], Notification] = {}
    for notice in list(shown):
        key = (notice.message, notice.title, notice.severity)
        if key in seen:
            del shown[seen[key]]
        seen[key] = notice
