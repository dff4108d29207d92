"""New: Python source for one instruction, generated from its table row.

Both execution engines are generated here from ``isa.TABLE``: the
interpreter (``v6.pdp11.interp``) compiles one handler per instruction shape,
the translator (``v6.pdp11.translate``) pastes instruction after instruction
into one function per basic block.  They differ only in a ``Backend``: how a
register, a condition code or memory is reached, and what happens when an
access cannot go straight to RAM (the interpreter calls the machine's slow
path, which may fault; the translator leaves the block so the interpreter can
redo that instruction).  The addressing modes and each instruction's body are
written once, here and in the table.

Order of effects within an instruction (as SIMH's 11/40 has it): the source
operand is evaluated completely (its address, register side effects, its
value) — except that a register source is read after the destination's
address — then the destination's address, then the destination is read (for
modify instructions), the body computes, the condition codes are set, and
the result is stored last: a store that faults leaves the new condition
codes.  A backend with ``stage_stores`` (the translator) checks the store's
address before setting the condition codes, so that it can still leave the
block with the state as it was before the instruction.

Every instruction stores into memory at most once, and nothing that can
fault comes after that store: JSR's push is followed only by register
moves, and MFPI's push and MTPI's store are their last steps.  So an
instruction that faults has stored nothing, and undoing its register side
effects restarts it exactly (``Machine.backup``).  For that, a backend that
keeps undo information (``keeps_undo``: the interpreter) is told of each
register changed before a later step that may fault — by an
autoincrement or autodecrement, a push or a pop, or a body statement
before a push or pop (MARK sets SP, then pops) — with an expression for
its value before the instruction (``undoable``).  The PC needs none: a
backed-up instruction restarts at its own address.
"""

from __future__ import annotations

import ast
import copy
import functools
from dataclasses import dataclass

from v6.pdp11 import isa, traps

M16 = 0o177777
ILLEGAL_VECTOR = traps.BUS_ERROR
"""JMP and JSR with a register operand trap here on the 11/40."""

_WIDTHS = {
    False: {"MASK": 0o177777, "SIGN": 0o100000, "TOP": 0o200000, "SHIFT": 15},
    True: {"MASK": 0o377, "SIGN": 0o200, "TOP": 0o400, "SHIFT": 7},
}
_REGISTER_NAMES = {"pc": 7, "sp": 6, "r5": 5}


class NotCompilable(Exception):
    """The translator cannot put this instruction in a block (the interpreter runs it)."""


@dataclass(frozen=True)
class Body:
    """A row's body, parsed once: statements, then the condition-code assignments."""

    stmts: tuple[ast.stmt, ...]
    """Statements other than plain condition-code assignments, in order."""
    flags: tuple[tuple[str, ast.expr], ...]
    """Assignments ``flag = expr`` that no later statement reads, in order."""
    reads: frozenset[str]
    """Condition codes the body reads (their values before the instruction)."""
    writes: frozenset[str]
    """Condition codes the body sets."""
    droppable: frozenset[str]
    """Flags whose assignment reads nothing but the body's own temporaries, so
    an engine may skip computing them when nobody looks, and compute them later
    from those temporaries when somebody does."""


@functools.cache
def prepare(row: isa.Instr) -> Body:
    """Parse a row's body, substituting the width constants."""
    tree = ast.parse(row.body or "pass")
    widths = _WIDTHS[row.byte]
    tree = _Substitute({k: ast.Constant(v) for k, v in widths.items()}).visit(tree)
    stmts, flags = [], []
    for stmt in tree.body:
        target = _flag_target(stmt)
        if target is None:
            stmts.append(stmt)
        else:
            flags.append((target, stmt.value))
    reads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
             and isinstance(n.ctx, ast.Load) and n.id in isa.FLAGS}
    writes = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
              and isinstance(n.ctx, ast.Store) and n.id in isa.FLAGS}
    droppable = {f for f, expr in flags if not _reads_state(expr)}
    return Body(tuple(stmts), tuple(flags), frozenset(reads), frozenset(writes), frozenset(droppable))


def _flag_target(stmt: ast.stmt) -> str | None:
    if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id in isa.FLAGS):
        return stmt.targets[0].id
    return None


def _reads_state(expr: ast.expr) -> bool:
    """Whether an expression reads a flag or a register (not just temporaries)."""
    state = set(isa.FLAGS) | {"reg", "reg1", "pc", "sp", "r5"}
    return any(isinstance(n, ast.Name) and n.id in state for n in ast.walk(expr))


class _Substitute(ast.NodeTransformer):
    """Replace names: loads by expressions, stores by targets."""

    def __init__(self, loads: dict[str, ast.expr], stores: dict[str, ast.expr] | None = None,
                 suffix: str = "") -> None:
        self.loads, self.stores, self.suffix = loads, stores or {}, suffix

    def visit_Name(self, node: ast.Name) -> ast.expr:
        table = self.stores if isinstance(node.ctx, ast.Store) else self.loads
        if node.id in table:
            return ast.copy_location(_copy(table[node.id], node.ctx), node)
        if self.suffix and node.id not in _GLOBAL_NAMES:
            return ast.copy_location(ast.Name(node.id + self.suffix, node.ctx), node)
        return node


_GLOBAL_NAMES = frozenset({"mul", "div", "ash", "ashc"})


def _copy(expr: ast.expr, ctx: ast.expr_context) -> ast.expr:
    new = ast.parse(ast.unparse(expr), mode="eval").body
    if isinstance(new, (ast.Name, ast.Subscript)):
        new.ctx = ctx
    return new


def expr(text: str) -> ast.expr:
    """Parse one Python expression."""
    return ast.parse(text, mode="eval").body


class Reg(int):
    """A register number that also says which instruction field it came from.

    The interpreter shares one handler shape among all the registers 0-5 of
    a field, so it refers to them by the field's symbol (``sr``, ``dr``,
    ``rr``, ``rr1``); the translator uses the number.
    """

    sym: str

    def __new__(cls, value: int, sym: str) -> Reg:
        obj = super().__new__(cls, value)
        obj.sym = sym
        return obj


@dataclass
class Operand:
    """Where an operand is: a register, an immediate value, or a memory address."""

    kind: str
    """``"reg"``, ``"imm"`` or ``"mem"``."""
    reg: Reg | int = 0
    """The register, for ``"reg"``."""
    text: str = ""
    """The value (``"imm"``) or the address (``"mem"``), as an expression."""


class Backend:
    """How an engine reaches the machine's state; subclasses fill these in.

    ``lines`` collects the generated statements; ``temp`` makes a fresh name.
    """

    stage_stores = False
    """Check a store's address before the condition codes are set."""
    keeps_undo = False
    """Whether ``undoable`` is used: the engine raises traps from inside an
    instruction and must say which registers it had changed."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._temps = 0

    def emit(self, line: str) -> None:
        self.lines.append(line)

    def temp(self, stem: str) -> str:
        self._temps += 1
        return f"{stem}{self._temps}"

    def named(self, addr: str) -> str:
        """``addr`` itself if it is a variable, else a new variable holding it."""
        if addr.isidentifier():
            return addr
        a = self.temp("a")
        self.emit(f"{a} = {addr}")
        return a

    # --- the primitives an engine provides ---------------------------------
    def reg(self, k: int) -> str:
        """An expression for register ``k``."""
        raise NotImplementedError

    def set_reg(self, k: int, value: str) -> None:
        """Emit ``register k = value``."""
        raise NotImplementedError

    def reg_target(self, k: int) -> str:
        """An assignment target for register ``k`` (used in bodies)."""
        raise NotImplementedError

    def flag(self, f: str) -> str:
        """The name or expression of condition code ``f``."""
        raise NotImplementedError

    def const_k(self, k: int) -> str:
        """How the instruction's numeric field ``K`` is written."""
        return str(k)

    def fetch(self) -> str:
        """The next word of the instruction stream (advancing the PC)."""
        raise NotImplementedError

    def load(self, addr: str, byte: bool) -> str:
        """Emit a read of memory; return the variable holding the value."""
        raise NotImplementedError

    def locate(self, addr: str, byte: bool) -> str:
        """Emit the translation of a destination address for writing; return a handle."""
        raise NotImplementedError

    def read_loc(self, loc: str, addr: str, byte: bool) -> str:
        """Emit a read through a handle from ``locate``; return the variable."""
        raise NotImplementedError

    def write_loc(self, loc: str, addr: str, byte: bool, value: str) -> None:
        """Emit a store through a handle from ``locate``."""
        raise NotImplementedError

    def trap(self, vector: int, whole: bool = False) -> None:
        """Emit a trap through ``vector``; ``whole``: the trap is all the
        instruction does (BPT, IOT, EMT, TRAP), its time includes the sequence."""
        raise NotImplementedError

    def flags_dropped(self, row: isa.Instr) -> frozenset[str]:
        """Condition codes of this instruction nobody will observe."""
        return frozenset()

    def note_flag(self, f: str, value: str) -> None:
        """Hook: the flag ``f`` of this instruction is ``value`` (dropped or not)."""

    def undoable(self, k: int, old: str) -> None:
        """Hook: register ``k`` (not the PC) was just changed, and a trap may
        still come before the instruction ends; ``old`` is an expression for
        its value before, valid to the end of the instruction."""


# --- addressing modes ------------------------------------------------------------

def address(be: Backend, spec: int, byte: bool, readonly: bool, sym: str) -> Operand:
    """Evaluate an operand's address (mode<<3 | register), with its side effects.

    The PC modes use the instruction stream: immediate (27) as a value when
    the operand is only read, absolute (37), relative (67) and relative
    deferred (77).  Byte autoincrement and autodecrement step by one except
    on SP and PC.
    """
    mode, r = spec >> 3, Reg(spec & 7, sym)
    step = 2 if not byte or r >= 6 else 1
    if mode == 0:
        return Operand("reg", r)
    if r == 7 and mode == 2 and readonly:
        value = be.fetch()
        return Operand("imm", text=f"({value}) & 0o377" if byte else value)
    if r == 7 and mode == 3:
        return Operand("mem", text=be.fetch())
    if mode in (6, 7):
        index = be.fetch()
        a = be.temp("a")
        be.emit(f"{a} = ({be.reg(r)} + {index}) & 0o177777")
        return Operand("mem", text=be.load(a, False) if mode == 7 else a)
    return _register_modes(be, mode, r, step)


def _register_modes(be: Backend, mode: int, r: Reg, step: int) -> Operand:
    a = be.temp("a")
    if mode in (1, 2, 3):
        be.emit(f"{a} = {be.reg(r)}")
        if mode != 1:
            be.set_reg(r, f"({a} + {2 if mode == 3 else step}) & 0o177777")
            _undoable(be, r, a)
    else:
        size = 2 if mode == 5 else step
        be.emit(f"{a} = ({be.reg(r)} - {size}) & 0o177777")
        be.set_reg(r, a)
        _undoable(be, r, f"({a} + {size}) & 0o177777")
    if mode in (3, 5):
        return Operand("mem", text=be.load(a, False))
    return Operand("mem", text=a)


def _undoable(be: Backend, r: int, old: str) -> None:
    """Tell the backend of a register side effect; the PC needs none (a
    backed-up instruction restarts at its own address)."""
    if r != 7:
        be.undoable(r, old)


def read(be: Backend, op: Operand, byte: bool) -> str:
    """The value of an operand that is only read.

    A register's value is copied, since a later side effect of the same
    instruction (``add r0, (r0)+``) must not change it.
    """
    if op.kind == "reg":
        v = be.temp("v")
        be.emit(f"{v} = {be.reg(op.reg)} & 0o377" if byte else f"{v} = {be.reg(op.reg)}")
        return v
    if op.kind == "imm":
        return op.text
    return be.load(op.text, byte)


def write_reg(be: Backend, r: int, value: str, byte: bool, sign_extend: bool) -> None:
    """Store a result in a register: whole, low byte only, or sign-extended (MOVB)."""
    if not byte:
        be.set_reg(r, value)
    elif sign_extend:
        be.set_reg(r, f"{value} | 0o177400 if {value} & 0o200 else {value}")
    else:
        be.set_reg(r, f"({be.reg(r)} & 0o177400) | {value}")


# --- whole instructions -------------------------------------------------------------

def length(row: isa.Instr, word: int) -> int:
    """Words the instruction occupies: itself, then index and immediate words."""
    n = 1
    for name, shift, _ in row.fields:
        if name in ("ss", "dd"):
            mode, r = (word >> shift + 3) & 7, (word >> shift) & 7
            n += mode >= 6 or (r == 7 and mode in (2, 3))
    return n


def fields(row: isa.Instr, word: int) -> dict[str, int]:
    """The operand fields, with ``K`` the signed branch offset or count."""
    f = isa.operands(row, word)
    if row.fmt == "br":
        f["K"] = isa.signed8(f["off"])
    else:
        f["K"] = f.get("off", f.get("n", 0))
    return f


def instruction(be: Backend, row: isa.Instr, word: int) -> None:
    """Emit the code for one instruction word."""
    f = fields(row, word)
    if row.dst == "w" and not row.src:
        # CLR and SXT: the 11/40 (as SIMH has it) sets their condition codes
        # before it evaluates the destination, so a fault there leaves them set.
        sub = _compute(be, row, f, {})
        _flags(be, row, sub)
        _store(be, row, address(be, f["dd"], row.byte, False, "dr"), None, sub)
        return
    values: dict[str, str] = {}
    src = address(be, f["ss"], row.byte, True, "sr") if row.src else None
    if src is not None and src.kind != "reg":
        values["src"] = read(be, src, row.byte)
    dst = address(be, f["dd"], row.byte, row.dst == "r", "dr") if row.dst else None
    if src is not None and src.kind == "reg":
        # The 11/40 reads a register source after the destination's address:
        # ``add r5, -(r5)`` adds the decremented r5.
        values["src"] = read(be, src, row.byte)
    loc = None
    if row.dst == "a":
        if dst.kind == "reg":
            be.trap(ILLEGAL_VECTOR)
            return
        values["ea"] = dst.text
    elif row.dst == "r" or (row.dst == "m" and dst.kind == "reg"):
        values["dst"] = read(be, dst, row.byte)
    elif row.dst == "m":
        loc = be.locate(dst.text, row.byte)
        values["dst"] = be.read_loc(loc, dst.text, row.byte)
    sub = _compute(be, row, f, values)
    stores = row.dst in ("w", "m")
    if stores and dst.kind != "reg" and loc is None and be.stage_stores:
        loc = be.locate(dst.text, row.byte)
    _flags(be, row, sub)
    if stores:
        _store(be, row, dst, loc, sub)


def _compute(be: Backend, row: isa.Instr, f: dict[str, int], values: dict[str, str]) -> _Substitute:
    """Emit the body's statements other than condition codes; return the renaming used."""
    loads = {name: expr(text) for name, text in values.items()}
    loads.update({fl: expr(be.flag(fl)) for fl in isa.FLAGS})
    loads["K"] = expr(be.const_k(f["K"]))
    stores = {fl: expr(be.flag(fl)) for fl in isa.FLAGS}
    regs: list[tuple[str, int]] = list(_REGISTER_NAMES.items())
    if "r" in f:
        regs += [("reg", Reg(f["r"], "rr")), ("reg1", Reg(f["r"] | 1, "rr1"))]
    for name, k in regs:
        loads[name] = expr(be.reg(k))
        stores[name] = expr(be.reg_target(k))
    sub = _Substitute(loads, stores, be.temp("_"))
    stmts = prepare(row).stmts
    last_access = max((i for i, st in enumerate(stmts) if _uses_stack(st)), default=-1)
    numbers = dict(regs)
    for i, stmt in enumerate(stmts):
        kept = _snapshot(be, stmt, numbers) if be.keeps_undo and i < last_access else []
        _statement(be, sub, copy.deepcopy(stmt))
        for k, old in kept:
            be.undoable(k, old)
    return sub


def _uses_stack(stmt: ast.stmt) -> bool:
    """Whether a body statement pushes or pops (and so may trap)."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
               and n.func.id in ("push", "pop") for n in ast.walk(stmt))


def _snapshot(be: Backend, stmt: ast.stmt, numbers: dict[str, int]) -> list[tuple[int, str]]:
    """Copy the registers a body statement assigns, before it (MARK sets SP, then pops)."""
    kept = []
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in numbers:
            k = numbers[node.id]
            if k != 7:
                old = be.temp("s")
                be.emit(f"{old} = {be.reg(k)}")
                kept.append((k, old))
    return kept


def _flags(be: Backend, row: isa.Instr, sub: _Substitute) -> None:
    """Emit the condition codes, leaving out those the backend says nobody sees."""
    dropped = be.flags_dropped(row)
    for fl, value in prepare(row).flags:
        text = ast.unparse(sub.visit(_copy(value, ast.Load())))
        be.note_flag(fl, text)
        if fl not in dropped:
            be.emit(f"{be.flag(fl)} = {text}")


def _store(be: Backend, row: isa.Instr, dst: Operand, loc: str | None, sub: _Substitute) -> None:
    """Store ``res`` in the destination (``loc`` if it was located already)."""
    result = "res" + sub.suffix
    if dst.kind == "reg":
        write_reg(be, dst.reg, result, row.byte, row.name == "movb")
        return
    if loc is None:
        loc = be.locate(dst.text, row.byte)
    be.write_loc(loc, dst.text, row.byte, result)


def _statement(be: Backend, sub: _Substitute, stmt: ast.stmt) -> None:
    """One body statement; ``push``, ``pop`` and ``trap`` expand to engine code."""
    call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
    name = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
    if name == "push":
        _push(be, ast.unparse(sub.visit(call.args[0])))
    elif name == "pop":
        target = ast.unparse(sub.visit(stmt.targets[0]))
        sp = be.temp("s")
        be.emit(f"{sp} = {be.reg(6)}")
        value = be.load(sp, False)
        be.set_reg(6, f"({sp} + 2) & 0o177777")
        be.undoable(6, sp)
        be.emit(f"{target} = {value}")
    elif name == "trap":
        be.trap(call.args[0].value, whole=True)
    else:
        for line in ast.unparse(sub.visit(stmt)).splitlines():
            be.emit(line)


def _push(be: Backend, value: str) -> None:
    """SP is decremented first, then the value is taken (so ``jsr sp`` pushes the new SP)."""
    sp = be.temp("s")
    be.emit(f"{sp} = ({be.reg(6)} - 2) & 0o177777")
    loc = be.locate(sp, False)
    be.set_reg(6, sp)
    be.undoable(6, f"({sp} + 2) & 0o177777")
    v = be.temp("v")
    be.emit(f"{v} = {value}")
    be.write_loc(loc, sp, False, v)
