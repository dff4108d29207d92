"""New: what one translated block holds — the region of code from its start.

The translator (``v6.pdp11.translate``) compiles the code reachable from
one address into one Python function.  ``decode`` reads that *region* from
core as a graph of instructions (``Node``): from the start, instruction
after instruction, on both ways at every conditional branch and SOB,
through BR and through a JMP or JSR to a fixed address.  A JMP, JSR or RTS
whose target is in a register or on the stack goes on at the address
decoding expects — the return address of the JSR on the same path that the
RTS returns through, or a value the path put in the register (csv's
``jmp (r0)`` back into the C function that called it) — and the code
checks that guess when it runs.  An instruction reached by two ways is
decoded once (a *join*).

A way ends (``Leave``) at an instruction only the interpreter runs, at one
not wholly mapped as the start is (or outside the start's 8 KB segment),
where it would close a loop that does not pass through the start (that
loop's start gets a region of its own), when the region holds
``MAX_REGION`` instructions, and — if the caller says which code has run —
at code that has not run yet.  A way back to the start itself is a loop
(``LOOP``): the function goes round it without returning.  A jump whose
target cannot be guessed ends its way too (``DYNAMIC``).

``Region.key`` is every address decoding read and the word there: the
region, and so its code, is a function of those words alone.
``liveness`` finds, for each instruction, the condition codes no later
instruction reads before they are set again, so the code can skip
computing them where the path goes on (a way out computes them), and the
conditional branches that can test the operands of the instruction before
them instead of the flags it sets.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from v6.pdp11 import codegen, isa, timing

if TYPE_CHECKING:
    from v6.pdp11.machine import Machine

MAX_REGION = 96
"""Most instructions in a region."""


@dataclass(frozen=True)
class Leave:
    """A path ends: the dispatcher takes over at ``pc``."""

    pc: int


class _Way:
    """A named end of a path that is not an address."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


LOOP = _Way("LOOP")
"""A path ends back at the region's start."""
DYNAMIC = _Way("DYNAMIC")
"""A path ends at a jump whose target only the run knows."""


@dataclass(eq=False)
class Node:
    """One instruction of a region."""

    row: isa.Instr
    words: tuple[int, ...]
    """The instruction word, then its index and immediate words."""
    at: int
    """Its virtual address."""
    next: Node | Leave | _Way = DYNAMIC
    """Where the path goes on: the following instruction, a fixed or guessed
    target, or (a conditional branch) where it goes when not taken."""
    taken: Node | Leave | _Way | None = None
    """A conditional branch or SOB: where it goes when taken."""
    guess: int | None = None
    """A jump whose target is computed: the target ``next`` was decoded at."""
    ins: int = 0
    """Ways into it from instructions of the region (two or more: a join)."""
    drop: frozenset[str] = field(default=frozenset())
    """Condition codes it sets that nobody observes (see ``liveness``)."""
    fused: bool = False
    """A conditional branch that tests the operands of the instruction
    before it, not the flags that instruction sets (see ``liveness``)."""

    @property
    def cost(self) -> int:
        """Its simulated time in ns."""
        return timing.cost(self.row, self.words[0])

    @property
    def conditional(self) -> bool:
        """A branch that may or may not be taken (all but BR), or SOB."""
        return conditional(self.row)

    def ways(self) -> tuple[Node | Leave | _Way, ...]:
        """Where the path goes on from here."""
        return (self.next,) if self.taken is None else (self.taken, self.next)


@dataclass
class Region:
    """A decoded region: its instructions and what they were read from."""

    root: Node
    order: list[Node]
    """Every instruction, each before all those its paths reach."""
    key: tuple[int, ...]
    """The start, then every address decoding read and the word there, in
    order: what the region depends on."""
    loops: bool
    """Whether a path comes back to the start."""

    def extent(self) -> tuple[int, int]:
        """The most instructions on a path, and the latest a path's last
        instruction starts (ns after the start)."""
        count = {id(self.root): 0}
        start = {id(self.root): 0}
        for node in self.order:
            for way in node.ways():
                if isinstance(way, Node):
                    count[id(way)] = max(count.get(id(way), 0), count[id(node)] + 1)
                    start[id(way)] = max(start.get(id(way), 0), start[id(node)] + node.cost)
        return max(count.values()) + 1, max(start.values())


def conditional(row: isa.Instr) -> bool:
    """A branch that may or may not be taken (all but BR), and SOB."""
    return row.fmt in ("br", "r,sob") and row.name != "br"


@dataclass(frozen=True)
class _Path:
    """What decoding knows on the way to an instruction, for guesses."""

    calls: tuple[tuple[int, int], ...] = ()
    """(linkage register, return address) of the JSRs on the way, innermost last."""
    known: tuple[tuple[int, int], ...] = ()
    """Registers set to a constant on the way, as (register, value)."""


class _Decoder:
    """Reads a region from core, keeping every (address, word) read as the key of what it depends on."""

    def __init__(self, m: Machine, start: int, offset: int,
                 ran: Callable[[int], bool] | None) -> None:
        self.m, self.start, self.offset, self.ran = m, start, offset, ran
        self.reads: list[int] = [start]
        self.nodes: dict[int, Node] = {}
        self.loops = False

    def word(self, va: int) -> int | None:
        if va >> 13 != self.start >> 13 or self.m.RT[va >> 6] != self.offset:
            return None
        w = self.m.MW[(va + self.offset) >> 1]
        self.reads += (va, w)
        return w

    def instruction(self, pc: int) -> tuple[isa.Instr, tuple[int, ...]] | None:
        """The row and words of the instruction at ``pc``, if a region may hold it
        (a jump to an odd address, whose fetch traps, ends the way)."""
        first = None if pc & 1 else self.word(pc)
        row = None if first is None else isa.decode(first)
        if row is None or not row.cpu or row.flow == "host" or _writes_pc_register(row, first):
            return None
        words = [first]
        for i in range(1, codegen.length(row, first)):
            w = self.word((pc + 2 * i) & 0o177777)
            if w is None:
                return None
            words.append(w)
        return row, tuple(words)

    def way(self, pc: int, came_from: Node | None, path: _Path) -> tuple[Node | Leave | _Way, list]:
        """What the region holds at ``pc`` coming from ``came_from``, and the
        ways on still to decode."""
        if came_from is not None and pc == self.start:
            self.loops = True
            return LOOP, []
        node = self.nodes.get(pc)
        if node is not None:
            if _reaches(node, came_from):
                return Leave(pc), []       # a loop inside the region: its own region's
            node.ins += 1
            return node, []
        if len(self.nodes) >= MAX_REGION or (self.ran is not None and not self.ran(pc)):
            return Leave(pc), []
        found = self.instruction(pc)
        if found is None:
            return Leave(pc), []
        node = self.nodes[pc] = Node(found[0], found[1], pc, ins=int(came_from is not None))
        return node, _ways_on(node, path)


def decode(m: Machine, start: int, offset: int,
           ran: Callable[[int], bool] | None = None) -> Region | None:
    """The region from ``start``, or None if its first instruction is the interpreter's.

    Ways are decoded breadth first, so that the region's room goes to both
    ways of its first branches before the far ends of one way.  With
    ``ran``, a way goes on only to an address for which ``ran`` says that
    code has run there: the region holds the paths in use, and the rest
    (error paths, cases not met yet) is left to the dispatcher.
    """
    d = _Decoder(m, start, offset, ran)
    root, ways = d.way(start, None, _Path())
    if not isinstance(root, Node):
        return None
    queue = deque(ways)
    while queue:
        parent, slot, pc, path = queue.popleft()
        node, ways = d.way(pc, parent, path)
        setattr(parent, slot, node)
        queue.extend(ways)
    return Region(root, order_of(root), tuple(d.reads), d.loops)


def _reaches(node: Node, target: Node | None) -> bool:
    """Whether a path leads from ``node`` to ``target`` (or they are one)."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if n is target:
            return True
        if id(n) not in seen:
            seen.add(id(n))
            stack.extend(w for w in n.ways() if isinstance(w, Node))
    return False


def order_of(root: Node) -> list[Node]:
    """The region's instructions, each before every instruction it leads to."""
    done: set[int] = set()
    out: list[Node] = []

    def visit(node: Node) -> None:
        done.add(id(node))
        for way in node.ways():
            if isinstance(way, Node) and id(way) not in done:
                visit(way)
        out.append(node)

    visit(root)
    out.reverse()
    return out


def _ways_on(node: Node, path: _Path) -> list[tuple[Node, str, int, _Path]]:
    """(node, slot, address, path) for each way on from ``node`` that decoding follows."""
    row, words, at = node.row, node.words, node.at
    after = (at + 2 * len(words)) & 0o177777
    on = _Path(*_track(row, words, after, path))
    if row.flow != "jump":
        return [(node, "next", after, on)]
    if conditional(row):
        taken = codegen.branch_target(row, words[0], after)
        return [(node, "next", after, on), (node, "taken", taken, on)]
    if row.name == "br":
        return [(node, "next", codegen.branch_target(row, words[0], after), on)]
    target = _fixed_target(row, words, after)
    if target is None:
        node.guess = target = _guess(row, words[0], path)
    if target is None:
        return []
    return [(node, "next", target, on)]


def _fixed_target(row: isa.Instr, words: tuple[int, ...], after: int) -> int | None:
    """Where JMP or JSR to an absolute or relative address always goes."""
    mode = words[0] & 0o77
    if row.name not in ("jmp", "jsr") or mode not in (0o37, 0o67):
        return None
    return words[1] if mode == 0o37 else (after + words[1]) & 0o177777


def _guess(row: isa.Instr, word: int, path: _Path) -> int | None:
    """Where a computed jump will likely go: RTS to the return address of the
    path's JSR with the same register, JMP or JSR ``(rN)`` to the value the
    path gave rN."""
    if row.name == "rts":
        returns = [ret for reg, ret in path.calls if reg == word & 7]
        return returns[-1] if returns else None
    if row.name in ("jmp", "jsr") and word & 0o70 == 0o10:
        return dict(path.known).get(word & 7)
    return None


def _track(row: isa.Instr, words: tuple[int, ...], after: int,
           path: _Path) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The path's calls and known registers after this instruction.

    Only for guesses, which the code checks: any register the instruction
    names is taken as changed, except by ``mov rM, rN``, ``mov $X, rN`` and
    a JSR's linkage register, which get known values.
    """
    word = words[0]
    calls = path.calls
    known = {r: v for r, v in path.known if r not in _named_registers(row, word)}
    if row.name == "jsr":
        calls = (*calls, (word >> 6 & 7, after))
        known[word >> 6 & 7] = after
    elif row.name == "rts":
        keep = [i for i, (reg, _) in enumerate(calls) if reg == word & 7]
        calls = calls[:keep[-1]] if keep else calls
    elif row.name == "mov" and word & 0o70 == 0:
        src = word >> 6 & 0o77
        if src < 6 and src in dict(path.known):
            known[word & 7] = dict(path.known)[src]
        elif src == 0o27:
            known[word & 7] = words[1]
    return calls, tuple(sorted(known.items()))


def _named_registers(row: isa.Instr, word: int) -> set[int]:
    """Registers the instruction's fields name, and SP for a jump (its pushes and pops)."""
    regs = {6} if row.flow == "jump" else set()
    for name, shift, _ in row.fields:
        if name in ("ss", "dd", "r"):
            r = word >> shift & 7
            regs |= {r, r | 1}
    return regs


def _writes_pc_register(row: isa.Instr, word: int) -> bool:
    """Whether the register field names R7 (or makes R7 the odd partner) in a
    row other than JSR and RTS, where R7 as the linkage register is the rule.
    Bodies read ``reg`` as a constant PC, so such rare forms (``sob pc``,
    ``mul x, sp``) are the interpreter's."""
    if row.name in ("jsr", "rts") or "r" not in (name for name, _, _ in row.fields):
        return False
    r = (word >> 6) & 7
    return r == 7 or (r == 6 and "reg1" in row.body)


def liveness(region: Region) -> None:
    """Set each instruction's ``drop``: the flags it sets that no later
    instruction reads before setting them again; and each conditional
    branch's ``fused``: whether it tests the operands of the instruction
    before it (``codegen.fuses``), which is then its only way in, and no
    instruction after the branch reads the flags it tests before they are
    set again — those flags are then dropped too, the branch being their
    only reader.

    Ways out of the region do not count as readers: a dropped flag is kept
    as an expression of the instruction's temporaries, which the code
    stores on the way out (and computes before a join or a loop back).
    """
    live_in: dict[int, frozenset[str]] = {}
    live_out: dict[int, set[str]] = {}
    for node in reversed(region.order):
        live: set[str] = set()
        for way in node.ways():
            if isinstance(way, Node):
                live |= live_in[id(way)]
        live_out[id(node)] = live
        body = codegen.prepare(node.row)
        node.fused = False          # until the instruction before it, later in this walk, says so
        then = node.next
        if isinstance(then, Node) and then.ins == 1 and codegen.fuses(node.row, then.row):
            tests = codegen.prepare(then.row).reads
            if tests <= body.droppable and tests.isdisjoint(live_out[id(then)]):
                then.fused = True
                live = live_out[id(then)]
        node.drop = frozenset(f for f in body.droppable if f not in live)
        live_in[id(node)] = frozenset((live - body.writes) | body.reads)
