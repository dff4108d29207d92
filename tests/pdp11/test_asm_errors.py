"""Every error of the manual's sec. 10, reported as file:line with V6's meaning."""

import pytest

from v6.pdp11.asm import AsmError, assemble


def errors(src, **kw):
    with pytest.raises(AsmError) as exc:
        assemble([("t.s", src)], **kw)
    return exc.value.errors


@pytest.mark.parametrize("src, message", [
    ("clr (r0", "t.s:1: ) parentheses error: missing )"),
    ("x = [1+2", "t.s:1: ] parentheses error: missing ]"),
    ("<abc", "t.s:1: < string not terminated properly: string not terminated"),
    ("clr **r0", "t.s:1: * indirection used illegally: indirection of an indirection"),
    (". = 10", "t.s:1: . illegal assignment to .: value not in the current segment"),
    ("clr r0; . = .-2", "t.s:1: . illegal assignment to .: the location counter may not decrease"),
    (". = .+x; x = 2", "t.s:1: . illegal assignment to .: value undefined in pass one"),
    ("rts 5", "t.s:1: A error in address: register expected"),
    ("mov ,r0", "t.s:1: A error in address: expression expected, found ','"),
    ("movf fr4,(r0)", "t.s:1: A error in address: only fr0-fr3 can be a floating accumulator"),
    ("mark 100", "t.s:1: A error in address: 0100 does not fit in 6 bits"),
    ("br .+402", "t.s:1: B branch address is odd or too remote: target +256 bytes from .+2"),
    ("br .+3", "t.s:1: B branch address is odd or too remote: target +1 bytes from .+2"),
    ("x: . = .+200; sob r0,x", "t.s:1: B branch address is odd or too remote: sob target -130 bytes from .+2"),
    ("x = 1\\/0; x", "t.s:1: E error in expression: division by zero"),
    ("sys", "t.s:1: E error in expression: expression expected, found 'eof'"),
    ("br 1f", "t.s:1: F error in local (f or b) type symbol: no 1: after 1f"),
    ("1b", "t.s:1: F error in local (f or b) type symbol: no 1: before 1b"),
    ("clr @r0", "t.s:1: G garbage (unknown) character: garbage character '@'"),
    (".if 0\nclr r0\n", "t.s:3: I end of file inside an .if: 1 .if without .endif"),
    ("x: clr r0\nx: clr r1", "t.s:2: M multiply defined symbol as label: x"),
    ("mov: halt", "t.s:1: M multiply defined symbol as label: mov"),
    (".byte 1; clr r0", "t.s:1: O word quantity assembled at odd address"),
    ("a: a+a", "t.s:1: R relocation error: relocatable operand of +"),
    ("br x; .data; x: 0", "t.s:1: R relocation error: branch target not in the current segment"),
    ("x: .byte x", "t.s:1: R relocation error: .byte of a relocatable value"),
    ("mov $undef,r0", "t.s:1: U undefined symbol: undef"),
    (".if x; .endif; x = 1", "t.s:1: U undefined symbol: .if x undefined in pass one"),
    ("mov r0", "t.s:1: X syntax error: mov wants 2 operands"),
    ("clr r0 r1, r2", "t.s:1: X syntax error: unexpected ','"),
    ("12: halt", "t.s:1: X syntax error: '12' cannot be a label"),
    (".bss; 1", "t.s:1: X syntax error: code or data in the bss segment"),
    (".globl 1", "t.s:1: X syntax error: .globl wants names"),
])
def test_each_error(src, message):
    assert errors(src) == [message]


def test_phase_error():
    # a becomes a register only in the last pass (a = c is read before c = r1
    # in pass one, so a is still undefined in the branch pass): "mov a,r0"
    # shrinks from two words to one there, and b moves from 4 to 2
    assert errors("mov a,r0\nb: halt\na = c; c = r1") == [
        "t.s:2: P phase error: . different in pass 1 and 2: b was 04, now 02"]


def test_a_register_alias_defined_later_is_settled_by_the_branch_pass():
    # one level of forward definition: the branch pass already sees a register
    a = assemble([("t.s", "mov a,r0\nb: halt\na = r1")])
    assert a.text == bytes([0o100, 0o020, 0, 0])  # 010100, 0


def test_errors_name_the_file_and_line_in_a_multi_file_assembly():
    with pytest.raises(AsmError) as exc:
        assemble([("a.s", "clr r0\n"), ("b.s", "\n\nclr (r0\n")])
    assert exc.value.errors == ["b.s:3: ) parentheses error: missing )"]


def test_all_errors_are_collected_and_the_first_is_the_message():
    with pytest.raises(AsmError) as exc:
        assemble([("t.s", "mov r0\nclr @r1\nrts\n")])
    # in the order of the source, though the G is found by the lexer first
    assert exc.value.errors == [
        "t.s:1: X syntax error: mov wants 2 operands",
        "t.s:2: G garbage (unknown) character: garbage character '@'",
        "t.s:3: A error in address: expression expected, found '\\n'",
    ]
    assert str(exc.value) == "t.s:1: X syntax error: mov wants 2 operands (and 2 more)"


def test_undefined_symbols_are_external_only_when_allowed():
    assert errors("jsr pc,f") == ["t.s:1: U undefined symbol: f"]
    assemble([("t.s", "jsr pc,f")], allow_undefined=True)


def test_errors_of_pass_one_stop_the_assembly_before_undefined_symbols_are_reported():
    # the U of "f" would only be found in the last pass
    assert errors("jsr pc,f\nx: x: halt") == ["t.s:2: M multiply defined symbol as label: x"]


def test_phase_error_without_a_label_after_it():
    assert errors("mov a,r0\na = c; c = r1") == [
        "t.s:2: P phase error: . different in pass 1 and 2: segment sizes changed in the last pass"]
