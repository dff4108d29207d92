"""The block translator's own promises, beyond agreeing with the interpreter
(tests/pdp11/test_engines.py): compiled blocks shared between machines and
never served for other code.

Programs are octal words (encodings from the processor handbook).
"""

import dis

import pytest

from v6.pdp11 import codegen, interp, translate
from v6.pdp11.machine import Machine, Reason

INC_R0, INC_R1, SYS_1 = 0o005200, 0o005201, 0o104401
RW = 0o77406
"""A PDR: the whole 8 KB segment, read/write."""


@pytest.fixture
def generated(monkeypatch):
    """A fresh template cache, and the words the translator generated code for."""
    monkeypatch.setattr(translate, "_TEMPLATES", {})
    monkeypatch.setattr(translate, "_AT", {})
    words: list[int] = []
    real = codegen.instruction

    def counted(be, row, word, then=None):
        if isinstance(be, translate.BlockBackend):
            words.append(word)
        return real(be, row, word, then)

    monkeypatch.setattr(codegen, "instruction", counted)
    return words


def user_process(text_pa: int, text: list[int], engine: str = "translate") -> Machine:
    """A hosted machine in user mode, virtual 0 mapped to ``text_pa`` holding ``text``."""
    m = Machine(0o100000, hosted=True, engine=engine)
    for i, w in enumerate(text):
        m.write_word(text_pa + 2 * i, w)
    m.set_psw(0o170000)
    m.sureg([text_pa >> 6, 0, 0, 0, 0, 0, 0, 0], [RW, 0, 0, 0, 0, 0, 0, 0])
    return m


def block_code(m: Machine, va: int):
    """The code object of the block a machine runs at virtual ``va``."""
    return m.translator.jt[va][1].__code__


def test_another_machine_reuses_the_block_at_another_physical_address(generated):
    text = [INC_R0, INC_R0, INC_R1, SYS_1]
    first = user_process(0o20000, text)
    assert first.run(100).reason is Reason.TRAP
    assert generated == [INC_R0, INC_R0, INC_R1]
    second = user_process(0o40000, text)
    assert second.run(100).reason is Reason.TRAP
    assert (second.regs[0], second.regs[1]) == (2, 1)
    assert generated == [INC_R0, INC_R0, INC_R1]        # no code generated again
    assert block_code(second, 0) is block_code(first, 0)
    assert second.translator.cache[(0o40000 << 16) | 0].words == (0o20000, 0o20001, 0o20002)


def test_a_different_word_at_the_same_address_gets_its_own_block(generated):
    first = user_process(0o20000, [INC_R0, INC_R0, INC_R1, SYS_1])
    first.run(100)
    other = user_process(0o20000, [INC_R0, INC_R1, INC_R1, SYS_1])
    assert other.run(100).reason is Reason.TRAP
    assert (other.regs[0], other.regs[1]) == (1, 2)
    assert generated == [INC_R0, INC_R0, INC_R1, INC_R0, INC_R1, INC_R1]
    assert block_code(other, 0) is not block_code(first, 0)


def test_an_index_word_is_part_of_what_a_block_is_made_from(generated):
    """``mov #1, r0`` and ``mov #2, r0`` share the instruction word: the
    immediate, baked into the code, must tell their blocks apart."""
    one = user_process(0o20000, [0o012700, 1, SYS_1])
    one.run(100)
    two = user_process(0o20000, [0o012700, 2, SYS_1])
    two.run(100)
    assert (one.regs[0], two.regs[0]) == (1, 2)
    assert len(generated) == 2


def test_a_block_is_not_shared_across_virtual_addresses(generated):
    """The PC is a constant in a block's code, so the same words at another
    virtual address (and the same physical one) make another block."""
    text = [INC_R0, 0o010701, SYS_1]                       # inc r0; mov pc, r1; sys 1
    m = user_process(0o20000, text)
    m.run(100)
    assert m.regs[1] == 4
    m.sureg([0, 0o20000 >> 6, 0, 0, 0, 0, 0, 0], [0, RW, 0, 0, 0, 0, 0, 0])
    m.pc = 0o20000
    m.run(100)
    assert m.regs[1] == 0o20004
    assert len(generated) == 4
    assert m.translator.cache[(0o20000 << 16) | 0o20000].words == (0o10000, 0o10001)


LOOP = [0o012700, 50,                   # 0: mov #50, r0
        0o062701, 2,                    # 4: add #2, r1
        0o077003,                       # 10: sob r0, 4
        SYS_1]                          # 12: sys 1


def stepped(monkeypatch) -> list[int]:
    """The addresses of the instructions the dispatcher has the interpreter step."""
    pcs: list[int] = []
    real = interp.step

    def step(m: Machine) -> None:
        pcs.append(m.regs[7])
        real(m)

    monkeypatch.setattr(interp, "step", step)
    return pcs


def warming(text_pa: int, text: list[int]) -> Machine:
    """``user_process`` with a translator that warms up to code: 8 visits."""
    m = user_process(text_pa, text)
    m.translator.hot = 8
    return m


def test_code_met_again_takes_its_block_without_warming_up(generated, monkeypatch):
    """The first machine interprets the loop at 04 until the dispatcher has
    jumped there ``hot`` times (and once more, coming from the MOV); a second
    machine running the same words (at another physical address) takes the
    block the first time it comes there."""
    first = warming(0o20000, LOOP)
    pcs = stepped(monkeypatch)
    assert first.run(1000).reason is Reason.TRAP and first.regs[1] == 100
    assert pcs.count(0o4) == 8
    pcs.clear()
    second = warming(0o40000, LOOP)
    assert second.run(1000).reason is Reason.TRAP and second.regs[1] == 100
    assert pcs == [0]                   # the mov before the loop, cold
    assert block_code(second, 0o4) is block_code(first, 0o4)
    assert generated == [0o062701]      # the ADD's code, made once (the SOB is a test)


def test_a_block_is_not_taken_where_a_word_it_was_made_from_differs(generated, monkeypatch):
    """The same first word at 04 but another immediate after it: the block
    made for ``add #2`` must not run for ``add #3``; it warms up on its own."""
    warming(0o20000, LOOP).run(1000)
    other = LOOP.copy()
    other[3] = 3
    pcs = stepped(monkeypatch)
    m = warming(0o20000, other)
    assert m.run(1000).reason is Reason.TRAP and m.regs[1] == 150
    assert pcs.count(0o4) == 8
    assert generated == [0o062701, 0o062701]


def test_a_block_that_could_pass_the_tick_leaves_the_rest_to_the_interpreter():
    """A hot loop runs across clock ticks: near each, its block's round no
    longer fits before the tick and the interpreter runs out the time; both
    engines stop for every tick at the same instruction, time and state."""
    words = [0o012700, 0o77777, 0o005201, 0o062702, 0o7, 0o077004, 0o000000]
    runs = []
    for engine in ("interp", "translate"):
        m = user_process(0o20000, words, engine)
        stops = []
        for _ in range(3):
            stop = m.run(1 << 20)
            stops.append((stop, m.icount, m.clock.ns, m.regs[:]))
            assert stop.reason is Reason.CLOCK
        runs.append(stops)
    assert runs[0] == runs[1]


def test_a_page_holding_code_leaves_the_write_table_while_it_does():
    """Stores from the engines go straight to core only through ``WT``: the
    page of a translated loop (0o1000-0o1077) has no entry there while the
    block lives, its neighbour keeps its own, and reads are not affected."""
    m = hosted([0o005200, 0o077102, 0o000000], "translate")  # inc r0; sob r1, 1000; halt
    m.regs[1] = 5
    assert m.run(100).reason is Reason.HALT and m.regs[0] == 5
    assert (m.WT[0o1000 >> 6], m.WT[0o1100 >> 6], m.RT[0o1000 >> 6]) == (None, 0, 0)
    m.write_word(0o1000, 0o005201)           # the block is dropped: the page is data again
    assert m.WT[0o1000 >> 6] == 0


def test_a_store_to_data_beside_code_goes_straight_to_core(monkeypatch):
    """The loop's page holds its data word too (at 01016): the store there
    finds no ``WT`` entry, looks in ``WU`` and ``CM``, and goes on in the
    block — only the HALT after the loop is the interpreter's."""
    m = hosted([0o005201,                    # 1000: inc r1
                0o110137, 0o1016,            # 1002: movb r1, @#1016
                0o077004,                    # 1006: sob r0, 1000
                0o000000, 0, 0, 0], "translate")
    m.regs[0] = 300
    pcs = stepped(monkeypatch)
    assert m.run(1000).reason is Reason.HALT
    assert m.read_word(0o1016) == 300 & 0o377 and m.WT[0o1000 >> 6] is None
    assert pcs == [0o1010]


@pytest.mark.parametrize("engine", ["interp", "translate"])
def test_a_byte_store_through_a_register_into_the_loops_own_code(engine):
    """``movb r4, (r3)`` rewrites the low byte of ``inc r1`` (005201) into
    ``inc r2`` (005202) in the first round: the check of a store to a word
    of code in a page out of ``WT`` leaves the block, and the later rounds
    run the new instruction."""
    m = hosted([0o005201,                    # 1000: inc r1
                0o110413,                    # 1002: movb r4, (r3)
                0o077003,                    # 1004: sob r0, 1000
                0o000000], engine)
    m.regs[0], m.regs[3], m.regs[4] = 4, 0o1000, 0o202
    assert m.run(1000).reason is Reason.HALT
    assert (m.regs[1], m.regs[2]) == (1, 3)


def test_a_switch_of_mapping_keeps_pages_of_code_out_of_the_write_table():
    """The code at physical 020000 is translated through user segment 0; a
    mapping of other core there has its write entry, and one that maps the
    code's page through segment 1 instead has none there."""
    m = user_process(0o20000, [INC_R0, INC_R0, SYS_1])
    m.run(100)
    assert m.WT[0] is None and m.RT[0] == 0o20000
    m.sureg([0o40000 >> 6, 0, 0, 0, 0, 0, 0, 0], [RW, 0, 0, 0, 0, 0, 0, 0])
    assert m.WT[0] == 0o40000
    m.sureg([0o40000 >> 6, 0o20000 >> 6, 0, 0, 0, 0, 0, 0], [RW, RW, 0, 0, 0, 0, 0, 0])
    assert m.WT[0o20000 >> 6] is None and m.WT[(0o20000 >> 6) + 1] == 0


def test_a_store_from_a_block_into_code_mapped_twice_drops_it():
    """Segment 1 maps the same core as segment 0: the loop's store through
    segment 1 rewrites its own ``inc r1`` (at virtual 0) into ``inc r2``,
    which the next rounds run, on both engines alike."""
    text = [0o005201,                        # 0: inc r1
            0o012737, 0o005202, 0o020000,    # 2: mov #inc r2, @#20000 (= 0 through segment 1)
            0o077005,                        # 10: sob r0, 0
            SYS_1]
    results = []
    for engine in ("interp", "translate"):
        m = user_process(0o20000, text, engine)
        m.sureg([0o20000 >> 6, 0o20000 >> 6, 0, 0, 0, 0, 0, 0], [RW, RW, 0, 0, 0, 0, 0, 0])
        m.regs[0] = 3
        assert m.run(100).reason is Reason.TRAP
        results.append((m.regs[:], m.icount, m.clock.ns))
    assert results[0] == results[1]
    assert results[0][0][1:3] == [1, 2]


def test_the_shared_cache_is_bounded(generated, monkeypatch):
    monkeypatch.setattr(translate, "TEMPLATE_CACHE_SIZE", 2)
    for n in range(4):
        m = user_process(0o20000, [0o012700, n, SYS_1])
        m.run(100)
        assert m.regs[0] == n
    assert len(translate._TEMPLATES) == 2


# --- fewer checks: what a path found out must not outlive its truth -----------------

def hosted(words: list[int], engine: str, at: int = 0o1000) -> Machine:
    """Bare kernel-mode core, hosted: a trap or fault stops ``run``."""
    m = Machine(0o40000, hosted=True, engine=engine)
    for i, w in enumerate(words):
        m.write_word(at + 2 * i, w)
    m.pc, m.sp = at, 0o2000
    return m


def both(words: list[int], **regs: int) -> tuple:
    """Run ``words`` to the first stop on each engine; the stop (same on both)."""
    results = []
    for engine in ("interp", "translate"):
        m = hosted(words, engine)
        for name, value in regs.items():
            m.regs[int(name[1])] = value
        stop = m.run(100)
        results.append((stop, m.regs[:], m.icount, m.clock.ns, bytes(m.mem)))
    assert results[0] == results[1]
    return results[0][0]


def test_sp_made_odd_after_an_even_push_is_checked_again():
    """``mov r0,-(sp)`` finds SP even; ``inc sp`` makes it odd, so the
    next ``mov r1,-(sp)`` (at 01006) is an odd address: a bus error there."""
    stop = both([0o010046, 0o005206, 0o010146, 0o000000])
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o4, 0o1004)


def test_a_register_even_on_one_way_is_checked_after_the_join():
    """``tst (r2)`` proves r2 even on the way that skips ``inc r2``; after
    the join (``mov (r2),r0`` at 01010) r2 may be odd, and is (r3 = 0)."""
    words = [0o005712,            # 1000: tst (r2)
             0o005703,            # 1002: tst r3
             0o001001,            # 1004: bne 1010
             0o005202,            # 1006: inc r2
             0o011200,            # 1010: mov (r2),r0
             0o000000]
    stop = both(words, r2=0o3000, r3=0)
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o4, 0o1010)


def test_a_constant_page_checked_for_reading_is_checked_again_for_writing():
    """Under the MMU, page 0 of user space is read-only: ``mov @#100,r0``
    reads it, then ``mov r0,@#102`` must still fault (read-only abort)."""
    results = []
    for engine in ("interp", "translate"):
        m = user_process(0o20000, [0o013700, 0o100, 0o010037, 0o102, SYS_1], engine)
        m.sureg([0o20000 >> 6, 0, 0, 0, 0, 0, 0, 0], [0o77402, 0, 0, 0, 0, 0, 0, 0])
        stop = m.run(100)
        results.append((stop, m.regs[:], m.icount))
    assert results[0] == results[1]
    assert (results[0][0].reason, results[0][0].vector, results[0][0].pc) == (Reason.FAULT, 0o250, 4)


PUSH_FOUR = [0o010046, 0o010146, 0o010246, 0o010346, SYS_1]
"""``mov r0,-(sp)`` ... ``mov r3,-(sp)``, then ``sys 1``: one window check for the four pushes."""


@pytest.mark.parametrize("low_pdr, low_pa, vector", [
    (0o77402, 0o20000, 0o250),     # the segment below is read-only: the fourth push aborts
    (RW, 0o20000, None),           # writable, but not where the window's offset says
])
def test_pushes_that_leave_the_window_of_the_first_go_where_the_interpreter_puts_them(
        low_pdr, low_pa, vector):
    """SP is 01006 into user segment 1, so the fourth push goes to segment
    0, mapped elsewhere: the first push's check of the window below it
    finds the lower page not mapped at its offset, and the interpreter takes
    the pushes one by one."""
    results = []
    for engine in ("interp", "translate"):
        m = user_process(0o20000, PUSH_FOUR, engine)
        m.sureg([low_pa >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [low_pdr, RW, 0, 0, 0, 0, 0, 0])
        m.regs[:4] = [0o1111, 0o2222, 0o3333, 0o4444]
        m.regs[6] = 0o20006
        stop = m.run(100)
        results.append((stop, m.regs[:], m.icount, m.clock.ns, bytes(m.mem)))
    assert results[0] == results[1]
    stop = results[0][0]
    assert (stop.reason, stop.vector) == ((Reason.FAULT, vector) if vector else (Reason.TRAP, 0o34))
    if vector is None:
        assert results[1][4][0o37776:0o40000] == bytes([0o44, 0o11])   # 04444 at segment 0's 017776


def test_pushes_in_one_window_are_checked_once():
    """Four pushes well inside one page: one line of the block looks at the
    table for all of them (at the page of the first, and of the last if that differs)."""
    m = user_process(0o20000, PUSH_FOUR)
    m.sureg([0o20000 >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [RW, RW, 0, 0, 0, 0, 0, 0])
    m.regs[:4] = [0o1111, 0o2222, 0o3333, 0o4444]
    m.regs[6] = 0o20040
    assert m.run(100).reason is Reason.TRAP
    assert m.mem[0o60030:0o60040] == bytes([0o44, 0o11, 0o333, 0o6, 0o222, 0o4, 0o111, 0o2])
    looks = {i.positions.lineno for i in dis.get_instructions(block_code(m, 0)) if i.argval == "WT"}
    assert len(looks) == 1


CRET_READS = [0o016502, 0o177772, 0o016503, 0o177774, 0o016504, 0o177776,
              0o010506, 0o012605, 0o012600, SYS_1]
"""``mov -6(r5),r2``, ``mov -4(r5),r3``, ``mov -2(r5),r4`` (cret's reloads), then
``mov r5,sp``, ``mov (sp)+,r5``, ``mov (sp)+,r0`` and ``sys 1``: reads a known step
from r5, before and after r5 changes, that one window check can cover."""


def frame_reads(r5: int, low_pdr: int, engine: str) -> tuple:
    """Run ``CRET_READS`` with r5 at ``r5``: user segment 0 (the code, and the page
    below 020000) at 020000 under ``low_pdr``, segment 1 at 060000, read/write."""
    m = user_process(0o20000, CRET_READS, engine)
    m.sureg([0o20000 >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [low_pdr, RW, 0, 0, 0, 0, 0, 0])
    for va, pa in ((0o17776, 0o37776), (0o20000, 0o60000)):
        for k in range(0, 0o100, 2):
            m.write_word(pa + k if va == 0o20000 else pa - k, 0o1000 + (va + k if va == 0o20000 else va - k) // 2)
    m.regs[5] = r5
    stop = m.run(100)
    return stop, m.regs[:], m.icount, m.clock.ns


@pytest.mark.parametrize("low_pdr, vector", [
    (0o77006, 0o250),    # the last page of segment 0 is beyond its length: the first read aborts
    (RW, None),          # mapped, but not at the offset of segment 1, where the other reads go
])
def test_frame_reads_that_leave_the_window_of_the_first_land_as_the_interpreters(low_pdr, vector):
    """r5 is 020004: ``-6(r5)`` is in segment 0, the rest in segment 1.  The
    first read's window check finds the pages not mapped at one offset, and
    the interpreter takes the reads."""
    interp, translated = (frame_reads(0o20004, low_pdr, e) for e in ("interp", "translate"))
    assert interp == translated
    stop, regs = translated[0], translated[1]
    assert (stop.reason, stop.vector) == ((Reason.FAULT, vector) if vector else (Reason.TRAP, 0o34))
    if vector is None:
        assert regs[2:5] == [0o1000 + 0o17776 // 2, 0o1000 + 0o20000 // 2, 0o1000 + 0o20002 // 2]


def test_frame_reads_in_one_window_are_checked_once():
    """cret's reads through r5, and the pops after r5 changed, all in one
    page: one line of the block looks at the table for all of them."""
    interp, translated = (frame_reads(0o20040, RW, e) for e in ("interp", "translate"))
    assert interp == translated
    assert translated[1][0] == 0o1000 + 0o20042 // 2 and translated[1][5] == 0o1000 + 0o20040 // 2
    m = user_process(0o20000, CRET_READS)
    m.sureg([0o20000 >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [RW, RW, 0, 0, 0, 0, 0, 0])
    m.regs[5] = 0o20040
    assert m.run(100).reason is Reason.TRAP
    code = block_code(m, 0)
    looks = {i.positions.lineno for i in dis.get_instructions(code) if i.argval == "RT"}
    entry = code.co_firstlineno + 1     # a link's check of the block's own pages
    assert len(looks - {entry}) == 1


READ_THEN_INC = [0o011301, 0o005213, SYS_1]
"""``mov (r3),r1``, ``inc (r3)``, ``sys 1``: a read, then a write to the same address."""


def read_then_inc(pdr: int, engine: str) -> tuple[Machine, tuple]:
    """Run ``READ_THEN_INC`` with r3 at 020040, in user segment 1 (at 060000) under ``pdr``."""
    m = user_process(0o20000, READ_THEN_INC, engine)
    m.sureg([0o20000 >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [RW, pdr, 0, 0, 0, 0, 0, 0])
    m.write_word(0o60040, 0o1234)
    m.regs[3] = 0o20040
    stop = m.run(100)
    return m, (stop, m.regs[:], m.icount, m.clock.ns, bytes(m.mem))


def test_a_read_then_a_write_at_one_address_are_checked_once_for_writing():
    """The read's check is the write's too: one line of the block looks at
    the write table, none at the read table (but a link's check of its own pages)."""
    m, translated = read_then_inc(RW, "translate")
    assert translated == read_then_inc(RW, "interp")[1]
    assert translated[1][1] == 0o1234 and m.read_word(0o60040) == 0o1235
    code = block_code(m, 0)
    lines = {name: {i.positions.lineno for i in dis.get_instructions(code) if i.argval == name}
             for name in ("RT", "WT")}
    assert len(lines["WT"]) == 1 and lines["RT"] == {code.co_firstlineno + 1}


def test_a_read_checked_for_a_write_to_a_read_only_page_lands_as_the_interpreters():
    """Segment 1 is read-only: the interpreter reads r1, then ``inc (r3)``
    aborts.  The block's check for both finds the page not writable before
    the read, and the interpreter takes both instructions."""
    translated = read_then_inc(0o77402, "translate")[1]
    assert translated == read_then_inc(0o77402, "interp")[1]
    stop, regs = translated[0], translated[1]
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o250, 2)
    assert regs[1] == 0o1234


READS_ACROSS_A_BRANCH = [0o016500, 0o2, 0o005700, 0o001402, 0o016501, 0o177776, SYS_1]
"""``mov 2(r5),r0``, ``tst r0``, ``beq 14``, ``mov -2(r5),r1``, 14: ``sys 1``: the
read after the branch is in the window the first read's check found mapped."""


def reads_across_a_branch(r5: int, low_pdr: int, engine: str) -> tuple[Machine, tuple]:
    """Run ``READS_ACROSS_A_BRANCH``: user segment 0 (the code) at 020000 under
    ``low_pdr``, segment 1 at 060000 read/write, every word there nonzero."""
    m = user_process(0o20000, READS_ACROSS_A_BRANCH, engine)
    m.sureg([0o20000 >> 6, 0o60000 >> 6, 0, 0, 0, 0, 0, 0], [low_pdr, RW, 0, 0, 0, 0, 0, 0])
    for k in range(0, 0o100, 2):
        m.write_word(0o60000 + k, 0o1000 + k)
        m.write_word(0o37700 + k, 0o2000 + k)
    m.regs[5] = r5
    stop = m.run(100)
    return m, (stop, m.regs[:], m.icount, m.clock.ns)


def test_reads_on_both_sides_of_a_branch_are_checked_once():
    """The first read's check covers the read after ``beq``: one line of the
    block looks at the read table (but a link's check of its own pages)."""
    m, translated = reads_across_a_branch(0o20040, RW, "translate")
    assert translated == reads_across_a_branch(0o20040, RW, "interp")[1]
    assert translated[1][:2] == [0o1042, 0o1036]
    code = block_code(m, 0)
    looks = {i.positions.lineno for i in dis.get_instructions(code) if i.argval == "RT"}
    assert len(looks - {code.co_firstlineno + 1}) == 1


@pytest.mark.parametrize("low_pdr, vector", [
    (0o77006, 0o250),    # the last page of segment 0 is beyond its length: the second read aborts
    (RW, None),          # mapped, but not at the offset of segment 1
])
def test_a_read_after_a_branch_outside_the_first_reads_pages_lands_as_the_interpreters(
        low_pdr, vector):
    """r5 is 020000: ``2(r5)`` is in segment 1, ``-2(r5)`` (after the branch)
    in segment 0; the first read's check finds the window not mapped at one
    offset, and the interpreter takes the reads."""
    translated = reads_across_a_branch(0o20000, low_pdr, "translate")[1]
    assert translated == reads_across_a_branch(0o20000, low_pdr, "interp")[1]
    stop, regs = translated[0], translated[1]
    assert (stop.reason, stop.vector) == ((Reason.FAULT, vector) if vector else (Reason.TRAP, 0o34))
    assert regs[0] == 0o1002 and (vector or regs[1] == 0o2076)


def test_frame_reads_that_wrap_around_address_0_land_as_the_interpreters():
    """r5 is 2: ``-6(r5)`` and ``-4(r5)`` are at the top of segment 7, the
    rest at the bottom of segment 0, both mapped at one offset (segment 7's
    words lie 0200000 bytes above segment 0's in core).  The window does not
    wrap around address 0 (its words would not be in a row): the
    interpreter takes the reads, which reach both segments."""
    results = []
    for engine in ("interp", "translate"):
        m = Machine(0o240000, hosted=True, engine=engine)
        for i, w in enumerate(CRET_READS):
            m.write_word(0o20000 + 2 * i, w)
        m.write_word(0o217774, 0o1234)
        m.write_word(0o217776, 0o4321)
        m.set_psw(0o170000)
        m.sureg([0o20000 >> 6, 0, 0, 0, 0, 0, 0, 0o200000 >> 6], [RW, 0, 0, 0, 0, 0, 0, RW])
        m.regs[5] = 2
        stop = m.run(100)
        results.append((stop, m.regs[:], m.icount, m.clock.ns))
    assert results[0] == results[1]
    assert results[1][1][2:6] == [0o1234, 0o4321, CRET_READS[0], CRET_READS[1]]


# --- loops and tiering ---------------------------------------------------------------

def calls(m: Machine) -> list[int]:
    """Count the calls of every block ``m`` makes from now on; the list grows as they come."""
    made: list[int] = []
    tr = m.translator
    real = tr._bind

    def bind(code, offset):
        fn = real(code, offset)

        def counted(*args):
            made.append(1)
            return fn(*args)
        return counted

    tr._bind = bind
    return made


def test_a_loop_back_to_the_block_start_runs_inside_one_call():
    """``sob r0, .`` (1000: inc r1; 1002: sob r0,1000) 1000 times: one block call
    runs them all, and stops exactly at the budget."""
    m = hosted([0o005201, 0o077002, 0o000000], "translate")
    m.regs[0] = 1000
    made = calls(m)
    assert m.run(1501).reason is Reason.BUDGET
    assert (m.regs[0], m.regs[1], m.icount) == (250, 751, 1501)
    assert len(made) <= 2
    assert m.run(1000).reason is Reason.HALT
    assert (m.regs[0], m.regs[1]) == (0, 1000)


def test_a_store_into_a_looping_block_ends_it_and_the_new_code_runs():
    """The loop rewrites its own ``inc r1`` into ``inc r2`` (005202) in its
    third round: the rounds after run the new instruction."""
    words = [0o005201,                    # 1000: inc r1
             0o020027, 0o000001,          # 1002: cmp r0, #1
             0o001003,                    # 1006: bne 1016
             0o012737, 0o005202, 0o1000,  # 1010: mov #005202, @#1000
             0o077010,                    # 1016: sob r0, 1000
             0o000000]
    for engine in ("interp", "translate"):
        m = hosted(words, engine)
        m.regs[0] = 3
        assert m.run(100).reason is Reason.HALT
        assert (m.regs[1], m.regs[2]) == (3, 0), engine


def test_cold_code_is_interpreted_until_jumped_to_hot_times(generated):
    """A loop of one block: with ``hot`` 4, the interpreter runs the first
    three rounds (the dispatcher comes to 01000 at the start and by each SOB),
    and the block is made when the dispatcher comes there the fourth time."""
    m = hosted([0o005201, 0o077002, 0o000000], "translate")
    m.translator.hot = 4
    m.regs[0] = 100
    m.run(2 * 3)
    assert generated == [] and m.translator.translations == 0
    m.run(2 * 100)
    assert m.translator.translations == 1 and generated == [0o005201]
    assert m.translator.cache[(0o1000 << 16) | 0o1000].words == (0o1000 >> 1, 0o1002 >> 1)
    assert (m.regs[0], m.regs[1]) == (0, 100)


def test_a_hot_block_holds_only_code_that_has_run(generated):
    """At 1000 a branch on r3 picks one of two ways; only the way that ran
    (inc r1) is in the block made there, the other (inc r2) is left to the
    dispatcher until it runs."""
    words = [0o005703,            # 1000: tst r3
             0o001002,            # 1002: bne 1010
             0o005201,            # 1004: inc r1
             0o000401,            # 1006: br 1012
             0o005202,            # 1010: inc r2
             0o077006,            # 1012: sob r0, 1000
             0o000000]
    m = hosted(words, "translate")
    m.translator.hot = 3
    m.regs[0] = 10
    m.run(100)
    assert 0o005202 not in generated and (m.regs[1], m.regs[2]) == (10, 0)


@pytest.mark.parametrize("r3", [0, 1])
def test_a_branch_around_two_instructions_counts_each_way(r3):
    """1000: tst r3; beq 1010; inc r1; inc r1; 1010: mov r1,(r2) with r2 odd.
    The two ways meet at 01010 (laid out as if/else); the fault there comes
    after 3 instructions one way and 5 the other."""
    words = [0o005703, 0o001402, 0o005201, 0o005201, 0o010112, 0o000000]
    stop = both(words, r2=0o3001, r3=r3)
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o4, 0o1010)
    m = hosted(words, "translate")
    m.regs[2], m.regs[3] = 0o3001, r3
    m.run(100)
    assert (m.icount, m.regs[1]) == ((5, 2) if r3 else (3, 0))


@pytest.mark.parametrize("r0", [0o100001, 0])
def test_a_branch_over_one_instruction_computes_the_flags_kept_for_later_on_both_ways(r0):
    """1000: mov r0,r1; bne 1006; mov (r2),r3; 1006: mov (r2),r3 with r2 odd.
    Both ways set N, Z and V again, so MOV's N and V are kept as expressions;
    the way that skips 1004 has no instructions of its own, yet must compute
    them before the join, where the fault stores the flags."""
    stop = both([0o010001, 0o001001, 0o011203, 0o011203, 0o000000], r0=r0, r2=0o3001)
    assert (stop.reason, stop.vector, stop.pc) == (Reason.FAULT, 0o4, 0o1006 if r0 else 0o1004)


@pytest.mark.parametrize("words", [[0o012704, 0o11, 0o000114],     # mov #11, r4; jmp (r4)
                                   [0o000137, 0o11]])              # jmp @#11
def test_a_jump_to_an_odd_address_is_not_decoded_there(words):
    """A region follows a guessed or fixed jump target; an odd one is no
    instruction but a bus error at the fetch, whatever the word at 010 (here
    ``inc r1``) would decode as (found by the hypothesis test)."""
    results = []
    for engine in ("interp", "translate"):
        m = hosted(words, engine)
        m.write_word(0o10, 0o005201)
        stop = m.run(100)
        results.append((stop, m.regs[:], m.icount, m.clock.ns))
    assert results[0] == results[1]
    assert (results[0][0].reason, results[0][0].vector, results[0][0].pc) == (Reason.FAULT, 0o4, 0o11)


# --- chained blocks: a way out goes straight on to the next block ------------------

PING_PONG = {0o1000: [0o005201,                       # 1000: inc r1
                      0o000137, 0o21000],             # 1002: jmp @#21000 (another segment)
             0o21000: [0o005202,                      # 21000: inc r2
                       0o005300,                      # 21002: dec r0
                       0o001402,                      # 21004: beq 21012
                       0o000137, 0o1000,              # 21006: jmp @#1000
                       0o000000]}                     # 21012: halt
"""Two blocks, each leaving for the other (a region ends at its segment's end)."""


def chained(m: Machine) -> list[bool]:
    """Record each call of a block from now on: True if a link made it, False
    if the dispatcher did."""
    made: list[bool] = []
    tr = m.translator
    real = tr._bind

    def bind(code, offset):
        fn = real(code, offset)

        def counted(ic, ns, end, deadline, e, d, *state):
            made.append(e is not None)
            return fn(ic, ns, end, deadline, e, d, *state)
        return counted

    tr._bind = bind
    return made


def ping_pong(engine: str, rounds: int) -> Machine:
    m = hosted([], engine)
    for at, words in PING_PONG.items():
        for i, w in enumerate(words):
            m.write_word(at + 2 * i, w)
    m.regs[0] = rounds
    return m


def test_blocks_leaving_for_each_other_go_through_their_links():
    """After the first round the two blocks call each other: the dispatcher
    calls one only when a chain is CHAIN_DEPTH links deep."""
    m = ping_pong("translate", 200)
    made = chained(m)
    assert m.run(10_000).reason is Reason.HALT
    assert (m.regs[0], m.regs[1], m.regs[2]) == (0, 200, 200)
    assert made.count(True) > 300
    assert made.count(False) <= 400 // translate.CHAIN_DEPTH + 3


@pytest.mark.parametrize("budget", range(1, 40))
def test_a_chain_stops_at_the_budget_as_the_interpreter_does(budget):
    results = []
    for engine in ("interp", "translate"):
        m = ping_pong(engine, 100)
        m.run(7)                      # the blocks are made and linked
        stops = [m.run(budget) for _ in range(3)]
        results.append((stops, m.regs[:], m.icount, m.clock.ns))
    assert results[0] == results[1]


def test_a_store_into_a_linked_block_drops_the_link():
    """The second block rewrites the first's ``inc r1`` into ``inc r3``
    (005203) in the third round: the rounds after run the new instruction,
    not the block its link still named."""
    words = [0o005202,                        # 21000: inc r2
             0o022702, 3,                     # 21002: cmp r2, #3
             0o001003,                        # 21006: bne 21016
             0o012737, 0o005203, 0o1000,      # 21010: mov #005203, @#1000
             0o005300,                        # 21016: dec r0
             0o001402,                        # 21020: beq 21026
             0o000137, 0o1000,                # 21022: jmp @#1000
             0o000000]                        # 21026: halt
    for engine in ("interp", "translate"):
        m = ping_pong(engine, 10)
        for i, w in enumerate(words):
            m.write_word(0o21000 + 2 * i, w)
        assert m.run(1000).reason is Reason.HALT
        assert (m.regs[1], m.regs[2], m.regs[3]) == (3, 10, 7), engine


def test_a_link_is_not_followed_into_a_segment_mapped_elsewhere():
    """User mode: 0 jumps to 020000 (segment 1), which counts and jumps back
    until r0 is 0, then traps.  Segment 1 is then mapped onto other core,
    where the same code counts in r4: the link made to the old block must
    not run it."""
    def segment_one(register: int) -> list[int]:
        return [0o005200 | register,          # 20000: inc r<register>
                0o005300,                     # 20002: dec r0
                0o001402,                     # 20004: beq 20012
                0o000137, 0,                  # 20006: jmp @#0
                SYS_1]                        # 20012: sys 1
    results = []
    for engine in ("interp", "translate"):
        m = user_process(0o20000, [INC_R1, 0o000137, 0o20000], engine)
        for pa, register in ((0o40000, 2), (0o60000, 4)):
            for i, w in enumerate(segment_one(register)):
                m.write_word(pa + 2 * i, w)
        stops = []
        for pa in (0o40000, 0o60000):
            m.sureg([0o20000 >> 6, pa >> 6, 0, 0, 0, 0, 0, 0], [RW, RW, 0, 0, 0, 0, 0, 0])
            m.pc, m.regs[0] = 0, 20
            stops.append(m.run(1000))
        results.append((stops, m.regs[:], m.icount))
    assert results[0] == results[1]
    assert (results[0][1][1], results[0][1][2], results[0][1][4]) == (40, 20, 20)


def test_hundreds_of_blocks_may_hold_one_word_and_a_store_drops_them_all(generated):
    """300 entries (``inc r0; jmp @#tail``) into one tail (``inc r1; sys 1``):
    the 300 blocks made from them all hold the tail's words (a byte count of
    them overflowed at 256); a store into the tail drops every one, and the
    new code runs."""
    n, jmp_abs = 300, 0o000137
    tail = 0o1000 + 6 * n
    m = hosted([INC_R0, jmp_abs, tail] * n + [INC_R1, SYS_1], "translate")
    m.translator.hot = 1
    for i in range(n):
        m.pc, m.regs[0], m.regs[1] = 0o1000 + 6 * i, 0, 0
        assert to_trap(m) and (m.regs[0], m.regs[1]) == (1, 1)
    assert len(m.translator.by_word[tail >> 1]) == n and m.CM[tail >> 1]
    m.write_word(tail, INC_R0)
    assert tail >> 1 not in m.translator.by_word and not m.CM[tail >> 1]
    m.pc, m.regs[0], m.regs[1] = 0o1000, 0, 0
    assert to_trap(m) and (m.regs[0], m.regs[1]) == (2, 0)


def to_trap(m: Machine) -> bool:
    """Run on through clock ticks; whether the run stopped at a trap."""
    while (stop := m.run(1000)).reason is Reason.CLOCK:
        pass
    return stop.reason is Reason.TRAP


CSV_WAY_BACK = [0o004537, 0o001020,     # 1000: jsr r5,@#1020
                0o005201,               # 1004: inc r1
                0o000000,               # 1006: halt
                0, 0, 0, 0,
                0o010500,               # 1020: mov r5,r0
                0o000110]               # 1022: jmp (r0)
"""csv's way back to its caller: ``jsr r5,csv``, csv copies r5 to r0 and
jumps through r0 — to the address the JSR made, which the block knows."""


def guess_tests(code) -> list[int]:
    """The addresses a block's code compares ``npc`` with (its guesses of a computed jump)."""
    ops = list(dis.get_instructions(code))
    return [b.argval for a, b, c in zip(ops, ops[1:], ops[2:], strict=False)
            if a.argval == "npc" and b.opname == "LOAD_CONST" and c.opname == "COMPARE_OP"]


def test_a_computed_jump_to_an_address_the_block_knows_is_not_tested():
    stop = both(CSV_WAY_BACK, r1=7)
    assert stop.pc == 0o1006
    m = hosted(CSV_WAY_BACK, "translate")
    m.run(100)
    assert m.regs[1] == 1 and m.regs[0] == 0o1004
    assert guess_tests(block_code(m, 0o1000)) == []
