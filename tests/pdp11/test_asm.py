"""The assembler's language, point by point (UNIX Assembler Reference Manual).

Expected words are worked out by hand from the manual and the PDP-11
processor handbook; each comment shows the derivation.
"""

import struct

import pytest

from v6.pdp11 import aout
from v6.pdp11.asm import AsmError, assemble


def program(src, **kw):
    return assemble([("t.s", src)], **kw)


def unpack(raw):
    return list(struct.unpack(f"<{len(raw) // 2}H", raw))


def words(src, **kw):
    return unpack(program(src, **kw).text)


# --- sec. 8.1: sources and destinations -----------------------------------------

@pytest.mark.parametrize("operand, field, extra", [
    ("r3", 0o03, []),            # reg          mode 0+reg
    ("(r3)+", 0o23, []),         # (reg)+       2+reg
    ("-(r3)", 0o43, []),         # -(reg)       4+reg
    ("4(r3)", 0o63, [4]),        # expr(reg)    6+reg, one word
    ("(r3)", 0o13, []),          # (reg)        1+reg
    ("*r3", 0o13, []),           # *reg         1+reg, the same
    ("*(r3)+", 0o33, []),        # *(reg)+      3+reg
    ("*-(r3)", 0o53, []),        # *-(reg)      5+reg
    ("*(r3)", 0o73, [0]),        # *(reg)       7+reg with an index word of 0
    ("*4(r3)", 0o73, [4]),       # *expr(reg)   7+reg
    ("$4", 0o27, [4]),           # $expr        27
    ("*$4", 0o37, [4]),          # *$expr       37
    ("sp", 0o06, []),
    ("(pc)+", 0o27, []),
])
def test_address_forms(operand, field, extra):
    # clr = 005000 | dd
    assert words(f"clr {operand}") == [0o005000 | field] + extra


def test_unadorned_expressions_are_pc_relative():
    # At 0: "clr 100" is 005067 and 100 - (2 + 2) = 074 (the pc after the index word).
    # At 4: "clr *100" is 005077 and 100 - (6 + 2) = 070.
    assert words("clr 100; clr *100") == [0o005067, 0o074, 0o005077, 0o070]


def test_pc_relative_words_of_two_operand_instructions():
    # "mov x,y" at 0 with x at 6, y at 010: source word at 2 -> 6 - 4 = 2,
    # destination word at 4 -> 010 - 6 = 2
    assert words("mov x,y; x: 0; y: 0") == [0o016767, 2, 2, 0, 0]


def test_register_expressions():
    # "r0+3" is register 3 (sec. 6.3); a symbol assigned a register is one
    assert words("x = r0+3; mov x,(x)") == [0o010313]


# --- sec. 8.3-8.9: the instructions ------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    ("mov r1,r2", [0o010102]),
    ("movb (r1)+,-(r2)", [0o112142]),
    ("add $5,r0", [0o062700, 5]),
    ("sub r0,r1", [0o160001]),
    ("cmpb r0,$'a", [0o120027, 0o141]),     # 12 ss=00 dd=27
    ("bic $17,r2", [0o042702, 0o17]),
    ("tstb (r0)", [0o105710]),
    ("jmp (r1)", [0o000111]),
    ("swab r4", [0o000304]),
    ("jsr pc,*(sp)+", [0o004736]),          # 004 r=7 dd=36
    ("jsr r5,*$100", [0o004537, 0o100]),
    ("rts pc", [0o000207]),
    ("ash $3,r1", [0o072127, 3]),           # src,reg: 072 r=1 ss=27
    ("als $3,r1", [0o072127, 3]),           # the older spelling
    ("ashc r0,r2", [0o073200]),
    ("alsc r0,r2", [0o073200]),
    ("mul r5,r1", [0o070105]),
    ("mpy r5,r1", [0o070105]),
    ("div (r2),r0", [0o071012]),
    ("dvd (r2),r0", [0o071012]),
    ("xor r1,(r0)", [0o074110]),            # reg,dst
    ("sxt r3", [0o006703]),
    ("mark 3", [0o006403]),
    ("spl 7", [0o000237]),
    ("mfpi 2(r5)", [0o006565, 2]),
    ("emt 12", [0o104012]),
    ("trap 12", [0o104412]),               # sys is another name for trap
    ("sys 12", [0o104412]),
    ("clc|clv", [0o000243]),               # the simple instructions are absolute symbols
    ("sec; sev; sez; sen", [0o261, 0o262, 0o264, 0o270]),
    ("halt; rti; bpt; iot; reset; rtt; nop", [0, 2, 3, 4, 5, 6, 0o240]),
])
def test_instructions(src, expected):
    assert words(src) == expected


@pytest.mark.parametrize("src, expected", [
    ("cfcc; setf; setd; seti; setl", [0o170000, 0o170001, 0o170011, 0o170002, 0o170012]),
    ("clrf fr1; negf (r0); absf fr2; tstf -(sp)", [0o170401, 0o170710, 0o170602, 0o170546]),
    ("ldfps $200; stfps r0; stst (r1)", [0o170127, 0o200, 0o170200, 0o170311]),
    # fsrc,freg: 17xx00 | freg<<6 | fsrc
    ("addf fr4,fr1; subf (r0),fr0; mulf $1,fr3", [0o172104, 0o173010, 0o171327, 1]),
    ("divf fr5,fr2; cmpf fr0,fr1; modf r3,fr0", [0o174605, 0o173500, 0o171403]),
    # movf: stf (174000) when the first operand is a register, else ldf (172400)
    ("movf fr1,fr2", [0o174102]),
    ("movf (r0),fr1", [0o172510]),
    ("movf fr3,-(sp)", [0o174346]),
    # movif src,freg (177000); movfi freg,dst (175400); movof fsrc,freg (177400);
    # movfo freg,fdst (176000); movie src,freg (176400); movei freg,dst (175000)
    ("movif r0,fr2; movfi fr3,(r1)", [0o177200, 0o175711]),
    ("movof fr4,fr1; movfo fr1,fr4", [0o177504, 0o176104]),
    ("movie r2,fr0; movei fr0,r2", [0o176402, 0o175002]),
])
def test_floating_point_instructions(src, expected):
    assert words(src) == expected


def test_branches():
    # offset = (target - (. + 2)) / 2 in 8 bits
    # 0: br 0 -> -1 = 0377; 2: bne 6 -> 1; 4: beq 0 -> -3 = 0375; 6: bhis 0 -> -4
    assert words("1: br 1b; bne 2f; beq 1b; 2: bhis 1b") == [0o000777, 0o001001, 0o001775, 0o103374]


@pytest.mark.parametrize("name, code", [
    ("bne", 0o001000), ("beq", 0o001400), ("bge", 0o002000), ("blt", 0o002400),
    ("bgt", 0o003000), ("ble", 0o003400), ("bpl", 0o100000), ("bmi", 0o100400),
    ("bhi", 0o101000), ("blos", 0o101400), ("bvc", 0o102000), ("bvs", 0o102400),
    ("bhis", 0o103000), ("bec", 0o103000), ("bcc", 0o103000),
    ("blo", 0o103400), ("bes", 0o103400), ("bcs", 0o103400),
])
def test_every_branch_name(name, code):
    assert words(f"{name} .+2") == [code]  # offset 0


def test_sob():
    # 0: 1: sob r0,1b  -> back (0 + 2 - 0) / 2 = 1 word
    # 2: clr r1; 4: sob r2,1b -> (4 + 2 - 0) / 2 = 3
    assert words("1: sob r0,1b; clr r1; sob r2,1b") == [0o077001, 0o005001, 0o077203]


# --- system calls (sec. 8.8, 9.2) ----------------------------------------------------

@pytest.mark.parametrize("src, word", [
    ("sys write", 0o104404),
    ("sys exit", 0o104401),
    ("sys 0", 0o104400),
    ("sys signal", 0o104460),      # 48. = 060
    ("sys break", 0o104421),       # 17. = 021
    ("sys makdir", 0o104416),      # the manual's older names: 14.
    ("sys mdate", 0o104436),       # 30.
    ("sys tell", 0o104424),        # 20.
    ("sys getpid", 0o104424),      # the kernel's name for 20.
    ("sys pipe", 0o104452),        # 42.
    ("n = 12.; sys n", 0o104414),  # a symbol
])
def test_sys(src, word):
    assert words(src) == [word]


def test_wait_is_the_system_call():
    # "Warning: the wait system call is not the same as the wait instruction,
    # which is not defined in the assembler."
    assert words("sys wait; wait") == [0o104407, 7]


def test_a_system_call_number_has_6_bits():
    # V6 refused sys 100 (the kernel takes the number mod 64)
    assert words("sys 77") == [0o104477]
    with pytest.raises(AsmError, match="t.s:1: a error in address: 0100 is not a 6-bit number"):
        program("sys 100")


# --- sec. 5 and 6: statements, expressions, types --------------------------------------

def test_expression_statement_is_a_word():
    # x is defined after its use: the last pass has its value
    assert words("1; x; x = 4") == [1, 4]


@pytest.mark.parametrize("expr, value", [
    ("5+3", 8), ("5-7", 0o177776), ("6*7", 42), ("7\\/2", 3), ("14&7", 4), ("10|1", 0o11),
    ("1\\<4", 0o20), ("200\\>3", 0o20), ("7%3", 1),
    ("7\\%3", 7),                    # V6's \% is an or
    ("0!1", 0o177776),              # a or not b
    ("5^7", 5),                      # value of the first, type of the second
    ("2+3*4", 20),                   # strictly left to right: (2+3)*4
    ("2+[3*4]", 14),                 # brackets group
    ("-1", 0o177777), ("!0", 0o177777),   # a missing left operand is 0
    ("1 2", 3),                      # no operator: +
    ("177777+2", 1),                 # 16 bits
    ("100000\\>17", 1),              # logical shift by 15.
    ("100000\\>20", 0),
    ("'a-'A", 0o40),
    # DIV of 0:a by b, b signed; overflow and 0 leave quotient 0, remainder a
    ("3\\/177777", 0o177775), ("100000\\/1", 0), ("10\\/0", 0), ("10%0", 0o10),
    # ASH by the low 6 bits of the count, signed
    ("1\\<100", 1), ("100000\\<177777", 0o140000),
    # \> shifts once to the right with a 0 coming in, then ASH by 1-b
    ("2\\>177777", 4), ("1\\>100", 0), ("52525\\>77", 0o125250), ("5\\>0", 5),
])
def test_expressions(expr, value):
    assert words(f"x = {expr}; x") == [value]


def test_two_operators_in_a_row_are_an_error():
    with pytest.raises(AsmError, match="t.s:1: e error in expression: operator - after operator \\*"):
        program("1*-2")


def test_types_of_differences_and_sums():
    # text - text is absolute; text + absolute stays text, so it is relocated;
    # relocation words: 0 (absolute), 2 (text)
    a = program("a: b = .; c = b-a+3; c; a+2")
    assert unpack(a.text) == [3, 2]
    assert a.relocation == [aout.R_ABS, aout.R_TEXT]


@pytest.mark.parametrize("src", ["a: a+a", "a: a*2", "a: 2-a", "a: a&1", ".data; d: .text; t: t-d"])
def test_illegal_relocatable_combinations(src):
    with pytest.raises(AsmError, match="r relocation error"):
        program(src)


def test_caret_gives_a_new_instruction_the_syntax_of_an_old_one():
    # "mfpd = 106500^tst": an absolute value with the type of the keyword tst
    assert words("myop = 106500^tst; myop (r1)") == [0o106511]


def test_assignment_may_redefine_built_in_names():
    # V6 libc defines its calls that way: "getpid = 20."
    assert words("getpid = 21.; sys getpid; mov = 17; mov") == [0o104425, 0o17]


def test_location_counter_assignment_fills_with_zeros():
    # . = .+3 makes three null bytes; .even one more; then mov r0,r1 at 4;
    # ". = 10^." is text 10 (the value of 10, the type of .)
    assert words(". = .+3; .even; mov r0,r1; . = 10^.; 1") == [0, 0, 0o010001, 0, 1]


def test_every_character_of_a_name_counts_and_eight_are_kept():
    a = program("abcdefgh1 = 5; abcdefgh2 = 6; abcdefgh1")
    assert unpack(a.text) == [5]
    assert [(s.name, s.value) for s in a.symbols] == [("abcdefgh", 5), ("abcdefgh", 6)]


def test_labels_stack_and_precede_any_statement():
    # x and y both at 0; mov x,r0 at 0: 0 - 4 = 177774
    assert words("x: y: mov x,r0; z: y") == [0o016700, 0o177774, 0]


def test_temporary_labels_refer_to_the_nearest_one():
    # 0: 1f -> 4; 2: 1b -> 0 has no 1: yet... so use two labels:
    # 0: "1:" ; 0 word 1f -> 2 ; 2: "1:" ; 2 word 1b -> 2 ; 4 word 1f -> 6 ; 6: "1:"
    assert words("1: 1f; 1: 1b; 1f; 1: 0") == [2, 2, 6, 0]


def test_tilde_names_are_each_a_new_symbol():
    a = program("~a = 4; ~a = 6; b: ~b: 0")
    assert [(s.name, s.type, s.value) for s in a.symbols] == [
        ("a", aout.SYM_ABS, 4), ("a", aout.SYM_ABS, 6), ("b", aout.SYM_TEXT, 0), ("b", aout.SYM_TEXT, 0)]


def test_dotdot_relocates_relocatable_words():
    # sec. 9.1: .. is added to words that refer to a segment location and
    # subtracted from pc-relative words that refer to an absolute one.
    # 0: x (text 0) + 1000 ; 2: "clr 100" pc-relative: 100 - (6 + 1000) = 177072
    assert words(".. = 1000; x: x; clr 100") == [0o1000, 0o005067, 0o177072]


# --- sec. 7: pseudo-operations ----------------------------------------------------------

def test_byte_and_even():
    # bytes 1 2 3 then a null to even: 001001 000003
    assert words(".byte 1, 2, 3; .even; .byte 401") == [0o001001, 0o000003, 0o000001]


def test_if_skips_to_the_matching_endif():
    src = ".if 0\nclr r0\n.if 1\nclr r1\n.endif\nclr r2\n.endif\n.if 1; clr r3; .endif; clr r4"
    assert words(src) == [0o005003, 0o005004]


def test_names_inside_a_false_if_are_still_entered():
    a = program(".if 0; mov foo,r0; .endif; 1")
    assert [(s.name, s.type) for s in a.symbols] == [("foo", aout.SYM_UNDEF)]


def test_segments_and_their_addresses():
    src = """
        mov d,r0; mov $b,r0     / text: 4 words
    .data
    d:  1; 2
    .bss
    b:  . = .+6
    .text
        mov $d2,r0
    .data
    d2: 3
    """
    a = program(src)
    # text is 6 words (014 bytes), data at 014 (d) and 020 (d2), bss at 022
    # "mov d,r0" word at 2: 014 - 4 = 010
    assert unpack(a.text) == [0o016700, 0o010, 0o012700, 0o022, 0o012700, 0o020]
    assert unpack(a.data) == [1, 2, 3]
    assert a.bss == 6
    assert a.relocation == [0, aout.R_DATA | aout.R_PCREL, 0, aout.R_BSS, 0, aout.R_DATA, 0, 0, 0]


@pytest.mark.parametrize("magic, data_at", [(0o407, 4), (0o410, 0o20000), (0o411, 0)])
def test_magic_decides_where_the_data_is(magic, data_at):
    a = program("mov $d,r0; .data; d: 1", magic=magic)
    assert a.magic == magic
    assert unpack(a.text) == [0o012700, data_at]
    assert [(s.name, s.value) for s in a.symbols] == [("d", data_at)]


def test_globl_and_undefined_externals():
    src = ".globl f, g\nf: jsr pc,g; mov h,r0; .comm c,40; mov $c+2,r0"
    a = program(src, allow_undefined=True)
    assert [(s.name, s.type, s.value) for s in a.symbols] == [
        ("f", aout.SYM_TEXT | aout.SYM_EXT, 0),
        ("g", aout.SYM_EXT, 0),
        ("h", aout.SYM_EXT, 0),        # made external by allow_undefined
        ("c", aout.SYM_EXT, 0o40),     # a common block of 040 bytes
    ]
    # jsr word at 2: 0 - 4 ; mov h word at 6: 0 - 010 ; $c+2: the offset 2
    assert unpack(a.text) == [0o004767, 0o177774, 0o016700, 0o177770, 0o012700, 2]
    # external symbol numbers 1, 2, 3 in bits 15-4 of the relocation
    assert a.relocation == [0, 0o021 | 0o10, 0, 0o041 | 0o10, 0, 0o070]


def test_external_attribute_is_lost_across_assignment():
    with pytest.raises(AsmError, match="u undefined symbol: x"):
        program(".globl e; x = e+2; x")


def test_several_files_are_one_assembly():
    a = assemble([("a.s", "jsr pc,f\n1: br 1f\n"), ("b.s", "1: f: rts pc\n")])
    # f at 6; 1f from a.s is the 1: of b.s; br at 4 -> 6: offset 0
    assert unpack(a.text) == [0o004767, 2, 0o000400, 0o000207]


def test_a_string_of_text_and_data():
    a = program("mov $m,r0; .data; m: <hi\\0>")
    assert a.data == b"hi\0\0"


# --- beyond V6: instructions and calls it did not know -----------------------------

def test_an_unknown_name_never_defined_is_the_instruction():
    # V6 could only have said "u undefined symbol" here
    a = program("halt; rti; sys pipe")
    assert unpack(a.text) == [0, 2, 0o104452]
    assert a.symbols == []


def test_v6_kernel_labels_trap_and_defines_mfpi():
    # m40.s: ".globl trap" then "trap:" -- a label, not the instruction;
    # "mfpi = 6500^tst" makes a user symbol of keyword type (015), listed as in V6
    a = program(".globl trap\ntrap: mfpi = 6500^tst; mfpi sp; jsr pc,trap")
    assert unpack(a.text) == [0o006506, 0o004767, 0o177772]  # 0 - 6
    assert [(s.name, s.type, s.value) for s in a.symbols] == [
        ("trap", aout.SYM_TEXT | aout.SYM_EXT, 0), ("mfpi", 0o15, 0o6500)]


def test_a_default_name_used_before_its_label_refers_to_the_label():
    # in the last pass "halt" is the label at 2, so the first word is 2 (text-relocated)
    a = program("halt; halt: 1")
    assert unpack(a.text) == [2, 1]
    assert a.relocation == [aout.R_TEXT, 0]


def test_libc_style_call_numbers_are_user_symbols():
    a = program("pipe = 42.; sys pipe", allow_undefined=True)
    assert unpack(a.text) == [0o104452]
    assert [(s.name, s.type, s.value) for s in a.symbols] == [("pipe", aout.SYM_ABS, 0o52)]


def test_with_allow_undefined_an_unknown_name_is_an_external_as_in_v6():
    assert program("halt", allow_undefined=True).symbols == [aout.Symbol("halt", aout.SYM_EXT, 0)]
    assert program(".globl halt; jsr pc,halt").symbols == [aout.Symbol("halt", aout.SYM_EXT, 0)]


def test_the_manuals_names_cannot_be_labels():
    with pytest.raises(AsmError, match="m multiply defined symbol as label: write"):
        program("write: 1")
