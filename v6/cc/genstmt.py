"""New: code for one function — its frame, its declarations and its statements.

The stack frame (V6 calling convention; addresses grow upward, offsets from
r5 in octal as the generated code writes them)::

            | argument n      |  4+2(n-1)(r5)   pushed first by the caller
            | ...             |
            | argument 1      |  4(r5)          pushed last (longs: high word here)
            | return address  |  2(r5)          jsr pc,_f
    r5 -->  | caller's r5     |  0(r5)          jsr r5,csv
            | caller's r4     | -2(r5)          saved by csv
            | caller's r3     | -4(r5)
            | caller's r2     | -6(r5)
            | locals          | -10(r5) and down (word-aligned; frame temporaries too)
    sp -->  | spare word      |                 the first argument word of a call
            | pushed values   |                 arguments and spilled temporaries

``csv`` (libc) makes all of it above the locals: it saves r5 through the
``jsr``, points r5 at it, pushes r4, r3, r2 and one spare word; the
function then reserves its locals with ``sub $n,sp``.  ``jmp cret`` undoes
it: restores r2-r4 from the frame, sp = r5, pops r5, returns — leaving
r0 and r1, the result, alone.

``FunctionGen.function`` compiles a ``FuncDef``: parameters (K&R or
prototype) get their offsets, ``register`` ones are copied into r4/r3/r2,
locals get frame slots, or registers when declared ``register`` or chosen by
``regalloc``; then the body.  Loops test at the
bottom; ``switch`` evaluates its value, jumps past the body to the
dispatch code — a jump table when the cases are dense, compares otherwise;
on a long, the high word first picks the cases that share it, then the low
word dispatches among them the same way.
"""

from __future__ import annotations

from typing import Any

from pycparser import c_ast

from v6.cc.check import Checker
from v6.cc.decl import Init, storage_class
from v6.cc.front import error_at
from v6.cc.gencond import CondGen
from v6.cc.gendata import DataOut
from v6.cc.genexpr import ExprGen
from v6.cc.genwide import WideGen
from v6.cc.loc import Loc, imm, octal, reg
from v6.cc.regalloc import promoted
from v6.cc.tree import Assign, Name, Sym
from v6.cc.types import INT, CType, Func, Int, Pointer, Struct, Void, describe

_EXPRESSIONS = (c_ast.Assignment, c_ast.BinaryOp, c_ast.UnaryOp, c_ast.FuncCall, c_ast.ID,
                c_ast.Constant, c_ast.Cast, c_ast.TernaryOp, c_ast.ExprList, c_ast.ArrayRef,
                c_ast.StructRef)


class _Switch:
    """The cases of the switch being compiled."""

    def __init__(self, t: Int) -> None:
        self.type = t  # the value's promoted type (int or a long): case labels become it
        self.cases: dict[int, str] = {}
        self.default: str | None = None


class FunctionGen(CondGen, WideGen, ExprGen):
    """Compiles one function definition to assembler text."""

    def __init__(self, checker: Checker, data: DataOut) -> None:
        super().__init__(checker.unit)
        self.checker = checker
        self.data = data
        self.frame = 0
        self.breaks: list[str] = []
        self.continues: list[str] = []
        self.switches: list[_Switch] = []
        self.user_labels: dict[str, str] = {}
        self.placed: set[str] = set()
        self.ret_type: CType = INT
        self.ret_label = self.label()
        self.ret_buffer = ""
        self.promote: set[int] = set()

    # --- the function -----------------------------------------------------
    def function(self, node: c_ast.FuncDef, sym: Sym) -> list[str]:
        """The assembler text of the function ``sym`` defined by ``node``."""
        ft = sym.type
        assert isinstance(ft, Func)
        self.ret_type = ft.ret
        if isinstance(ft.ret, Struct):
            self.ret_buffer = self.label()
            self.data.define(self.ret_buffer, ft.ret, None, node)
        self.checker.push()
        self.node = node
        self.promote = promoted(node)
        prologue = len(self.em.code)
        self._parameters(node)
        self.compound_items(node.body.block_items or [])
        if sym.name == "main":
            self.emit("clr", "r0")
        self.place(self.ret_label)
        self.emit("jmp", "cret")
        self.checker.pop()
        self._check_labels(node)
        head = [("jsr", "r5,csv")] + ([("sub", f"${octal(self.frame)},sp")] if self.frame else [])
        self.em.code[prologue:prologue] = head
        self.unit.ref("csv")
        self.unit.ref("cret")
        return [f"{sym.label}:", *self.em.lines()]

    def _parameters(self, node: c_ast.FuncDef) -> None:
        params, _, _ = self.checker.types.params(node.decl.type)
        declared = self._kr_types(node)
        offset = 4
        for p in params:
            if p.name is None:
                raise error_at(p.node.coord, "parameter name omitted")
            t, decl = declared.pop(p.name, (p.type, p.node))
            size = max(t.size, 2) if not isinstance(t, Struct) else t.size
            sym = Sym(p.name, t, "param", offset=offset)
            self.checker.declare(sym, p.node)
            if (storage_class(decl) == "register" or id(decl) in self.promote) and _registrable(t):
                self._to_register(sym)
            offset += size
        if declared:
            name = next(iter(declared))
            raise error_at(node.coord, f"declaration of '{name}' which is not a parameter")

    def _kr_types(self, node: c_ast.FuncDef) -> dict[str, tuple[CType, Any]]:
        """The types K&R parameter declarations give (``f(a, b) char *b; {``), with the nodes."""
        return {d.name: (self.checker.types.param_type(d), d) for d in node.param_decls or []}

    def _to_register(self, sym: Sym) -> None:
        r = self.regs.new_var()
        if r is None:
            return
        self.emit("mov", Loc("mem", 5, sym.offset), reg(r, held=False))
        sym.storage, sym.reg = "register", r

    def _check_labels(self, node: c_ast.FuncDef) -> None:
        for name, label in self.user_labels.items():
            if label not in self.placed:
                raise error_at(node.coord, f"label '{name}' used but not defined")

    def frame_temp(self, size: int) -> Loc:
        """A fresh word-aligned slot in the frame."""
        self.frame += (size + 1) & ~1
        return Loc("mem", 5, -6 - self.frame)

    # --- blocks and declarations -------------------------------------------
    def compound_items(self, items: list) -> None:
        """The declarations and statements of a block (its scope is already open)."""
        for item in items:
            if isinstance(item, c_ast.Decl):
                self.local_decl(item)
            elif isinstance(item, c_ast.Typedef):
                self.checker.declare(Sym(item.name, self.checker.types.declarator(item.type),
                                         "typedef"), item)
            else:
                self.statement(item)

    def block(self, node: c_ast.Compound) -> None:
        vars_before = set(self.regs.vars)
        self.checker.push()
        self.compound_items(node.block_items or [])
        self.checker.pop()
        for r in self.regs.vars - vars_before:
            self.regs.drop_var(r)

    def local_decl(self, d: c_ast.Decl) -> None:
        """A declaration inside a function."""
        self.node = d
        t = self.checker.types.declared(d)
        if d.name is None:
            return
        storage = storage_class(d)
        if isinstance(t, Func) or storage == "extern":
            label = "_" + d.name
            outer = self.checker.scope.outermost.find(d.name)
            if outer is not None and outer.storage in ("static", "global"):
                label = outer.label
            self.checker.declare(Sym(d.name, t, "extern", label=label), d)
            return
        if storage == "static":
            self._static_local(d, t)
            return
        self._auto(d, t, storage)

    def _static_local(self, d: c_ast.Decl, t: CType) -> None:
        label = self.unit.static_name(d.name)
        inits = None
        if d.init is not None:
            t, inits = self.checker.types.initializer(t, d.init)
        sym = self.checker.declare(Sym(d.name, t, "static", label=label, defined=True), d)
        if not sym.type.complete:
            raise error_at(d.coord, f"'{d.name}' has incomplete type")
        self.data.define(label, sym.type, inits, d)

    def _auto(self, d: c_ast.Decl, t: CType, storage: str) -> None:
        inits: list[Init] = []
        if d.init is not None:
            t, inits = self.checker.types.initializer(t, d.init)
        if not t.complete:
            raise error_at(d.coord, f"'{d.name}' has incomplete type {describe(t)}")
        sym = Sym(d.name, t, "auto")
        wanted = storage == "register" or id(d) in self.promote
        r = self.regs.new_var() if wanted and _registrable(t) else None
        if r is not None:
            sym.storage, sym.reg = "register", r
        else:
            sym.offset = self.frame_temp(t.size).disp
        self.checker.declare(sym, d)
        self._initialize(sym, inits, d)

    def _initialize(self, sym: Sym, inits: list[Init], node: Any) -> None:
        """Stores for an automatic object's initializer (the rest of an aggregate zeroed)."""
        if not inits:
            return
        self.node = node
        t = sym.type
        if isinstance(t, Int | Pointer) or (isinstance(t, Struct) and inits[0].expr is not None
                                            and inits[0].expr.type is t):
            self.effect(Assign(None, t, Name(t, sym), inits[0].expr))
            self._statement_done()
            return
        zeroed = self._zero_fill(sym, t.size, inits)
        for leaf in inits:
            self._store_leaf(sym, leaf, zeroed)
        self._statement_done()

    def _zero_fill(self, sym: Sym, size: int, inits: list[Init]) -> set[int]:
        """Clear the words no leaf fills; returns the byte offsets now known to be zero."""
        covered: set[int] = set()
        for leaf in inits:
            n = len(leaf.data) if leaf.data else leaf.type.size
            covered.update(range(leaf.offset, leaf.offset + n))
        words = [w for w in range(0, size, 2) if not {w, w + 1} <= covered]
        if len(words) > 8:
            self._clear_loop(sym.offset, size)
            return set(range(size))
        base = Loc("mem", 5, sym.offset)
        for w in words:
            self.emit("clr", base.at(w))
        return {b for w in words for b in (w, w + 1)}

    def _clear_loop(self, offset: int, size: int) -> None:
        p = self.local_address(Name(INT, Sym("", INT, "auto", offset=offset)), 0, None)
        n = reg(self.alloc())
        self.emit("mov", imm((size + 1) // 2), n)
        top = self.label()
        self.place(top)
        self.emit("clr", Loc("inc", p.reg))
        self.emit("sob", n, top)
        self.free(p)
        self.free(n)

    def _store_leaf(self, sym: Sym, leaf: Init, zeroed: set[int]) -> None:
        base = Loc("mem", 5, sym.offset + leaf.offset)
        if leaf.data:
            for i, byte in enumerate(leaf.data):
                if byte or leaf.offset + i not in zeroed:
                    self.move(imm(byte), base.at(i), True)
            return
        part = Sym(sym.name, leaf.type, "auto", offset=sym.offset + leaf.offset)
        self.effect(Assign(None, leaf.type, Name(leaf.type, part), leaf.expr))

    # --- statements -------------------------------------------------------
    def statement(self, node: Any) -> None:
        """Code for one statement."""
        self.node = node
        if isinstance(node, _EXPRESSIONS):
            self.effect(self.checker.expr(node))
            self._statement_done()
            return
        method = getattr(self, "_" + type(node).__name__, None)
        if method is None:
            raise error_at(node.coord, f"unsupported statement ({type(node).__name__})")
        method(node)

    def _statement_done(self) -> None:
        """Every temporary is released at the end of a statement (a check on the generator)."""
        if self.regs.busy or self.depth:
            raise self.error(f"internal error: registers {sorted(self.regs.busy)} still held")
        self.reset()

    def _test(self, node: Any, label: str, sense: bool) -> None:
        self.node = node
        self.cond(self.checker.test(node), label, sense)
        self._statement_done()

    def _Compound(self, node: c_ast.Compound) -> None:
        self.block(node)

    def _EmptyStatement(self, node: Any) -> None:
        pass

    def _Pragma(self, node: Any) -> None:
        pass

    def _If(self, node: c_ast.If) -> None:
        other = self.label()
        self._test(node.cond, other, False)
        self.statement(node.iftrue)
        if node.iffalse is None:
            self.place(other)
            return
        end = self.label()
        self.jump(end)
        self.place(other)
        self.statement(node.iffalse)
        self.place(end)

    def _loop(self, body: Any, cont: str, brk: str) -> None:
        self.breaks.append(brk)
        self.continues.append(cont)
        self.statement(body)
        self.breaks.pop()
        self.continues.pop()

    def _While(self, node: c_ast.While) -> None:
        top, test, brk = self.label(), self.label(), self.label()
        self.jump(test)
        self.place(top)
        self._loop(node.stmt, test, brk)
        self.place(test)
        self._test(node.cond, top, True)
        self.place(brk)

    def _DoWhile(self, node: c_ast.DoWhile) -> None:
        top, test, brk = self.label(), self.label(), self.label()
        self.place(top)
        self._loop(node.stmt, test, brk)
        self.place(test)
        self._test(node.cond, top, True)
        self.place(brk)

    def _For(self, node: c_ast.For) -> None:
        self.checker.push()
        if isinstance(node.init, c_ast.DeclList):
            for d in node.init.decls:
                self.local_decl(d)
        elif node.init is not None:
            self.statement(node.init)
        top, cont, test, brk = self.label(), self.label(), self.label(), self.label()
        self.jump(test)
        self.place(top)
        self._loop(node.stmt, cont, brk)
        self.place(cont)
        if node.next is not None:
            self.statement(node.next)
        self.place(test)
        if node.cond is None:
            self.jump(top)
        else:
            self._test(node.cond, top, True)
        self.place(brk)
        self.checker.pop()

    def _Break(self, node: Any) -> None:
        if not self.breaks:
            raise error_at(node.coord, "break outside a loop or switch")
        self.jump(self.breaks[-1])

    def _Continue(self, node: Any) -> None:
        if not self.continues:
            raise error_at(node.coord, "continue outside a loop")
        self.jump(self.continues[-1])

    def _user_label(self, name: str) -> str:
        if name not in self.user_labels:
            self.user_labels[name] = self.label()
        return self.user_labels[name]

    def _Goto(self, node: c_ast.Goto) -> None:
        self.jump(self._user_label(node.name))

    def _Label(self, node: c_ast.Label) -> None:
        label = self._user_label(node.name)
        if label in self.placed:
            raise error_at(node.coord, f"duplicate label '{node.name}'")
        self.placed.add(label)
        self.place(label)
        if node.stmt is not None:
            self.statement(node.stmt)

    def _Return(self, node: c_ast.Return) -> None:
        if node.expr is not None:
            if isinstance(self.ret_type, Void):
                raise error_at(node.coord, "return with a value in a function returning void")
            e = self.checker.assign_conv(self.ret_type, self.checker.expr(node.expr),
                                         node, "return")
            self._return_value(e)
            self._statement_done()
        self.jump(self.ret_label)

    def _return_value(self, e: Any) -> None:
        if isinstance(self.ret_type, Struct):
            self.struct_result(e, self.ret_buffer)
        elif self.ret_type.size == 4:
            p = self.long_pair(e, 0)
            if p.reg != 0:
                self.emit("mov", reg(p.reg), "r0")
                self.emit("mov", reg(p.lo), "r1")
            self.free(p)
        else:
            r = self.into_reg(e, want=0)
            if r.reg != 0:
                self.emit("mov", r, "r0")
            self.free(r)

    # --- switch -------------------------------------------------------------
    def _Switch(self, node: c_ast.Switch) -> None:
        e = self.checker.expr(node.cond)
        if not isinstance(e.type, Int):
            raise error_at(node.cond.coord, "switch value is not an integer")
        sw = _Switch(e.type if e.type.size == 4 else INT)
        if sw.type.size == 4:
            value = self.long_pair(e, prefer=0)
        else:
            value = self.into_reg(self.checker.convert(e, INT), want=0)
        self.regs.release(value.held)
        self._statement_done()
        dispatch, brk = self.label(), self.label()
        self.jump(dispatch)
        self.switches.append(sw)
        self.breaks.append(brk)
        self.statement(node.stmt)
        self.breaks.pop()
        self.switches.pop()
        self.jump(brk)
        self.place(dispatch)
        if sw.type.size == 4:
            self._dispatch_long(sw.cases, value.reg, sw.default or brk)
        else:
            self._dispatch(sw.cases, value.reg, sw.default or brk)
        self.place(brk)

    def _case_switch(self, node: Any) -> _Switch:
        if not self.switches:
            raise error_at(node.coord, "case label outside a switch")
        return self.switches[-1]

    def _Case(self, node: c_ast.Case) -> None:
        sw = self._case_switch(node)
        value = sw.type.wrap(self.checker.constant(node.expr))
        if value in sw.cases:
            raise error_at(node.coord, f"duplicate case {value}")
        sw.cases[value] = self.label()
        self.place(sw.cases[value])
        for s in node.stmts or []:
            self._block_item(s)

    def _Default(self, node: c_ast.Default) -> None:
        sw = self._case_switch(node)
        if sw.default is not None:
            raise error_at(node.coord, "duplicate default")
        sw.default = self.label()
        self.place(sw.default)
        for s in node.stmts or []:
            self._block_item(s)

    def _block_item(self, item: Any) -> None:
        if isinstance(item, c_ast.Decl):
            self.local_decl(item)
        else:
            self.statement(item)

    def _dispatch(self, labels: dict[int, str], r: int, default: str) -> None:
        """Jump on the word in register ``r`` to its case (a table when the cases are dense).

        ``labels`` maps each case's value, a signed word, to its label.
        """
        value = reg(r, held=False)
        cases = sorted(labels.items())
        if not cases:
            self.jump(default)
            return
        low, high = cases[0][0], cases[-1][0]
        if len(cases) >= 4 and high - low < 3 * len(cases):
            if low:
                self.emit("sub", imm(low), value)
            self.emit("cmp", value, imm(high - low))
            self.em.op("jhi", default)
            self.emit("asl", value)
            table = self.label()
            self.emit("jmp", f"*{table}({value.text()})")
            self.em.raw(f"{table}:")
            for v in range(low, high + 1):
                self.em.raw(labels.get(v, default))
            return
        for v, label in cases:
            if v == 0:
                self.emit("tst", value)
            else:
                self.emit("cmp", value, imm(v))
            self.em.op("jeq", label)
        self.jump(default)

    def _dispatch_long(self, labels: dict[int, str], even: int, default: str) -> None:
        """Jump on the long in the pair ``even``:``even + 1`` to its case.

        The cases are grouped by their high word: the high register is
        compared with each group's, and a match dispatches on the low word
        among that group's cases alone, as a switch on a word does.
        """
        groups: dict[int, dict[int, str]] = {}
        for v, label in labels.items():
            words = imm(v)
            groups.setdefault(words.word(0).disp, {})[words.word(1).disp] = label
        for high, cases in sorted(groups.items()):
            other = self.label()
            self._compare_words(reg(even, held=False), imm(high))
            self.em.op("jne", other)
            self._dispatch(cases, even + 1, default)
            self.place(other)
        self.jump(default)


def _registrable(t: CType) -> bool:
    """Whether a variable of type ``t`` may live in a register (a word, not a char)."""
    return isinstance(t, Int | Pointer) and t.size == 2
