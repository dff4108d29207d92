"""Random integer expressions, checked against an independent model of C's rules.

The generator builds expressions over int, unsigned, long, unsigned long and
char variables with every arithmetic, bitwise, shift, comparison, logical and
conditional operator and casts, and computes each value in Python by the
rules of C on this machine (16-bit int, 32-bit long, the usual arithmetic
conversions, division truncating toward zero).  One program prints them
all; the compiler must agree with the model on every line.  Divisors are
forced odd (``| 1``) and shift counts masked, so nothing is undefined.
"""

import random
from dataclasses import dataclass

import pytest

from tests.cc.helpers import run_c

INT, UINT, LONG, ULONG = ("int", 16, True), ("unsigned", 16, False), ("long", 32, True), \
    ("unsigned long", 32, False)


def wrap(value: int, t: tuple) -> int:
    bits, signed = t[1], t[2]
    value &= (1 << bits) - 1
    return value - (1 << bits) if signed and value >> (bits - 1) else value


def usual(a: tuple, b: tuple) -> tuple:
    for t in (ULONG, LONG, UINT):
        if t in (a, b):
            return t
    return INT


@dataclass
class E:
    text: str
    type: tuple
    value: int


VARS = {
    "a": (INT, -1234), "b": (INT, 32767), "u": (UINT, 65000), "v": (UINT, 3),
    "l": (LONG, -100000), "m": (LONG, 2147480000), "ul": (ULONG, 4000000000),
    "c": (("char", 8, True), -7), "uc": (("unsigned char", 8, False), 200),
}


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def leaf(self) -> E:
        if self.r.random() < 0.3:
            t = self.r.choice([INT, UINT, LONG])
            v = self.r.choice([0, 1, 2, 7, 255, 1000, 32767]) if t != LONG else \
                self.r.choice([0, 70000, 65535, 123456789])
            suffix = {"int": "", "unsigned": "u", "long": "L"}[t[0]]
            return E(f"{v}{suffix}", t, v)
        name = self.r.choice(list(VARS))
        t, v = VARS[name]
        return E(name, INT if t[1] == 8 else t, v)

    def expr(self, depth: int) -> E:
        if depth == 0 or self.r.random() < 0.2:
            return self.leaf()
        kind = self.r.random()
        if kind < 0.15:
            return self.unary(self.expr(depth - 1))
        if kind < 0.25:
            return self.cast(self.expr(depth - 1))
        if kind < 0.32:
            c, x, y = (self.expr(depth - 1) for _ in range(3))
            t = usual(x.type, y.type)
            return E(f"({c.text} ? {x.text} : {y.text})", t, wrap(x.value if c.value else y.value, t))
        return self.binary(self.expr(depth - 1), self.expr(depth - 1))

    def unary(self, x: E) -> E:
        op = self.r.choice("-~!")
        if op == "!":
            return E(f"(!{x.text})", INT, int(not x.value))
        return E(f"({op}{x.text})", x.type, wrap(-x.value if op == "-" else ~x.value, x.type))

    def cast(self, x: E) -> E:
        name, t = self.r.choice([("int", INT), ("unsigned", UINT), ("long", LONG),
                                 ("unsigned long", ULONG), ("char", ("char", 8, True)),
                                 ("unsigned char", ("unsigned char", 8, False))])
        value = wrap(x.value, t)
        return E(f"(({name}){x.text})", INT if t[1] == 8 else t, value)

    def binary(self, x: E, y: E) -> E:
        op = self.r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "==", "!=",
                            "<", ">", "<=", ">=", "&&", "||"])
        if op in ("&&", "||"):
            v = (x.value and y.value) if op == "&&" else (x.value or y.value)
            return E(f"({x.text} {op} {y.text})", INT, int(bool(v)))
        if op in ("<<", ">>"):
            mask = 31 if x.type[1] == 32 else 15
            n = y.value & mask
            v = x.value << n if op == "<<" else x.value >> n
            return E(f"({x.text} {op} ({y.text} & {mask}))", x.type, wrap(v, x.type))
        t = usual(x.type, y.type)
        a = wrap(x.value, t)
        if op in ("/", "%"):
            y = E(f"({y.text} | 1)", usual(y.type, INT), wrap(y.value | 1, usual(y.type, INT)))
            b = wrap(y.value, t)
            if t[2] and b == -1 and a == -(1 << (t[1] - 1)):
                return E(f"({x.text} - {y.text})", t, wrap(a - b, t))  # no overflowing division
            q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            return E(f"({x.text} {op} {y.text})", t, wrap(q if op == "/" else a - q * b, t))
        b = wrap(y.value, t)
        v = {"+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b,
             "==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]
        if op in ("==", "!=", "<", ">", "<=", ">="):
            return E(f"({x.text} {op} {y.text})", INT, int(v))
        return E(f"({x.text} {op} {y.text})", t, wrap(v, t))


def program(exprs: list[E], registers: bool) -> str:
    decls = "".join(f"\t{t[0]} {name};\n" for name, (t, _) in VARS.items())
    if registers:
        decls = decls.replace("\tint a;", "\tregister int a;").replace(
            "\tint b;", "\tregister int b;").replace("\tunsigned v;", "\tregister unsigned v;")
    init = "".join(f"\t{name} = {v}{'L' if t[1] == 32 else ''};\n"
                   for name, (t, v) in VARS.items())
    lines = "".join(f'\tprintf("%ld\\n", (long){e.text});\n' for e in exprs)
    return f"#include <stdio.h>\nint main() {{\n{decls}{init}{lines}\treturn 0;\n}}\n"


@pytest.mark.parametrize("seed, registers", [(1, False), (2, True)])
def test_random_expressions(seed, registers):
    gen = Gen(seed)
    exprs = [gen.expr(4) for _ in range(150)]
    result = run_c(program(exprs, registers))
    got = result.stdout.decode().splitlines()
    assert result.status == 0 and len(got) == len(exprs)
    for e, line in zip(exprs, got, strict=True):
        assert int(line) == wrap(e.value, LONG), e.text


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(10, 40))
def test_many_random_expressions(seed):
    test_random_expressions(seed, seed % 2 == 1)
