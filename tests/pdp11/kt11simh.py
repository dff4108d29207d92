"""Record cases of the KT11 corpus on SIMH (``pdp11``, ``set cpu 11/40``): the oracle's side.

``record(cases)`` runs every case in one SIMH process and returns, for each,
the final state in the corpus's ``expect`` form (tests/data/README.md,
format ``simh-oracle-corpus/2``).  A case is loaded by console commands:
memory cleared and deposited, the MMU registers deposited by name, then the
stack pointers, PSW and registers; ``step N`` runs it; ``show time`` before
and after counts the instructions; the registers, the MMU registers as a
program reads them (their I/O page addresses), and all of core are examined.

SIMH's 11/40 always has its KT11 (``set cpu mmu`` is refused: the unit is
standard on that model there), so nothing needs enabling.  Nothing here is
part of the machine under test: this only asks SIMH.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from tests.simh import SIMULATOR

MEMSIZE_KB = 16
MEM_TOP = MEMSIZE_KB * 1024
HARNESS_BASE = 0o2000
HARNESS_VECTORS = (0o4, 0o10, 0o14, 0o20, 0o24, 0o30, 0o34, 0o114, 0o240, 0o244, 0o250)
KERNEL_MMU = (0o17772300, 0o17772340)
"""Physical addresses of the kernel PDRs and PARs (user: 017777600, 017777640)."""
USER_MMU = (0o17777600, 0o17777640)
MMR0, MMR2 = 0o17777572, 0o17777576
SETUP = ("dep STOP_TRAPS 0", "dep STOP_VECA 0", "dep STOP_SPA 0")
"""SIMH stops the simulation on a trap whose vector fetch or stack push aborts
unless told not to: then it carries out what the processor does."""
_MARK = "@@case"
_STOP = re.compile(r"^(HALT instruction|Step expired|[A-Z][^,]*), PC: (\d+)")


def _deposits(case: dict) -> list[str]:
    init = case["init"]
    lines = ["reset", f"dep 0-{MEM_TOP - 2:o} 0"]
    for start, words in init["mem"]:
        lines += [f"dep {start + 2 * i:o} {w:o}" for i, w in enumerate(words) if w]
    mmu = init["mmu"]
    for space, name in (("k", "KI"), ("u", "UI")):
        for seg in range(8):
            lines.append(f"dep {name}PAR{seg} {mmu[space + 'par'][seg]:o}")
            lines.append(f"dep {name}PDR{seg} {mmu[space + 'pdr'][seg]:o}")
    lines += [f"dep MMR2 {mmu['mmr2']:o}", f"dep MMR0 {mmu['mmr0']:o}"]
    kernel = init["psw"] >> 14 == 0
    ksp, usp = (init["regs"][6], init["usp"]) if kernel else (init["ksp"], init["regs"][6])
    lines += [f"dep KSP {ksp:o}", f"dep USP {usp:o}", f"dep PSW {init['psw']:o}"]
    lines += [f"dep R{r} {init['regs'][r]:o}" for r in range(6)]
    lines.append(f"dep PC {init['regs'][7]:o}")
    return lines


def _examines() -> list[str]:
    lines = ["ex R0,R1,R2,R3,R4,R5,SP,PC,PSW,KSP,USP,MMR1,MMR3"]
    for pdr, par in (KERNEL_MMU, USER_MMU):
        lines += [f"ex {pdr + 2 * seg:o}" for seg in range(8)]
        lines += [f"ex {par + 2 * seg:o}" for seg in range(8)]
    lines += [f"ex {MMR0:o}", f"ex {MMR2:o}", f"ex 0-{MEM_TOP - 2:o}"]
    return lines


def script(cases: list[dict]) -> str:
    """The SIMH command file that runs ``cases`` one after the other."""
    lines = ["set cpu 11/40", f"set cpu {MEMSIZE_KB}k", *SETUP]
    for case in cases:
        lines.append(f"echo {_MARK} {case['id']}")
        lines += _deposits(case)
        lines += ["show time", f"step {case['max_steps']}", "show time"]
        lines += _examines()
    lines.append("quit")
    return "\n".join(lines) + "\n"


def record(cases: list[dict]) -> list[dict]:
    """Each case's final state on SIMH, in ``expect`` form."""
    with tempfile.TemporaryDirectory() as tmp:
        ini = Path(tmp) / "cases.ini"
        ini.write_text(script(cases))
        out = subprocess.run([SIMULATOR, str(ini)], stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, check=True, timeout=10 + len(cases) // 5).stdout
    chunks = out.split(_MARK + " ")[1:]
    if len(chunks) != len(cases):
        raise RuntimeError(f"SIMH ran {len(chunks)} of {len(cases)} cases")
    return [_expect(case, chunk) for case, chunk in zip(cases, chunks, strict=True)]


def _expect(case: dict, chunk: str) -> dict:
    values: dict[str, int] = {}
    times, message = [], None
    for line in chunk.splitlines():
        name, tab, value = line.partition(":\t")
        if tab and name == "Time":
            times.append(int(value))
        elif tab:
            values[name] = int(value, 8)
        elif (stop := _STOP.match(line)) is not None:
            message = stop.group(1)
    if len(times) != 2 or message is None:
        raise RuntimeError(f"case {case['id']}: unexpected SIMH output: {chunk[:400]!r}")
    expect = {"regs": [values[f"R{r}"] for r in range(6)] + [values["SP"], values["PC"]],
              "psw": values["PSW"], "ksp": values["KSP"], "usp": values["USP"],
              "steps": times[1] - times[0]}
    expect.update(_stop(message, values["PC"]))
    expect["mmu"] = _mmu(values)
    expect["simh"] = {"message": message, "mmr1": values["MMR1"], "mmr3": values["MMR3"]}
    expect["mem_changed"] = _changed(case, values)
    return expect


def _stop(message: str, pc: int) -> dict:
    if message == "Step expired":
        return {"stop": "STEP_LIMIT", "trap_vector": None}
    if message == "HALT instruction":
        vector = pc - 2 - HARNESS_BASE
        if vector in HARNESS_VECTORS:
            return {"stop": "TRAP", "trap_vector": vector}
        return {"stop": "HALT", "trap_vector": None}
    return {"stop": "SIMH:" + message, "trap_vector": None}


def _mmu(values: dict[str, int]) -> dict:
    mmu = {"mmr0": values[f"{MMR0:o}"], "mmr2": values[f"{MMR2:o}"]}
    for space, (pdr, par) in (("k", KERNEL_MMU), ("u", USER_MMU)):
        mmu[space + "par"] = [values[f"{par + 2 * s:o}"] for s in range(8)]
        mmu[space + "pdr"] = [values[f"{pdr + 2 * s:o}"] for s in range(8)]
    return mmu


def _changed(case: dict, values: dict[str, int]) -> list[list[int]]:
    initial = [0] * (MEM_TOP // 2)
    for start, words in case["init"]["mem"]:
        initial[start // 2:start // 2 + len(words)] = words
    return [[2 * i, values[f"{2 * i:o}"]] for i in range(MEM_TOP // 2)
            if values[f"{2 * i:o}"] != initial[i]]
