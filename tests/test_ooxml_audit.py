"""Every .docx drafter writes passes an outside OOXML validator (PyPI ``openxml-audit``, a port of the
Open XML SDK's checks): ``render`` across fonts, 版头, seal, 签发人 and 版记, ``template`` for each unit
type, and ``lint --annotate`` of a .txt, a .docx and a .doc LibreOffice converted.

The only errors allowed are those the validator also reports on python-docx's own stock document,
listed in STOCK with why; drafter's files do not even have those (it drops stylesWithEffects).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from drafter.commands.template import blank_markdown
from drafter.readers.markdown import read_text
from drafter.render.gbt9704 import Extras, render

from .conftest import ROOT, seed

audit = pytest.importorskip("openxml_audit")

# What the validator says of `docx.Document()` saved as it is. python-docx's template (Word for Mac
# 2013) carries a stylesWithEffects.xml written before its styles.xml gained the Header/Footer
# styles, so the two disagree; Word ignores that part when styles.xml is present.
STOCK = {
    "styles.xml contains 4 style(s) not in stylesWithEffects: Footer, FooterChar, Header, HeaderChar",
    "docDefaults differ between styles.xml and stylesWithEffects (Word may treat this as unreadable content)",
}
FACTORS: dict[str, tuple[Any, ...]] = {
    "fonts": ("gb2312", "standard"),
    "letterhead": ("none", "red", "paper"),
    "seal": (False, True),
    "signer": ("", "李明"),
    "imprint": (False, True),
}
# A covering set: every pair of values of any two factors occurs in some row (checked below); the
# full product (48 files) finds nothing more and takes eight times as long.
COMBOS = [
    ("gb2312", "none", False, "", False),
    ("standard", "none", True, "李明", True),
    ("gb2312", "red", True, "", True),
    ("standard", "red", False, "李明", False),
    ("gb2312", "paper", False, "李明", True),
    ("standard", "paper", True, "", False),
]


@pytest.fixture(scope="module")
def validator() -> Any:
    return audit.OpenXmlValidator()


def _errors(validator: Any, path: Path) -> list[str]:
    return [str(e.description) for e in validator.validate(path).errors]


def _beyond_stock(validator: Any, path: Path) -> list[str]:
    return [e for e in _errors(validator, path) if e not in STOCK]


def test_stock_python_docx_errors_are_the_listed_ones(validator: Any, tmp_path: Path) -> None:
    import docx

    docx.Document().save(str(tmp_path / "stock.docx"))
    assert set(_errors(validator, tmp_path / "stock.docx")) == STOCK


def test_the_combinations_cover_every_pair() -> None:
    names = list(FACTORS)
    for (i, a), (j, b) in itertools.combinations(enumerate(names), 2):
        seen = {(row[i], row[j]) for row in COMBOS}
        assert seen == set(itertools.product(FACTORS[a], FACTORS[b])), (a, b)


def _draft(fonts: str, letterhead: str, seal: bool, signer: str, imprint: bool) -> str:
    text = (ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8")
    head, sep, body = text.partition("\n+++\n")
    lines = [ln for ln in head.splitlines() if not ln.startswith(("fonts =", "cc =", "issuer =", "issued ="))]
    lines += [f'fonts = "{fonts}"', f'letterhead = "{letterhead}"', f"seal = {str(seal).lower()}"]
    if signer:
        lines.append(f'signer = "{signer}"')
    if imprint:
        lines += [
            'cc = "县委办公室，县人大常委会办公室"',
            'issuer = "青山县人民政府办公室"',
            'issued = "2026年2月10日"',
        ]
    return "\n".join(lines) + sep + body


@pytest.mark.parametrize("combo", COMBOS, ids=lambda c: "-".join(str(v) for v in c))
def test_rendered_reports_validate(validator: Any, tmp_path: Path, combo: tuple[Any, ...]) -> None:
    doc = read_text(_draft(*combo), "d.md")
    assert (doc.meta.letterhead, bool(doc.meta.seal), doc.meta.signer or "") == combo[1:4]
    path = tmp_path / "r.docx"
    path.write_bytes(render(doc))
    assert _beyond_stock(validator, path) == []


@pytest.mark.parametrize("kind", ["county_gov", "department", "township"])
def test_templates_validate(validator: Any, tmp_path: Path, kind: str) -> None:
    text, hints = blank_markdown(kind, "柳河镇人民政府" if kind == "township" else None, 2025)
    path = tmp_path / "t.docx"
    path.write_bytes(render(read_text(text, "t.md"), extras=Extras(hints=hints)))
    assert _beyond_stock(validator, path) == []


def _annotated(src: Path, out: Path) -> Path:
    from drafter.lint import lint_paths
    from drafter.output.annotate import annotate

    report = next(iter(lint_paths([str(src)], jobs=1)))
    out.write_bytes(annotate(report))
    return out


def test_annotated_text_and_docx_validate(validator: Any, tmp_path: Path) -> None:
    from drafter.readers import read_path

    docx_src = tmp_path / "r.docx"
    docx_src.write_bytes(render(read_path(seed("001"))))
    for src in (seed("001"), docx_src):
        path = _annotated(src, tmp_path / f"{src.suffix[1:]}_批注.docx")
        assert _beyond_stock(validator, path) == [], src


@pytest.mark.slow
def test_annotated_libreoffice_doc_validates(validator: Any, tmp_path: Path, seed_formats: Path) -> None:
    src = seed_formats / "004.doc"
    path = _annotated(src, tmp_path / "doc_批注.docx")
    assert _beyond_stock(validator, path) == []
