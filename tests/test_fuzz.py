"""Fuzz the readers and the classifier: any bytes give a Document or a ReadError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import checklists
from drafter.checks import check
from drafter.model import PART_IDS
from drafter.readers import ReadError, read_bytes

from .fuzzing import PIECES as FUZZ_PIECES

# the fuzzer's pieces (tests/fuzzing.py) and this test's own: 不足's words, a title, a 文号 in []
PIECES = [
    *FUZZ_PIECES,
    "问题",
    "主要负责人",
    "虽然取得成效，但也存在一些不足",
    " ",
    "青山县人民政府关于2023年度法治政府建设情况的报告",
    "2024年1月5日",
    "[2023]第05号",
]

report_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=80).map("".join)


def _check_all(doc) -> None:  # type: ignore[no-untyped-def]
    result = check(doc, checklists.load("county_gov"))
    assert set(PART_IDS) <= set(result.parts)
    for pr in result.parts.values():
        assert pr.status in ("present", "folded", "missing")
    for f in result.findings:
        assert f.line is None or f.line >= 1
        assert f.col >= 0 and f.length >= 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_text, st.sampled_from([".txt", ".md"]), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_report_like_text_never_crashes(text: str, suffix: str, encoding: str) -> None:
    try:
        doc = read_bytes(text.encode(encoding, errors="ignore"), "fuzz" + suffix, suffix)
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
        return
    _check_all(doc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".docx"]))
def test_arbitrary_bytes_never_crash(data: bytes, suffix: str) -> None:
    try:
        doc = read_bytes(data, "fuzz" + suffix, suffix)
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
        return
    _check_all(doc)


def _sample_docx() -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading("一、主要举措和成效", level=1)
    p = d.add_paragraph()
    p.add_run("（一）加强执法监督。").bold = True
    p.add_run("全年评查案卷41卷。")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "受理"
    t.cell(0, 1).text = "30件"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_DOCX = _sample_docx()


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=len(_DOCX) - 1),
    st.integers(min_value=0, max_value=255),
    st.integers(min_value=1, max_value=len(_DOCX)),
)
def test_damaged_docx_never_crashes(at: int, byte: int, cut: int) -> None:
    """A flipped byte or a truncation anywhere in a real .docx: a Document or a ReadError."""
    data = bytearray(_DOCX)
    data[at] = byte
    try:
        doc = read_bytes(bytes(data[:cut]), "fuzz.docx", ".docx")
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
        return
    _check_all(doc)
