"""The jinja2 text templates in ``templates/`` (titles, openings, headings, closing, blank report)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resources import data_dir


@lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("templates"))),
        autoescape=False,  # plain text and Markdown, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["toml"] = _toml
    return env


def _toml(value: object) -> str:
    """A TOML basic string (quotes and backslashes escaped)."""
    s = str(value)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(name: str, **values: Any) -> str:
    """One template rendered; single-line templates come back without the newline."""
    text: str = _env().get_template(name).render(**values)
    return text.strip() if "\n" not in text.strip() else text
