"""libc: the system-call stubs against v6.sysent, archive-style linking, and
behaviour the program suite does not show (errno, exit, flushing)."""

import pytest

from tests.cc.helpers import build, run, run_c
from v6 import sysent
from v6.cc import libc
from v6.pdp11 import aout


def test_every_system_call_has_a_stub():
    generated = {b.call for b in libc.BINDINGS.values()}
    assert generated | libc.HAND_WRITTEN == set(sysent.BY_NAME)
    assert not generated & libc.HAND_WRITTEN


def test_stubs_agree_with_sysent():
    text = libc.stub("read", libc.BINDINGS["read"])
    assert "sys\tindir; 9f" in text and "9:\tsys\tread; 0; 0" in text
    with pytest.raises(ValueError):
        libc.stub("close", libc.Binding("close", 0, (1,)))


def test_library_modules_are_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("V6_CACHE", str(tmp_path))
    libc.library.cache_clear()
    try:
        modules = libc.library()
        assert list(tmp_path.glob("libc-*.json"))
        libc.library.cache_clear()
        assert [m.name for m in libc.library()] == [m.name for m in modules]
    finally:
        libc.library.cache_clear()


ECHO = """
#include <unistd.h>
#include <string.h>
int main(argc, argv) char **argv; {
	int i;
	for (i = 1; i < argc; i++) {
		write(1, argv[i], strlen(argv[i]));
		write(1, i < argc - 1 ? " " : "\\n", 1);
	}
	return 0;
}
"""


def test_only_what_is_used_is_linked():
    program = aout.AOut.from_bytes(build(ECHO, "echo.c"))
    names = {s.name for s in program.symbols}
    assert {"_strlen", "_write", "cerror"} <= names
    assert not {"_printf", "_doprnt", "_malloc", "_read"} & names
    assert len(program.text) < 400 and program.magic == 0o410


def test_errno_after_a_failed_call():
    r = run_c("""
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
int main() {
	int n = write(7, "x", 1);
	printf("%d %d %d\\n", n, errno, errno == EBADF);
	return 0;
}""")
    assert r.stdout == b"-1 9 1\n"


def test_exit_flushes_stdout_and_sets_the_status():
    r = run_c('#include <stdio.h>\n#include <stdlib.h>\n'
              'int main() { printf("no newline"); putchar(\'!\'); exit(3); }')
    assert (r.stdout, r.status) == (b"no newline!", 3)


def test_stderr_unbuffered_and_whole():
    r = run_c('#include <stdio.h>\n'
              'int main() { printf("out "); fprintf(stderr, "err %d\\n", 1); puts("end"); }')
    assert (r.stdout, r.stderr, r.status) == (b"out end\n", b"err 1\n", 0)


def test_fgets_and_getchar_on_stdin():
    r = run_c("""
#include <stdio.h>
int main() {
	char line[8];
	while (fgets(line, sizeof line, stdin))
		printf("[%s]", line);
	return getchar() == EOF;
}""", stdin=b"short\nlonger line\n")
    assert r.stdout == b"[short\n][longer ][line\n]" and r.status == 1


def test_input_longer_than_a_buffer():
    text = b"".join(b"line %d of a long input\n" % i for i in range(40))
    r = run(build("#include <stdio.h>\nint main() { int c, n = 0;"
                  " while ((c = getchar()) != EOF) n++; printf(\"%d\", n); }"), stdin=text)
    assert r.stdout == str(len(text)).encode()
