"""New: replay a differential corpus recorded on SIMH and compare, case by case.

The corpus formats (see tests/data/README.md): each case loads memory and
registers into a 16 KB PDP-11/40, runs until a HALT or ``max_steps``
instructions, and gives the complete final state.  In ``simh-oracle-corpus/1``
relocation is off; ``simh-oracle-corpus/2`` adds the KT11's registers (both
modes' PARs and PDRs, MMR0, MMR2) to each case's ``init`` and ``expect``.
``replay`` runs every case on one machine per engine and yields a
``Mismatch`` for each case whose state differs in any compared field:
registers, PSW, both stack pointers, why the run stopped, the trap vector,
the instruction count, exactly the set of changed memory words, and in
format 2 each KT11 register.  Two things the machine does not keep (see
``v6.pdp11.machine``) are left out of the comparison: MMR2 while MMR0's abort
flags do not freeze it, and the PDRs' "written" bit.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from v6.errors import V6Error
from v6.pdp11 import mmu
from v6.pdp11.machine import Machine, Reason, Stop

FORMAT = "simh-oracle-corpus/1"
FORMAT_KT11 = "simh-oracle-corpus/2"
HARNESS_BASE = 0o2000
"""Trap vector V holds (002000+V, 000340) and 002000+V holds a HALT."""
HARNESS_VECTORS = (0o4, 0o10, 0o14, 0o20, 0o24, 0o30, 0o34, 0o114, 0o240, 0o244, 0o250)
FIELDS = ("regs", "psw", "ksp", "usp", "stop", "trap_vector", "steps", "mem_changed")
"""Compared fields, in the order a mismatch is reported."""
MMU_FIELDS = ("kpar", "kpdr", "upar", "updr", "mmr0", "mmr2")
"""The KT11's registers in a format-2 case's ``mmu``, compared after ``FIELDS``."""
ABORT_FLAGS = 0o160000
PDR_WRITTEN = 0o100


class CorpusError(V6Error):
    """The corpus file is missing, unreadable or not in the expected format."""


@dataclass(frozen=True)
class Mismatch:
    """One case that disagrees: its first differing field, expected and got."""

    case: dict
    field: str
    expected: object
    got: object

    def describe(self) -> str:
        """One line: id, field, expected and got, and the case's listing."""
        listing = "; ".join(self.case.get("asm", []))
        return (f"case {self.case['id']}: {self.field}: expected {_octal(self.expected)}, "
                f"got {_octal(self.got)} [{listing}]")


def _octal(value: object) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return f"{value:06o}"
    if isinstance(value, list):
        return "[" + " ".join(_octal(v) for v in value) + "]"
    return str(value)


def load_corpus(path: str | Path) -> dict:
    """Read a corpus, plain or gzipped JSON; raise ``CorpusError`` with one clear line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        text = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        corpus = json.loads(text)
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror or exc}") from None
    except (gzip.BadGzipFile, EOFError, ValueError) as exc:
        raise CorpusError(f"{path}: not a JSON corpus ({exc})") from None
    if not isinstance(corpus, dict) or corpus.get("format") not in (FORMAT, FORMAT_KT11):
        raise CorpusError(f"{path}: not a {FORMAT} or {FORMAT_KT11} corpus")
    if not isinstance(corpus.get("cases"), list):
        raise CorpusError(f"{path}: no list of cases")
    return corpus


def run_case(m: Machine, case: dict) -> dict:
    """Load one case into ``m``, run it, and return the final state in corpus form."""
    init = case["init"]
    initial = bytearray(len(m.mem))
    for start, words in init["mem"]:
        for i, w in enumerate(words):
            initial[start + 2 * i:start + 2 * i + 2] = w.to_bytes(2, "little")
    m.load(0, bytes(initial))
    m.reset_state()
    if "mmu" in init:
        _load_mmu(m, init["mmu"])
    m.set_psw(init["psw"])
    m.regs[:8] = init["regs"]
    other = mmu.USER if m.mode == mmu.KERNEL else mmu.KERNEL
    m.set_stack_pointer(other, init.get("usp", init.get("ksp", 0)))
    start_count = m.icount
    stop = m.run(case["max_steps"])
    state = _final_state(m, stop, m.icount - start_count, initial, case["max_steps"])
    if "mmu" in init:
        state["mmu"] = _mmu_state(m)
    return state


def _load_mmu(m: Machine, mmu_init: dict) -> None:
    unit = m.mmu
    for mode, space in ((mmu.KERNEL, "k"), (mmu.USER, "u")):
        unit.par[mode][:] = mmu_init[space + "par"]
        unit.pdr[mode][:] = mmu_init[space + "pdr"]
    unit.mmr0, unit.mmr2 = mmu_init["mmr0"], mmu_init["mmr2"]
    m.mmu_changed()


def _mmu_state(m: Machine) -> dict:
    unit = m.mmu
    state = {"mmr0": unit.mmr0, "mmr2": unit.mmr2}
    for mode, space in ((mmu.KERNEL, "k"), (mmu.USER, "u")):
        state[space + "par"], state[space + "pdr"] = unit.par[mode][:], unit.pdr[mode][:]
    return state


def _final_state(m: Machine, stop: Stop, steps: int, initial: bytearray, max_steps: int) -> dict:
    state = {"regs": m.regs[:8], "psw": m.psw, "ksp": m.stack_pointer(mmu.KERNEL),
             "usp": m.stack_pointer(mmu.USER), "steps": steps, "trap_vector": None}
    if stop.reason is Reason.HALT:
        vector = stop.pc - HARNESS_BASE
        if vector in HARNESS_VECTORS:
            state["stop"], state["trap_vector"] = "TRAP", vector
        else:
            state["stop"] = "HALT"
    elif stop.reason is Reason.BUDGET:
        state["stop"] = "STEP_LIMIT"
    elif stop.reason is Reason.WAIT:
        # SIMH counts the cycles a WAIT idles as steps: with nothing to end
        # the wait, the run reaches its step limit.
        state["stop"], state["steps"] = "STEP_LIMIT", max_steps
    else:
        state["stop"] = stop.reason.name
    state["mem_changed"] = _changed_words(m.mem, initial)
    return state


def _changed_words(mem: bytearray, initial: bytearray) -> list[list[int]]:
    """[address, word] for each word of ``mem`` that differs from ``initial``."""
    changed = []
    for block in range(0, len(initial), 256):
        if mem[block:block + 256] != initial[block:block + 256]:
            changed += [[a, mem[a] | mem[a + 1] << 8] for a in range(block, block + 256, 2)
                        if mem[a:a + 2] != initial[a:a + 2]]
    return changed


def compare(case: dict, got: dict) -> Mismatch | None:
    """The first compared field that differs, or None."""
    expect = case["expect"]
    for field in FIELDS:
        if expect[field] != got[field]:
            return Mismatch(case, field, expect[field], got[field])
    if "mmu" not in expect:
        return None
    frozen = expect["mmu"]["mmr0"] & ABORT_FLAGS
    for field in MMU_FIELDS:
        if field == "mmr2" and not frozen:
            continue
        want, have = expect["mmu"][field], got["mmu"][field]
        if field.endswith("pdr"):
            want = [pdr & ~PDR_WRITTEN for pdr in want]
        if want != have:
            return Mismatch(case, _first_difference(field, want, have), want, have)
    return None


def _first_difference(field: str, want: object, have: object) -> str:
    """``field``, or ``field[i]`` naming the first register of a list that differs."""
    if isinstance(want, list) and isinstance(have, list):
        for i, (a, b) in enumerate(zip(want, have, strict=True)):
            if a != b:
                return f"{field}[{i}]"
    return field


def replay(corpus: dict, engine: str = "interp") -> Iterator[tuple[dict, Mismatch | None]]:
    """Run every case; yield each case with its mismatch (None when it agrees)."""
    m = Machine(corpus.get("memsize_kb", 16) * 1024, engine=engine)
    if m.translator is not None:
        m.translator.hot = 1      # every case's code translated, not left to the interpreter
    for case in corpus["cases"]:
        try:
            got = run_case(m, case)
        except KeyError as exc:
            raise CorpusError(f"case {case.get('id', '?')}: malformed (no {exc})") from None
        except (TypeError, ValueError, IndexError, AttributeError) as exc:
            raise CorpusError(f"case {case.get('id', '?')}: malformed ({exc})") from None
        yield case, compare(case, got)
