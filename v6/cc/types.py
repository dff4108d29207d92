"""New: the C types of the PDP-11 compiler and the conversion rules between them.

Sizes are the V6 compiler's: char is 8 bits and signed, short and int 16,
long 32, pointers 16.  Words must sit at even addresses, so every object of
more than one byte (and every struct or union) is word-aligned and
struct/union sizes are rounded up to even.

Types are immutable values (``Int``, ``Pointer``, ``Array``, ``Func``) except
``Struct``, which is completed in place when its body is seen and compared by
identity.  Public helpers: ``integer``, ``scalar``, ``arith``, ``decay``,
``promote``, ``usual``, ``compatible_ptr``, ``describe``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class CType:
    """Base of every C type; every type has ``size`` (bytes, 0 if unknown)."""

    size: int

    @property
    def align(self) -> int:
        """1 for chars, 2 for everything else (the PDP-11 word rule)."""
        return 1 if self.size == 1 else 2

    @property
    def complete(self) -> bool:
        """Whether the size is known (not void, not ``int a[]``, not a bare struct tag)."""
        return True


@dataclass(frozen=True)
class Void(CType):
    """``void``: only as a function result or behind a pointer."""

    size = 0

    @property
    def complete(self) -> bool:
        return False


@dataclass(frozen=True)
class Int(CType):
    """An integer type of 1, 2 or 4 bytes."""

    size: int
    signed: bool
    name: str

    @property
    def bits(self) -> int:
        return self.size * 8

    def wrap(self, value: int) -> int:
        """``value`` reduced to this type's range (two's complement wrap-around)."""
        value &= (1 << self.bits) - 1
        if self.signed and value >> (self.bits - 1):
            value -= 1 << self.bits
        return value


@dataclass(frozen=True)
class Pointer(CType):
    """A pointer: one 16-bit word."""

    target: CType
    size: int = 2


@dataclass(frozen=True)
class Array(CType):
    """An array; ``length`` None while unknown (``extern int a[];``)."""

    elem: CType
    length: int | None

    @property
    def size(self) -> int:  # type: ignore[override]
        return self.elem.size * (self.length or 0)

    @property
    def align(self) -> int:
        return self.elem.align

    @property
    def complete(self) -> bool:
        return self.length is not None


@dataclass(frozen=True)
class Func(CType):
    """A function type; ``params`` None for an old-style ``int f()`` declaration."""

    ret: CType
    params: tuple[CType, ...] | None
    variadic: bool = False
    size = 0

    @property
    def complete(self) -> bool:
        return False


@dataclass(frozen=True)
class Field:
    """One member of a struct or union: its type and byte offset."""

    type: CType
    offset: int


@dataclass(eq=False)
class Struct(CType):
    """A struct or union; filled in by ``finish`` when the body is declared."""

    kind: str
    tag: str | None
    fields: dict[str, Field] = field(default_factory=dict)
    size: int = 0
    defined: bool = False

    @property
    def align(self) -> int:
        return 2

    @property
    def complete(self) -> bool:
        return self.defined

    def finish(self, members: list[tuple[str, CType]]) -> None:
        """Lay the members out: in order for a struct, all at 0 for a union; size even."""
        offset = end = 0
        for name, mtype in members:
            if self.kind == "struct":
                offset = (end + mtype.align - 1) & -mtype.align
            self.fields[name] = Field(mtype, offset)
            end = max(end, offset + mtype.size)
        self.size = (end + 1) & ~1
        self.defined = True


VOID = Void()
CHAR = Int(1, True, "char")
UCHAR = Int(1, False, "unsigned char")
INT = Int(2, True, "int")
UINT = Int(2, False, "unsigned")
LONG = Int(4, True, "long")
ULONG = Int(4, False, "unsigned long")
CHARPTR = Pointer(CHAR)


def integer(t: CType) -> bool:
    """Whether ``t`` is an integer type (enums are ints here)."""
    return isinstance(t, Int)


def scalar(t: CType) -> bool:
    """Whether ``t`` is an integer or a pointer (may be tested, compared, converted)."""
    return isinstance(t, Int | Pointer)


def arith(t: CType) -> bool:
    """Whether ``t`` is arithmetic (there is no floating point, so: integer)."""
    return isinstance(t, Int)


def decay(t: CType) -> CType:
    """The type an expression of type ``t`` has as a value: arrays and functions become pointers."""
    if isinstance(t, Array):
        return Pointer(t.elem)
    if isinstance(t, Func):
        return Pointer(t)
    return t


def promote(t: CType) -> CType:
    """The integral promotions: char and unsigned char become int."""
    if isinstance(t, Int) and t.size == 1:
        return INT
    return t


def usual(a: CType, b: CType) -> Int:
    """The usual arithmetic conversions of two integer operands (long holds every unsigned)."""
    a, b = promote(a), promote(b)
    assert isinstance(a, Int) and isinstance(b, Int)
    if ULONG in (a, b):
        return ULONG
    if LONG in (a, b):
        return LONG
    if UINT in (a, b):
        return UINT
    return INT


def compatible_ptr(a: CType, b: CType) -> bool:
    """Whether pointer types ``a`` and ``b`` may be mixed without a cast."""
    if not (isinstance(a, Pointer) and isinstance(b, Pointer)):
        return False
    ta, tb = a.target, b.target
    if isinstance(ta, Void) or isinstance(tb, Void):
        return True
    if isinstance(ta, Int) and isinstance(tb, Int):
        return ta.size == tb.size
    return ta == tb or type(ta) is type(tb) is Pointer


def describe(t: CType) -> str:
    """A short human description of ``t`` for error messages."""
    if isinstance(t, Int):
        return t.name
    if isinstance(t, Void):
        return "void"
    if isinstance(t, Pointer):
        return f"pointer to {describe(t.target)}"
    if isinstance(t, Array):
        return f"array of {describe(t.elem)}"
    if isinstance(t, Func):
        return f"function returning {describe(t.ret)}"
    assert isinstance(t, Struct)
    return f"{t.kind} {t.tag or '(anonymous)'}"
