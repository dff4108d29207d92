"""v6 as, v6 disasm, v6 strip: through v6.cli.main, as a user runs them."""

import os
import struct

import pytest

from v6.cli import main
from v6.pdp11 import aout

HELLO = """/ hello world
\tmov\t$1,r0
\tsys\twrite; msg; len
\tsys\texit
.data
msg:\t<hello, world\\n>
len = .-msg
"""


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hello.s").write_text(HELLO)
    return tmp_path


def header(path):
    return struct.unpack("<8H", path.read_bytes()[:16])


def test_as_writes_a_out_by_default_and_makes_it_executable(cwd, capsys):
    assert main(["as", "hello.s"]) == 0
    # text: mov $1,r0 (2 words), sys write, msg, len, sys exit = 6 words;
    # data: 13 characters, even 14; 2 symbols of 12 bytes; relocation present
    assert header(cwd / "a.out") == (0o407, 12, 14, 0, 24, 0, 0, 0)
    assert os.stat(cwd / "a.out").st_mode & 0o111
    assert capsys.readouterr() == ("", "")


def test_as_output_option_and_strip_option(cwd):
    assert main(["as", "-s", "hello.s", "-o", "hello"]) == 0
    # V6's stripped form: no symbols, relocation suppressed (flag 1)
    assert header(cwd / "hello") == (0o407, 12, 14, 0, 0, 0, 0, 1)
    assert len((cwd / "hello").read_bytes()) == 16 + 12 + 14


@pytest.mark.parametrize("flag", ["-u", "-"])
def test_undefined_symbols_become_externals_and_the_file_is_not_executable(cwd, flag):
    (cwd / "f.s").write_text("jsr pc,printf\n")
    assert main(["as", flag, "f.s", "-o", "f.o"]) == 0
    assert aout.load(str(cwd / "f.o")).symbols == [aout.Symbol("printf", aout.SYM_EXT, 0)]
    assert not os.stat(cwd / "f.o").st_mode & 0o111


def test_modes_are_v6s_less_the_umask(cwd):
    # V6 made a.out 0777, or 0666 with undefined symbols or errors; it had no umask
    (cwd / "f.s").write_text("jsr pc,printf\n")
    (cwd / "u.s").write_text("mov undef,r0\n")
    old = os.umask(0)
    try:
        main(["as", "hello.s", "-o", "hello"])
        main(["as", "-u", "f.s", "-o", "f.o"])
        main(["as", "u.s", "-o", "u.o"])
        os.umask(0o022)
        main(["as", "hello.s", "-o", "hello2"])
    finally:
        os.umask(old)
    modes = [os.stat(cwd / n).st_mode & 0o777 for n in ("hello", "f.o", "u.o", "hello2")]
    assert modes == [0o777, 0o666, 0o666, 0o755]


def test_several_files_one_assembly(cwd):
    (cwd / "a.s").write_text(".globl f\njsr pc,f\nsys exit\n")
    (cwd / "b.s").write_text(".globl f\nf: rts pc\n")
    assert main(["as", "a.s", "b.s"]) == 0
    # f at 6: the word at 2 is 6 - 4
    assert (cwd / "a.out").read_bytes()[16:24] == struct.pack("<4H", 0o004767, 2, 0o104401, 0o000207)


def test_assembly_errors_are_lines_with_file_and_line_and_exit_1(cwd, capsys):
    (cwd / "bad.s").write_text("mov r0\nclr (r1\nx: x: 0\n")
    assert main(["as", "bad.s"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "v6: bad.s:1: a error in address: mov wants 2 operands",
        "v6: bad.s:2: ) parentheses error: missing )",
        "v6: bad.s:3: m multiply defined symbol as label: x",
    ]
    assert not (cwd / "a.out").exists()     # errors of the first pass: V6 left none


def test_after_errors_the_output_is_what_v6_left(cwd, capsys):
    (cwd / "late.s").write_text("mov undef,r0\n")     # found in the last pass
    (cwd / "early.s").write_text("rts 10\n")          # found in the second
    assert main(["as", "late.s", "-o", "late.out"]) == 1
    assert main(["as", "early.s", "-o", "early.out"]) == 1
    assert aout.load(str(cwd / "late.out")).text == struct.pack("<2H", 0o016700, 0o177774)
    assert (cwd / "early.out").read_bytes() == b""
    assert "u undefined symbol: undef" in capsys.readouterr().err


def test_missing_source(cwd, capsys):
    assert main(["as", "nope.s"]) == 1
    assert capsys.readouterr().err == "v6: nope.s: No such file or directory\n"


def test_disasm_lists_the_program(cwd, capsys):
    main(["as", "hello.s"])
    capsys.readouterr()
    assert main(["disasm", "a.out"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2:5] == ["000000  012700 000001        mov\t$1,r0",
                          "000004  104404               sys\twrite",
                          "000006  000014               msg"]


@pytest.mark.parametrize("content, message", [
    (b"#!/bin/sh\n", "v6: junk: not an a.out (bad magic 020443)"),  # "#!" = 043, 041
    (struct.pack("<8H", 0o407, 100, 0, 0, 0, 0, 0, 1) + bytes(10), "v6: junk: truncated text (10 of 100 bytes)"),
    (struct.pack("<3H", 0o410, 0, 0), "v6: junk: truncated header (6 of 16 bytes)"),
])
@pytest.mark.parametrize("command", ["disasm", "strip"])
def test_corrupt_files_are_refused_with_one_line(cwd, capsys, content, message, command):
    (cwd / "junk").write_bytes(content)
    assert main([command, "junk"]) == 1
    assert capsys.readouterr() == ("", message + "\n")
    assert (cwd / "junk").read_bytes() == content


def test_strip_in_place_keeps_the_magic(cwd):
    pure = aout.AOut(aout.MAGIC_PURE, b"\x01\x00", b"\x02\x00", 4,
                     symbols=[aout.Symbol("x", 1, 1)], relocation=[0, 0])
    (cwd / "prog").write_bytes(pure.to_bytes())
    assert main(["strip", "prog"]) == 0
    assert header(cwd / "prog") == (0o410, 2, 2, 4, 0, 0, 0, 1)
    assert (cwd / "prog").read_bytes()[16:] == b"\x01\x00\x02\x00"
