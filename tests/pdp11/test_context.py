"""Context switches: saving and restoring a process's registers, ``sureg``, and
translated code that survives both.

Programs are octal words (encodings from the processor handbook); the
mappings are worked out by hand from the KT11 description: a PAR holds a
base in 64-byte units, a PDR the length field (bits 14-8) and the access
control (bits 2-1: 01 read-only, 11 read/write).
"""

import pytest

from v6.pdp11 import mmu
from v6.pdp11.machine import TABLE_CACHE_SIZE, Context, Machine, Reason

ENGINES = ["interp", "translate"]
RO, RW = 0o2, 0o6

# The shared pure text, at virtual 0:
#   0: inc @#20000        count the rounds in the data segment
#   4: add r1, @#20002    add this process's r1 to a sum there
#  10: sys 1              give up the processor
#  12: br 0
TEXT = [0o005237, 0o20000, 0o060137, 0o20002, 0o104401, 0o000772]
TEXT_PA, DATA_A, DATA_B = 0o10000, 0o20000, 0o30000


def mapping(data_pa: int) -> tuple[list[int], list[int]]:
    """Segment 0: the text, one 64-byte block read-only; segment 1: the data, read/write."""
    par = [TEXT_PA >> 6, data_pa >> 6, 0, 0, 0, 0, 0, 0]
    pdr = [RO, RW, 0, 0, 0, 0, 0, 0]
    return par, pdr


def user_machine(engine: str) -> Machine:
    m = Machine(0o40000, hosted=True, engine=engine)
    for i, w in enumerate(TEXT):
        m.write_word(TEXT_PA + 2 * i, w)
    m.set_psw(0o170000)
    return m


def new_process(m: Machine, r1: int) -> Context:
    """A process at the top of the text with r1 set, as a context."""
    ctx = m.save_context()
    ctx.regs[:8] = [0, r1, 0, 0, 0, 0, 0o17776, 0]
    return ctx


# --- save_context / restore_context ------------------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_a_context_comes_back_exactly(engine):
    m = user_machine(engine)
    m.regs = [1, 2, 3, 4, 5, 6, 0o17770, 0o10, 1, 0, 1, 0]
    m.set_stack_pointer(mmu.KERNEL, 0o1234)
    saved = m.save_context()
    m.regs = [0o7] * 8 + [0, 1, 0, 1]
    m.set_stack_pointer(mmu.KERNEL, 0o4444)
    m.set_psw(0o340)                       # kernel mode, priority 7
    m.restore_context(saved)
    assert m.regs == [1, 2, 3, 4, 5, 6, 0o17770, 0o10, 1, 0, 1, 0]
    # User mode again (the SPs swapped back), N and V set: PSW 0170000 | 012.
    assert m.psw == 0o170012 and saved.psw == 0o170012
    assert m.stack_pointer(mmu.USER) == 0o17770
    assert m.stack_pointer(mmu.KERNEL) == 0o1234


def test_a_context_is_a_copy():
    m = user_machine("interp")
    saved = m.save_context()
    m.regs[0] = 0o777
    assert saved.regs[0] == 0
    saved.regs[1] = 0o555
    assert m.regs[1] == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_assigning_regs_reaches_the_engines(engine):
    """``m.regs = values`` after the handlers were made: the next run must see the values."""
    m = user_machine(engine)
    m.sureg(*mapping(DATA_A))
    m.regs = [0, 3, 0, 0, 0, 0, 0o17776, 0, 0, 0, 0, 0]
    assert m.run(100).reason is Reason.TRAP
    regs = m.regs
    m.regs = [0, 5, 0, 0, 0, 0, 0o17776, 0, 0, 0, 0, 0]
    assert m.regs is regs
    assert m.run(100).reason is Reason.TRAP
    assert m.read_word(DATA_A + 2) == 3 + 5


def test_regs_takes_exactly_twelve_values():
    m = Machine()
    with pytest.raises(ValueError):
        m.regs = [0] * 8
    with pytest.raises(ValueError):
        m.restore_context(Context([0] * 8, 0, 0))
    assert len(m.regs) == 12


@pytest.mark.parametrize("engine", ENGINES)
def test_restoring_a_user_context_on_a_kernel_machine_maps_user_space(engine):
    """The machine in kernel mode with relocation off; a user context brings user
    mode, whose mapping (set by sureg) must be the one instructions go through."""
    m = user_machine(engine)
    m.sureg(*mapping(DATA_A))
    user = new_process(m, 7)
    m.set_psw(0)
    assert m.mode == mmu.KERNEL
    m.restore_context(user)
    assert m.mode == mmu.USER and m.sp == 0o17776
    assert m.run(100).reason is Reason.TRAP
    assert m.read_word(DATA_A) == 1 and m.read_word(DATA_A + 2) == 7


# --- sureg ------------------------------------------------------------------------------

def test_sureg_loads_the_user_registers_as_the_hardware_holds_them():
    m = Machine(0o40000, hosted=True)
    m.sureg([0o170100] + [0] * 7, [0o177777] + [0] * 7)
    # PAR: 12 bits (0170100 -> 0100); PDR: bits 14-8, 3, 2-1 (0177777 -> 077416:
    # length field 0177, downward, read/write: only the top 64 bytes).
    assert m.mmu.par[mmu.USER][0] == 0o100 and m.mmu.pdr[mmu.USER][0] == 0o77416
    assert m.mmu.mmr0 & 1
    assert m.translate(0o17700, mmu.USER, True) == 0o100 * 64 + 0o17700
    assert m.RT[0o17700 >> 6] is None                # kernel mode: not the user's tables
    m.set_psw(0o170000)
    assert m.RT[0o17700 >> 6] == 0o100 * 64 and m.RT[0o17677 >> 6] is None
    with pytest.raises(ValueError):
        m.sureg([0] * 7, [0] * 8)


def test_sureg_tables_are_right_after_switching_back_and_forth():
    """Each switch must give exactly the tables the registers define, however
    often the same mapping comes back, and after the cache has been overrun."""
    m = Machine(0o40000, hosted=True)
    m.set_psw(0o170000)
    a, b = mapping(DATA_A), mapping(DATA_B)
    for _ in range(3):
        for par, pdr in (a, b):
            m.sureg(par, pdr)
            assert (m.RT, m.WT) == mmu.KT11.tables(m.mmu, mmu.USER)
    for n in range(TABLE_CACHE_SIZE + 10):
        base, length = n & 0o177, n >> 7            # all different mappings
        m.sureg([base] + [0] * 7, [length << 8 | RW] + [0] * 7)
        assert m.RT[0] == base * 64
    assert len(m._table_cache) <= TABLE_CACHE_SIZE
    m.sureg(*a)
    assert m.translate(0o20004, mmu.USER, True) == DATA_A + 4
    assert m.WT[0] is None and m.RT[0] == TEXT_PA        # the text is read-only


# --- translated code across context switches -----------------------------------------

def switch(m: Machine, contexts: dict, maps: dict, current: str, new: str) -> None:
    contexts[current] = m.save_context()
    m.restore_context(contexts[new])
    m.sureg(*maps[new])


@pytest.mark.parametrize("engine", ENGINES)
def test_two_processes_share_one_text_and_keep_their_data(engine):
    m = user_machine(engine)
    maps = {"a": mapping(DATA_A), "b": mapping(DATA_B)}
    contexts = {"a": new_process(m, 3), "b": new_process(m, 0o100)}
    m.restore_context(contexts["a"])
    m.sureg(*maps["a"])
    current, translations = "a", None
    for round_ in range(20):
        assert m.run(1000).reason is Reason.TRAP
        other = "b" if current == "a" else "a"
        switch(m, contexts, maps, current, other)
        current = other
        if round_ == 3 and m.translator is not None:
            translations = m.translator.translations
    # Ten rounds each: the count, and the sum of that process's r1.
    assert (m.read_word(DATA_A), m.read_word(DATA_A + 2)) == (10, 10 * 3)
    assert (m.read_word(DATA_B), m.read_word(DATA_B + 2)) == (10, 10 * 0o100)
    if m.translator is not None:
        assert m.translator.translations == translations


@pytest.mark.parametrize("engine", ENGINES)
def test_loading_another_program_over_the_text_invalidates(engine):
    m = user_machine(engine)
    m.sureg(*mapping(DATA_A))
    m.restore_context(new_process(m, 1))
    for _ in range(3):
        m.run(1000)
    assert m.read_word(DATA_A) == 3
    before = m.translator.translations if m.translator else 0
    m.load(TEXT_PA, (0o005337).to_bytes(2, "little"))   # inc @#20000 -> dec @#20000
    for _ in range(2):
        m.run(1000)
    assert m.read_word(DATA_A) == 1
    if m.translator is not None:
        assert m.translator.translations > before
