"""Keys as a Chinese Windows (Word/WPS) user reads them — Ctrl+S, Shift+F7, Esc, Alt+↑ — not as Textual
names them (^s, f7, escape). The footer shows keys through ``key_name`` (``DrafterApp.get_key_display``);
F1 and the command palette write them in the same form (tests/test_app_keynames.py holds them to it)."""

from __future__ import annotations

import re

MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt"}
NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "空格",
    "delete": "Delete",
    "backspace": "Backspace",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}
_FUNCTION = re.compile(r"f\d{1,2}")


def key_name(key: str) -> str:
    """One Textual key (``ctrl+s``, ``shift+f7``, ``escape``) as the writer reads it (Ctrl+S, Shift+F7, Esc)."""
    *mods, last = key.split("+")
    if last in NAMES:
        name = NAMES[last]
    elif len(last) == 1 or _FUNCTION.fullmatch(last):
        name = last.upper()
    else:
        name = last.capitalize()
    return "+".join([*(MODIFIERS.get(m, m.capitalize()) for m in mods), name])
