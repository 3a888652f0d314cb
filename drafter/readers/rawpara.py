"""What every reader hands to ``structure.build``: one paragraph as the format saw it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawPara:
    """One paragraph (or one source line, for plain text) as a reader saw it."""

    text: str
    line: int
    level: int | None = None  # heading level the format states (md '##', Word style)
    number: str = ""  # numbering that Word generated, not typed
    bold_prefix: int = 0  # length of a leading bold run (docx run-in heading)
    centred: bool = False
    breaks: list[tuple[int, int]] = field(default_factory=list)
    joinable: bool = False  # plain-text line that may be a hard-wrapped fragment
    is_title: bool = False  # the format marks it as the title (Markdown "#")
    raw: str = ""  # text before normalisation (keeps the gap between joint issuers)
