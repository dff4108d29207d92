"""Backing up an instruction that faulted in the MMU, so that it restarts exactly.

Each case is one instruction in user mode whose first or second memory
access falls just outside a short mapping.  The run stops with an MMU abort;
``backup`` must put every register back as it was before the instruction
(worked out by hand: the registers the case started with, PC at the
instruction) and nothing may have been stored; then the mapping grows, as
V6's ``grow`` grows a stack, and the run resumes.  The final state must be
the state of a run that had the large mapping from the start.

The address space (hosted, user mode, previous mode user):

- segment 0, the text: physical 010000, read-only, length field 0177 (a
  few cases: 0, so only its first 64 bytes are there);
- segment 1, data: physical 040000, read/write, upward, length field 7
  (020000-020777) when short, 0177 when large;
- segment 7, the stack: physical 0100000, read/write, downward, length
  field 0170 (0177000-0177777) when short, 0160 (0176000-) when large.
"""

from dataclasses import dataclass, field

import pytest

from v6.pdp11 import mmu
from v6.pdp11.machine import Machine, Reason

ENGINES = ["interp", "translate"]
NOP, SYS = 0o000240, 0o104400
LOW, HIGH = 0o20100, 0o21000
"""A data address always mapped, and the first one past the short data segment."""
STACK = 0o177000
"""The lowest stack address of the short stack segment: a push from here faults."""
TARGET = 0o100
"""Where JSR and RTS cases go: a ``sys 0`` there ends the run."""
RO, RW, ED = 0o2, 0o6, 0o10


@dataclass
class Case:
    name: str
    words: list[int]
    regs: dict[int, int]
    addr: int
    """The virtual address whose access must fault (worked out by hand)."""
    mem: dict[int, int] = field(default_factory=dict)
    start: int = 2
    """The faulting instruction's address (a NOP before it, so a translated block leads in)."""
    text_length: int = 0o177
    """Length field of the text segment in the short mapping."""


CASES = [
    # Addressing modes 2-5 as the source, first and second access.
    Case("mov (r0)+,r1", [0o012001], {0: HIGH}, HIGH),
    Case("mov @(r0)+,r1 pointer", [0o013001], {0: HIGH}, HIGH),
    Case("mov @(r0)+,r1 operand", [0o013001], {0: LOW}, HIGH, {LOW: HIGH}),
    Case("mov -(r0),r1", [0o014001], {0: HIGH + 2}, HIGH),
    Case("mov @-(r0),r1 pointer", [0o015001], {0: HIGH + 2}, HIGH),
    Case("mov @-(r0),r1 operand", [0o015001], {0: LOW + 2}, HIGH, {LOW: HIGH}),
    # ... and as the destination.
    Case("mov r1,(r0)+", [0o010120], {0: HIGH, 1: 0o1234}, HIGH),
    Case("mov r1,@(r0)+ pointer", [0o010130], {0: HIGH, 1: 0o1234}, HIGH, {HIGH: LOW}),
    Case("mov r1,@(r0)+ operand", [0o010130], {0: LOW, 1: 0o1234}, HIGH, {LOW: HIGH}),
    Case("mov r1,-(r0)", [0o010140], {0: HIGH + 2, 1: 0o1234}, HIGH),
    Case("mov r1,@-(r0) pointer", [0o010150], {0: HIGH + 2, 1: 0o1234}, HIGH, {HIGH: LOW}),
    Case("mov r1,@-(r0) operand", [0o010150], {0: LOW + 2, 1: 0o1234}, HIGH, {LOW: HIGH}),
    Case("add (r0)+,@(r1)+ source", [0o062031], {0: HIGH, 1: LOW}, HIGH, {LOW: LOW + 2}),
    Case("add (r0)+,@(r1)+ destination", [0o062031], {0: LOW, 1: LOW + 2}, HIGH,
         {LOW: 5, LOW + 2: HIGH}),
    # Two registers, the first or the second access.
    Case("mov (r0)+,(r1)+ first", [0o012021], {0: HIGH, 1: LOW}, HIGH),
    Case("mov (r0)+,(r1)+ second", [0o012021], {0: LOW, 1: HIGH}, HIGH, {LOW: 0o7070}),
    # The same register for both operands.
    Case("mov (r0)+,(r0)+ first", [0o012020], {0: HIGH}, HIGH),
    Case("mov (r0)+,(r0)+ second", [0o012020], {0: HIGH - 2}, HIGH, {HIGH - 2: 0o5151}),
    Case("cmp -(r0),-(r0) first", [0o024040], {0: HIGH + 2}, HIGH),
    # Byte operations: autoincrement by one, and on SP by two.
    Case("movb (r0)+,(r1)+ first", [0o112021], {0: HIGH, 1: LOW}, HIGH),
    Case("movb (r0)+,(r1)+ second", [0o112021], {0: LOW, 1: HIGH}, HIGH, {LOW: 0o377}),
    Case("movb (r0)+,(r0)+ second", [0o112020], {0: HIGH - 1}, HIGH, {HIGH - 2: 0o101 << 8}),
    Case("movb -(r0),r1", [0o114001], {0: HIGH + 1}, HIGH),
    Case("incb (r0)+", [0o105220], {0: HIGH}, HIGH),
    Case("comb -(r0)", [0o105140], {0: HIGH + 1}, HIGH),
    # SP as the register.
    Case("mov r0,-(sp)", [0o010046], {0: 0o4444, 6: STACK}, STACK - 2),
    Case("clr -(sp)", [0o005046], {6: STACK}, STACK - 2),
    Case("tst -(sp)", [0o005746], {6: STACK}, STACK - 2),
    Case("mov (sp)+,r0", [0o012600], {6: HIGH}, HIGH),
    Case("movb (sp)+,r0", [0o112600], {6: HIGH}, HIGH),
    Case("mov @(sp)+,r0", [0o013600], {6: LOW}, HIGH, {LOW: HIGH}),
    Case("mov -(sp),-(sp) second", [0o014646], {6: STACK + 2}, STACK - 2,
         {STACK: 0o1357}),
    # JSR: the address (first access), the push (second).
    Case("jsr pc,@#target", [0o004737, TARGET], {6: STACK}, STACK - 2),
    Case("jsr r5,@(r0)+ pointer", [0o004530], {0: HIGH, 5: 0o555, 6: 0o177776}, HIGH,
         {HIGH: TARGET}),
    Case("jsr r5,@(r0)+ push", [0o004530], {0: LOW, 5: 0o555, 6: STACK}, STACK - 2,
         {LOW: TARGET}),
    # RTS pops last.
    Case("rts pc", [0o000207], {6: HIGH}, HIGH, {HIGH: TARGET}),
    Case("rts r5", [0o000205], {5: TARGET, 6: HIGH}, HIGH, {HIGH: 0o4321}),
    # MARK 2 at 076: SP = 0100 + 4 = 0104, outside a one-block text; PC = r5.
    Case("mark 2", [0o006402], {5: TARGET + 0o10, 6: 0o177776}, 0o104,
         {0o104: 0o4321}, start=0o76, text_length=0),
    # MFPI reads in the previous space (user), then pushes.
    Case("mfpi (r0)+ read", [0o006520], {0: HIGH, 6: 0o177776}, HIGH),
    Case("mfpi (r0)+ push", [0o006520], {0: LOW, 6: STACK}, STACK - 2, {LOW: 0o2222}),
    # MTPI pops, then writes in the previous space.
    Case("mtpi -(r0) pop", [0o006640], {0: LOW + 2, 6: HIGH}, HIGH),
    Case("mtpi -(r0) write", [0o006640], {0: HIGH + 2, 6: LOW}, HIGH, {LOW: 0o3333}),
]


def pa(va: int) -> int:
    """Physical address of a virtual one, the same in both mappings."""
    if va >= 0o160000:
        return 0o100000 + va - 0o160000
    if va >= 0o20000:
        return 0o40000 + va - 0o20000
    return 0o10000 + va


def mapping(large: bool, text_length: int = 0o177) -> tuple[list[int], list[int]]:
    par = [0o100, 0o400, 0, 0, 0, 0, 0, 0o1000]
    pdr = [0o177 << 8 | RO if large else text_length << 8 | RO,
           (0o177 if large else 7) << 8 | RW, 0, 0, 0, 0, 0,
           (0o160 if large else 0o170) << 8 | ED | RW]
    return par, pdr


def machine(case: Case, engine: str, large: bool) -> Machine:
    m = Machine(0o200000, hosted=True, engine=engine)
    for va in range(0, case.start, 2):
        m.write_word(pa(va), NOP)
    for i, w in enumerate(case.words):
        m.write_word(pa(case.start + 2 * i), w)
    m.write_word(pa(case.start + 2 * len(case.words)), SYS)
    for va in (TARGET, TARGET + 0o10):
        m.write_word(pa(va), SYS)
    for va, w in case.mem.items():
        m.write_word(pa(va), w)
    m.set_psw(0o170000)
    m.sureg(*mapping(large, case.text_length))
    regs = [0, 0, 0, 0, 0, 0, 0o177776, case.start - 2 if case.start else 0]
    for k, v in case.regs.items():
        regs[k] = v
    m.regs[:8] = regs
    return m


def before(case: Case) -> list[int]:
    regs = [0, 0, 0, 0, 0, 0, 0o177776, case.start]
    for k, v in case.regs.items():
        regs[k] = v
    return regs


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_faulted_instruction_restarts_exactly(case, engine):
    reference = machine(case, engine, large=True)
    assert reference.run(100).reason is Reason.TRAP
    m = machine(case, engine, large=False)
    core = bytes(m.mem)
    stop = m.run(100)
    assert (stop.reason, stop.vector, stop.pc, stop.addr) == (Reason.FAULT, 0o250, case.start, case.addr)
    assert m.mem == core                               # nothing was stored
    assert m.backup()
    assert m.regs[:8] == before(case)
    assert not m.backup()                              # once only
    m.sureg(*mapping(large=True))
    m.clear_abort()
    assert m.run(100).reason is Reason.TRAP
    assert (m.regs, m.psw, m.mem) == (reference.regs, reference.psw, reference.mem)


def test_the_cases_cover_every_register_mode_on_both_sides():
    modes = set()
    for case in CASES:
        word = case.words[0]
        if word >> 12 & 7:                      # a double-operand instruction
            modes.add(("src", word >> 9 & 7))
        modes.add(("dst", word >> 3 & 7))
    assert {(side, mode) for side in ("src", "dst") for mode in (2, 3, 4, 5)} <= modes


# --- when there is nothing to back up ----------------------------------------------

def user_loop(engine: str, hosted: bool = True) -> Machine:
    """``inc r0; br .-2`` at virtual 0, mapped read/write."""
    m = Machine(0o40000, hosted=hosted, engine=engine)
    m.write_word(0o10000, 0o005200)
    m.write_word(0o10002, 0o000776)
    m.set_psw(0o170000)
    m.sureg([0o100] + [0] * 7, [RW] + [0] * 7)
    return m


@pytest.mark.parametrize("engine", ENGINES)
def test_no_backup_after_a_budget_stop_or_a_trace_trap(engine):
    m = user_loop(engine)
    assert m.run(10).reason is Reason.BUDGET
    assert not m.backup()
    m.set_psw(0o170020)                         # T: a trace trap after one instruction
    stop = m.run(10)
    assert (stop.reason, stop.vector) == (Reason.TRAP, 0o14)
    pc = m.pc
    assert not m.backup() and m.pc == pc


@pytest.mark.parametrize("engine", ENGINES)
def test_a_trap_instruction_backs_up_to_itself(engine):
    m = user_loop(engine)
    m.write_word(0o10002, SYS | 3)              # inc r0; sys 3
    assert m.run(10).reason is Reason.TRAP and m.pc == 4
    assert m.backup() and m.pc == 2 and m.regs[0] == 1


def test_mmr0_stays_frozen_until_the_kernel_clears_it():
    """Two faults in a row: MMR0 keeps the first (segment 1, user, length
    abort: 040000 | 0140 | 2 | 1) until clear_abort; then it takes the next."""
    m = machine(Case("", [0o012001], {0: HIGH}, HIGH), "interp", large=False)
    m.run(100)
    assert m.mmu.mmr0 == mmu.LENGTH | 0o140 | 1 << 1 | 1
    m.backup()
    m.regs[6] = STACK
    m.write_word(pa(2), 0o010046)              # now mov r0,-(sp): segment 7
    m.run(100)
    assert m.mmu.mmr0 == mmu.LENGTH | 0o140 | 1 << 1 | 1
    m.clear_abort()
    assert m.mmu.mmr0 == 1
    m.backup()
    m.run(100)
    assert m.mmu.mmr0 == mmu.LENGTH | 0o140 | 7 << 1 | 1
