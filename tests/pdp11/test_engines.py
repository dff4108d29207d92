"""The interpreter and the block translator give the same machine, always.

Random programs run on both engines — kernel mode and user mode under the
KT11, with the line clock interrupting, with stores into their own code —
and the whole state is compared: registers, both stack pointers, PSW, core,
MMU status, instruction count and simulated time.  A hypothesis strategy
builds programs of loops, stores into their own code and KT11 register
changes (one of which can map a data segment onto the code), run with the
translator eager or tiered, and the engines are compared at every stop.
Targeted tests show each
way a translation must be dropped or chosen: a store into translated code
(from another block, from the block itself, from Python), code built on the
stack, and the MMU mapping the same virtual address onto other code.
"""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from v6.pdp11 import codegen, isa, mmu
from v6.pdp11.machine import Machine, Reason

MEM = 0o40000
CODE = 0o10000
VECTORS = (0o4, 0o10, 0o14, 0o20, 0o24, 0o30, 0o34, 0o100, 0o114, 0o240, 0o244, 0o250)


def random_word(rng: random.Random) -> int:
    """Mostly instructions the 11/40 has, biased to small register-relative modes."""
    while True:
        w = rng.getrandbits(16)
        row = isa.decode(w)
        if row is None or not row.cpu:
            if rng.random() < 0.02:
                return w
            continue
        if row.name in ("halt", "wait", "reset") and rng.random() < 0.9:
            continue
        return w


def build(rng: random.Random, engine: str, user: bool, clock: bool) -> Machine:
    m = Machine(MEM, engine=engine)
    data = bytes(rng.getrandbits(8) for _ in range(MEM))
    m.load(0, data)
    handler = 0o2000
    for v in VECTORS:
        # Each handler counts its trap in the word at 03000+v and returns.
        m.write_word(v, handler)
        m.write_word(v + 2, 0o340)
        for i, w in enumerate([0o005237, 0o3000 + v, 0o000002]):  # inc @#3000+v; rti
            m.write_word(handler + 2 * i, w)
        handler += 6
    for i in range(rng.randint(4, 40)):
        m.write_word(CODE + 2 * i, random_word(rng))
    regs = [rng.choice([CODE + 2 * rng.randint(0, 40), rng.getrandbits(16), 0o20000 + rng.getrandbits(12)])
            for _ in range(6)]
    m.regs[:6] = regs
    m.sp, m.pc = 0o7000, CODE
    m.stack[mmu.USER] = 0o7000
    if clock:
        m.lks = 0o100
    if user:
        _map_user(rng, m)
    return m


def _map_user(rng: random.Random, m: Machine) -> None:
    """Kernel one to one; user segments here and there, some read-only, some short."""
    for seg in range(8):
        m.mmu.par[mmu.KERNEL][seg] = seg * 0o200
        m.mmu.pdr[mmu.KERNEL][seg] = 0o77406
        base = rng.choice([0, 0o100, 0o200, 0o300, seg * 0o200 % 0o400])
        m.mmu.par[mmu.USER][seg] = base
        length = rng.choice([0o177, 0o177, 0o40, 0o3])
        m.mmu.pdr[mmu.USER][seg] = (length << 8) | rng.choice([6, 6, 6, 2, 0]) | rng.choice([0, 0, 8])
    m.mmu.pdr[mmu.USER][1] = 0o77406            # the code's segment is always there
    m.mmu.par[mmu.USER][1] = 0o200
    m.mmu.mmr0 = 1
    m.mmu_changed()
    m.set_psw(0o170000)
    m.sp = 0o27000


def state(m: Machine) -> tuple:
    return (m.regs[:], m.psw, m.stack[:], bytes(m.mem), m.mmu.mmr0, m.mmu.mmr2, m.icount,
            m.clock.ns, m.lks)


def run_both(seed: int, user: bool, clock: bool, budget: int) -> None:
    results = []
    for engine in ("interp", "translate"):
        m = build(random.Random(seed), engine, user, clock)
        stops = []
        for _ in range(6):
            stop = m.run(budget)
            stops.append(stop)
            if stop.reason is not Reason.BUDGET:
                break
        results.append((stops, state(m)))
    assert results[0][0] == results[1][0], f"seed {seed}: stops differ"
    assert results[0][1] == results[1][1], f"seed {seed}: state differs"


@pytest.mark.parametrize("seed", range(150))
def test_random_kernel_programs_agree(seed):
    run_both(seed, user=False, clock=seed % 3 == 0, budget=300 + seed % 7)


@pytest.mark.parametrize("seed", range(150))
def test_random_user_programs_under_the_mmu_agree(seed):
    run_both(10_000 + seed, user=True, clock=seed % 2 == 0, budget=250 + seed % 5)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(1000))
def test_many_random_programs_agree(seed):
    run_both(100_000 + seed, user=seed % 2 == 1, clock=seed % 3 == 0, budget=997)


# --- programs built to stress the translator: loops, stores into code, the KT11 --------

KISAR1, KISDR1 = 0o172342, 0o172302
"""Kernel segment 1's PAR and PDR (virtual 020000-037777)."""


@st.composite
def instruction(draw: st.DrawFn) -> list[int]:
    """One instruction the 11/40 has (rarely HALT, WAIT or RESET), with its index words."""
    word = draw(st.integers(0, 0o177777).filter(_usable))
    row = isa.decode(word)
    return [word] + [draw(st.integers(0, 0o177777)) for _ in range(codegen.length(row, word) - 1)]


def _usable(word: int) -> bool:
    row = isa.decode(word)
    return row is not None and row.cpu and row.name not in ("halt", "wait", "reset")


@st.composite
def piece(draw: st.DrawFn) -> list[int]:
    """An instruction, a loop, a store into the code, or a KT11 change."""
    kind = draw(st.sampled_from(["instruction", "instruction", "loop", "patch", "remap"]))
    if kind == "instruction":
        return draw(instruction())
    if kind == "loop":                       # mov #k, r4; body; sob r4, body
        body = [w for _ in range(draw(st.integers(1, 3))) for w in draw(instruction())]
        return [0o012704, draw(st.integers(1, 9)), *body, 0o077400 | (len(body) + 1)]
    if kind == "patch":                      # mov #word, @#somewhere in the code
        target = CODE + 2 * draw(st.integers(0, 40))
        return [0o012737, draw(instruction())[0], target]
    register, values = draw(st.sampled_from([(KISAR1, (0o0, 0o100, 0o200)),
                                             (KISDR1, (0o77406, 0o77402, 0o37406, 0o77416))]))
    return [0o012737, draw(st.sampled_from(values)), register]


@st.composite
def stress_program(draw: st.DrawFn) -> list[int]:
    words: list[int] = []
    for _ in range(draw(st.integers(3, 16))):
        words += draw(piece())
    return words


def _stress_machine(engine: str, seed: int, words: list[int], hot: int, clock: bool) -> Machine:
    """``build``'s kernel-mode machine with the KT11 on, the code in segment 0 and the I/O page
    in 7, segment 1 on its own core, registers pointing at the code and at segment 1."""
    rng = random.Random(seed)
    m = build(rng, engine, user=False, clock=clock)
    for i, w in enumerate(words):
        m.write_word(CODE + 2 * i, w)
    for seg in range(8):
        m.mmu.par[mmu.KERNEL][seg] = 0o7600 if seg == 7 else seg * 0o200
        m.mmu.pdr[mmu.KERNEL][seg] = 0o77406
    m.mmu.mmr0 = 1
    m.mmu_changed()
    m.regs[:6] = [rng.choice([CODE + 2 * rng.randint(0, 40), 0o20000 + 2 * rng.randint(0, 0o777)])
                  for _ in range(6)]
    if m.translator is not None:
        m.translator.hot = hot
    return m


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=stress_program(), seed=st.integers(0, 2**32), hot=st.sampled_from([1, 2, 5]),
       clock=st.booleans(), budgets=st.lists(st.integers(1, 400), min_size=1, max_size=8))
def test_loops_stores_into_code_and_kt11_changes_agree_at_every_stop(words, seed, hot, clock,
                                                                     budgets):
    machines = [_stress_machine(engine, seed, words, hot, clock) for engine in ("interp", "translate")]
    for budget in budgets:
        stops = [m.run(budget) for m in machines]
        assert stops[0] == stops[1]
        assert state(machines[0]) == state(machines[1])
        if stops[0].reason is not Reason.BUDGET:
            break


def program(words: list[int], engine: str = "translate", at: int = 0o1000) -> Machine:
    m = Machine(engine=engine)
    for i, w in enumerate(words):
        m.write_word(at + 2 * i, w)
    m.pc, m.sp = at, at
    return m


def test_store_from_the_block_into_itself_ends_the_block():
    """``mov #5200, @#1006`` rewrites the next instruction from ``clr r1`` (005001)
    to ``inc r0`` (005200) — inside the same straight-line block — before it runs."""
    words = [0o012737, 0o005200, 0o1006,  # 1000: mov #005200, @#1006
             0o005001,                    # 1006: clr r1 -> inc r0
             0o000000]                    # 1010: halt
    for engine in ("interp", "translate"):
        m = program(words, engine)
        m.regs[1] = 7
        assert m.run(10).reason is Reason.HALT
        assert (m.regs[0], m.regs[1]) == (1, 7), engine


def test_store_into_another_translated_block_drops_it():
    """A loop calls a subroutine, then patches it; the next call runs the new code."""
    words = [0o004767, 0o10,              # 1000: jsr pc, 1014
             0o012737, 0o005202, 0o1014,  # 1004: mov #005202 (inc r2), @#1014
             0o004767, 0o2,               # 1012: jsr pc, 1014 -- wait: see below
             ]
    # Lay out explicitly: 1000 jsr pc,1020; 1004 mov #005202,@#1020; 1012 jsr pc,1020; 1016 halt
    m = program([0o004767, 0o14, 0o012737, 0o005202, 0o1020, 0o004767, 0o2, 0o000000,
                 0o005201, 0o000207])   # 1020: inc r1; 1022: rts pc
    del words
    stop = m.run(100)
    assert stop.reason is Reason.HALT
    assert (m.regs[1], m.regs[2]) == (1, 1)  # first call inc r1, second call inc r2
    assert m.translator.translations >= 3


def test_python_side_load_drops_translations():
    m = program([0o005200, 0o000000])  # inc r0; halt
    m.run(10)
    m.write_word(0o1000, 0o005201)     # now inc r1
    m.pc = 0o1000
    m.run(10)
    assert (m.regs[0], m.regs[1]) == (1, 1)


def test_code_built_on_the_stack_runs():
    """Push ``halt`` then ``inc r3`` (so inc is at the lower address) and jump to it."""
    m = program([0o012746, 0o000000,     # mov #0, -(sp)      (halt)
                 0o012746, 0o005203,     # mov #005203, -(sp) (inc r3)
                 0o000116])              # jmp (sp)
    m.sp = 0o700
    assert m.run(20).reason is Reason.HALT
    assert m.regs[3] == 1 and m.pc == 0o700  # past the halt at 0676


def test_mmu_change_selects_the_translation_of_the_new_mapping():
    """The same virtual address 0 holds ``inc r0`` through one PAR and ``inc r1``
    through another: switching the PAR between runs must switch the code."""
    m = Machine(hosted=True)
    m.write_word(0o10000, 0o005200)   # physical 010000: inc r0
    m.write_word(0o10002, 0o104401)   # sys 1
    m.write_word(0o20000, 0o005201)   # physical 020000: inc r1
    m.write_word(0o20002, 0o104401)
    m.mmu.mmr0 = 1
    m.mmu.pdr[mmu.USER][0] = 0o77406
    m.set_psw(0o170000)
    for par, expect in ((0o100, (1, 0)), (0o200, (1, 1)), (0o100, (2, 1))):
        m.mmu.par[mmu.USER][0] = par
        m.mmu_changed()
        m.pc = 0
        assert m.run(10).reason is Reason.TRAP
        assert (m.regs[0], m.regs[1]) == expect


def test_mode_change_uses_the_other_spaces_mapping():
    """Kernel and user map virtual 0 differently; a trap from user to kernel
    must run the kernel's code there, not the user's translation."""
    m = Machine()
    m.write_word(0o10000, 0o005200)       # user code at physical 010000: inc r0; trap
    m.write_word(0o10002, 0o104400)
    m.write_word(0o34, 0o1000)            # trap vector -> kernel 01000
    m.write_word(0o36, 0o340)
    m.write_word(0o1000, 0o005201)        # kernel: inc r1; halt
    m.write_word(0o1002, 0o000000)
    for seg in range(8):
        m.mmu.par[mmu.KERNEL][seg] = seg * 0o200
        m.mmu.pdr[mmu.KERNEL][seg] = 0o77406
    m.mmu.par[mmu.USER][0] = 0o100
    m.mmu.pdr[mmu.USER][0] = 0o77406
    m.mmu.mmr0 = 1
    m.mmu_changed()
    m.sp = 0o2000
    m.set_psw(0o170000)
    m.pc = 0
    assert m.run(10).reason is Reason.HALT
    assert (m.regs[0], m.regs[1]) == (1, 1)


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_an_overwritten_trap_instruction_is_not_taken_again(engine):
    """The translator carries out ``sys`` itself from an entry of its own; a
    store over the ``sys`` must drop that entry like any translated code."""
    m = Machine(hosted=True, engine=engine)
    m.write_word(0o1000, 0o104401)        # sys 1
    m.write_word(0o1002, 0o000776)        # br .-2, back to it
    m.pc = 0o1000
    stop = m.run(10)
    assert (stop.reason, stop.vector, stop.pc, m.pc) == (Reason.TRAP, 0o34, 0o1000, 0o1002)
    m.write_word(0o1000, 0o005200)        # inc r0 where the sys was
    assert m.run(10).reason is Reason.BUDGET
    assert m.regs[0] == 5                  # br, inc r0, five times
