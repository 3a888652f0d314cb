"""What every reader hands to ``structure.build``: one paragraph as the format saw it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Frame


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
    col: int = 0  # offset of ``text`` in its source line (a piece of a run-on line: ``runon``)
    debris: bool = False  # a web page's own words (``webpage``): set aside, never the report's
    frame: Frame = ""  # a .docx table cell or list item (``model.Frame``)
    written: str = ""  # ``text`` as written where ``text`` is its simplified reading (``runon.recover``)

    def cut(self, start: int, end: int, *, debris: bool = False) -> RawPara:
        """Characters [start, end) as a paragraph of their own, on the source line they stand on.

        For a run-on line split into paragraphs (``runon``, ``webpage``): the piece keeps the
        line (through ``breaks`` when the text was joined from several) and its column.
        """
        text = self.text[start:end]
        at = start + len(text) - len(text.lstrip())
        line, col = self.line, self.col + at
        breaks: list[tuple[int, int]] = []
        for off, ln in self.breaks:
            if off <= at:
                line, col = ln, at - off
            elif off < end:
                breaks.append((off - at, ln))
        written = self.written[at : at + len(text.strip())] if self.written else ""  # same length: same offsets
        return RawPara(
            text.strip(),
            line,
            breaks=breaks,
            joinable=self.joinable and not debris,
            col=col,
            debris=debris,
            written=written,
        )
