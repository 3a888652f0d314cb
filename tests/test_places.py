"""app/places.py: a finding's place named as the writer sees it (举措和成效第3段), each section's view built once."""

from __future__ import annotations

from pathlib import Path

from drafter.app import drafts
from drafter.app.buffer import DraftBuffer
from drafter.app.places import Places, new_part_at, section_name, section_parts
from drafter.app.view import View

REPO = Path(__file__).resolve().parent.parent
REPORT = REPO / "examples" / "reports" / "青山县_2024年度_有问题.txt"


def rolled() -> DraftBuffer:
    """A draft rolled forward from the example report: last year's text hidden in comments, headings with ##."""
    return DraftBuffer.from_text(drafts.from_report(REPORT, year=2025).text, Path("d.md"))


def named_one_by_one(buffer: DraftBuffer, parts: dict[int, str], line: int) -> str:
    """The name as the screen gave it before: the section located and its view built for each line."""
    i, row = buffer.locate(line)
    view = View.of(buffer.sections[i])
    n = view.paragraph_number(view.to_view(row, 0)[0])
    return f"{section_name(buffer, parts, i)}第{max(n, 1)}段"


def test_every_line_is_named_as_before() -> None:
    buffer = rolled()
    assert any("<!--" in s for s in buffer.sections)  # hidden lines are counted past, not as paragraphs
    result = drafts.run_check(buffer.text(), drafts.checklist_for(buffer.meta))
    parts = section_parts(buffer, result)
    assert set(parts.values()) >= {"measures", "plan"}
    places = Places(buffer, parts)
    last = buffer.text().count("\n") + 3
    for line in range(-2, last):
        assert places.locate(line) == buffer.locate(line)
        assert places.where(line) == named_one_by_one(buffer, parts, line), line
    assert places.where(None) == ""


def test_naming_200_findings_builds_each_section_once() -> None:
    buffer = rolled()
    sections = len(buffer.sections)
    last = buffer.text().count("\n") + 1
    lines = [1 + (k * 7919) % last for k in range(200)]  # spread over every section, most named many times
    places = Places(buffer, {})
    names = [places.where(line) for line in lines]
    assert len(names) == 200
    assert len({places.locate(line)[0] for line in lines}) == sections
    assert places.built == sections  # was one view a finding: 200


def test_the_editors_view_is_used_not_rebuilt() -> None:
    buffer = rolled()
    live = View.of(buffer.sections[1])
    places = Places(buffer, {}, {1: live})
    places.where(buffer.start_line(1) + 2)
    assert places.built == 0


def test_a_missing_part_goes_where_the_regulation_puts_it() -> None:
    assert new_part_at({1: "measures", 2: "plan"}, "shortcomings", 3) == 2  # after 举措
    assert new_part_at({2: "plan"}, "measures", 3) == 2  # before the plan
    assert new_part_at({}, "duties", 4) == 4  # at the end
