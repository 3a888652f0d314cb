"""The fuzzer in the suite: mutated real and hostile seeds through the readers, import → render → lint, and
checklist loading (``tests/fuzzing.py``). No input may end in anything but a Document or a one-line ReadError.

Hypothesis draws the random seed of each input, so a failure is shrunk and replayed like any other. The
number of inputs per target is ``DRAFTER_FUZZ_EXAMPLES`` (default 40: the four targets take about a
minute together; CI replays the same inputs on every run, as the ``ci`` profile derandomizes). A longer run
on demand: ``python bench/fuzz.py --minutes 10``.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzzing import TARGETS, draw, run

EXAMPLES = int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "40"))


@pytest.mark.parametrize("target", TARGETS)
def test_fuzzed_inputs_never_cause_an_internal_error(target: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(st.integers(min_value=0, max_value=2**32 - 1))
    def one(seed: int) -> None:
        name, payload = draw(target, random.Random(seed))
        run(target, name, payload, folder)

    one()


def test_every_seed_is_read_or_refused_in_one_line(tmp_path: Path) -> None:
    """The seeds themselves, unmutated: the corpus the fuzzer starts from is sound."""
    from .fuzzing import seeds

    for name, data in seeds().items():
        for target in ("read", "round-trip"):
            run(target, name, data, tmp_path)
