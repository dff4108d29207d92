"""Instruction by instruction: the cases in tests/pdp11/data/exec_*.txt.

Format (after rsc/unix's testdata, in our own terms):

- A blank line starts a case from the reset state: 16 KB of core filled with
  the word 070707, R0-R5 zero, SP 01000, PC 010000, PSW 0, kernel mode, no
  relocation.
- A line of assembler is assembled at the current PC and executed, one
  instruction (a trap it causes is taken too).
- ``now ITEMS`` says how the machine differs from the reset state (with the
  instructions assembled so far in place) — all of it: registers ``r0=000005`` (and ``sp=``), ``psw=`` or ``nzvc=1010`` for
  a PSW of only condition codes, memory words ``*007776=070401``, and ``pc=``
  when the PC is not just past the last instruction assembled; ``now ~``
  means no difference at all.
- ``#`` starts a comment line.

exec_arith.txt, exec_unary.txt and exec_eis.txt are written by gen_exec.py,
which computes the results with its own arithmetic; the other files are
worked out by hand from the processor handbook.  Every case runs on both
engines.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from v6.pdp11 import asm
from v6.pdp11.machine import Machine

DATA = Path(__file__).parent / "data"
RESET_WORD = 0o070707
RESET_SP, RESET_PC = 0o1000, 0o10000
CORE = 0o40000
FILES = sorted(p.name for p in DATA.glob("exec_*.txt"))


def cases(path: Path) -> list[tuple[int, list[str]]]:
    """(line number of the first line, lines) for each case of a file."""
    out: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line:
            current = []
            continue
        if line.startswith("#"):
            continue
        if not current:
            out.append((number, current))
        current.append(line)
    return out


@functools.cache
def assembled(line: str, pc: int) -> tuple[int, ...]:
    program = asm.assemble([("case", f". = .+{pc:o}\n{line}\n")])
    text = program.text[pc:]
    return tuple(int.from_bytes(text[i:i + 2], "little") for i in range(0, len(text), 2))


def reset(engine: str) -> Machine:
    m = Machine(CORE, engine=engine)
    m.load(0, RESET_WORD.to_bytes(2, "little") * (CORE // 2))
    m.sp, m.pc = RESET_SP, RESET_PC
    return m


def difference(m: Machine, expected_pc: int, code: dict[int, int]) -> set[str]:
    items = {f"r{i}={v:06o}" for i, v in enumerate(m.regs[:6]) if v}
    if m.sp != RESET_SP:
        items.add(f"sp={m.sp:06o}")
    if m.pc != expected_pc:
        items.add(f"pc={m.pc:06o}")
    psw = m.psw
    if psw & ~0o17:
        items.add(f"psw={psw:06o}")
    elif psw:
        items.add("nzvc=" + "".join("1" if psw & b else "0" for b in (8, 4, 2, 1)))
    baseline = bytearray(RESET_WORD.to_bytes(2, "little") * (CORE // 2))
    for a, w in code.items():
        baseline[a:a + 2] = w.to_bytes(2, "little")
    for block in range(0, CORE, 256):
        if m.mem[block:block + 256] != baseline[block:block + 256]:
            items |= {f"*{a:06o}={m.read_word(a):06o}" for a in range(block, block + 256, 2)
                      if m.mem[a:a + 2] != baseline[a:a + 2]}
    return items


def run_case(engine: str, lines: list[str]) -> None:
    m = reset(engine)
    code: dict[int, int] = {}
    expected_pc, previous = RESET_PC, "the reset"
    for line in lines:
        if line.startswith("now"):
            want = set(line.split()[1:]) - {"~"}
            got = difference(m, expected_pc, code)
            assert got == want, f"after {previous!r}: expected {sorted(want)}, got {sorted(got)}"
            continue
        words = assembled(line, m.pc)
        for i, w in enumerate(words):
            m.write_word(m.pc + 2 * i, w)
            code[m.pc + 2 * i] = w
        expected_pc = m.pc + 2 * len(words)
        m.run(1)
        previous = line


@pytest.mark.parametrize("engine", ["interp", "translate"])
@pytest.mark.parametrize("name", FILES)
def test_exec_file(name, engine):
    failures = []
    for number, lines in cases(DATA / name):
        try:
            run_case(engine, lines)
        except AssertionError as exc:
            failures.append(f"{name}:{number}: {exc}")
    assert failures == [], "\n".join(failures[:20])


def test_generated_files_are_current(tmp_path, monkeypatch):
    """The checked-in generated files are what gen_exec.py writes now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_exec", DATA / "gen_exec.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    monkeypatch.setattr(gen, "HERE", tmp_path)
    gen.main()
    for name in ("exec_arith.txt", "exec_unary.txt", "exec_eis.txt"):
        assert (tmp_path / name).read_text() == (DATA / name).read_text(), name
