"""The KT11-D: translation, length and access faults, the downward stack segment.

Expected values are worked out from the KT11 description: a PAR holds a base
in 64-byte units, a PDR the page length field (bits 14-8), the expansion
direction (bit 3) and the access control (bits 2-1: 00 and 10 non-resident,
01 read-only, 11 read/write).  An upward page of length field L holds blocks
0..L; a downward one holds blocks L..127.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from v6.pdp11 import mmu
from v6.pdp11.machine import Machine, Reason

RW, RO, NONRES, ED = 0o6, 0o2, 0o0, 0o10


def kt11(par: int, pdr: int, seg: int = 0, mode: int = mmu.USER) -> mmu.KT11:
    unit = mmu.KT11(0o760000)
    unit.mmr0 = 1
    unit.par[mode][seg] = par
    unit.pdr[mode][seg] = pdr
    return unit


def test_relocation_adds_the_base_in_64_byte_units():
    # PAR 01000 = 01000 * 64 = 0100000; va 0123 in segment 0 -> 0100123.
    assert kt11(0o1000, (0o177 << 8) | RW).translate(0o123, mmu.USER, False) == 0o100123


def test_segment_number_comes_from_the_top_three_bits():
    # va 0020004 is segment 1, offset 4; PAR 2 of segment 1 -> 2*64 + 4 = 0204.
    unit = kt11(0o2, (0o177 << 8) | RW, seg=1)
    assert unit.translate(0o20004, mmu.USER, False) == 0o204


def test_18_bit_addresses():
    # PAR 07600 (the I/O page's base) + 0 -> 0760000, above 16 bits.
    assert kt11(0o7600, (0o177 << 8) | RW).translate(0, mmu.USER, False) == 0o760000


@pytest.mark.parametrize(("length", "va", "ok"), [
    (0, 0o77, True),        # length field 0 upward: block 0 only (bytes 0-077)
    (0, 0o100, False),      # block 1 is past the end
    (3, 0o377, True),       # length 3: blocks 0-3, bytes 0-0377
    (3, 0o400, False),
    (0o177, 0o17777, True),  # the full 8 KB
])
def test_upward_page_length(length, va, ok):
    unit = kt11(0o100, (length << 8) | RW)
    if ok:
        assert unit.translate(va, mmu.USER, False) == 0o100 * 64 + va
    else:
        with pytest.raises(mmu.Abort) as abort:
            unit.translate(va, mmu.USER, False)
        assert abort.value.mmr0_bits == mmu.LENGTH


@pytest.mark.parametrize(("length", "va", "ok"), [
    (0o177, 0o17700, True),   # downward, length 0177: only block 0177 (the top 64 bytes)
    (0o177, 0o17677, False),
    (0o170, 0o17000, True),   # length 0170: blocks 0170-0177
    (0o170, 0o16777, False),
    (0, 0, True),             # length 0 downward: all of it
])
def test_downward_stack_segment(length, va, ok):
    unit = kt11(0o200, (length << 8) | ED | RW)
    if ok:
        assert unit.translate(va, mmu.USER, True) == 0o200 * 64 + va
    else:
        with pytest.raises(mmu.Abort) as abort:
            unit.translate(va, mmu.USER, True)
        assert abort.value.mmr0_bits == mmu.LENGTH


def test_read_only_page_reads_but_aborts_writes():
    unit = kt11(0, (0o177 << 8) | RO)
    assert unit.translate(0o100, mmu.USER, False) == 0o100
    with pytest.raises(mmu.Abort) as abort:
        unit.translate(0o100, mmu.USER, True)
    assert abort.value.mmr0_bits == mmu.READONLY


@pytest.mark.parametrize("acf", [0o0, 0o4])
def test_non_resident_page_aborts_everything(acf):
    unit = kt11(0, (0o177 << 8) | acf)
    with pytest.raises(mmu.Abort) as abort:
        unit.translate(0, mmu.USER, False)
    assert abort.value.mmr0_bits == mmu.NONRES


def test_relocation_off_maps_the_top_8k_to_the_io_page():
    unit = mmu.KT11(0o760000)
    assert unit.translate(0o157776, mmu.KERNEL, True) == 0o157776
    assert unit.translate(0o177776, mmu.KERNEL, False) == 0o777776


pdrs = st.builds(lambda length, ed, acf: (length << 8) | (ed << 3) | (acf << 1),
                 st.integers(0, 0o177), st.integers(0, 1), st.integers(0, 3))


@settings(max_examples=60, deadline=None)
@given(pars=st.lists(st.integers(0, 0o7777), min_size=8, max_size=8),
       pdrs=st.lists(pdrs, min_size=8, max_size=8), ramsize=st.sampled_from([0o40000, 0o760000]))
def test_fast_tables_agree_with_translate(pars, pdrs, ramsize):
    """The engines' 64-byte tables say exactly what translate() says, block by block."""
    unit = mmu.KT11(ramsize)
    unit.mmr0 = 1
    unit.par[mmu.USER][:], unit.pdr[mmu.USER][:] = pars, pdrs
    read, write = unit.tables(mmu.USER)
    for block in range(mmu.NBLOCKS):
        va = block << 6
        for table, writing in ((read, False), (write, True)):
            try:
                pa = unit.translate(va, mmu.USER, writing)
                expected = pa - va if pa + 64 <= ramsize else None
            except mmu.Abort:
                expected = None
            assert table[block] == expected, (oct(va), writing)


def user_machine(engine: str) -> Machine:
    """A hosted machine in user mode with segment 0 mapped read/write for 4 KB at 040000."""
    m = Machine(0o100000, hosted=True, engine=engine)
    m.mmu.par[mmu.USER][0] = 0o400          # 0400 * 64 = 040000
    m.mmu.pdr[mmu.USER][0] = (0o77 << 8) | RW  # blocks 0-077: 4 KB
    m.mmu.mmr0 = 1
    m.set_psw(0o170000)
    m.mmu_changed()
    return m


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_user_program_runs_relocated(engine):
    m = user_machine(engine)
    # 0: mov #1234, r0 ; 4: mov r0, @#100 ; 10: sys 1 (0104401)
    for i, w in enumerate([0o012700, 0o1234, 0o010037, 0o100, 0o104401]):
        m.write_word(0o40000 + 2 * i, w)
    stop = m.run(100)
    assert stop.reason is Reason.TRAP and stop.vector == 0o34
    assert m.read_word(0o40100) == 0o1234      # the store went to 040000 + 0100
    assert m.pc == 0o12                         # past the trap instruction


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_user_access_past_the_page_length_is_an_mmu_abort(engine):
    m = user_machine(engine)
    # 0: mov @#10000, r0 — va 010000 is block 0100, past length field 077.
    m.write_word(0o40000, 0o013700)
    m.write_word(0o40002, 0o10000)
    stop = m.run(10)
    assert (stop.reason, stop.vector, stop.pc, stop.addr) == (Reason.FAULT, 0o250, 0, 0o10000)
    # MMR0: length abort (040000), user mode (3 << 5), segment 0; enable kept.
    assert m.mmu.mmr0 == 0o040000 | 0o140 | 1
    assert m.mmu.mmr2 == 0


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_write_to_read_only_text_aborts(engine):
    m = user_machine(engine)
    m.mmu.pdr[mmu.USER][0] = (0o77 << 8) | RO
    m.mmu_changed()
    # 0: clr @#0 — writes its own text.
    m.write_word(0o40000, 0o005037)
    m.write_word(0o40002, 0)
    stop = m.run(10)
    assert (stop.reason, stop.vector) == (Reason.FAULT, 0o250)
    assert m.mmu.mmr0 & 0o160000 == mmu.READONLY
    assert m.read_word(0o40000) == 0o005037


def test_first_abort_freezes_mmr0():
    unit = kt11(0, 0)
    unit.record_abort(mmu.Abort(mmu.NONRES, 2), mmu.USER, 0o1234)
    unit.record_abort(mmu.Abort(mmu.LENGTH, 5), mmu.KERNEL, 0o4444)
    assert unit.mmr0 == mmu.NONRES | 0o140 | (2 << 1) | 1
    assert unit.mmr2 == 0o1234
