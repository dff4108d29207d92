"""Our compiler's objects linked with the genuine 1975 C library.

The V6 calling convention is the same on both sides, so a program compiled
by ``v6 cc -c`` links with /lib/crt0.o and /lib/libc.a of the genuine root
pack (an archive in V6's ar format) and runs: 1975's printf formats our
arguments.  Skips when the pack is absent.
"""

from v6.cc import link
from v6.fs import fstool
from v6.pdp11 import ld, runner

SOURCE = """\
main(argc, argv) char **argv; {
	int i;
	printf("%d args, last %s, %o %l\\n", argc, argv[argc - 1], 64, 040000);
	for (i = 0; i < 3; i++)
		putchar('a' + i);
	putchar('\\n');
	return 7;
}
"""


def test_our_objects_link_with_the_v6_c_library(tmp_path, v6root_bytes):
    image = tmp_path / "root.img"
    image.write_bytes(v6root_bytes)
    crt0 = ld.read_input(fstool.cat(str(image), "/lib/crt0.o"), "crt0.o")
    libc = ld.read_input(fstool.cat(str(image), "/lib/libc.a"), "libc.a")
    assert isinstance(libc, ld.Library)
    (program,) = link.objects_of([("hello.c", SOURCE.encode())])
    linked = ld.link([crt0, program.object, libc])
    names = {o.name.split("(")[-1].rstrip(")") for o in linked.loaded}
    assert {"printf.o", "putchr.o"} <= names
    result = runner.run(linked.aout.to_bytes(), ["hello", "x", "yz"], engine="interp")
    # V6's printf: %o of 64 is 100; %l is unsigned decimal, 040000 = 16384.
    assert result.stdout == b"3 args, last yz, 100 16384\nabc\n"
    assert result.status == 7
