"""The CPU agrees with SIMH's 11/40, case for case, on both engines.

The corpus (tests/data/README.md) touches every instruction, addressing mode,
condition code and trap of the 11/40 without the MMU.  The rules that a
reading of the handbook does not settle, and that the corpus does, have a
test each here, with a case from the corpus that shows them.
"""

import gzip
import json
from pathlib import Path

import pytest

from v6.cli import main
from v6.pdp11 import oracle
from v6.pdp11.machine import Machine

CORPUS = Path(__file__).parent.parent / "data" / "pdp11-40-simh.json.gz"


@pytest.fixture(scope="module")
def corpus():
    return oracle.load_corpus(CORPUS)


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_every_case_agrees(corpus, engine):
    assert len(corpus["cases"]) == 5000
    mismatches = [m.describe() for _, m in oracle.replay(corpus, engine) if m]
    assert mismatches == []


def case(corpus, number):
    got = oracle.run_case(Machine(16 * 1024, engine="interp"), corpus["cases"][number])
    assert oracle.compare(corpus["cases"][number], got) is None
    return corpus["cases"][number], got


def test_register_source_is_read_after_the_destination_address(corpus):
    # Case 0: ADD R5,-(R5) with R5 = 04116 adds 04114 (the decremented R5)
    # to the word at 04114.
    c, got = case(corpus, 0)
    assert c["asm"][1] == "003002: ADD R5,-(R5)"
    assert [0o4114, 0o10156] in got["mem_changed"]


def test_clr_sets_condition_codes_before_its_destination_faults(corpus):
    # Case 349: CLR @-(R3) faults reading the pointer (non-existent memory);
    # the PSW pushed by the trap already has CLR's Z.
    c, got = case(corpus, 349)
    assert c["asm"][1] == "003004: CLR @-(R3)"
    assert [0o1462, 0o30344] in got["mem_changed"]


def test_condition_codes_are_set_before_the_store(corpus):
    # Case 264: MOV R5,-(R4) faults on its store; the pushed PSW shows MOV's
    # N=0 Z=0 V=0 (000340), not the flags from before (000350).
    c, got = case(corpus, 264)
    assert [0o1346, 0o340] in got["mem_changed"]


def test_div_overflow_sets_n_to_the_quotients_sign(corpus):
    # Case 400: DIV #1,R4 with R4:R5 = 124151:004154, a negative dividend:
    # overflow, registers unchanged, N V set (low PSW bits 012).
    c, got = case(corpus, 400)
    assert got["psw"] & 0o17 == 0o12 and got["regs"][4:6] == [0o124151, 0o4154]


def test_halt_in_user_mode_is_a_reserved_instruction(corpus):
    # Case 11 ends with a HALT in user mode: trap through 10, not 4.
    c, got = case(corpus, 11)
    assert got["trap_vector"] == 0o10


def test_mfpd_acts_as_mfpi(corpus):
    # Case 140: MFPD SP runs (no reserved-instruction trap) and the program goes on.
    c, got = case(corpus, 140)
    assert c["asm"][0] == "003000: MFPD SP" and got["stop"] == "HALT"


def test_rti_that_sets_t_traps_at_once(corpus):
    # Case 1174: RTI loads a PSW with T; the trace trap follows RTI directly
    # (two steps: RTI and the harness HALT).
    c, got = case(corpus, 1174)
    assert (got["trap_vector"], got["steps"]) == (0o14, 2)


def test_rtt_with_t_already_set_is_traced(corpus):
    # Case 440: T was set before RTT, so RTT itself is traced.
    c, got = case(corpus, 440)
    assert (got["trap_vector"], got["steps"]) == (0o14, 2)


def test_a_trap_taken_by_a_traced_instruction_replaces_the_trace_trap(corpus):
    # Case 702: BPT with T set pushes one frame, not two.
    c, got = case(corpus, 702)
    assert c["init"]["psw"] & 0o20 and got["trap_vector"] == 0o14
    assert got["ksp"] == c["init"]["regs"][6] - 4


def test_psw_bits_11_to_8_do_not_exist(corpus):
    # Case 25: RTI pops 003002; the PSW becomes 000002.
    c, got = case(corpus, 25)
    assert got["psw"] == 0o6


def test_wait_with_nothing_to_wake_it_reaches_the_step_limit(corpus):
    # Case 2729: ADC (PC) turns the next word into WAIT; SIMH counts the idle
    # cycles as steps.
    c, got = case(corpus, 2729)
    assert (got["stop"], got["steps"]) == ("STEP_LIMIT", 200)


def write_corpus(path, cases):
    path.write_bytes(gzip.compress(json.dumps({"format": oracle.FORMAT, "cases": cases}).encode()))


def test_cli_reports_each_disagreeing_case_and_a_count(corpus, tmp_path, capsys):
    good = corpus["cases"][1]
    bad = json.loads(json.dumps(corpus["cases"][2]))
    bad["expect"]["regs"][0] ^= 1
    path = tmp_path / "c.json.gz"
    write_corpus(path, [good, bad])
    assert main(["pdp11", "oracle", str(path), "--engine", "interp"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1/2 cases agree"
    assert lines[0].startswith("case 2: regs: expected ") and "XOR R2,R1" in lines[0]


def test_cli_all_agree_exits_zero(corpus, tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"format": oracle.FORMAT, "cases": corpus["cases"][:20]}))
    assert main(["pdp11", "oracle", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["20/20 cases agree"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "No such file"),
    (b"not json", "not a JSON corpus"),
    (b'{"format": "other"}', "not a simh-oracle-corpus/1 or simh-oracle-corpus/2 corpus"),
    (b'{"format": "simh-oracle-corpus/1", "cases": [{"id": 3}]}', "case 3: malformed"),
    (gzip.compress(b"[1, 2", mtime=0)[:-3], "not a JSON corpus"),
])
def test_cli_bad_corpus_is_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "c.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["pdp11", "oracle", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("v6: ") and message in err
    assert "Traceback" not in err
