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


LONG_DIVISION = """
#include <stdio.h>
long n[] = { %s };
long d[] = { %s };
int main() {
	int i, j;
	unsigned long u, v;
	for (i = 0; i < sizeof n / sizeof n[0]; i++)
		for (j = 0; j < sizeof d / sizeof d[0]; j++) {
			u = n[i]; v = d[j];
			printf("%%ld %%ld %%lu %%lu\\n", n[i] / d[j], n[i] %% d[j], u / v, u %% v);
		}
	return 0;
}
"""


def test_long_division_signed_and_unsigned():
    # Divisors on both sides of each path of _udivl: 16 bits, 15 bits (DIV a
    # byte at a time, udivw.s), more (shift and subtract); dividends of every size.
    ns = [0, 1, 7, 255, 256, 32767, 32768, 65535, 65536, 86399, 86400, 177300293,
          0x7FFFFFFF, -1, -86400, -177300293, -0x80000000]
    ds = [1, 2, 7, 60, 255, 256, 3600, 32767, 32768, 65535, 65536, 86400, 0x12345, 0x7FFFFFFF,
          -1, -7, -86400]
    src = LONG_DIVISION % (", ".join(f"{x}L" for x in ns), ", ".join(f"{x}L" for x in ds))
    want = []
    for n in ns:
        for d in ds:
            q = abs(n) // abs(d) * (1 if (n < 0) == (d < 0) else -1)   # C: toward zero
            q = (q + 2**31) % 2**32 - 2**31          # -2**31 / -1 wraps, as on the machine
            u, v = n % 2**32, d % 2**32
            r = (n - q * d + 2**31) % 2**32 - 2**31
            want.append(f"{q} {r} {u // v} {u % v}")
    assert run_c(src).stdout.decode().splitlines() == want
