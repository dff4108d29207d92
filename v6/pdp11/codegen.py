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

A conditional branch right after an instruction that sets the flags it
tests may test that instruction's operands instead (``fuses``): ``src <
dst`` after ``cmp`` rather than the C it computed, ``res == 0`` rather than
Z.  An engine that knows that nothing else reads those flags (the
translator, see ``v6.pdp11.region.liveness``) then computes neither them
nor, often, the difference they come from.  Each such test is written for a set
of body statements (``_FUSIONS``) and applies only to rows whose bodies
hold exactly those statements, so a change of a body in the table stops
the shortcut rather than making it wrong; tests/pdp11/test_fused.py checks
every test against the bodies it stands for.
"""

from __future__ import annotations

import ast
import copy
import functools
import re
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
    steps: tuple[_Step, ...]
    """``stmts`` as the code generator uses them (text with slots for names)."""
    flag_texts: tuple[tuple[str, _Text], ...]
    """``flags`` likewise."""


@dataclass(frozen=True)
class _Text:
    """Python text of a body's statement or expression, unparsed once, its
    names left as numbered slots (``_Q0_``...) for each instruction to fill."""

    text: str
    names: tuple[tuple[str, bool], ...]
    """Per slot: the name, and whether it is assigned there."""

    def fill(self, names: _Names) -> str:
        return _SLOT.sub(lambda m: names.spell(*self.names[int(m.group(1))]), self.text)


_SLOT = re.compile(r"_Q(\d+)_")
_ATOM = re.compile(r"[\w.]+|R\[\w+\]")
"""Text that needs no parentheses where a name stood."""


def _slotted(node: ast.AST) -> _Text:
    names: list[tuple[str, bool]] = []

    class Slots(ast.NodeTransformer):
        def visit_Name(self, n: ast.Name) -> ast.Name:
            names.append((n.id, isinstance(n.ctx, ast.Store)))
            return ast.Name(f"_Q{len(names) - 1}_", n.ctx)

    return _Text(ast.unparse(Slots().visit(copy.deepcopy(node))), tuple(names))


@dataclass(frozen=True)
class _Step:
    """One statement of a body: ``push(x)`` (``text`` is x), ``t = pop()``
    (``text`` is t), ``trap(V)``, or any other (``text`` is the statement)."""

    kind: str
    stmt: ast.stmt
    text: _Text | None = None
    vector: int = 0


def _step(stmt: ast.stmt) -> _Step:
    call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
    name = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
    if name == "push":
        return _Step("push", stmt, _slotted(call.args[0]))
    if name == "pop":
        return _Step("pop", stmt, _slotted(stmt.targets[0]))
    if name == "trap":
        return _Step("trap", stmt, vector=call.args[0].value)
    return _Step("plain", stmt, _slotted(stmt))


class _Names:
    """How one instruction spells its body's names: loads and stores of the
    vocabulary, and its own temporaries (the body's names with ``suffix``)."""

    def __init__(self, loads: dict[str, str], stores: dict[str, str], suffix: str) -> None:
        self.loads, self.stores, self.suffix = loads, stores, suffix

    def spell(self, name: str, stored: bool) -> str:
        text = (self.stores if stored else self.loads).get(name)
        if text is None:
            return name if name in _GLOBAL_NAMES else name + self.suffix
        return text if stored or _ATOM.fullmatch(text) else f"({text})"


@functools.cache
def prepare(row: isa.Instr) -> Body:
    """Parse a row's body, substituting the width constants; its texts are
    spelled with the lookups of ``TABLES`` (``cheap``)."""
    tree = ast.parse(row.body or "pass")
    widths = _WIDTHS[row.byte]
    tree = _Substitute({k: ast.Constant(v) for k, v in widths.items()}).visit(tree)
    cheap = _Cheap(_bounds(tree))
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
    return Body(tuple(stmts), tuple(flags), frozenset(reads), frozenset(writes), frozenset(droppable),
                tuple(_step(cheap.rewrite(st)) for st in stmts),
                tuple((f, _slotted(cheap.rewrite(e))) for f, e in flags))


# --- cheaper spellings --------------------------------------------------------------

def _runs(values: range, each: int) -> list[int]:
    """Each of ``values`` ``each`` times in a row (one int object per value),
    made by whichever of the two ways has the fewer steps."""
    if len(values) < each:
        table: list[int] = []
        for v in values:
            table += [v] * each
        return table
    table, whole = [0] * (len(values) * each), list(values)
    for k in range(each):
        table[k::each] = whole
    return table


_WORDS = list(range(0o200000))


def _flipped(bit: int) -> list[int]:
    """``x ^ bit`` for every word ``x``: the halves of each run of ``2 * bit`` swapped."""
    table = _WORDS[:]
    for low in range(0, 0o200000, 2 * bit):
        high = low + bit
        table[low:high], table[high:high + bit] = table[high:high + bit], table[low:high]
    return table


TABLES = {
    "W16": _WORDS * 2,
    "W8": list(range(0o400)) * 0o1000,
    "SHR7": _runs(range(0o2000), 0o200),
    "SHR15": _runs(range(4), 0o100000),
    "SHR16": _runs(range(2), 0o200000),
    "FLIP16": _flipped(0o100000),
    "FLIP8": _flipped(0o200),
    "SEXT8": _WORDS[:0o200] + _WORDS[0o177600:],
    "PAGE": _runs(range(0o2000), 0o100),
    "IN_PAGE": list(range(0o100)) * 0o2000,
    "ODD": [0, 1] * 0o100000,
    "HALF": _runs(range(0o400000), 2),
}
"""Lists the generated code indexes instead of computing: ``W16[x]`` is ``x &
0o177777`` and ``W8[x]`` is ``x & 0o377`` for -0o400000 <= x < 0o400000 (a
negative index counts from the end, a multiple of 0o200000 away);
``SHRk[x]`` is ``x >> k`` for 0 <= x < 0o400000; ``FLIP16[x]`` and
``FLIP8[x]`` are ``x ^ 0o100000`` and ``x ^ 0o200`` for a word;
``SEXT8[b]`` is byte ``b`` sign-extended to a word (MOVB to a register);
``PAGE[a]``, ``IN_PAGE[a]`` and ``ODD[a]`` are ``a >> 6``, ``a & 63`` and
``a & 1`` for an address, ``HALF[p]``
``p >> 1`` for a physical address (18 bits).  CPython 3.11 specializes a
list indexed by an int and the addition of ints, not ``&``, ``>>`` or
``^``: the lookup costs a third of the operation and makes no new int."""
_WRAPS = {0o177777: "W16", 0o377: "W8"}
_SHIFTS = {7: "SHR7", 15: "SHR15", 16: "SHR16"}
_FLIPS = {0o100000: "FLIP16", 0o200: "FLIP8"}
_REACH = (-0o400000, 0o377777)
"""The values a wrap of ``TABLES`` may be indexed by."""
_WORD = (0, 0o177777)
_START = {**dict.fromkeys(("src", "dst", "res", "ea", "reg", "reg1", "pc", "sp", "r5"), _WORD),
          **dict.fromkeys(isa.FLAGS, (0, 1)), "K": (-0o200, 0o377)}
"""What a body's names hold before it: words, condition codes 0 or 1 (or
False and True), the numeric field (a signed byte or a 6-bit count)."""


def wrapped(expr: str) -> str:
    """``(expr) & 0o177777`` as the engines spell it, for a sum or difference of two words."""
    return f"W16[{expr}]"


def page(address: str) -> str:
    """``address >> 6``, the entry of ``RT`` or ``WT`` for a (16-bit) address."""
    return f"PAGE[{address}]"


def in_page(address: str) -> str:
    """``address & 63``, where a (16-bit) address lies in its page."""
    return f"IN_PAGE[{address}]"


def odd(address: str) -> str:
    """``address & 1`` for a (16-bit) address."""
    return f"ODD[{address}]"


def word(physical: str) -> str:
    """``physical >> 1``, the index in ``MW`` of a physical byte address."""
    return f"HALF[{physical}]"


def _bounds(tree: ast.AST) -> dict[str, tuple[int, int] | None]:
    """The least and greatest value each name of a body can hold anywhere in
    it (None: unknown): what it holds before (``_START``) joined with every
    value assigned to it, a second round for a name read before it is
    assigned again."""
    env: dict[str, tuple[int, int] | None] = dict(_START)
    assigns = [n for n in ast.walk(tree) if isinstance(n, ast.Assign)]
    for _ in range(2):
        for node in assigns:
            for target in node.targets:
                single = isinstance(target, ast.Name)
                value = _bound(node.value, env) if single else None
                for name in (n.id for n in ast.walk(target) if isinstance(n, ast.Name)):
                    before = env.get(name, value) if name in env or single else None
                    env[name] = _join(before, value)
    return env


def _join(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if a is None or b is None else (min(a[0], b[0]), max(a[1], b[1]))


def _bound(node: ast.expr, env: dict[str, tuple[int, int] | None]) -> tuple[int, int] | None:
    """The least and greatest value of an expression of a body, or None."""
    if isinstance(node, ast.Constant):
        return (int(node.value), int(node.value)) if isinstance(node.value, (int, bool)) else None
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, (ast.Compare, ast.UnaryOp)) and isinstance(getattr(node, "op", ast.Not()), ast.Not):
        return (0, 1)
    if isinstance(node, ast.BoolOp):
        parts = [_bound(v, env) for v in node.values]
        return functools.reduce(_join, parts) if all(parts) else None
    if isinstance(node, ast.IfExp):
        return _join(_bound(node.body, env), _bound(node.orelse, env))
    if isinstance(node, ast.UnaryOp):
        a = _bound(node.operand, env)
        if a is None:
            return None
        return (-a[1], -a[0]) if isinstance(node.op, ast.USub) else (-a[1] - 1, -a[0] - 1)
    if isinstance(node, ast.BinOp):
        a, b = _bound(node.left, env), _bound(node.right, env)
        return None if a is None or b is None else _arith(node.op, a, b)
    return None


def _arith(op: ast.operator, a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int] | None:
    """The bounds of ``a op b`` for bounds ``a`` and ``b``, where simple."""
    if isinstance(op, ast.Add):
        return a[0] + b[0], a[1] + b[1]
    if isinstance(op, ast.Sub):
        return a[0] - b[1], a[1] - b[0]
    if isinstance(op, ast.Mult):
        products = [x * y for x in a for y in b]
        return min(products), max(products)
    if isinstance(op, ast.BitAnd) and (a[0] >= 0 or b[0] >= 0):
        return 0, min(x[1] for x in (a, b) if x[0] >= 0)
    if isinstance(op, (ast.BitOr, ast.BitXor)) and a[0] >= 0 and b[0] >= 0:
        return 0, (1 << max(a[1], b[1]).bit_length()) - 1
    if isinstance(op, (ast.LShift, ast.RShift)) and b[0] == b[1] >= 0 and (a[0] >= 0 or isinstance(op, ast.RShift)):
        k = b[0]
        return (a[0] << k, a[1] << k) if isinstance(op, ast.LShift) else (a[0] >> k, a[1] >> k)
    return None


class _Cheap(ast.NodeTransformer):
    """A body's statement spelled cheaper, where the bounds of its names
    (``_bounds``) allow: a mask that cannot change its operand is left out
    (``dst & ~src & 0o177777``), and one of a value in reach of a table of
    ``TABLES`` is a lookup (``(dst + 1) & 0o177777`` is ``W16[dst + 1]``)."""

    def __init__(self, env: dict[str, tuple[int, int] | None]) -> None:
        self.env = env

    def rewrite(self, node: ast.AST) -> ast.AST:
        return ast.fix_missing_locations(self.visit(copy.deepcopy(node)))

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        inner = _bound(node.left, self.env)
        self.generic_visit(node)
        k = node.right.value if isinstance(node.right, ast.Constant) else None
        if inner is None or type(k) is not int:
            return node
        op, (low, high) = type(node.op), inner
        if op is ast.BitAnd and 0 <= low and high <= k and k & (k + 1) == 0:
            return node.left
        if op is ast.BitAnd and k in _WRAPS and _REACH[0] <= low and high <= _REACH[1]:
            return _lookup(_WRAPS[k], node.left)
        if op is ast.RShift and k in _SHIFTS and 0 <= low and high <= _REACH[1]:
            return _lookup(_SHIFTS[k], node.left)
        if op is ast.BitXor and k in _FLIPS and 0 <= low and high <= 0o177777:
            return _lookup(_FLIPS[k], node.left)
        if op is ast.LShift and k == 1 and isinstance(node.left, ast.Name):
            return ast.BinOp(node.left, ast.Add(), node.left)
        return node


def _lookup(table: str, index: ast.expr) -> ast.expr:
    return ast.Subscript(ast.Name(table, ast.Load()), index, ast.Load())


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


_GLOBAL_NAMES = frozenset({"div", "ash", "ashc", *TABLES})


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
        be.emit(f"{a} = {wrapped(f'{be.reg(r)} + {index}')}")
        return Operand("mem", text=be.load(a, False) if mode == 7 else a)
    return _register_modes(be, mode, r, step)


def _register_modes(be: Backend, mode: int, r: Reg, step: int) -> Operand:
    a = be.temp("a")
    if mode in (1, 2, 3):
        be.emit(f"{a} = {be.reg(r)}")
        if mode != 1:
            be.set_reg(r, wrapped(f"{a} + {2 if mode == 3 else step}"))
            _undoable(be, r, a)
    else:
        size = 2 if mode == 5 else step
        be.emit(f"{a} = {wrapped(f'{be.reg(r)} - {size}')}")
        be.set_reg(r, a)
        _undoable(be, r, wrapped(f"{a} + {size}"))
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
        be.emit(f"{v} = W8[{be.reg(op.reg)}]" if byte else f"{v} = {be.reg(op.reg)}")
        return v
    if op.kind == "imm":
        return op.text
    return be.load(op.text, byte)


def write_reg(be: Backend, r: int, value: str, byte: bool, sign_extend: bool) -> None:
    """Store a result in a register: whole, low byte only, or sign-extended (MOVB)."""
    if not byte:
        be.set_reg(r, value)
    elif sign_extend:
        be.set_reg(r, f"SEXT8[{value}]")
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


def instruction(be: Backend, row: isa.Instr, word: int, then: isa.Instr | None = None) -> str | None:
    """Emit the code for one instruction word.

    With ``then``, a conditional branch that ``fuses`` with this
    instruction and comes right after it, return that branch's test (true
    when taken) as an expression of this instruction's operands, valid
    until the next instruction assigns anything; else return None.
    """
    f = fields(row, word)
    if row.dst == "w" and not row.src:
        # CLR and SXT: the 11/40 (as SIMH has it) sets their condition codes
        # before it evaluates the destination, so a fault there leaves them set.
        names = _compute(be, row, f, {})
        _flags(be, row, names)
        _store(be, row, address(be, f["dd"], row.byte, False, "dr"), None, names)
        return _fused(row, then, names)
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
            return None
        values["ea"] = dst.text
    elif row.dst == "r" or (row.dst == "m" and dst.kind == "reg"):
        values["dst"] = read(be, dst, row.byte)
    elif row.dst == "m":
        loc = be.locate(dst.text, row.byte)
        values["dst"] = be.read_loc(loc, dst.text, row.byte)
    names = _compute(be, row, f, values)
    stores = row.dst in ("w", "m")
    if stores and dst.kind != "reg" and loc is None and be.stage_stores:
        loc = be.locate(dst.text, row.byte)
    _flags(be, row, names)
    if stores:
        _store(be, row, dst, loc, names)
    return _fused(row, then, names)


def _fused(row: isa.Instr, then: isa.Instr | None, names: _Names) -> str | None:
    """The test of the branch ``then`` after ``row``, spelled with ``row``'s names."""
    if then is None:
        return None
    text = _fused_text(row, then)
    if text is None:
        raise ValueError(f"{then.name} does not fuse with {row.name}")
    return text.fill(names)


_FUSIONS: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    # CMP, CMPB: the flags of src - dst, operands 0..MASK.  The signed order
    # of two operands is the unsigned order of them with their sign bit flipped.
    (frozenset({"t = src - dst", "res = t & MASK", "n = res >> SHIFT", "z = res == 0",
                "v = ((src ^ dst) & (src ^ res)) >> SHIFT & 1", "c = t < 0"}),
     {"beq": "src == dst", "bne": "src != dst",
      "blt": "(src ^ SIGN) < (dst ^ SIGN)", "bge": "(src ^ SIGN) >= (dst ^ SIGN)",
      "bgt": "(src ^ SIGN) > (dst ^ SIGN)", "ble": "(src ^ SIGN) <= (dst ^ SIGN)",
      "blo": "src < dst", "bhis": "src >= dst", "bhi": "src > dst", "blos": "src <= dst"}),
    # MOV, TST, BIT, BIC, BIS, XOR, COM and their byte forms: N and Z of the
    # result (0..MASK), V clear, so N ^ V is N, the sign bit of res.
    (frozenset({"n = res >> SHIFT", "z = res == 0", "v = 0"}),
     {"beq": "res == 0", "bne": "res", "bmi": "res >= SIGN", "bpl": "res < SIGN",
      "blt": "res >= SIGN", "bge": "res < SIGN",
      "bgt": "res and res < SIGN", "ble": "not res or res >= SIGN"}),
)
"""(statements a body holds, conditional branch -> its test as an
expression of that body's names) for the instructions a branch after them
may test without their flags (``fuses``)."""


@functools.cache
def _fused_text(setter: isa.Instr, branch: isa.Instr) -> _Text | None:
    """The test of ``branch`` as an expression of ``setter``'s names, if it has one."""
    stmts = {ast.unparse(stmt) for stmt in ast.parse(setter.body or "pass").body}
    for needs, tests in _FUSIONS:
        if branch.name in tests and needs <= stmts:
            tree = _Substitute({k: ast.Constant(v) for k, v in _WIDTHS[setter.byte].items()}
                               ).visit(expr(tests[branch.name]))
            return _slotted(_Cheap(_START).rewrite(tree))
    return None


def fuses(setter: isa.Instr, branch: isa.Instr) -> bool:
    """Whether ``branch``, right after ``setter``, can test ``setter``'s
    operands instead of the flags it sets (``instruction`` with ``then``
    gives that test)."""
    return _fused_text(setter, branch) is not None


def trap_vector(row: isa.Instr) -> int | None:
    """The vector of a row whose whole body is ``trap(V)`` (BPT, IOT, EMT, TRAP), else None."""
    steps = prepare(row).steps
    return steps[0].vector if len(steps) == 1 and steps[0].kind == "trap" else None


def branch(be: Backend, row: isa.Instr, word: int) -> str:
    """Emit a conditional branch or SOB up to its last statement, ``if TEST: pc = ...``;
    return TEST, as an expression that is true when the branch is taken.

    The translator lays out both ways on, so it needs the condition; where
    the branch goes is ``branch_target``.
    """
    names = _compute(be, row, fields(row, word), {}, len(prepare(row).stmts) - 1)
    return _test_text(row).fill(names)


@functools.cache
def _test_text(row: isa.Instr) -> _Text:
    return _slotted(_final_if(row).test)


def branch_target(row: isa.Instr, word: int, after: int) -> int:
    """Where a branch or SOB whose next instruction is at ``after`` goes when taken."""
    return _target_function(row)(after, fields(row, word)["K"])


def _final_if(row: isa.Instr) -> ast.If:
    """A branch body's last statement: ``if TEST: pc = TARGET``."""
    stmt = prepare(row).stmts[-1]
    assert isinstance(stmt, ast.If), row.name
    return stmt


@functools.cache
def _target_function(row: isa.Instr) -> object:
    """TARGET of a branch body's last statement as a function of ``pc`` and ``K``."""
    value = _final_if(row).body[0].value
    lam = ast.Expression(ast.Lambda(
        ast.arguments(posonlyargs=[], args=[ast.arg("pc"), ast.arg("K")], kwonlyargs=[],
                      kw_defaults=[], defaults=[]), value))
    return eval(compile(ast.fix_missing_locations(lam), f"<{row.name} target>", "eval"))


def _compute(be: Backend, row: isa.Instr, f: dict[str, int], values: dict[str, str],
             count: int | None = None) -> _Names:
    """Emit the body's statements (the first ``count`` of them) other than
    condition codes; return the spelling of names used."""
    loads = dict(values)
    loads.update({fl: be.flag(fl) for fl in isa.FLAGS})
    loads["K"] = be.const_k(f["K"])
    stores = {fl: be.flag(fl) for fl in isa.FLAGS}
    regs: list[tuple[str, int]] = list(_REGISTER_NAMES.items())
    if "r" in f:
        regs += [("reg", Reg(f["r"], "rr")), ("reg1", Reg(f["r"] | 1, "rr1"))]
    for name, k in regs:
        loads[name] = be.reg(k)
        stores[name] = be.reg_target(k)
    names = _Names(loads, stores, be.temp("_"))
    steps = prepare(row).steps[:count]
    last_access = max((i for i, st in enumerate(steps) if st.kind in ("push", "pop")), default=-1)
    numbers = dict(regs)
    for i, step in enumerate(steps):
        kept = _snapshot(be, step.stmt, numbers) if be.keeps_undo and i < last_access else []
        _statement(be, names, step)
        for k, old in kept:
            be.undoable(k, old)
    return names


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


def _flags(be: Backend, row: isa.Instr, names: _Names) -> None:
    """Emit the condition codes, leaving out those the backend says nobody sees."""
    dropped = be.flags_dropped(row)
    for fl, value in prepare(row).flag_texts:
        text = value.fill(names)
        be.note_flag(fl, text)
        if fl not in dropped:
            be.emit(f"{be.flag(fl)} = {text}")


def _store(be: Backend, row: isa.Instr, dst: Operand, loc: str | None, names: _Names) -> None:
    """Store ``res`` in the destination (``loc`` if it was located already)."""
    result = "res" + names.suffix
    if dst.kind == "reg":
        write_reg(be, dst.reg, result, row.byte, row.name == "movb")
        return
    if loc is None:
        loc = be.locate(dst.text, row.byte)
    be.write_loc(loc, dst.text, row.byte, result)


def _statement(be: Backend, names: _Names, step: _Step) -> None:
    """One body statement; ``push``, ``pop`` and ``trap`` expand to engine code."""
    if step.kind == "push":
        _push(be, step.text.fill(names))
    elif step.kind == "pop":
        target = step.text.fill(names)
        sp = be.temp("s")
        be.emit(f"{sp} = {be.reg(6)}")
        value = be.load(sp, False)
        be.set_reg(6, wrapped(f"{sp} + 2"))
        be.undoable(6, sp)
        be.emit(f"{target} = {value}")
    elif step.kind == "trap":
        be.trap(step.vector, whole=True)
    else:
        for line in step.text.fill(names).splitlines():
            be.emit(line)


def _push(be: Backend, value: str) -> None:
    """SP is decremented first, then the value is taken (so ``jsr sp`` pushes the new SP)."""
    sp = be.temp("s")
    be.emit(f"{sp} = {wrapped(f'{be.reg(6)} - 2')}")
    loc = be.locate(sp, False)
    be.set_reg(6, sp)
    be.undoable(6, wrapped(f"{sp} + 2"))
    v = be.temp("v")
    be.emit(f"{v} = {value}")
    be.write_loc(loc, sp, False, v)
