"""New: the type checker — pycparser expressions in, typed trees (``v6.cc.tree``) out.

``Checker`` owns the scope chain (``scope``, ``push``, ``pop``, ``declare``)
and turns each expression into a typed, folded tree: ``expr`` gives a value
(arrays and functions decayed to pointers), ``raw`` the expression as
written (for ``&``, ``sizeof`` and assignment targets), ``test`` a scalar
condition, ``constant`` the value of a constant expression, ``assign_conv``
the conversion of a value to a declared type.  Every rule of C the code
generator relies on is applied here; every violation is a ``CompileError``
at the offending node.

K&R leniencies kept because V6-era programs need them: an undeclared
function called by name is ``extern int f()``; integers and pointers mix in
assignments and comparisons; a two-character constant ``'ab'`` is a word
(first character in the low byte, as the bytes lie in memory).
"""

from __future__ import annotations

import re
from typing import Any

from pycparser import c_ast

from v6.cc import fold
from v6.cc.decl import Scope, Types
from v6.cc.front import error_at
from v6.cc.tree import (
    COMPARISONS,
    Addr,
    Assign,
    Binary,
    Call,
    Cast,
    Cond,
    Const,
    Expr,
    IncDec,
    Name,
    Sym,
    Unary,
)
from v6.cc.types import (
    CHAR,
    INT,
    LONG,
    UINT,
    ULONG,
    VOID,
    Array,
    CType,
    Func,
    Int,
    Pointer,
    Struct,
    Void,
    arith,
    compatible_ptr,
    describe,
    integer,
    promote,
    scalar,
    usual,
)
from v6.cc.unit import Unit

_ESCAPES = {"n": 10, "t": 9, "b": 8, "r": 13, "f": 12, "v": 11, "a": 7, "\\": 92, "'": 39,
            '"': 34, "?": 63, "e": 27}
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)", re.S)
_ARITH_OPS = frozenset({"*", "/", "%", "&", "|", "^"})


def unescape(body: str) -> bytes:
    """The bytes of a C literal's body (between the quotes), escapes resolved."""
    def one(m: re.Match) -> str:
        s = m.group(1)
        if s[0] == "x":
            return chr(int(s[1:], 16) & 0o377)
        if s[0] in "01234567":
            return chr(int(s, 8) & 0o377)
        return chr(_ESCAPES.get(s, ord(s)))
    return _ESCAPE.sub(one, body).encode("latin-1", errors="replace")


def is_lvalue(e: Expr) -> bool:
    """Whether ``e`` designates an object (may be assigned if not an array)."""
    if isinstance(e, Name):
        return e.sym.storage not in ("enum",) and not isinstance(e.type, Func)
    return isinstance(e, Unary) and e.op == "*" and not isinstance(e.type, Func)


class Checker:
    """Types expressions in the current scope of one compilation unit."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self.scope = Scope()
        self.types = Types(self)

    # --- scopes -----------------------------------------------------------
    def push(self) -> None:
        """Enter a block."""
        self.scope = Scope(self.scope)

    def pop(self) -> None:
        """Leave a block."""
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def declare(self, sym: Sym, node: Any) -> Sym:
        """Enter ``sym`` in the current scope; return the symbol now in force.

        A file-scope or ``extern`` redeclaration of the same object merges
        with the first (completing an array's size); anything else declared
        twice in one block is an error.
        """
        old = self.scope.names.get(sym.name)
        if old is None:
            self.scope.names[sym.name] = sym
            return sym
        mergeable = {old.storage, sym.storage} <= {"global", "extern", "static"}
        if not mergeable or not _same_type(old.type, sym.type):
            raise error_at(node.coord, f"redeclaration of '{sym.name}'")
        if isinstance(old.type, Array) and old.type.length is None:
            old.type = sym.type
        if isinstance(old.type, Func) and old.type.params is None:
            old.type = sym.type
        if sym.storage == "global" or (sym.storage == "static" and old.storage == "extern"):
            old.storage = sym.storage
            old.label = old.label if sym.storage == "global" else sym.label
        return old

    # --- entry points -----------------------------------------------------
    def expr(self, node: Any) -> Expr:
        """The value of ``node``: arrays and functions decay to pointers."""
        return self.value(self.raw(node))

    def raw(self, node: Any) -> Expr:
        """The typed tree of ``node`` without decay."""
        method = getattr(self, "_" + type(node).__name__, None)
        if method is None:
            raise error_at(node.coord, f"unsupported expression ({type(node).__name__})")
        return method(node)

    def value(self, e: Expr) -> Expr:
        """``e`` as a value: an array is the address of its first element, a function its address."""
        if isinstance(e.type, Array):
            return self.address(e, Pointer(e.type.elem))
        if isinstance(e.type, Func):
            return self.address(e, Pointer(e.type))
        return e

    def test(self, node: Any) -> Expr:
        """A condition: any scalar."""
        e = self.expr(node)
        if not scalar(e.type):
            raise error_at(node.coord, f"{describe(e.type)} used where a scalar is required")
        return e

    def constant(self, node: Any) -> int:
        """The value of an integer constant expression."""
        e = self.expr(node)
        if not isinstance(e, Const):
            raise error_at(node.coord, "constant expression required")
        return fold.normal(e.type, e.value)

    def string_bytes(self, node: c_ast.Constant) -> bytes:
        """The contents of a string literal (adjacent literals already joined)."""
        return unescape(_string_body(node.value))

    # --- conversions ------------------------------------------------------
    def address(self, e: Expr, t: CType, node: Any = None) -> Expr:
        """``&e`` with type ``t``."""
        if isinstance(e, Name) and e.sym.storage in ("global", "extern", "static"):
            e.sym.used = True
            return Addr(t, e.sym.label)
        if isinstance(e, Name) and e.sym.storage == "register":
            raise error_at(getattr(node, "coord", None),
                           f"cannot take the address of register variable '{e.sym.name}'")
        return fold.unary("&", t, e)

    def assign_conv(self, t: CType, e: Expr, node: Any, what: str) -> Expr:
        """``e`` converted to ``t`` as by assignment (also arguments, returns, initializers)."""
        if isinstance(t, Struct) or isinstance(e.type, Struct):
            if t is not e.type:
                raise error_at(node.coord, f"incompatible types in {what}")
            return e
        if isinstance(t, Void) or not scalar(t) or not scalar(e.type):
            raise error_at(node.coord, f"cannot convert {describe(e.type)} to {describe(t)}"
                           f" in {what}")
        return self.convert(e, t)

    @staticmethod
    def convert(e: Expr, t: CType) -> Expr:
        """``e`` converted to scalar type ``t`` (no checks)."""
        return fold.cast(t, e)

    # --- leaves -----------------------------------------------------------
    def _Constant(self, node: c_ast.Constant) -> Expr:
        text = node.value
        if node.type == "string":
            return self._string(self.string_bytes(node))
        if node.type == "char":
            data = unescape(text[text.index("'") + 1:-1])
            if len(data) == 1:
                return Const(INT, CHAR.wrap(data[0]))
            if len(data) == 2:
                return Const(INT, INT.wrap(data[0] | data[1] << 8))
            raise error_at(node.coord, "bad character constant")
        if node.type in ("float", "double", "long double") or re.search(r"[.pP]|^[^xX]*[eE]", text):
            raise error_at(node.coord, "floating point is not supported")
        return _integer_constant(text, node)

    def _string(self, data: bytes) -> Expr:
        label = self.unit.string(data)
        return Name(Array(CHAR, len(data) + 1), Sym(label, Array(CHAR, len(data) + 1),
                                                   "static", label=label, defined=True))

    def _ID(self, node: c_ast.ID) -> Expr:
        sym = self.scope.find(node.name)
        if sym is None:
            raise error_at(node.coord, f"'{node.name}' undeclared")
        if sym.storage == "typedef":
            raise error_at(node.coord, f"type name '{node.name}' used as a value")
        if sym.storage == "enum":
            return Const(INT, sym.offset)
        sym.used = True
        return Name(sym.type, sym)

    # --- postfix ----------------------------------------------------------
    def _ArrayRef(self, node: c_ast.ArrayRef) -> Expr:
        a, i = self.expr(node.name), self.expr(node.subscript)
        if integer(a.type) and isinstance(i.type, Pointer):
            a, i = i, a
        if not isinstance(a.type, Pointer) or not integer(i.type):
            raise error_at(node.coord, "subscript of something not an array or pointer")
        return self.deref(self.ptr_add("+", a, i, node), node)

    def _StructRef(self, node: c_ast.StructRef) -> Expr:
        if node.type == "->":
            p = self.expr(node.name)
            if not (isinstance(p.type, Pointer) and isinstance(p.type.target, Struct)):
                raise error_at(node.coord, f"'->' applied to {describe(p.type)}")
            s = p.type.target
        else:
            base = self.raw(node.name)
            if not isinstance(base.type, Struct):
                raise error_at(node.coord, f"'.' applied to {describe(base.type)}")
            s = base.type
            p = self.address(base, Pointer(s))
        if not s.complete:
            raise error_at(node.coord, f"{describe(s)} is incomplete")
        f = s.fields.get(node.field.name)
        if f is None:
            raise error_at(node.field.coord, f"{describe(s)} has no member '{node.field.name}'")
        addr = fold.binary("+", Pointer(f.type), fold.retype(p, Pointer(f.type)), Const(INT, f.offset))
        return fold.unary("*", f.type, addr)

    def _FuncCall(self, node: c_ast.FuncCall) -> Expr:
        f = self._callee(node.name)
        ft = f.type.target if isinstance(f.type, Pointer) else None
        if not isinstance(ft, Func):
            raise error_at(node.coord, f"called object is {describe(f.type)}, not a function")
        args = list(node.args.exprs) if node.args is not None else []
        conv = self._arguments(ft, args, node)
        if isinstance(ft.ret, Struct):
            return fold.unary("*", ft.ret, Call(Pointer(ft.ret), f, conv))
        return Call(ft.ret, f, conv)

    def _callee(self, node: Any) -> Expr:
        """The called function; an undeclared name is implicitly ``extern int name()``."""
        if isinstance(node, c_ast.ID) and self.scope.find(node.name) is None:
            sym = Sym(node.name, Func(INT, None), "extern", label="_" + node.name)
            self.scope.outermost.names[node.name] = sym
        return self.expr(node)

    def _arguments(self, ft: Func, args: list, node: Any) -> list[Expr]:
        params = ft.params
        if params is not None and (len(args) < len(params) or
                                   (len(args) > len(params) and not ft.variadic)):
            raise error_at(node.coord, f"function takes {len(params)} arguments, "
                           f"{len(args)} given")
        out = []
        for i, a in enumerate(args):
            e = self.expr(a)
            if params is not None and i < len(params):
                e = self.assign_conv(params[i], e, a, "argument")
            elif isinstance(e.type, Void):
                raise error_at(a.coord, "void value passed as an argument")
            out.append(self.convert(e, promote(e.type)) if integer(e.type) else e)
        return out

    # --- unary ------------------------------------------------------------
    def _UnaryOp(self, node: c_ast.UnaryOp) -> Expr:
        op = node.op
        if op == "sizeof":
            return self._sizeof(node.expr)
        if op in ("++", "--", "p++", "p--"):
            return self._incdec(node)
        if op == "&":
            e = self.raw(node.expr)
            if isinstance(e.type, Func) or is_lvalue(e):
                return self.address(e, Pointer(e.type), node)
            raise error_at(node.coord, "cannot take the address of this expression")
        e = self.expr(node.expr)
        if op == "*":
            return self.deref(e, node)
        if op == "!":
            self._need(scalar(e.type), node, "'!' needs a scalar")
            return fold.unary("!", INT, e)
        self._need(arith(e.type), node, f"'{op}' needs an integer operand")
        e = self.convert(e, promote(e.type))
        return e if op == "+" else fold.unary(op, e.type, e)

    def deref(self, p: Expr, node: Any) -> Expr:
        """``*p``."""
        if not isinstance(p.type, Pointer):
            raise error_at(node.coord, f"indirection through {describe(p.type)}")
        if isinstance(p.type.target, Void):
            raise error_at(node.coord, "indirection through a void pointer")
        return fold.unary("*", p.type.target, p)

    def _sizeof(self, node: Any) -> Expr:
        t = self.types.typename(node) if isinstance(node, c_ast.Typename) else self.raw(node).type
        if not t.complete:
            raise error_at(node.coord, f"sizeof applied to {describe(t)}")
        return Const(UINT, t.size)

    def _incdec(self, node: c_ast.UnaryOp) -> Expr:
        e = self.raw(node.expr)
        self._assignable(e, node)
        self._need(scalar(e.type), node, f"'{node.op.lstrip('p')}' needs a scalar")
        step = self._step(e.type, node)
        return IncDec(e.type, e, step if "+" in node.op else -step, node.op.startswith("p"))

    def _step(self, t: CType, node: Any) -> int:
        """What adding 1 adds to a value of type ``t`` (the object size for pointers)."""
        if not isinstance(t, Pointer):
            return 1
        if not t.target.complete:
            raise error_at(node.coord, f"arithmetic on pointer to {describe(t.target)}")
        return t.target.size

    def _assignable(self, e: Expr, node: Any) -> None:
        if not is_lvalue(e) or isinstance(e.type, Array):
            raise error_at(node.coord, "assignment to something not a variable")

    @staticmethod
    def _need(ok: bool, node: Any, message: str) -> None:
        if not ok:
            raise error_at(node.coord, message)

    # --- binary -----------------------------------------------------------
    def _BinaryOp(self, node: c_ast.BinaryOp) -> Expr:
        a, b = self.expr(node.left), self.expr(node.right)
        return self.binary(node.op, a, b, node)

    def binary(self, op: str, a: Expr, b: Expr, node: Any) -> Expr:
        """``a op b`` with C's conversions."""
        if op in ("&&", "||"):
            self._need(scalar(a.type) and scalar(b.type), node, f"'{op}' needs scalars")
            return fold.binary(op, INT, a, b)
        if op in COMPARISONS:
            return self._compare(op, a, b, node)
        if op in ("+", "-") and (isinstance(a.type, Pointer) or isinstance(b.type, Pointer)):
            return self.ptr_add(op, a, b, node)
        self._need(arith(a.type) and arith(b.type), node, f"bad operands to '{op}'")
        if op in ("<<", ">>"):
            t = promote(a.type)
            return self._divide_checked(op, t, self.convert(a, t), self.convert(b, INT), node)
        t = usual(a.type, b.type)
        return self._divide_checked(op, t, self.convert(a, t), self.convert(b, t), node)

    @staticmethod
    def _divide_checked(op: str, t: CType, a: Expr, b: Expr, node: Any) -> Expr:
        if op in ("/", "%") and isinstance(b, Const) and b.value == 0:
            raise error_at(node.coord, "division by zero")
        return fold.binary(op, t, a, b)

    def ptr_add(self, op: str, a: Expr, b: Expr, node: Any) -> Expr:
        """Pointer + integer, integer + pointer, pointer - integer, pointer - pointer."""
        if isinstance(b.type, Pointer) and op == "+":
            a, b = b, a
        if isinstance(a.type, Pointer) and isinstance(b.type, Pointer) and op == "-":
            size = self._step(a.type, node)
            self._need(compatible_ptr(a.type, b.type), node, "subtraction of unrelated pointers")
            diff = fold.binary("-", INT, fold.retype(a, INT), fold.retype(b, INT))
            return fold.binary("/", INT, diff, Const(INT, size)) if size != 1 else diff
        self._need(isinstance(a.type, Pointer) and integer(b.type), node,
                   f"bad operands to '{op}'")
        size = self._step(a.type, node)
        i = self._index(b, size)
        return fold.binary(op, a.type, a, i)

    def _index(self, b: Expr, size: int) -> Expr:
        """An integer index scaled to a byte offset, as an int (pointers are 16 bits)."""
        if b.type.size == 4:
            b = Cast(INT, b) if not isinstance(b, Const) else fold.cast(INT, b)
        b = fold.retype(self.convert(b, promote(b.type)), INT)
        return fold.binary("*", INT, b, Const(INT, size)) if size != 1 else b

    def _compare(self, op: str, a: Expr, b: Expr, node: Any) -> Expr:
        if arith(a.type) and arith(b.type):
            t = usual(a.type, b.type)
            return fold.binary(op, INT, self.convert(a, t), self.convert(b, t))
        if not (scalar(a.type) and scalar(b.type)):
            raise error_at(node.coord, f"bad operands to '{op}'")
        # Pointers compare unsigned; an integer (0 above all) is taken as a pointer.
        t = a.type if isinstance(a.type, Pointer) else b.type
        return fold.binary(op, INT, self._as_word(a, t), self._as_word(b, t))

    def _as_word(self, e: Expr, t: CType) -> Expr:
        if e.type.size == 4:
            e = self.convert(e, INT)
        return fold.retype(self.convert(e, promote(e.type)), t)

    # --- assignment -------------------------------------------------------
    def _Assignment(self, node: c_ast.Assignment) -> Expr:
        a = self.raw(node.lvalue)
        self._assignable(a, node)
        b = self.expr(node.rvalue)
        if node.op == "=":
            return Assign(None, a.type, a, self.assign_conv(a.type, b, node, "assignment"))
        op = node.op[:-1]
        if isinstance(a.type, Pointer):
            self._need(op in ("+", "-") and integer(b.type), node, f"bad operands to '{node.op}'")
            return Assign(op, a.type, a, self._index(b, self._step(a.type, node)), a.type)
        self._need(arith(a.type) and arith(b.type), node, f"bad operands to '{node.op}'")
        if op in ("<<", ">>"):
            t = promote(a.type)
            return Assign(op, a.type, a, self.convert(b, INT), t)
        t = usual(a.type, b.type)
        if op in ("/", "%") and isinstance(b, Const) and b.value == 0:
            raise error_at(node.coord, "division by zero")
        return Assign(op, a.type, a, self.convert(b, t), t)

    # --- the rest ---------------------------------------------------------
    def _TernaryOp(self, node: c_ast.TernaryOp) -> Expr:
        c = self.test(node.cond)
        a, b = self.expr(node.iftrue), self.expr(node.iffalse)
        t = self._common(a, b, node)
        a, b = (x if isinstance(t, Struct | Void) else self.convert(x, t) for x in (a, b))
        if isinstance(c, Const):
            return a if c.value else b
        return Cond(t, c, a, b)

    def _common(self, a: Expr, b: Expr, node: Any) -> CType:
        """The type of ``c ? a : b``."""
        ta, tb = a.type, b.type
        if arith(ta) and arith(tb):
            return usual(ta, tb)
        if ta == tb or (isinstance(ta, Struct) and ta is tb):
            return ta
        if isinstance(ta, Pointer) and integer(tb):
            return ta
        if isinstance(tb, Pointer) and integer(ta):
            return tb
        if isinstance(ta, Pointer) and isinstance(tb, Pointer):
            return tb if isinstance(ta.target, Void) else ta
        raise error_at(node.coord, "mismatched types in '?:'")

    def _Cast(self, node: c_ast.Cast) -> Expr:
        t = self.types.typename(node.to_type)
        e = self.expr(node.expr)
        if isinstance(t, Void):
            return Cast(VOID, e)
        if not scalar(t) or not scalar(e.type):
            raise error_at(node.coord, f"cannot cast {describe(e.type)} to {describe(t)}")
        return self.convert(e, t)

    def _ExprList(self, node: c_ast.ExprList) -> Expr:
        items = [self.expr(x) for x in node.exprs]
        e = items[0]
        for nxt in items[1:]:
            e = Binary(",", nxt.type, e, nxt) if not isinstance(e, Const) else nxt
        return e

    def _Typename(self, node: c_ast.Typename) -> Expr:
        raise error_at(node.coord, "type name where a value is expected")

    def _InitList(self, node: c_ast.InitList) -> Expr:
        raise error_at(node.coord, "initializer list where a value is expected")

    def _CompoundLiteral(self, node: Any) -> Expr:
        raise error_at(node.coord, "compound literals are not supported")


def _same_type(a: CType, b: CType) -> bool:
    if isinstance(a, Array) and isinstance(b, Array):
        return _same_type(a.elem, b.elem) and None in (a.length, b.length) or a == b
    if isinstance(a, Func) and isinstance(b, Func):
        return _same_type(a.ret, b.ret) and (None in (a.params, b.params) or a.params == b.params)
    return a == b or (isinstance(a, Struct) and a is b)


def _string_body(value: str) -> str:
    """The text between the quotes of a (possibly joined) string literal."""
    return value[value.index('"') + 1:-1]


def _integer_constant(text: str, node: Any) -> Const:
    m = re.fullmatch(r"(0[xX][0-9a-fA-F]+|[0-9]+)([uUlL]*)", text)
    if m is None:
        raise error_at(node.coord, f"bad number '{text}'")
    digits, suffix = m.group(1), m.group(2).lower()
    if digits[:2].lower() == "0x":
        value, plain = int(digits, 16), False
    elif digits.startswith("0") and len(digits) > 1:
        if re.search(r"[89]", digits):
            raise error_at(node.coord, f"bad octal number '{text}'")
        value, plain = int(digits, 8), False
    else:
        value, plain = int(digits), True
    for t in _constant_types(suffix, plain):
        if value < (1 << (t.bits - 1 if t.signed else t.bits)):
            return Const(t, t.wrap(value))
    raise error_at(node.coord, f"number '{text}' is too large")


def _constant_types(suffix: str, plain: bool) -> list[Int]:
    """C89's candidate types of an integer constant, in order."""
    if "l" in suffix:
        return [ULONG] if "u" in suffix else [LONG, ULONG]
    if "u" in suffix:
        return [UINT, ULONG]
    return [INT, LONG, ULONG] if plain else [INT, UINT, LONG, ULONG]

