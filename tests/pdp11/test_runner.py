"""The bare runner: exec's stack, the four system calls, faults as signals, the CLI."""

import subprocess
import sys

import pytest

from v6.cli import main
from v6.pdp11 import aout, asm, runner

HELLO = """\
	mov	$1,r0
	sys	write; msg; 6
	mov	$3,r0
	sys	exit
.data
msg:	<hello\\n>
"""

# Echo each argument on its own line, then the argc it found, as one digit.
ARGS = """\
	mov	(sp)+,r4
	mov	r4,r3
	add	$'0,r3
	movb	r3,count
1:	mov	(sp)+,r1
	cmp	r1,$-1
	beq	3f
	mov	r1,r2
2:	tstb	(r2)+
	bne	2b
	dec	r2
	movb	$012,(r2)
	sub	r1,r2
	inc	r2
	mov	r1,0f
	mov	r2,0f+2
	mov	$1,r0
	sys	0; 9f
	br	1b
3:	mov	$1,r0
	sys	write; count; 1
	clr	r0
	sys	exit
.data
9:	sys	write; 0:..; ..
count:	0
"""


def build(source: str, magic: int = 0o410) -> bytes:
    return asm.assemble([("t.s", source)], magic=magic).to_bytes()


@pytest.mark.parametrize("engine", ["interp", "translate"])
@pytest.mark.parametrize("magic", [0o407, 0o410])
def test_hello(engine, magic):
    result = runner.run(build(HELLO, magic), ["hello"], engine=engine)
    assert (result.status, result.stdout, result.stderr) == (3, b"hello\n", b"")
    assert result.instructions == 4 and result.ns > 0


def test_argv_is_laid_out_as_v6_exec_did():
    result = runner.run(build(ARGS), ["prog", "a", "bc"])
    # Each string's NUL became a newline as it was written; then argc = 3.
    assert result.stdout == b"prog\na\nbc\n3"
    assert result.status == 0


def test_stack_layout_words():
    """sp -> argc, the pointers, -1; the strings at the top, padded to even."""
    m_program = aout.AOut.from_bytes(build("halt\n"))
    from v6.pdp11.machine import Machine
    m = Machine(0o220000, hosted=True)
    runner.load(m, m_program, ["ab", "c"])
    # Strings "ab\0c\0" are 5 bytes, padded to 6: they start at 0177772.
    sp = 0o200000 - 6 - 2 * 2 - 4
    assert m.sp == sp
    assert [m.read_word(sp + 2 * i) for i in range(4)] == [2, 0o177772, 0o177775, 0o177777]
    assert m.read_bytes(0o177772, 5) == b"ab\0c\0"


def test_read_from_stdin():
    source = """\
	clr	r0
	sys	read; buf; 10
	mov	r0,0f
	mov	$1,r0
	sys	0; 9f
	clr	r0
	sys	exit
.data
9:	sys	write; buf; 0:..
buf:	.=.+10
"""
    result = runner.run(build(source), ["cat"], stdin=b"abc")
    assert result.stdout == b"abc"


def test_reads_smaller_than_the_input_take_it_in_turn():
    source = """\
1:	clr	r0
	sys	read; buf; 2
	tst	r0
	beq	2f
	mov	r0,0f
	mov	$1,r0
	sys	0; 9f
	br	1b
2:	sys	exit
.data
9:	sys	write; buf; 0:..
buf:	.=.+2
"""
    result = runner.run(build(source), ["cat"], stdin=b"abcde")
    assert result.stdout == b"abcde" and result.status == 0


def test_break_moves_the_end_of_data_and_refuses_the_stack():
    source = """\
	sys	break; 40000
	bcs	1f
	mov	$1234,*$37776
	sys	break; 177000
	bcs	2f
	mov	$1,r0
	sys	exit
1:	mov	$2,r0
	sys	exit
2:	mov	$4,r0
	sys	exit
"""
    result = runner.run(build(source), ["brk"])
    assert result.status == 4  # the first break is granted, the second (into the stack) refused


def test_write_to_a_bad_descriptor_sets_carry_and_errno():
    source = """\
	mov	$7,r0
	sys	write; 0; 0
	bcc	1f
	sys	exit
1:	clr	r0
	sys	exit
"""
    assert runner.run(build(source), ["x"]).status == 9  # EBADF


@pytest.mark.parametrize(("source", "signal", "text"), [
    ("mov *$1,r0\n", 10, "Bus error"),
    ("mov $1,*$0\n", 11, "Memory fault"),      # text of a pure program is read-only
    ("7\n", 4, "Illegal instruction"),
    ("bpt\n", 5, "Trace/BPT trap"),
    ("iot\n", 6, "IOT trap"),
])
def test_faults_end_the_program_as_signals(source, signal, text):
    result = runner.run(build(source), ["f"])
    assert (result.signal, result.status) == (signal, 128 + signal)
    assert result.message.startswith(text)


def test_setd_is_ignored_as_v6_did():
    result = runner.run(build("setd\nmov $5,r0\nsys exit\n"), ["f"])
    assert result.status == 5


def test_unserved_system_call_is_a_clear_error():
    with pytest.raises(runner.RunError, match="system call fork is not served"):
        runner.run(build("sys fork\n"), ["f"])


def test_instruction_limit():
    result = runner.run(build("br .\n"), ["loop"], max_instructions=10_000)
    assert result.status == 124 and "stopped after 10000 instructions" in result.message


def test_cli_runs_a_program(tmp_path):
    program = tmp_path / "hello"
    program.write_bytes(build(HELLO))
    done = subprocess.run([sys.executable, "-m", "v6", "pdp11", "run", str(program)],
                          capture_output=True)
    assert (done.returncode, done.stdout, done.stderr) == (3, b"hello\n", b"")


def test_cli_reports_a_fault_in_one_line(tmp_path):
    program = tmp_path / "bad"
    program.write_bytes(build("mov *$1,r0\n"))
    done = subprocess.run([sys.executable, "-m", "v6", "pdp11", "run", str(program)],
                          capture_output=True, text=True)
    assert done.returncode == 138
    assert done.stderr.count("\n") == 1 and "Bus error" in done.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"\x07\x01\x00", "truncated"),
    (b"\x00\x00" * 8, "bad magic"),
])
def test_cli_refuses_a_bad_a_out(tmp_path, capsys, content, message):
    program = tmp_path / "bad"
    program.write_bytes(content)
    assert main(["pdp11", "run", str(program)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_cli_missing_program(capsys):
    assert main(["pdp11", "run", "/no/such/program"]) == 1
    assert "No such file" in capsys.readouterr().err


def test_arguments_past_510_bytes_are_refused():
    with pytest.raises(runner.RunError, match="arguments too long"):
        runner.run(build(HELLO), ["hello", "x" * 505])  # 6 + 506 bytes


@pytest.mark.parametrize("call", ["sys\twrite; 177770; 20", "sys\tread; 0; 2"])
def test_a_buffer_the_mapping_does_not_give_is_efault(call):
    # Past the top of the address space, or into the read-only pure text:
    # the call fails with EFAULT (106 in V6's user.h) in r0, which the program exits with.
    source = f"\tmov\t$1,r0\n\t{call}\n\tsys\texit\n"
    if "read" in call:
        source = source.replace("$1", "$0")
    result = runner.run(build(source, 0o410), ["t"], b"xy")
    assert result.status == 106
