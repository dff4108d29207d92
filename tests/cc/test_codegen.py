"""The code generator's output, read as assembler text: the idioms it must use."""

import re

from v6.cc.compiler import compile_c


def asm(source: str) -> str:
    """The instructions of a unit, one per line, tabs turned into single spaces."""
    text = compile_c(source, "t.c", "a").text
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def test_compare_with_zero_is_tst():
    out = asm("int x; f() { if (x == 0) x = 2; while (x < 0) x++; }")
    assert "tst _x" in out
    assert "$0" not in out


def test_char_tests_are_byte_instructions():
    out = asm("f(s) register char *s; { while (*s++) ; return *s == 'a'; }")
    assert "tstb (r4)+" in out
    assert "cmpb (r4),$141" in out


def test_redundant_tst_left_out():
    out = asm("int x, y; f() { if ((x = y) != 0) return 1; return 0; }")
    assert "tst" not in out


def test_constants_folded():
    out = asm("int x; f() { x = (1 << 4 | 3) * 2 - 6 / 4; return sizeof(long) * 3; }")
    assert "mov $45,_x" in out      # (16|3)*2 - 1 = 37 = 045
    assert "mov $14,r0" in out      # 4*3 = 12 = 014
    assert "mul" not in out and "div" not in out


def test_register_variables_in_r4_r3_r2():
    out = asm("f() { register int a, b, c; a = 1; b = 2; c = 3; return a + b + c; }")
    assert "mov $1,r4" in out and "mov $2,r3" in out and "mov $3,r2" in out


def test_busy_locals_promoted_to_registers():
    out = asm("f(n) { int i, s; s = 0; for (i = 0; i < n; i++) s += i; return s; }")
    assert "(r5)" not in out.split("jsr r5,csv", 1)[1].replace("4(r5)", "")


def test_simple_expressions_need_no_stack():
    out = asm("int a, b, c, *d; f() { a = b + c - a; a = (b & c) | ~a; c = d[b + a] ^ a; }")
    body = out.split("_f:", 1)[1]
    assert "-(sp)" not in body and "(sp)+" not in body


def test_in_place_operators():
    out = asm("int x; char c; f() { x = 0; x += 1; x -= 2; x |= 4; c++; c = 0; }")
    for line in ("clr _x", "inc _x", "sub $2,_x", "bis $4,_x", "incb _c", "clrb _c"):
        assert line in out


def test_one_argument_goes_in_the_spare_word():
    out = asm("int x; g(); f() { g(x); }")
    assert "mov _x,(sp)\njsr pc,_g\n" in out
    assert "tst (sp)+" not in out


def test_string_copy_loop_is_one_movb():
    out = asm("f(t, s) register char *t, *s; { while (*t++ = *s++) ; }")
    assert re.search(r"movb \(r\d\)\+,\(r\d\)\+\njne", out)


def test_struct_member_through_pointer_is_indexed():
    out = asm("struct s { int a, b; }; f(p) register struct s *p; { return p->b; }")
    assert "mov 2(r4),r0" in out


def test_identical_strings_stored_once():
    out = asm('char *a = "dup", *b = "dup"; char *f() { return "dup"; }')
    assert out.count(".byte 144,165,160,0") == 1


def test_dense_switch_uses_a_jump_table():
    out = asm("f(n) { switch (n) { case 1: return 5; case 2: return 6; case 3: return 7;"
              " case 4: return 8; } return 0; }")
    assert re.search(r"jmp \*La\d+\(r\d\)", out)


def test_sparse_switch_compares():
    out = asm("f(n) { switch (n) { case 1: return 5; case 1000: return 6; } return 0; }")
    assert "jmp *" not in out and "cmp r0,$1750" in out


def test_switch_on_a_long_compares_the_high_word_then_dispatches_on_the_low():
    out = asm("f(x) long x; { switch (x) { case 0x30000L: return 5; case 0x30001L: return 6;"
              " case 0x30002L: return 7; case 0x30003L: return 8; case -1: return 9; }"
              " return 0; }")
    assert "cmp r0,$3" in out and "cmp r0,$-1" in out
    assert re.search(r"jmp \*La\d+\(r1\)", out)     # the four low words 0-3: a table


def test_function_frame_is_csv_and_cret():
    out = asm("f() { return 1; }")
    assert out.split("_f:\n", 1)[1].startswith("jsr r5,csv")
    assert out.rstrip().endswith("jmp cret")


def test_long_add_carries():
    out = asm("long a, b; f() { a = a + b; }")
    assert "adc" in out


def test_helpers_for_what_the_machine_lacks():
    out = asm("unsigned u, v; long l, m; f() { u = u / v; l = l * m; l = l % m; }")
    for helper in ("jsr pc,__udiv", "jsr pc,__lmul", "jsr pc,__lrem"):
        assert helper in out


def test_signed_division_is_inline_div():
    out = asm("int a, b; f() { a = a / b; }")
    assert "sxt r0\ndiv _b,r0" in out


def test_no_jump_to_the_next_instruction():
    out = asm("f(x) { if (x) x = 1; else x = 2; return x; }")
    for label in re.findall(r"jbr (\S+)\n(\S+):", out):
        assert label[0] != label[1]
