"""Simulated time, checked against figures written in by hand.

The JMP times are the PDP-11/40 processor handbook's (Appendix C,
instruction timing: JMP 1.80, 2.10 and 2.30 us for modes 1, 2 and 3).  The
trap figures are the model's own (``v6.pdp11.timing``: a trap instruction
5.7 us with its sequence, a trap sequence 5.7 us, MOV's 0.99 us plus 1.74 us
for an absolute source), added up here by hand: what they check is that a
trap's sequence is charged exactly once, and the same on bare metal as
hosted.
"""

import pytest

from v6.pdp11.machine import Machine, Reason

ENGINES = ["interp", "translate"]


def machine(words: list[int], engine: str, hosted: bool = False) -> Machine:
    m = Machine(0o40000, engine=engine, hosted=hosted)
    for i, w in enumerate(words):
        m.write_word(0o1000 + 2 * i, w)
    for vector in (0o4, 0o10, 0o34):
        m.write_word(vector, 0o2000)       # every handler is a HALT at 02000
        m.write_word(vector + 2, 0o340)
    m.pc, m.sp = 0o1000, 0o1000
    return m


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("word", "ns"), [
    (0o000110, 1800),      # jmp (r0)
    (0o000120, 2100),      # jmp (r0)+
    (0o000130, 2300),      # jmp @(r0)+
])
def test_jmp_takes_the_handbook_time(engine, word, ns):
    m = machine([word], engine)
    m.regs[0] = 0o1100
    m.write_word(0o1100, 0o1200)           # for jmp @(r0)+: it jumps to 01200
    assert m.run(1).reason is Reason.BUDGET
    assert m.clock.ns == ns


@pytest.mark.parametrize("engine", ENGINES)
def test_a_system_call_costs_its_time_once_on_bare_metal_and_hosted(engine):
    bare = machine([0o104401], engine)                       # sys 1, then vector 034
    assert bare.run(1).reason is Reason.BUDGET and bare.pc == 0o2000
    hosted = machine([0o104401], engine, hosted=True)
    assert hosted.run(1).reason is Reason.TRAP
    assert bare.clock.ns == hosted.clock.ns == 5700


@pytest.mark.parametrize("engine", ENGINES)
def test_a_reserved_word_costs_its_time_once(engine):
    bare = machine([0o170011], engine)                       # setd: no FP11 here
    bare.run(1)
    assert bare.pc == 0o2000 and bare.clock.ns == 5700


@pytest.mark.parametrize("engine", ENGINES)
def test_a_fault_adds_the_trap_sequence_on_bare_metal_only(engine):
    # mov @#1,r0: 0.99 + 1.74 us, then an odd-address trap through 4.
    bare = machine([0o013700, 1], engine)
    bare.run(1)
    assert bare.pc == 0o2000 and bare.clock.ns == 990 + 1740 + 5700
    hosted = machine([0o013700, 1], engine, hosted=True)
    assert hosted.run(1).reason is Reason.FAULT
    assert hosted.clock.ns == 990 + 1740
