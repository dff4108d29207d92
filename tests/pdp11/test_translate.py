"""The block translator's own promises, beyond agreeing with the interpreter
(tests/pdp11/test_engines.py): compiled blocks shared between machines and
never served for other code.

Programs are octal words (encodings from the processor handbook).
"""

import pytest

from v6.pdp11 import codegen, translate
from v6.pdp11.machine import Machine, Reason

INC_R0, INC_R1, SYS_1 = 0o005200, 0o005201, 0o104401
RW = 0o77406
"""A PDR: the whole 8 KB segment, read/write."""


@pytest.fixture
def generated(monkeypatch):
    """A fresh template cache, and the words the translator generated code for."""
    monkeypatch.setattr(translate, "_TEMPLATES", {})
    words: list[int] = []
    real = codegen.instruction

    def counted(be, row, word):
        if isinstance(be, translate.BlockBackend):
            words.append(word)
        real(be, row, word)

    monkeypatch.setattr(codegen, "instruction", counted)
    return words


def user_process(text_pa: int, text: list[int]) -> Machine:
    """A hosted machine in user mode, virtual 0 mapped to ``text_pa`` holding ``text``."""
    m = Machine(0o100000, hosted=True)
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


def test_the_shared_cache_is_bounded(generated, monkeypatch):
    monkeypatch.setattr(translate, "TEMPLATE_CACHE_SIZE", 2)
    for n in range(4):
        m = user_process(0o20000, [0o012700, n, SYS_1])
        m.run(100)
        assert m.regs[0] == n
    assert len(translate._TEMPLATES) == 2
