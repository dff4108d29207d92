"""New: declarations — scopes, C types from pycparser declarators, and initializers.

``Scope`` maps ordinary identifiers (objects, functions, typedef names and
enum constants, all as ``Sym``) and tags (struct, union, enum) of one block.
``Types`` turns pycparser's declarator trees into ``v6.cc.types`` values and
defines struct/union/enum bodies as it meets them; it refuses, at their
line, what the compiler does not support: floating point, bit-fields,
``long long``.  ``Types.initializer`` flattens an initializer into ``Init``
leaves (offset, type, expression or bytes) with C's brace elision, and
completes ``int a[] = {...}`` from the number of elements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pycparser import c_ast

from v6.cc.front import error_at
from v6.cc.tree import Expr, Sym
from v6.cc.types import (
    CHAR,
    INT,
    LONG,
    UCHAR,
    UINT,
    ULONG,
    VOID,
    Array,
    CType,
    Func,
    Int,
    Pointer,
    Struct,
    describe,
)

if TYPE_CHECKING:
    from v6.cc.check import Checker

# Sorted specifier words -> type.  Anything else is an error.
_SPECIFIERS: dict[tuple[str, ...], CType] = {
    ("void",): VOID,
    ("char",): CHAR, ("char", "signed"): CHAR, ("char", "unsigned"): UCHAR,
    ("int",): INT, ("signed",): INT, ("int", "signed"): INT, ("short",): INT,
    ("int", "short"): INT, ("short", "signed"): INT, ("int", "short", "signed"): INT,
    ("unsigned",): UINT, ("int", "unsigned"): UINT, ("short", "unsigned"): UINT,
    ("int", "short", "unsigned"): UINT,
    ("long",): LONG, ("int", "long"): LONG, ("long", "signed"): LONG,
    ("int", "long", "signed"): LONG,
    ("long", "unsigned"): ULONG, ("int", "long", "unsigned"): ULONG,
}


class Scope:
    """One block's identifiers and tags, chained to the enclosing block."""

    def __init__(self, parent: Scope | None = None) -> None:
        self.parent = parent
        self.names: dict[str, Sym] = {}
        self.tags: dict[str, CType] = {}

    def find(self, name: str) -> Sym | None:
        """The innermost declaration of ``name``."""
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        return None

    def find_tag(self, name: str) -> CType | None:
        """The innermost struct/union/enum with tag ``name``."""
        scope: Scope | None = self
        while scope is not None:
            if name in scope.tags:
                return scope.tags[name]
            scope = scope.parent
        return None

    @property
    def outermost(self) -> Scope:
        """The file scope."""
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope


@dataclass
class Init:
    """One leaf of an initializer: an expression of a scalar/struct type, or raw bytes."""

    offset: int
    type: CType
    expr: Expr | None = None
    data: bytes = b""


@dataclass
class Param:
    """A parameter as declared: name (None in a prototype without names), type, node."""

    name: str | None
    type: CType
    node: Any


class Types:
    """Builds C types from pycparser nodes, in the scope the checker is in."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker

    @property
    def scope(self) -> Scope:
        return self.checker.scope

    # --- declarators ------------------------------------------------------
    def declarator(self, node: Any) -> CType:
        """The type a Decl/Typename/Typedef's ``type`` tree describes."""
        if isinstance(node, c_ast.TypeDecl):
            return self.specifier(node.type)
        if isinstance(node, c_ast.PtrDecl):
            return Pointer(self.declarator(node.type))
        if isinstance(node, c_ast.ArrayDecl):
            return self._array(node)
        if isinstance(node, c_ast.FuncDecl):
            ret = self.declarator(node.type)
            if isinstance(ret, Array | Func):
                raise error_at(node.coord, f"function cannot return {describe(ret)}")
            params, variadic, prototyped = self.params(node)
            return Func(ret, tuple(p.type for p in params) if prototyped else None, variadic)
        # A declaration with no declarator (``struct s {...};``) carries the specifier itself.
        return self.specifier(node)

    def declared(self, d: c_ast.Decl) -> CType:
        """The type a declaration gives its name (a bit-field is refused at its line)."""
        if d.bitsize is not None:
            raise error_at(d.coord, "bit-fields are not supported")
        return self.declarator(d.type)

    def _array(self, node: c_ast.ArrayDecl) -> Array:
        elem = self.declarator(node.type)
        if not elem.complete:
            raise error_at(node.coord, f"array of {describe(elem)}")
        if node.dim is None:
            return Array(elem, None)
        n = self.checker.constant(node.dim)
        if n < 0:
            raise error_at(node.dim.coord, "negative array size")
        return Array(elem, n)

    def typename(self, node: c_ast.Typename) -> CType:
        """The type of a cast or ``sizeof(type)``."""
        return self.declarator(node.type)

    def params(self, node: c_ast.FuncDecl) -> tuple[list[Param], bool, bool]:
        """A function declarator's parameters, whether it ends in ``...``, whether it is a prototype."""
        if node.args is None:
            return [], False, False
        items = list(node.args.params)
        variadic = bool(items) and isinstance(items[-1], c_ast.EllipsisParam)
        if variadic:
            items.pop()
        if all(isinstance(p, c_ast.ID) for p in items) and items:
            return [Param(p.name, INT, p) for p in items], False, False
        params = [Param(getattr(p, "name", None), self.param_type(p), p) for p in items]
        if len(params) == 1 and params[0].type == VOID and params[0].name is None:
            return [], variadic, True
        return params, variadic, True

    def param_type(self, node: Any) -> CType:
        """A parameter's type, adjusted: arrays and functions become pointers."""
        if isinstance(node, c_ast.ID):
            return INT
        t = self.declarator(node.type)
        if isinstance(t, Array):
            return Pointer(t.elem)
        if isinstance(t, Func):
            return Pointer(t)
        return t

    # --- specifiers -------------------------------------------------------
    def specifier(self, node: Any) -> CType:
        """The base type named by IdentifierType, Struct, Union or Enum."""
        if isinstance(node, c_ast.IdentifierType):
            return self._named(node)
        if isinstance(node, c_ast.Struct | c_ast.Union):
            return self._struct(node)
        if isinstance(node, c_ast.Enum):
            return self._enum(node)
        raise error_at(node.coord, "unsupported type")

    def _named(self, node: c_ast.IdentifierType) -> CType:
        names = list(node.names)
        if "float" in names or "double" in names:
            raise error_at(node.coord, "floating point is not supported")
        if len(names) == 1 and names[0] not in ("void", "char", "int", "short", "long",
                                                "signed", "unsigned"):
            sym = self.scope.find(names[0])
            if sym is not None and sym.storage == "typedef":
                return sym.type
            raise error_at(node.coord, f"unknown type name '{names[0]}'")
        if names.count("long") > 1:
            raise error_at(node.coord, "long long is not supported")
        t = _SPECIFIERS.get(tuple(sorted(names)))
        if t is None:
            raise error_at(node.coord, f"invalid type '{' '.join(names)}'")
        return t

    def _struct(self, node: c_ast.Struct | c_ast.Union) -> Struct:
        kind = "struct" if isinstance(node, c_ast.Struct) else "union"
        found = self.scope.find_tag(node.name) if node.name else None
        if node.decls is None:
            if isinstance(found, Struct):
                return found
            s = Struct(kind, node.name)
            self.scope.outermost.tags.setdefault(node.name, s)
            return s
        s = found if isinstance(found, Struct) and node.name in self.scope.tags else None
        if s is None or s.defined:
            if s is not None:
                raise error_at(node.coord, f"redefinition of {kind} {node.name}")
            s = Struct(kind, node.name)
            if node.name:
                self.scope.tags[node.name] = s
        s.finish(self._members(node))
        return s

    def _members(self, node: c_ast.Struct | c_ast.Union) -> list[tuple[str, CType]]:
        members: list[tuple[str, CType]] = []
        for d in node.decls or []:
            t = self.declared(d)
            if not t.complete:
                raise error_at(d.coord, f"member '{d.name}' has incomplete type")
            if d.name is None:
                members.extend(self._anonymous(t, d))
                continue
            if any(name == d.name for name, _ in members):
                raise error_at(d.coord, f"duplicate member '{d.name}'")
            members.append((d.name, t))
        return members

    @staticmethod
    def _anonymous(t: CType, d: Any) -> list[tuple[str, CType]]:
        if isinstance(t, Struct):
            return []
        raise error_at(d.coord, "declaration declares nothing")

    def _enum(self, node: c_ast.Enum) -> CType:
        if node.values is None:
            if node.name and self.scope.find_tag(node.name) is None:
                raise error_at(node.coord, f"unknown enum {node.name}")
            return INT
        value = 0
        for e in node.values.enumerators:
            if e.value is not None:
                value = self.checker.constant(e.value)
            self.checker.declare(Sym(e.name, INT, "enum", offset=INT.wrap(value)), e)
            value += 1
        if node.name:
            self.scope.tags[node.name] = INT
        return INT

    # --- initializers -----------------------------------------------------
    def initializer(self, t: CType, node: Any) -> tuple[CType, list[Init]]:
        """Flatten the initializer ``node`` of an object of type ``t``.

        Returns the completed type (an array's length taken from the
        initializer) and the leaves in offset order.
        """
        out: list[Init] = []
        if isinstance(t, Array) and t.length is None:
            count = self._braced_or_string(t, node, 0, out)
            return Array(t.elem, count), out
        self._braced_or_string(t, node, 0, out)
        return t, out

    def _braced_or_string(self, t: CType, node: Any, offset: int, out: list[Init]) -> int:
        """Initialize one object from ``node``; return the element count used (for arrays)."""
        if isinstance(t, Array) and _is_string(node) and _char_like(t.elem):
            data = self.checker.string_bytes(node)
            n = t.length if t.length is not None else len(data) + 1
            if len(data) > n:
                raise error_at(node.coord, "initializer string is too long")
            out.append(Init(offset, t, data=(data + bytes(n))[:n]))
            return n
        if isinstance(node, c_ast.InitList):
            if isinstance(t, Array | Struct):
                items = list(node.exprs)
                pos, count = self._fill(t, items, 0, offset, out)
                if pos < len(items):
                    raise error_at(items[pos].coord, "too many initializers")
                return count
            if len(node.exprs) != 1:
                raise error_at(node.coord, "too many initializers for a scalar")
            return self._braced_or_string(t, node.exprs[0], offset, out)
        if isinstance(t, Array):
            raise error_at(node.coord, "array initializer must be a list in braces")
        self._leaf(t, node, offset, out)
        return 1

    def _fill(self, t: Array | Struct, items: list, pos: int, offset: int,
              out: list[Init]) -> tuple[int, int]:
        """Fill the members of ``t`` from ``items[pos:]`` (braces elided); return (pos, count)."""
        count = 0
        for sub, off in _members_of(t):
            if pos >= len(items):
                break
            item = items[pos]
            if isinstance(item, c_ast.NamedInitializer):
                raise error_at(item.coord, "designated initializers are not supported")
            count += 1
            if isinstance(sub, Array | Struct) and not isinstance(item, c_ast.InitList) and not (
                isinstance(sub, Array) and _is_string(item) and _char_like(sub.elem)
            ):
                pos, _ = self._fill(sub, items, pos, offset + off, out)
                continue
            self._braced_or_string(sub, item, offset + off, out)
            pos += 1
        return pos, count

    def _leaf(self, t: CType, node: Any, offset: int, out: list[Init]) -> None:
        e = self.checker.assign_conv(t, self.checker.expr(node), node, "initialization")
        out.append(Init(offset, t, e))


def storage_class(d: Any) -> str:
    """A declaration's storage class (``static``, ``extern``, ``register``...), or ``""``."""
    classes = getattr(d, "storage", None) or []
    return classes[0] if classes else ""


def _members_of(t: Array | Struct) -> Any:
    """(type, offset) of each element of an array (forever if unsized) or struct member."""
    if isinstance(t, Struct):
        fields = list(t.fields.values())
        yield from ((f.type, f.offset) for f in (fields[:1] if t.kind == "union" else fields))
        return
    i = 0
    while t.length is None or i < t.length:
        yield t.elem, i * t.elem.size
        i += 1


def _is_string(node: Any) -> bool:
    return isinstance(node, c_ast.Constant) and node.type == "string"


def _char_like(t: CType) -> bool:
    return isinstance(t, Int) and t.size == 1
