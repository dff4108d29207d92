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
    ("'\\\n", 0o12),  # \ and a new-line: the new-line
])
def test_character_constants(src, value):
    assert words(src) == [value]


def test_strings_with_escapes_anywhere_a_statement_stands():
    # "ab\n\0" = 141 142 012 000 -> words 061141 000012; then after a label
    # and after ';': "x>y" (\> is >) = 170 076 171, padded by .even
    src = "<ab\\n\\0>\nlab: <x\\>y>; .even\n"
    assert words(src) == [0o061141, 0o000012, 0o037170, 0o000171]


def test_escaped_operators_lex_as_operators():
    # V6's \% was an or, like |; any other \X is a token that is no operator
    toks = tokens(["a\\/b\\<c\\>d\\%e%f\\q"])
    assert [t.value for t in toks if t.kind == "op"] == ["/", "<", ">", "|", "%", "\\q"]


def test_temporary_symbols_and_numeric_labels():
    toks = tokens(["1: 1f 2b 12f"])
    kinds = [(t.kind, t.value) for t in toks]
    # "12f" is a temporary symbol of two digits, which the parser refuses
    assert kinds == [("num", 1), ("op", ":"), ("temp", ("1", True)), ("temp", ("2", False)),
                     ("temp", ("12", True)), ("eof", None)]


def test_identifier_characters():
    toks = tokens(["_a.b~c ~x .text .."])
    assert [t.value for t in toks[:-1]] == ["_a.b~c", "~x", ".text", ".."]


@pytest.mark.parametrize("src, letter", [
    ("clr @r0", "g"),        # @ and # are not V6 characters
    ("1\f2", "g"),           # nor is a form feed
    ("<abc\n", "<"),         # string cut short by a new-line
    ("'\n", "<"),            # a quote with only a new-line after it
])
def test_lexical_errors(src, letter):
    errors = [t for t in tokens([src]) if t.kind == "err"]
    assert [(t.value[0], t.line) for t in errors] == [(letter, 1)]


def test_reading_stops_at_a_string_cut_short():
    assert [t.kind for t in tokens(["<ab\n1\n"])] == ["err", "eof"]


def test_files_are_one_stream_of_characters():
    # The first file has no final new-line: its "2" and the next file's "0" make 20.
    toks = tokens(["a: 1\n 2", "0\nb\n"])
    assert [(t.value, t.file, t.line) for t in toks if t.kind in ("num", "name")] == [
        ("a", 0, 1), (1, 0, 1), (0o20, 0, 2), ("b", 1, 2)]
    assert (toks[-1].kind, toks[-1].file, toks[-1].line) == ("eof", 1, 3)


def test_carriage_returns_are_ignored():
    assert words("1\r\n2\r\n") == [1, 2]
