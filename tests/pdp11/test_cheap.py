"""The cheaper spellings of the table's bodies compute what the bodies say.

``codegen.prepare`` spells a body's statements with lookups in
``codegen.TABLES`` where the bounds of its names allow (``W16[dst + 1]``
for ``(dst + 1) & 0o177777``) and leaves out masks that cannot change a
value.  Each row's statements and condition codes run here both ways, as
the table writes them and as the engines are given them, on the edges of
the word and on random operands, and must leave every name the same.
"""

import ast
import random

import pytest

from v6.pdp11 import alu, codegen, isa

EDGES = (0, 1, 2, 0o177, 0o200, 0o377, 0o400, 0o77777, 0o100000, 0o100001, 0o177776, 0o177777)
ROWS = [row for row in isa.TABLE if row.cpu and row.body
        and all(step.kind == "plain" for step in codegen.prepare(row).steps)]


def as_written(row: isa.Instr) -> str:
    body = codegen.prepare(row)
    tree = ast.Module([*body.stmts, *(ast.Assign([ast.Name(f, ast.Store())], e) for f, e in body.flags)],
                      [])
    return ast.unparse(ast.fix_missing_locations(tree))


def as_given(row: isa.Instr) -> str:
    body = codegen.prepare(row)
    names = codegen._Names({}, {}, "")
    lines = [step.text.fill(names) for step in body.steps]
    lines += [f"{f} = {text.fill(names)}" for f, text in body.flag_texts]
    return "\n".join(lines)


def run(source: str, values: dict) -> dict:
    space = {**codegen.TABLES, "div": alu.div, "ash": alu.ash, "ashc": alu.ashc}
    names = dict(values)
    exec(source, space, names)
    return {k: int(v) for k, v in names.items()}


def operands(rng: random.Random, k_range: range):
    for _ in range(150):
        words = {name: rng.choice(EDGES) if rng.random() < 0.5 else rng.getrandbits(16)
                 for name in ("src", "dst", "reg", "reg1", "pc", "sp", "r5", "ea")}
        flags = {f: rng.choice((0, 1, False, True)) for f in isa.FLAGS}
        yield {**words, **flags, "K": rng.choice(k_range)}


@pytest.mark.parametrize("row", ROWS, ids=[row.name or f"{row.code:06o}" for row in ROWS])
def test_a_body_as_given_computes_what_the_table_says(row):
    written, given = as_written(row), as_given(row)
    k_range = range(-128, 128) if row.fmt == "br" else range(64)
    for values in operands(random.Random(row.code), k_range):
        assert run(given, values) == run(written, values), (row.name, values)


def test_the_spellings_are_used_where_the_bounds_allow():
    by_name = {row.name: as_given(row) for row in ROWS}
    assert "res = W16[dst + 1]" in by_name["inc"]
    assert "res = W8[dst + 1]" in by_name["incb"]
    assert "res = W16[t]" in by_name["add"]
    assert "res = dst & ~src\n" in by_name["bic"]           # the mask cannot change it
    assert "v = SHR15[(src ^ dst) & (src ^ res)]\n" in by_name["cmp"]   # nor the & 1
    assert "c = SHR16[t]" in by_name["add"]
    assert "res = W16[dst + dst]" in by_name["asl"]
    # Out of reach of a table: a product, and a word shifted by a byte.
    assert "reg1 = p & 65535" in by_name["mul"]
    assert "& 65535" in by_name["swab"].splitlines()[0]


REACH = {
    "W16": (range(-0o400000, 0o400000), lambda x: x & 0o177777),
    "W8": (range(-0o400000, 0o400000), lambda x: x & 0o377),
    "SHR7": (range(0o400000), lambda x: x >> 7),
    "SHR15": (range(0o400000), lambda x: x >> 15),
    "SHR16": (range(0o400000), lambda x: x >> 16),
    "FLIP16": (range(0o200000), lambda x: x ^ 0o100000),
    "FLIP8": (range(0o200000), lambda x: x ^ 0o200),
    "SEXT8": (range(0o400), lambda x: x | 0o177400 if x & 0o200 else x),
    "PAGE": (range(0o200000), lambda x: x >> 6),
    "IN_PAGE": (range(0o200000), lambda x: x & 63),
    "ODD": (range(0o200000), lambda x: x & 1),
    "HALF": (range(0o1000000), lambda x: x >> 1),
}


@pytest.mark.parametrize("name", sorted(REACH))
def test_a_table_gives_its_operation_on_every_value_in_its_reach(name):
    table, (reach, operation) = codegen.TABLES[name], REACH[name]
    assert all(table[x] == operation(x) for x in reach)


def test_every_table_is_checked():
    assert set(codegen.TABLES) == set(REACH)
