"""The machine around the CPU: the I/O page, traps, the line clock, WAIT, RESET, HALT.

Programs are octal words (the instruction encodings are the processor
handbook's); each test works out by hand what the machine must do.
"""

import pytest

from v6.pdp11 import mmu
from v6.pdp11.machine import NS_PER_TICK, Machine, Reason

ENGINES = ["interp", "translate"]


def machine(words: list[int], engine: str, at: int = 0o1000, **kw) -> Machine:
    m = Machine(engine=engine, **kw)
    for i, w in enumerate(words):
        m.write_word(at + 2 * i, w)
    m.pc, m.sp = at, at
    return m


@pytest.mark.parametrize("engine", ENGINES)
def test_psw_answers_at_177776(engine):
    # mov #0344, @#177776 (priority 7, Z); mov @#177776, r0; halt.
    # The second MOV reads 0344 back and sets N=0 Z=0 V=0 from it: PSW 0340.
    m = machine([0o012737, 0o344, 0o177776, 0o013700, 0o177776, 0], engine)
    assert m.run(10).reason is Reason.HALT
    assert m.regs[0] == 0o344 and m.psw == 0o340


@pytest.mark.parametrize("engine", ENGINES)
def test_writing_the_psw_cannot_set_t(engine):
    # mov #20, @#177776 ; halt — the T bit (020) is not loaded by a write.
    m = machine([0o012737, 0o20, 0o177776, 0], engine)
    m.run(10)
    assert m.psw & 0o20 == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_kt11_registers_answer_in_the_io_page(engine):
    # mov #1234, @#172340 (KIPAR0); mov #77406, @#172300 (KIPDR0); mov @#172340, r1; halt
    m = machine([0o012737, 0o1234, 0o172340, 0o012737, 0o77406, 0o172300,
                 0o013701, 0o172340, 0], engine)
    m.run(10)
    assert m.mmu.par[mmu.KERNEL][0] == 0o1234 and m.mmu.pdr[mmu.KERNEL][0] == 0o77406
    assert m.regs[1] == 0o1234


@pytest.mark.parametrize("engine", ENGINES)
def test_enabling_relocation_from_the_program(engine):
    """Kernel maps segment 0 one to one and segment 1 onto 0100000, turns the
    MMU on, and a store through segment 1 lands at physical 0100000."""
    words = [
        0o012737, 0o0, 0o172340,        # KIPAR0 = 0
        0o012737, 0o77406, 0o172300,    # KIPDR0 = full, read/write
        0o012737, 0o1000, 0o172342,     # KIPAR1 = 01000 (-> 0100000)
        0o012737, 0o77406, 0o172302,    # KIPDR1
        0o012737, 0o7600, 0o172356,     # KIPAR7 = the I/O page
        0o012737, 0o77406, 0o172316,    # KIPDR7
        0o012737, 0o1, 0o177572,        # MMR0 = 1: relocation on
        0o012737, 0o4321, 0o20000,      # mov #4321, @#20000 (segment 1)
        0,
    ]
    m = machine(words, engine)
    assert m.run(100).reason is Reason.HALT
    assert m.read_word(0o100000) == 0o4321 and m.read_word(0o20000) == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_trap_instruction_vectors_through_034(engine):
    # vector 034 -> (02000, 0340); at 02000: halt.  trap 7 at 01000.
    m = machine([0o104407], engine)
    m.write_word(0o34, 0o2000)
    m.write_word(0o36, 0o340)
    m.set_psw(0o17)  # all condition codes set, priority 0
    stop = m.run(10)
    assert stop.reason is Reason.HALT and stop.pc == 0o2000
    # The old PSW then the old PC were pushed on the kernel stack.
    assert m.sp == 0o774
    assert m.read_word(0o776) == 0o17 and m.read_word(0o774) == 0o1002
    assert m.psw == 0o340


@pytest.mark.parametrize("engine", ENGINES)
def test_hosted_machine_reports_traps_instead_of_vectoring(engine):
    m = machine([0o104405], engine, hosted=True)
    stop = m.run(10)
    assert (stop.reason, stop.vector, stop.pc) == (Reason.TRAP, 0o34, 0o1000)
    assert m.pc == 0o1002 and m.sp == 0o1000


@pytest.mark.parametrize("engine", ENGINES)
def test_odd_address_is_a_fault_with_its_address(engine):
    # mov @#1001, r0
    m = machine([0o013700, 0o1001], engine, hosted=True)
    stop = m.run(10)
    assert (stop.reason, stop.vector, stop.addr) == (Reason.FAULT, 0o4, 0o1001)


@pytest.mark.parametrize("engine", ENGINES)
def test_nonexistent_memory_traps_to_4(engine):
    m = machine([0o013700, 0o150000], engine, memsize=0o40000, hosted=True)
    stop = m.run(10)
    assert (stop.reason, stop.vector) == (Reason.FAULT, 0o4)


@pytest.mark.parametrize("engine", ENGINES)
def test_line_clock_interrupts_60_times_a_second(engine):
    """Enable the clock (LKS bit 6), lower the priority, count interrupts in r5.

    The handler at 02000 is ``inc r5; rti``; the main loop ``br .`` spins.
    One simulated second must bring exactly 60 interrupts.
    """
    words = [0o012737, 0o100, 0o177546,   # mov #100, @#177546
             0o005037, 0o177776,          # clr @#177776 (priority 0)
             0o000777]                    # br .
    m = machine(words, engine)
    m.write_word(0o100, 0o2000)
    m.write_word(0o102, 0o340)
    m.write_word(0o2000, 0o005205)  # inc r5
    m.write_word(0o2002, 0o000002)  # rti
    while m.clock.ns < 1_000_000_000:
        m.run(10_000)
    assert m.regs[5] == 60
    assert NS_PER_TICK * 60 <= m.clock.ns


@pytest.mark.parametrize("engine", ENGINES)
def test_wait_idles_until_the_clock_interrupt(engine):
    # mov #100, @#177546; clr @#177776; wait; halt.  The handler only rti's.
    words = [0o012737, 0o100, 0o177546, 0o005037, 0o177776, 0o000001, 0]
    m = machine(words, engine)
    m.write_word(0o100, 0o2000)
    m.write_word(0o102, 0o340)
    m.write_word(0o2000, 0o000002)
    stop = m.run(100)
    assert stop.reason is Reason.HALT
    assert m.clock.ns >= NS_PER_TICK  # the WAIT lasted until the first tick


@pytest.mark.parametrize("engine", ENGINES)
def test_wait_with_nothing_to_wake_it_stops(engine):
    m = machine([0o000001], engine)
    stop = m.run(10)
    assert stop.reason is Reason.WAIT and m.pc == 0o1002


@pytest.mark.parametrize("engine", ENGINES)
def test_reset_turns_relocation_off_and_stops_the_clock(engine):
    m = machine([0o000005, 0], engine)
    m.mmu.mmr0 = 1
    m.lks = 0o100
    m.mmu.par[mmu.KERNEL][0] = 0
    m.mmu.pdr[mmu.KERNEL][0] = 0o77406
    m.mmu_changed()
    m.run(10)
    assert m.mmu.mmr0 == 0 and m.lks == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_console_output(engine):
    # movb #'h, @#177566; movb #'i, @#177566; halt
    m = machine([0o112737, ord("h"), 0o177566, 0o112737, ord("i"), 0o177566, 0], engine)
    m.run(10)
    assert m.console_out == b"hi"


@pytest.mark.parametrize("engine", ENGINES)
def test_switch_register(engine):
    m = machine([0o013700, 0o177570, 0], engine)
    m.switches = 0o173030
    m.run(10)
    assert m.regs[0] == 0o173030


@pytest.mark.parametrize("engine", ENGINES)
def test_halt_in_user_mode_traps_hosted(engine):
    m = machine([0], engine, hosted=True)
    m.set_psw(0o170000)
    stop = m.run(10)
    assert (stop.reason, stop.vector) == (Reason.FAULT, 0o10)


def test_budget_is_exact():
    for engine in ENGINES:
        m = machine([0o005200, 0o000776], engine)  # inc r0; br .-2
        stop = m.run(1001)
        assert stop.reason is Reason.BUDGET and m.icount == 1001 and m.regs[0] == 501


def test_simulated_time_is_the_same_for_both_engines():
    results = []
    for engine in ENGINES:
        m = machine([0o005200, 0o060001, 0o000775], engine)  # inc r0; add r0,r1; br .-4
        m.run(30000)
        results.append((m.clock.ns, m.regs[:8], m.icount))
    assert results[0] == results[1]


@pytest.mark.parametrize("deadline", [1, 700, 12_345, 99_999, 250_001, 1_000_000])
def test_interpreter_stops_at_the_first_instruction_on_or_past_the_deadline(deadline):
    # inc r0; div r0,r2 (a long one: it makes runs of instructions end
    # unevenly); br .-4.  The interpreter must start every instruction before
    # the deadline and none after it; the count is worked out here by adding
    # the instructions' times one by one.
    from v6.pdp11 import interp, isa, timing

    words = [0o005200, 0o071200, 0o000775]
    m = machine(words, "interp")
    m.regs[2], m.regs[3] = 0, 7
    interp.run(m, 10**6, deadline)
    t = n = 0
    while t < deadline:
        w = words[n % 3]
        t += timing.cost(isa.decode(w), w)
        n += 1
    assert m.icount == n and m.clock.ns == t


@pytest.mark.parametrize("engine", ENGINES)
def test_an_instruction_that_faults_is_counted_and_charged(engine):
    # 40 x inc r0, then an odd-address read, mov @#1,r1: 41 instructions
    # fetched, the last one faulting; the time is 40 incs and the mov.
    from v6.pdp11 import isa, timing

    m = machine([0o005200] * 40 + [0o013701, 1, 0], engine, hosted=True)
    stop = m.run(1000)
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o4, 0o1000 + 80)
    assert m.icount == 41 and m.regs[0] == 40
    cost = {w: timing.cost(isa.decode(w), w) for w in (0o005200, 0o013701)}
    assert m.clock.ns == 40 * cost[0o005200] + cost[0o013701]


def trap_from_user(engine: str, ksp: int) -> Machine:
    """BPT at 0 in user mode; vectors 4 and 14 lead to HALTs at 02004 and 02014."""
    m = machine([0o3], engine, at=0)
    for vector in (0o4, 0o14):
        m.write_word(vector, 0o2000 + vector)
        m.write_word(vector + 2, 0o340)
    m.set_psw(0o170000)
    m.sp = 0o1000
    m.set_stack_pointer(mmu.KERNEL, ksp)
    return m


@pytest.mark.parametrize("engine", ENGINES)
def test_a_trap_whose_push_fails_saves_the_interrupted_pc_and_psw_at_0_and_2(engine):
    # BPT from user mode with an odd kernel SP: the push is a bus error, so
    # SP becomes 4 and the trap goes through 4, pushing the PSW of the user
    # program (0170000) at 2 and its PC (2, past the BPT) at 0.  The new PSW
    # is vector 4's (0340) with the user as previous mode (030000); SP ends at 0.
    m = trap_from_user(engine, 0o1001)
    m.run(1)
    assert (m.read_word(2), m.read_word(0)) == (0o170000, 0o2)
    assert (m.pc, m.psw, m.sp) == (0o2004, 0o030340, 0)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_mmu_abort_of_a_trap_push_is_recorded_in_mmr0(engine):
    # Relocation on, kernel segment 0 mapped one to one, segment 1
    # non-resident.  The kernel SP 020002 makes the first push land at
    # 020000, in segment 1: MMR0 gets non-resident (0100000), kernel mode (0),
    # page 1 (1 << 1) and keeps enable: 0100003.  Then the emergency stack as above.
    m = trap_from_user(engine, 0o20002)
    m.mmu.pdr[mmu.KERNEL][0] = 0o77406
    m.mmu.pdr[mmu.USER][0] = 0o77406
    m.mmu.mmr0 = 1
    m.mmu_changed()
    m.run(1)
    assert m.mmu.mmr0 == 0o100003
    assert (m.read_word(2), m.read_word(0), m.pc) == (0o170000, 0o2, 0o2004)
