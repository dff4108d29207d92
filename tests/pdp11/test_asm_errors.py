"""Every error of the manual's sec. 10, reported as file:line with V6's letter and meaning.

The letters and the passes they belong to are V6's (the err* cases of
data/v6as hold what V6 printed); here the whole message is pinned.
"""

import struct

import pytest

from v6.pdp11.aout import AOut
from v6.pdp11.asm import AsmError, assemble


def error(src, **kw):
    with pytest.raises(AsmError) as exc:
        assemble([("t.s", src)], **kw)
    return exc.value


def errors(src, **kw):
    return error(src, **kw).errors


@pytest.mark.parametrize("src, message", [
    ("clr (r0", "t.s:1: ) parentheses error: missing )"),
    ("x = [1+2", "t.s:1: ] parentheses error: missing ]"),
    ("<abc", "t.s:1: < string not terminated properly: < cut short by the end of the line"),
    ("clr **r0", "t.s:1: * indirection used illegally: indirection of an indirection"),
    (". = 10", "t.s:1: . illegal assignment to .: value not in the current segment"),
    ("clr r0; . = .-2", "t.s:1: . illegal assignment to .: the location counter may not decrease"),
    (". = .+x; x = 2", "t.s:1: . illegal assignment to .: value undefined in pass one"),
    ("rts 5", "t.s:1: a error in address: register expected"),
    ("mov r0", "t.s:1: a error in address: mov wants 2 operands"),
    ("mark 100", "t.s:1: a error in address: 0100 is not a 6-bit number"),
    ("br .+402", "t.s:1: b branch address is odd or too remote: target +256 bytes from .+2"),
    ("br .+3", "t.s:1: b branch address is odd or too remote: target +1 bytes from .+2"),
    ("br x; .data; x: 0", "t.s:1: b branch address is odd or too remote: target not in this segment"),
    ("x: . = .+200; sob r0,x", "t.s:1: b branch address is odd or too remote: sob target -130 bytes from .+2"),
    ("mov ,r0", "t.s:1: e error in expression: expression expected, found ','"),
    ("1--1", "t.s:1: e error in expression: operator - after operator -"),
    ("sys", "t.s:1: e error in expression: expression expected, found 'eof'"),
    ("1b", "t.s:1: f error in local (f or b) type symbol: no 1: before 1b"),
    ("12: 0", "t.s:1: f error in local (f or b) type symbol: 12: is not a digit"),
    ("clr @r0", "t.s:1: g garbage (unknown) character: garbage character '@'"),
    ("x: clr r0\nx: clr r1", "t.s:2: m multiply defined symbol as label: x"),
    ("mov: 0", "t.s:1: m multiply defined symbol as label: mov"),
    (".byte 1; clr r0", "t.s:1: o word quantity assembled at odd address"),
    ("x: 1\nx = 2", "t.s:1: p phase error: . different in pass 1 and 2: x was 02, now 00"),
    ("a: a+a", "t.s:1: r relocation error: relocatable operand of +"),
    ("x: .byte x", "t.s:1: r relocation error: .byte of a value that is not absolute"),
    ("y = movfi", "t.s:1: r relocation error: movfi has no value"),
    ("mov $undef,r0", "t.s:1: u undefined symbol: undef"),
    (".if x; .endif; x = 1", "t.s:1: U undefined symbol in .if: .if x undefined in pass one"),
    ("clr r0 r1, r2", "t.s:1: x syntax error: unexpected ','"),
    (".globl 1", "t.s:1: x syntax error: unexpected '1'"),
    (".bss; 1", "t.s:1: x syntax error: code or data in the bss segment"),
    ("mul r0,10", "t.s:1: x syntax error: register expected"),
    ("movf fr4,fr5", "t.s:1: x syntax error: fr0-fr3 expected"),
    (".if 0\nclr r0\n", "t.s:3: x syntax error: end of input inside an .if"),
])
def test_each_error(src, message):
    assert errors(src) == [message]


def test_end_of_a_file_inside_an_if_is_i_when_another_file_follows():
    with pytest.raises(AsmError) as exc:
        assemble([("a.s", ".if 0\nclr r0\n"), ("b.s", ".endif\n")])
    assert exc.value.errors == ["a.s:3: i end of file inside an .if"]


def test_errors_name_the_file_and_line_in_a_multi_file_assembly():
    with pytest.raises(AsmError) as exc:
        assemble([("a.s", "clr r0\n"), ("b.s", "\n\nclr (r0\n")])
    assert exc.value.errors == ["b.s:3: ) parentheses error: missing )"]


def test_every_error_in_order_and_the_first_is_the_message():
    # V6 went on after an error: "mov" alone is e (no operand) and a (no comma)
    exc = error("mov r0\nclr @r1\nmov\n")
    assert exc.errors == [
        "t.s:1: a error in address: mov wants 2 operands",
        "t.s:2: g garbage (unknown) character: garbage character '@'",
        "t.s:3: e error in expression: expression expected, found '\\n'",
        "t.s:3: a error in address: mov wants 2 operands",
    ]
    assert str(exc) == "t.s:1: a error in address: mov wants 2 operands (and 3 more)"
    assert [(d.line, d.letter) for d in exc.found] == [(1, "a"), (2, "g"), (3, "e"), (3, "a")]


def test_every_use_of_an_undefined_symbol_is_reported():
    assert [e.split(": ")[-1] for e in errors("mov x,x\n x+y")] == ["x", "x", "x", "y"]


def test_undefined_symbols_are_external_only_when_allowed():
    assert errors("jsr pc,f") == ["t.s:1: u undefined symbol: f"]
    assemble([("t.s", "jsr pc,f")], allow_undefined=True)


def test_errors_of_pass_one_stop_the_assembly_and_leave_no_output():
    # the u of "f" would only be found in the last pass
    exc = error("jsr pc,f\nx: x: 0")
    assert exc.errors == ["t.s:2: m multiply defined symbol as label: x"]
    assert exc.output is None


def test_errors_of_pass_two_stop_it_and_leave_an_empty_output():
    # rts 10 is found in pass two; the u of "f" is never reported
    exc = error("rts 10\njsr pc,f")
    assert [d.letter for d in exc.found] == ["a"]
    assert exc.output == b""


def test_errors_of_the_last_pass_leave_the_output_v6_left():
    # an undefined symbol is 0 in the word and type 0 in the table
    out = AOut.from_bytes(error("mov f,r0").output)
    assert out.text == struct.pack("<2H", 0o016700, 0o177774)     # 0 - 4
    assert [(s.name, s.type) for s in out.symbols] == [("f", 0)]


def test_a_register_named_later_is_seen_only_by_the_last_pass():
    # pass two still sees a undefined (assignments start anew), so "mov a,r0"
    # keeps its index word there; the last pass makes it "mov r1,r0" and the
    # label b comes out 2 bytes early
    assert errors("mov a,r0\nb: 0\na = r1") == [
        "t.s:2: p phase error: . different in pass 1 and 2: b was 04, now 02"]


def test_without_a_label_after_it_the_shrunk_segment_is_padded():
    # as V6 did: no error, the text keeps pass two's size
    a = assemble([("t.s", "mov a,r0\na = r1")])
    assert a.text == struct.pack("<2H", 0o010100, 0)
