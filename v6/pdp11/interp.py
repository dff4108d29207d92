"""New: the interpreter — one instruction at a time, the reference engine.

Decode once: the machine's 65,536-entry table ``itab`` maps an instruction
word to a handler, a closure made on the word's first execution.  Handlers
are generated from ``isa.TABLE`` by ``v6.pdp11.codegen``; words of the same
*shape* (same row, same addressing modes, registers of the same class: 0-5,
SP or PC) share one compiled factory, and each word gets its own closure
with its register numbers and numeric field bound in, so a handler does no
decoding at run time.  A handler returns the instruction's time in ns.

Memory is reached through the machine's translation tables (``RT``/``WT``,
see ``v6.pdp11.mmu``); an access they do not cover — odd address, not mapped,
read-only, beyond core, the I/O page, and (for a store) a page that holds
translated code — goes to the machine's slow path, which either answers
(device registers) or raises ``Trap``, and drops the code a store hits.

``run`` executes until the budget is spent or simulated time reaches a
deadline; a trap or a stop condition leaves it as an exception that the
machine handles.  ``step`` executes exactly one instruction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from v6.pdp11 import alu, codegen, isa, peephole, timing
from v6.pdp11.codegen import Reg, odd, page, word
from v6.pdp11.traps import InstructionTrap, Trap

if TYPE_CHECKING:
    from v6.pdp11.machine import Machine

Handler = Callable[[], int]

_FACTORIES: dict[tuple, Callable[..., Handler]] = {}
"""Shape -> compiled factory(m, sr, dr, rr, rr1, K, W) -> handler, shared by all machines.

The factory's arguments bind the word's fields: source and destination
registers, the register field and its odd partner, the numeric field, and
the word itself (for the instructions the machine carries out in Python)."""


class InterpBackend(codegen.Backend):
    """Registers and flags in the machine's state list, memory via its tables.

    A register changed before a later step that may trap (an autoincrement
    before the access it addresses, a push before its store) opens a
    ``try`` whose handler adds the register's old value to the ``Trap`` on
    its way out, for ``Machine.backup``.  Since Python 3.11 a ``try`` costs
    nothing until something is raised, so handlers pay nothing for it; the
    old values are temporaries the instruction computes anyway.  The code
    is written flat, with ``try:`` and ``except`` lines as markers, and
    indented by ``_nest`` after the peephole pass.
    """

    keeps_undo = True

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[str] = []
        """The ``except`` lines of the open ``try`` blocks, innermost last."""

    def reg(self, k: int) -> str:
        return f"R[{_index(k)}]"

    reg_target = reg

    def set_reg(self, k: int, value: str) -> None:
        self.emit(f"{self.reg(k)} = {value}")

    def flag(self, f: str) -> str:
        return f"R[{8 + isa.FLAGS.index(f)}]"

    def const_k(self, k: int) -> str:
        return "K"

    def fetch(self) -> str:
        p = self.temp("p")
        self.emit(f"{p} = R[7]")
        x = self.load(p, False)
        self.emit(f"R[7] = {codegen.wrapped(f'{p} + 2')}")
        return x

    def load(self, addr: str, byte: bool) -> str:
        a, v = self.named(addr), self.temp("v")
        if byte:
            self.emit(f"{v} = MB[{a} + o] if (o := RT[{page(a)}]) is not None else rslow({a}, 1)")
        else:
            self.emit(f"{v} = MW[{word(f'{a} + o')}] if (o := RT[{page(a)}]) is not None "
                      f"and not {odd(a)} else rslow({a}, 0)")
        return v

    def locate(self, addr: str, byte: bool) -> str:
        q = self.temp("q")
        if byte:
            self.emit(f"{q} = {addr} + o if (o := WT[{page(addr)}]) is not None else -1")
        else:
            self.emit(f"{q} = {word(f'{addr} + o')} if (o := WT[{page(addr)}]) is not None "
                      f"and not {odd(addr)} else -1")
        return q

    def read_loc(self, loc: str, addr: str, byte: bool) -> str:
        v = self.temp("v")
        memory = "MB" if byte else "MW"
        self.emit(f"{v} = {memory}[{loc}] if {loc} >= 0 else rslow({addr}, {int(byte)}, True)")
        return v

    def write_loc(self, loc: str, addr: str, byte: bool, value: str) -> None:
        memory = "MB" if byte else "MW"
        self.emit(f"if {loc} >= 0:")
        self.emit(f"    {memory}[{loc}] = {value}")
        self.emit("else:")
        self.emit(f"    wslow({addr}, {value}, {int(byte)})")

    def trap(self, vector: int, whole: bool = False) -> None:
        self.emit(f"raise {'InstructionTrap' if whole else 'Trap'}({vector:#o})")

    def undoable(self, k: int, old: str) -> None:
        self.emit("try:")
        self.handlers.append(f"except Trap as e: e.keep({_index(k)}, {old}); raise")

    def close(self) -> None:
        """Return the instruction's time, then end the open ``try`` blocks,
        innermost first (a return inside them needs no jump past their handlers)."""
        self.emit("return COST")
        self.lines.extend(reversed(self.handlers))
        self.handlers.clear()


def _index(k: int) -> str:
    """Register ``k`` as a handler names it: by its field for 0-5 (shared shapes), else by number."""
    return k.sym if isinstance(k, Reg) and k < 6 else str(int(k))


def _nest(lines: list[str]) -> list[str]:
    """Indent the lines inside each ``try:`` to its ``except`` line."""
    out, depth = [], 0
    for line in lines:
        if line.startswith("except "):
            depth -= 1
        out.append("    " * depth + line)
        if line == "try:":
            depth += 1
    return out


def _shape(row: isa.Instr, word: int) -> tuple:
    """What a handler's code depends on: the row, the modes, the register classes.

    Register fields are classed 0-5 (one class), 6 and 7; a mode is part of
    the shape only where the format has a general operand.
    """
    names = {name for name, _, _ in row.fields}
    modes = (word & 0o7000 if "ss" in names and row.fmt == "ss,dd" else 0) | (
        word & 0o70 if names & {"ss", "dd"} else 0)
    regs = tuple(min(max(r, 5), 7) for name, shift, _ in row.fields
                 if name in ("ss", "dd", "r") for r in [(word >> shift) & 7])
    return (row, modes, regs)


def _source(row: isa.Instr, word: int) -> str:
    """The factory's source for one shape."""
    be = InterpBackend()
    if row.flow == "host" and not row.body:
        be.emit(f"m.op_{row.name}(W)")
    else:
        codegen.instruction(be, row, word)
    be.close()
    body = "\n".join("        " + line for line in _nest(peephole.optimize(be.lines)))
    return (
        "def factory(m, sr, dr, rr, rr1, K, W):\n"
        "    R, RT, WT, MW, MB = m.regs, m.RT, m.WT, m.MW, m.mem\n"
        "    rslow, wslow = m.rslow, m.wslow\n"
        "    def handler():\n"
        f"{body}\n"
        "    return handler\n"
    )


def _factory(row: isa.Instr, word: int) -> Callable[..., Handler]:
    key = _shape(row, word)
    factory = _FACTORIES.get(key)
    if factory is None:
        namespace = {**codegen.TABLES, "Trap": Trap, "InstructionTrap": InstructionTrap, "div": alu.div,
                     "ash": alu.ash, "ashc": alu.ashc, "COST": timing.cost(row, word)}
        exec(compile(_source(row, word), f"<{row.name} {word:06o}>", "exec"), namespace)
        factory = _FACTORIES[key] = namespace["factory"]
    return factory


def install(m: Machine, word: int) -> Handler:
    """Make, remember and return the handler of ``word`` on machine ``m``."""
    row = isa.decode(word)
    if row is None or not row.cpu:
        handler = m.reserved_instruction
    else:
        f = codegen.fields(row, word)
        r = f.get("r", 0)
        handler = _factory(row, word)(m, f.get("ss", 0) & 7, f.get("dd", 0) & 7, r, r | 1,
                                      f["K"], word)
    m.itab[word] = handler
    m.icost[word] = timing.cost(row, word)
    return handler


def run(m: Machine, budget: int, deadline: int) -> None:
    """Execute up to ``budget`` instructions, stopping once time reaches ``deadline``.

    A ``Trap`` or a stop condition raised by an instruction propagates to the
    caller after the counters are brought up to date; ``m.pc0`` is then the
    address of the instruction concerned.  An instruction that was fetched is
    counted and charged even if it trapped; a fetch that faults is neither.
    """
    R, RT, MW, tab, costs, clock = m.regs, m.RT, m.MW, m.itab, m.icost, m.clock
    n, t, pc, w, i = 0, clock.ns, R[7], 0, 0
    try:
        while n < budget and t < deadline:
            # A run of instructions that all start before the deadline even if
            # each took the longest time there is: no clock test inside it.
            k = min(budget - n, (deadline - t - 1) // timing.MAX_NS + 1)
            for i in range(k):  # noqa: B007 - i counts a run cut short
                pc = R[7]
                o = RT[pc >> 6]
                if o is None or pc & 1:
                    m.fetch_fault(pc)
                w = MW[(pc + o) >> 1]
                R[7] = (pc + 2) & 0o177777
                t += (tab[w] or install(m, w))()
            n += k
    except Exception as exc:
        m.pc0 = pc
        n += i
        if not getattr(exc, "at_fetch", False):
            n += 1
            t += costs[w]
        raise
    finally:
        m.icount += n
        clock.ns = t


def step(m: Machine) -> None:
    """Execute exactly one instruction (exceptions as for ``run``)."""
    run(m, 1, 1 << 62)
