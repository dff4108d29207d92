"""The machine with relocation on agrees with SIMH's 11/40, case for case, on both engines.

The corpus (tests/data/README.md, format ``simh-oracle-corpus/2``) was made
by tests/pdp11/kt11gen.py and recorded on SIMH: user and kernel programs at
the edges of their segments, faulting fetches, trap pushes that fail, MFPI
and MTPI, RTI/RTT, writes of the PSW, MMR0's freeze.  The slow test records a
sample again on SIMH and checks that the stored results still hold.
"""

import gzip
import json
from pathlib import Path

import pytest

from tests.pdp11 import kt11gen
from tests.simh import SIMULATOR
from v6.cli import main
from v6.pdp11 import oracle
from v6.pdp11.machine import Machine

CORPUS = Path(__file__).parent.parent / "data" / "pdp11-40-kt11-simh.json.gz"


@pytest.fixture(scope="module")
def corpus():
    return oracle.load_corpus(CORPUS)


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_every_case_agrees(corpus, engine):
    assert corpus["format"] == oracle.FORMAT_KT11 and len(corpus["cases"]) > 3000
    mismatches = [m.describe() for _, m in oracle.replay(corpus, engine) if m]
    assert mismatches == []


def test_the_corpus_covers_every_kind(corpus):
    kinds = {case["kind"] for case in corpus["cases"]}
    assert kinds == set(kt11gen.KINDS)


def test_the_committed_generator_made_the_cases(corpus):
    # The same seed gives the same programs: the script in the tree is the one
    # that made the corpus (checked on a sample; recording needs SIMH).
    generator = corpus["generator"]
    fresh = {c["id"]: c for c in kt11gen.cases(generator["seed"], 200)}
    stored = [c for c in corpus["cases"] if c["id"] in fresh]
    assert len(stored) > 150
    for case in stored:
        assert case["init"] == fresh[case["id"]]["init"], case["id"]


def first(corpus, kind, test):
    """The first case of ``kind`` whose expected state passes ``test``; it must agree."""
    case = next(c for c in corpus["cases"] if c["kind"] == kind and test(c["expect"]))
    got = oracle.run_case(Machine(16 * 1024, engine="interp"), case)
    assert oracle.compare(case, got) is None
    return case, got


def test_a_user_abort_traps_through_250_and_freezes_mmr0_and_mmr2(corpus):
    # MMR0 bits 6-5 hold the mode (user: 11), bits 3-1 the page; MMR2 the
    # address of the instruction that aborted, inside the user's text.
    case, got = first(corpus, "user_access", lambda e: e["trap_vector"] == 0o250)
    mmr0 = got["mmu"]["mmr0"]
    assert mmr0 & 0o160000 and mmr0 >> 5 & 3 == 3 and mmr0 & 1
    assert got["mmu"]["mmr2"] < 0o20000


def test_a_second_abort_leaves_mmr0_as_the_first_set_it(corpus):
    # The handler copies MMR0 into R0, then aborts again without clearing it.
    case, got = first(corpus, "freeze", lambda e: e["trap_vector"] == 0o250
                      and e["mmu"]["mmr0"] & 0o160000 and e["regs"][0] == e["mmu"]["mmr0"])
    assert not any("bic" in line for line in case["asm"])


def write(path, cases):
    path.write_bytes(gzip.compress(json.dumps({"format": oracle.FORMAT_KT11, "cases": cases}).encode()))


def test_cli_replays_the_kt11_corpus_and_names_the_register_that_differs(corpus, tmp_path, capsys):
    good = corpus["cases"][0]
    bad = json.loads(json.dumps(corpus["cases"][1]))
    bad["expect"]["mmu"]["upar"][3] ^= 1
    write(tmp_path / "c.json.gz", [good, bad])
    assert main(["pdp11", "oracle", str(tmp_path / "c.json.gz"), "--engine", "interp"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"case {bad['id']}: upar[3]: expected ")
    assert lines[-1] == "1/2 cases agree"


@pytest.mark.slow
@pytest.mark.skipif(SIMULATOR is None, reason="SIMH's pdp11 simulator is not installed")
def test_simh_still_gives_the_stored_results(corpus):
    from tests.pdp11 import kt11simh

    sample = corpus["cases"][::40]
    fresh = kt11simh.record([{k: v for k, v in c.items() if k != "expect"} for c in sample])
    for case, expect in zip(sample, fresh, strict=True):
        assert expect == case["expect"], case["id"]
