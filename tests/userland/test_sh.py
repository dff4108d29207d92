"""Our shell (v6/shell) and /bin/if, goto, exit, time against V6's, and the launcher
under every process-creation model.

The genuine pack's binaries are the oracle: each comparison runs the same
command line with V6's sh (and if, goto, exit) and with ours on copies of
the pack (``exec_both``).  The shell makes descriptor 2 a copy of 1, so its
messages and prompts are in the standard output of both.  What V6 did not
have (the model builtin, the launcher's models) is checked against values
worked out by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cc.helpers import build
from tests.userland.helpers import Ran, exec_both, exec_on, pack, pack_with, put
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.shell import transcript

OURS = ["/bin/sh", "/bin/if", "/bin/goto", "/bin/exit"]
MODELS = ["forkexec", "vfork", "spawn", "xproc", "rfork"]

# A helper program: dies of the signal named by its argument, sent by a child of its
# own (a V6 process cannot signal itself).
SIG = build("""
#include <unistd.h>
#include <stdlib.h>
int main(int argc, char **argv)
{
	int me = getpid();
	if (fork() == 0) { kill(me, atoi(argv[1])); _exit(0); }
	sleep(2);
	return 7;
}
""")


def both(tmp: Path, argv: list[str], stdin: bytes = b"", files: dict | None = None,
         commands: list[str] = OURS):
    v6, ours = exec_both(commands, argv, tmp, stdin=stdin, files=files)
    return v6, ours


def with_sig(tmp: Path, argv: list[str], stdin: bytes = b"",
             commands: list[str] = OURS) -> tuple[Ran, Ran]:
    """As exec_both, with the program sig installed as /bin/sig (executable)."""
    results = []
    for ours in (False, True):
        where = tmp / ("ours" if ours else "v6")
        where.mkdir()
        image = pack_with(commands, where) if ours else pack(where)
        put(image, {"/bin/sig": SIG})
        results.append(exec_on(image, argv, stdin))
    return results[0], results[1]


def same(tmp: Path, argv: list[str], stdin: bytes = b"", files: dict | None = None,
         expected: bytes | None = None) -> bytes:
    """Run argv with V6's sh and ours: the same standard output (and, if given, that one)."""
    v6, ours = both(tmp, argv, stdin, files)
    assert ours.stdout == v6.stdout
    if expected is not None:
        assert v6.stdout == expected
    return ours.stdout


def test_pipes_redirections_and_lists(tmp_path):
    script = (b"echo a; echo b c | wc; echo d ^ wc\necho e >/tmp/f; echo g >>/tmp/f\n"
              b"cat </tmp/f; wc </tmp/f | cat\n(echo x; echo y) | wc; >/tmp/h echo h\n"
              b"cat /tmp/h; echo a; (echo b; (echo c))\n")
    same(tmp_path, ["/bin/sh", "/tmp/s"], files={"/tmp/s": script},
         expected=b"a\n      1       2 \n      1       1 \ne\ng\n      2       2 \n"
                  b"      2       2 \nh\na\nb\nc\n")


def test_too_many_words_on_a_line(tmp_path):
    # 46 tokens, the newline included, are the most a line may have.
    out = same(tmp_path, ["/bin/sh"], stdin=b"echo" + b" a" * 44 + b"\necho" + b" a" * 45 + b"\n")
    assert out == b"# " + b"a " * 43 + b"a\n# Too many args\n# "


def test_quoting(tmp_path):
    line = (b"echo 'a   b' \"c  d\" e\\&f a\"b\"c'd'\n"
            b"echo \"$1\" '$2' \\$3 a\\\\b \"c\\d\" '*' \"x;y\"\n"
            b"echo \"a'b\" 'c\"d' \\a\\' ''\n"
            b"echo \"unclosed\n"
            b"echo 'also\n"
            b"echo a \\\n"
            b"echo b\n"
            b"echo $$ $a $ x$\n")
    out = same(tmp_path, ["/bin/sh"], stdin=line)
    assert b"a   b c  d e&f abcd\n" in out
    assert b"syntax error\n# syntax error\n" in out


def test_globbing_with_and_without_matches(tmp_path):
    script = (b"echo /bin/l?; echo /bin/[k-m]?\necho /etc/[gp]*; echo nosuch*\n"
              b"echo /bin/l? zz*; echo zz* /bin/e?\necho /b*/ls; echo [; echo .*\n"
              b"echo '/bin/l?' /bin/l\\?; chdir /etc; echo u*\n")
    same(tmp_path, ["/bin/sh", "/tmp/s"], files={"/tmp/s": script},
         expected=b"/bin/ld /bin/ln /bin/ls\n/bin/ld /bin/ln /bin/ls /bin/mv\n"
                  b"/etc/getty /etc/glob /etc/group /etc/passwd\nNo match\n"
                  b"/bin/ld /bin/ln /bin/ls\n/bin/ed\nNo match\nNo match\n. ..\n"
                  b"/bin/l? /bin/l?\numount update utmp\n")


def test_errors_in_an_interactive_shell(tmp_path):
    lines = [b"echo a > b > c", b">empty", b"|", b"; echo x", b"echo a |", b"(echo a",
             b"echo a)", b"echo (a)", b"< x", b"echo <", b"nosuch", b"nosuchdir/x", b"/bin",
             b"cat </nosuch", b"echo a >/nosuch/x", b"chdir /nosuch", b"chdir", b"shift",
             b"chdir /bin a", b"wait", b": a label", b"pwd"]
    out = same(tmp_path, ["/bin/sh"], stdin=b"\n".join(lines) + b"\n")
    assert out.count(b"syntax error") == 9
    assert b"nosuch: not found\n" in out and b"/bin: not found\n" in out
    assert b"/nosuch: cannot open\n" in out and b"/nosuch/x: cannot create\n" in out
    assert b"chdir: bad directory\n" in out and b"chdir: arg count\n" in out
    assert b"shift: no args\n" in out and out.endswith(b"/bin\n# ")


def test_a_script_with_arguments_and_shift(tmp_path):
    script = (b"echo $0 $1 $2 $10\necho $9\nshift\necho $0 $1\nshift\n"
              b"echo $1 $2 $3 $4 $5 $6 $7 $8 $9\ncat\nread by cat\n")
    same(tmp_path, ["/bin/sh", "/tmp/s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"],
         files={"/tmp/s": script},
         expected=b"/tmp/s a b a0\ni\n/tmp/s b\nc d e f g h i j k\nread by cat\n")


def test_a_script_ends_at_a_command_not_found_or_a_file_not_created(tmp_path):
    script = (b"echo *zz\necho after1\ncat </nosuch\necho after2\necho a >/nosuch/x\n"
              b"echo after3\n")
    script2 = b"echo x\nnosuch\necho after\n"
    script3 = b"echo before\necho a > b > c\necho after\n"
    same(tmp_path, ["/bin/sh", "-c", "sh /tmp/s; sh /tmp/s2; sh /tmp/s3; sh /tmp/none"],
         files={"/tmp/s": script, "/tmp/s2": script2, "/tmp/s3": script3},
         expected=b"No match\nafter1\n/nosuch: cannot open\nafter2\n/nosuch/x: cannot create\n"
                  b"x\nnosuch: not found\nbefore\nsyntax error\n/tmp/none: cannot open\n")


def test_if_goto_and_exit_in_a_loop(tmp_path):
    loop = (b": loop\nif x$1 = x exit\necho arg $1\nshift\ngoto loop\necho not reached\n")
    conds = (b"if \\( a = b \\) echo paren\nif ! \\( a = b \\) echo notparen\n"
             b"if a = echo x\nif -r /etc/passwd echo readable\nif -r /nosuch echo no\n"
             b"if ! -r /nosuch echo negated\nif -w /etc/passwd -a a = a echo and\n"
             b"if -w /nosuch -o a != b echo or\nif a\nif\nif a = a\nif -x a echo y\n"
             b"if a = a -a echo b\nif $1 = x goto skip\necho not skipped\n: skip z\n"
             b"echo skipped\ngoto\necho not reached\n")
    labels = b"goto two\necho skipped\n:two\necho two\ngoto nowhere\necho not reached\n"
    same(tmp_path, ["/bin/sh", "-c", "sh /tmp/loop a b c; sh /tmp/c x; sh /tmp/l; sh /tmp/loop"],
         files={"/tmp/loop": loop, "/tmp/c": conds, "/tmp/l": labels},
         expected=b"arg a\narg b\narg c\nnotparen\nreadable\nnegated\nand\nor\nif error\n"
                  b"if error\nif error\nskipped\ngoto error\ntwo\nlabel not found\n")


def test_if_runs_its_command_and_stops_a_script_when_there_is_none(tmp_path):
    s = b"if a = a echo yes\nif a = a nosuchcmd\necho not reached\n"
    same(tmp_path, ["/bin/sh", "/tmp/s"], files={"/tmp/s": s}, expected=b"yes\nno command\n")


def test_background_and_wait_and_signals(tmp_path):
    stdin = (b"sig 1\nsig 2\nsig 3\nsig 4\nsig 5\nsig 6\nsig 7\nsig 8\nsig 9\nsig 10\n"
             b"sig 11\nsig 12\nsig 13\nsig 14\nsig 3 &\nwait\necho end\n")
    v6, ours = with_sig(tmp_path, ["/bin/sh"], stdin)
    assert ours.stdout == v6.stdout
    said = v6.stdout.split(b"# ")[1:]
    pid = said[14].strip()
    assert pid.isdigit()
    assert said == [
        b"Hangup\n", b"\n", b"Quit -- Core dumped\n", b"Illegal instruction -- Core dumped\n",
        b"Trace/BPT trap -- Core dumped\n", b"IOT trap -- Core dumped\n",
        b"EMT trap -- Core dumped\n", b"Floating exception -- Core dumped\n", b"Killed\n",
        b"Bus error -- Core dumped\n", b"Memory fault -- Core dumped\n",
        b"Bad system call -- Core dumped\n", b"\n", b"Sig 14\n", pid + b"\n",
        pid + b": Quit -- Core dumped\n", b"end\n", b""]


def test_exit_status_of_sh_c(tmp_path):
    for i, line in enumerate(["echo a", "sig 9", "nosuch"]):
        (tmp_path / str(i)).mkdir()
        v6, ours = with_sig(tmp_path / str(i), ["/bin/sh", "-c", line])
        assert (ours.status, ours.stdout) == (v6.status, v6.stdout)


def test_time_says_real_user_and_sys(tmp_path):
    v6, ours = exec_both(["/bin/time"], ["/bin/time", "/bin/ls", "/bin"], tmp_path)
    assert ours.stdout == v6.stdout
    shape = [line.split()[0] for line in v6.stderr.decode().splitlines()[1:]]
    assert shape == ["real", "user", "sys"]
    lines = ours.stderr.decode().split("\n")
    assert lines[0] == "" and lines[-1] == ""
    assert [len(x) for x in lines[1:-1]] == [len(x) for x in v6.stderr.decode().split("\n")[1:-1]]
    assert [x.split()[0] for x in lines[1:-1]] == ["real", "user", "sys"]
    assert lines[1] == "real        1.0"


# The launcher under each model, strict mode on: the same pipeline, the same output.

def run_model(image: Path, model: str, argv: list[str], uid: int = 0) -> tuple[int, bytes]:
    k = Kernel(image)
    k.model, k.strict = model, True
    out = HostStream.buffer()
    fd = os.open(os.devnull, os.O_RDONLY)
    try:
        status = run_program(k, argv, cwd="/", uid=uid, gid=0, time_limit=60,
                             stdio=[HostStream("stdin", fd=fd, writable=False), out,
                                    HostStream.buffer()])
    finally:
        k.shutdown()
        os.close(fd)
    return status, bytes(out.output)


MAIN = (b"echo a b | wc\necho b >/tmp/x; echo c >>/tmp/x; cat </tmp/x | wc\n"
        b"(echo d; echo e) | cat; echo /bin/l?\nsh /tmp/s one two\n/tmp/script arg\n"
        b"model\nnosuch\necho not reached\n")
SCRIPT = b"echo script $1 $2\nif $1 = one echo if ran\n"


@pytest.fixture(scope="module")
def model_pack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("models")
    image = pack_with(OURS, tmp)
    put(image, {"/tmp/main": MAIN, "/tmp/s": SCRIPT, "/tmp/script": b"echo not a program $1\n"})
    return image


@pytest.mark.parametrize("model", MODELS)
def test_the_launcher_under_each_model_strict(model_pack, tmp_path, model):
    image = tmp_path / "pack.img"
    image.write_bytes(model_pack.read_bytes())
    _, out = run_model(image, model, ["/bin/sh", "/tmp/main"])
    assert out == (b"      1       2 \n      2       2 \nd\ne\n/bin/ld /bin/ln /bin/ls\n"
                   b"script one two\nif ran\nnot a program arg\n" + model.encode()
                   + b"\nnosuch: not found\n")


def test_model_builtin_sets_the_model_for_the_super_user_only(model_pack, tmp_path):
    image = tmp_path / "pack.img"
    image.write_bytes(model_pack.read_bytes())
    _, out = run_model(image, "forkexec",
                       ["/bin/sh", "-c", "model spawn; model; echo x | wc; model nosuch; model"])
    assert out == b"spawn\n      1       1 \nmodel: unknown model\nspawn\n"
    _, out = run_model(image, "forkexec", ["/bin/sh", "-c", "model vfork; model"], uid=6)
    assert out == b"model: not super-user\nforkexec\n"


# The transcripts tests/transcripts/v6/sh-*.t and sh-model*.t with our sh, if, goto, exit
# and time under V6's init, getty and login (the default image has no init of its own yet).

HERE = Path(__file__).parents[1] / "transcripts"
TRANSCRIPTS = sorted([*(HERE / "v6").glob("sh-*.t"), *HERE.glob("sh-model*.t")])


@pytest.fixture(scope="module")
def transcript_pack(tmp_path_factory):
    return pack_with(OURS + ["/bin/time"], tmp_path_factory.mktemp("t"))


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.name for p in TRANSCRIPTS])
def test_transcripts_with_our_shell(transcript_pack, tmp_path, path):
    image = tmp_path / "pack.img"
    image.write_bytes(transcript_pack.read_bytes())
    t = transcript.parse(path.read_text(encoding="latin-1"), str(path))
    failures = transcript.run(t, image)
    assert not failures, "".join(f.diff for f in failures)

