"""Render a ~20-page draft vs python-docx writing the same paragraphs unformatted.

Not a test: run ``python bench/render_bench.py`` and read the ratio (goal ≤ 2×).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.draft import dump  # noqa: E402
from drafter.readers import read_path  # noqa: E402
from drafter.readers.markdown import read_text  # noqa: E402
from drafter.render.gbt9704 import render  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "seeds" / "004_e08b2b13115da112.txt"


def draft_text() -> str:
    """The longest seed, its body doubled: about 20 GB/T 9704 pages."""
    doc = read_path(SEED)
    doc.blocks = doc.blocks + [b for b in doc.blocks if b.role == "body"]
    return dump(doc)


def plain(texts: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for t in texts:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def best(fn: object, n: int = 15) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    doc = read_text(draft_text())
    texts = [b.text for b in doc.blocks if b.role in ("body", "opening")]
    chars = sum(len(t) for t in texts)
    plain(texts), render(doc)  # warm imports
    t_plain = best(lambda: plain(texts))
    t_render = best(lambda: render(doc))
    print(f"{len(texts)} paragraphs, {chars} characters (~{chars / 616:.0f} pages of 22×28)")
    print(f"python-docx unformatted: {t_plain * 1000:.1f} ms")
    print(f"drafter render:          {t_render * 1000:.1f} ms")
    print(f"ratio: {t_render / t_plain:.2f}× (goal ≤ 2×)")


if __name__ == "__main__":
    main()
