"""A conditional branch that tests the operands of the instruction before it.

``codegen.fuses`` says which branches right after which instructions may
test those instructions' operands (``src < dst`` after ``cmp``) instead of
their condition codes, and the translator then computes neither.  Here:
each such test agrees with the table's bodies (the flags the instruction
sets, then the branch's condition on them) on edge and random operands —
every byte operand for the byte forms, in the slow run; both engines agree
on the way taken and on the flags a way out right after the branch
stores; and a block's code leaves the flags out where it should, and only
there.

Programs are octal words (encodings from the processor handbook).
"""

import random
import re

import pytest

from v6.pdp11 import codegen, isa, translate
from v6.pdp11.machine import Machine, Reason

BRANCHES = [row for row in isa.TABLE if row.fmt == "br" and row.name != "br"]
FUSED = [(row, branch) for row in isa.TABLE if row.cpu for branch in BRANCHES
         if codegen.fuses(row, branch)]
EDGES = [0, 1, 0o77776, 0o77777, 0o100000, 0o100001, 0o177776, 0o177777,
         0o177600, 0o052577, 0o125000, 0o000377, 0o003601]
"""Word edges, and byte edges (0, 1, 0177, 0200, 0201, 0377) under junk high bytes."""


def encode(row: isa.Instr, **fields: int) -> int:
    word = row.code
    for name, shift, _ in row.fields:
        word |= fields[name] << shift
    return word


def test_the_pairs_the_benchmarks_meet_most_are_fused():
    """The pairs met most where sort and fib run translated: 99% of their conditional branches."""
    names = {(row.name, branch.name) for row, branch in FUSED}
    assert names >= {("cmp", "blt"), ("tstb", "bne"), ("cmpb", "beq"), ("cmp", "bge"),
                     ("mov", "bmi"), ("cmp", "bne"), ("tst", "bgt"), ("movb", "bne"),
                     ("mov", "ble"), ("bit", "beq"), ("tst", "bne"), ("mov", "beq"),
                     ("tst", "beq"), ("bic", "beq"), ("cmp", "ble")}


def test_an_instruction_whose_flags_are_not_its_operands_plain_is_not_fused():
    """ADD's V and C, SWAB's N (of the low byte), MOV's C (left as it was)."""
    rows = isa.by_name()
    assert not codegen.fuses(rows["add"][0], rows["bvs"][0])
    assert not codegen.fuses(rows["inc"][0], rows["beq"][0])
    assert not codegen.fuses(rows["swab"][0], rows["bmi"][0])
    assert not codegen.fuses(rows["mov"][0], rows["blo"][0])


# --- the tests against the table ----------------------------------------------------

class Plain(codegen.Backend):
    """Registers and flags as plain Python names (the operands here are registers)."""

    def reg(self, k: int) -> str:
        return f"r{k}"

    def reg_target(self, k: int) -> str:
        return f"r{k}"

    def set_reg(self, k: int, value: str) -> None:
        self.emit(f"r{k} = {value}")

    def flag(self, f: str) -> str:
        return f


def evaluator(row: isa.Instr, branch: isa.Instr):
    """``f(r0, r1, n, z, v, c)`` -> (the fused test, the branch's condition on
    the flags the body set), for ``row`` on r0 (and r1) then ``branch``."""
    be = Plain()
    fused = codegen.instruction(be, row, encode(row, ss=0, dd=1, r=0) if len(row.fields) == 2
                                else encode(row, dd=0), branch)
    on_flags = codegen.branch(be, branch, branch.code)
    body = "".join(f"    {line}\n" for line in be.lines)
    source = f"def f(r0, r1, n, z, v, c):\n{body}    return bool({fused}), bool({on_flags})\n"
    namespace: dict = dict(codegen.TABLES)
    exec(source, namespace)
    return namespace["f"]


def disagreements(row, branch, pairs) -> list:
    f = evaluator(row, branch)
    rng = random.Random(f"{row.name} {branch.name}")
    out = []
    for a, b in pairs:
        flags = [rng.getrandbits(1) for _ in range(4)]
        fused, on_flags = f(a, b, *flags)
        if fused != on_flags:
            out.append((oct(a), oct(b), flags, fused, on_flags))
    return out[:5]


@pytest.mark.parametrize("row, branch", FUSED, ids=[f"{r.name}-{b.name}" for r, b in FUSED])
def test_a_fused_test_agrees_with_the_flags_the_table_sets(row, branch):
    rng = random.Random(1975)
    pairs = [(a, b) for a in EDGES for b in EDGES] + [(a, a) for a in range(0, 0o200000, 0o1001)]
    pairs += [(rng.getrandbits(16), rng.getrandbits(16)) for _ in range(3000)]
    assert disagreements(row, branch, pairs) == []


BYTE_FUSED = [(row, branch) for row, branch in FUSED if row.byte]


@pytest.mark.slow
@pytest.mark.parametrize("row, branch", BYTE_FUSED, ids=[f"{r.name}-{b.name}" for r, b in BYTE_FUSED])
def test_a_fused_byte_test_agrees_with_the_table_on_every_pair_of_bytes(row, branch):
    rng = random.Random(11)
    pairs = [(a | rng.getrandbits(8) << 8, b | rng.getrandbits(8) << 8)
             for a in range(256) for b in range(256)]
    assert disagreements(row, branch, pairs) == []


# --- both engines ------------------------------------------------------------------

FAULT = 0o011203
"""``mov (r2),r3`` with r2 odd: a bus error before it changes anything."""


def operands(row: isa.Instr, mode: str) -> dict[str, int]:
    """The operand fields: r0 and r1, (r4) and (r5) — words 03000 and 03002 —
    or an immediate source and r1."""
    two = len(row.fields) == 2
    if mode == "registers":
        return {"ss": 0, "dd": 1, "r": 0} if two else {"dd": 0}
    if mode == "memory":
        return {"ss": 0o14, "dd": 0o15, "r": 0} if two else {"dd": 0o14}
    return {"ss": 0o27, "dd": 1}


CASES = [(row, branch, mode) for row, branch in FUSED for mode in ("registers", "memory", "immediate")
         if mode != "immediate" or "ss" in (name for name, _, _ in row.fields)]


def run_fused(m: Machine, row: isa.Instr, branch: isa.Instr, mode: str, a: int, b: int,
              flags: list[int]) -> tuple:
    """The instruction on operands ``a`` and ``b`` as ``mode`` says, the
    branch over one word, and an instruction that faults on each way: the
    block leaves right after the branch, storing the flags, and the
    interpreter takes the fault."""
    words = [encode(row, **operands(row, mode)), *([a] if mode == "immediate" else []),
             branch.code | 1, FAULT, FAULT, 0]
    for i, w in enumerate(words):
        m.write_word(0o1000 + 2 * i, w)
    m.write_word(0o3000, a)
    m.write_word(0o3002, b)
    m.regs[:] = [a, b, 0o3001, 0, 0o3000, 0o3002, 0o2000, 0o1000, *flags]
    stop = m.run(100)
    return stop, m.regs[:], m.psw, m.icount, m.clock.ns, bytes(m.mem[0o3000:0o3004])


@pytest.mark.parametrize("row, branch, mode", CASES,
                         ids=[f"{r.name}-{b.name}-{mode}" for r, b, mode in CASES])
def test_both_engines_take_the_same_way_and_leave_the_same_flags(row, branch, mode):
    machines = [Machine(0o40000, hosted=True, engine=engine) for engine in ("interp", "translate")]
    rng = random.Random(f"{row.name} {branch.name} {mode}")
    ways = set()
    for a in EDGES:
        for b in EDGES if len(row.fields) == 2 else EDGES[:1]:
            flags = [rng.getrandbits(1) for _ in range(4)]
            results = [run_fused(m, row, branch, mode, a, b, flags) for m in machines]
            assert results[0] == results[1], (oct(a), oct(b), flags)
            stop = results[0][0]
            assert (stop.reason, stop.vector) == (Reason.FAULT, 0o4)
            ways.add(stop.pc)
    assert machines[1].translator.jt[0o1000] is not None
    assert len(ways) == 2, "edge operands take the branch and not"


# --- the code of a block --------------------------------------------------------------

@pytest.fixture
def sources(monkeypatch) -> list[str]:
    """The Python source of every block translated from now on."""
    monkeypatch.setattr(translate, "_TEMPLATES", {})
    monkeypatch.setattr(translate, "_AT", {})
    made: list[str] = []

    def compiled(source, name, mode):
        made.append(source)
        return compile(source, name, mode)

    monkeypatch.setattr(translate, "compile", compiled, raising=False)
    return made


def assigned_flags(source: str, first_branch: bool = False) -> set[str]:
    """Flags a block's code assigns after its check at entry (up to its
    first ``if`` only, with ``first_branch``)."""
    body = source.split("LAST[0] = e; return ic, ns\n", 1)[1]
    if first_branch:
        body = re.split(r"^\s*if ", body, maxsplit=1, flags=re.M)[0]
    return set(re.findall(r"^\s*([nzvc]) = ", body, re.M))


def both(words: list[int], **regs: int) -> None:
    """Run ``words`` at 01000 to the first stop on each engine: the same machine after."""
    results = []
    for engine in ("interp", "translate"):
        m = Machine(0o40000, hosted=True, engine=engine)
        for i, w in enumerate(words):
            m.write_word(0o1000 + 2 * i, w)
        m.pc, m.sp = 0o1000, 0o2000
        for name, value in regs.items():
            m.regs[int(name[1])] = value
        stop = m.run(100)
        results.append((stop, m.regs[:], m.psw, m.icount, m.clock.ns))
    assert results[0] == results[1]


@pytest.mark.parametrize("setter, branch", [
    (0o020001, 0o002402),     # cmp r0,r1; blt 1010
    (0o105700, 0o001002),     # tstb r0; bne 1010
    (0o010001, 0o003402),     # mov r0,r1; ble 1010
], ids=["cmp-blt", "tstb-bne", "mov-ble"])
@pytest.mark.parametrize("r0", [0o100000, 0o377, 0], ids=oct)
def test_a_branch_whose_flags_nothing_else_reads_tests_the_operands(sources, setter, branch, r0):
    """Each way faults, then halts (the ways do not meet): the block's code
    computes no flag, and leaves with them as expressions."""
    both([setter, branch, FAULT, 0, FAULT, 0], r0=r0, r1=5, r2=0o3001)
    assert len(sources) == 1
    assert assigned_flags(sources[0]) == set()


@pytest.mark.parametrize("r0", [3, 4])
def test_only_the_flags_the_branch_tests_are_left_out(sources, r0):
    """``cmp r0,r1; bne 1010; adc r3; halt; 1010: adc r3; halt``: ADC reads
    C, so C is computed; Z is not."""
    both([0o020001, 0o001002, 0o005503, 0, 0o005503, 0], r0=r0, r1=3)
    assert assigned_flags(sources[0], first_branch=True) == {"c"}


@pytest.mark.parametrize("words, flags", [
    # cmp r0,r1; beq 1012; bgt 1016 (reads the N, Z and V of the CMP): each way faults
    ([0o020001, 0o001403, 0o003004, FAULT, 0, FAULT, 0, FAULT, 0], {"n", "z", "v"}),
    # tst r0; beq 1006; tst r1; 1006: bne 1012 (two ways in: the Z of either TST)
    ([0o005700, 0o001401, 0o005701, 0o001002, FAULT, FAULT, 0], {"z"}),
], ids=["read-after", "join"])
@pytest.mark.parametrize("r0, r1", [(0, 0), (0, 7), (7, 0), (0o100000, 7), (7, 0o100000)])
def test_flags_another_instruction_reads_are_computed_before_the_branch(sources, words, flags,
                                                                        r0, r1):
    both(words, r0=r0, r1=r1, r2=0o3001)
    assert assigned_flags(sources[0], first_branch=True) == flags
