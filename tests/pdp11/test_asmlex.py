"""The assembler's lexical conventions (UNIX Assembler Reference Manual, sec. 2 and 5.5)."""

import struct

import pytest

from v6.pdp11.asm import assemble
from v6.pdp11.asmlex import tokens


def words(src):
    a = assemble([("t.s", src)])
    return list(struct.unpack(f"<{len(a.text) // 2}H", a.text))


def test_slash_starts_a_comment_and_semicolons_separate_statements():
    # clr r0 = 005000, clr r1 = 005001; the comment hides "clr r2"
    assert words("clr r0; clr r1 / clr r2\n") == [0o005000, 0o005001]


@pytest.mark.parametrize("src, value", [
    ("17", 0o17),          # octal by default
    ("17.", 17),           # a trailing point: decimal
    ("18", 0o20),          # "8 and 9 are taken to have octal value 10 and 11": 1*8 + 8
    ("9", 0o11),
    ("99", 0o121),         # 9*8 + 9 = 81
    ("200001", 1),         # truncated to 16 bits
    ("65537.", 1),
    ("177777", 0o177777),
])
def test_numbers(src, value):
    assert words(src) == [value]


@pytest.mark.parametrize("src, value", [
    ("'a", 0o141),
    ("' ", 0o40),    # a blank is a character here
    ("';", 0o73),    # not a statement separator
    ("'/", 0o57),    # not a comment
    ("'\\n", 0o12), ("'\\t", 0o11), ("'\\e", 0o4), ("'\\0", 0), ("'\\r", 0o15),
    ("'\\a", 0o6), ("'\\p", 0o33), ("'\\\\", 0o134), ("'\\>", 0o76),
    ("'\\q", 0o161),  # any other \X is X
    ('"ab', 0o141 | 0o142 << 8),   # first character in the low byte: 061141
    ('"\\n\\0', 0o12),
    ('"; ', 0o73 | 0o40 << 8),
])
def test_character_constants(src, value):
    assert words(src) == [value]


def test_strings_with_escapes_anywhere_a_statement_stands():
    # "ab\n\0" = 141 142 012 000 -> words 061141 000012; then after a label
    # and after ';': "x>y" (\> is >) = 170 076 171, padded by .even
    src = "<ab\\n\\0>\nlab: <x\\>y>; .even\n"
    assert words(src) == [0o061141, 0o000012, 0o037170, 0o000171]


def test_escaped_operators_lex_as_operators():
    toks, errors = tokens("a\\/b\\<c\\>d\\%e%f")
    assert [t.value for t in toks if t.kind == "op"] == ["/", "<", ">", "%", "%"]
    assert errors == []


def test_temporary_symbols_and_numeric_labels():
    toks, _ = tokens("1: 1f 2b 12f")
    kinds = [(t.kind, t.value) for t in toks]
    # "12f" is the number 12 followed by the name f: only one digit makes a temporary symbol
    assert kinds == [("num", 1), ("op", ":"), ("temp", (1, True)), ("temp", (2, False)),
                     ("num", 0o12), ("name", "f"), ("eof", None)]


def test_identifier_characters():
    toks, _ = tokens("_a.b~c ~x .text ..")
    assert [t.value for t in toks[:-1]] == ["_a.b~c", "~x", ".text", ".."]


@pytest.mark.parametrize("src, letter", [
    ("clr @r0", "G"),        # @ and # are not V6 characters
    ("<abc\n", "<"),         # string not terminated on its line
    ("'\n", "X"),            # a quote with nothing after it
])
def test_lexical_errors(src, letter):
    _, errors = tokens(src)
    assert [e[1] for e in errors] == [letter]
    assert errors[0][0] == 1
