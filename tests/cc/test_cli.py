"""v6 cc on the command line: outputs and options."""

from v6.cli import main
from v6.pdp11 import aout, runner

HELLO = '#include <stdio.h>\nint main() { printf("%s\\n", WHO); return VALUE; }\n'


def test_compile_link_and_run(tmp_path):
    src = tmp_path / "hello.c"
    src.write_text(HELLO)
    out = tmp_path / "hello"
    assert main(["cc", str(src), "-o", str(out), "-DWHO=\"world\"", "-D", "VALUE=7"]) == 0
    program = aout.AOut.from_bytes(out.read_bytes())
    assert program.magic == 0o410
    result = runner.run(out.read_bytes(), ["hello"], engine="interp")
    assert (result.stdout, result.status) == (b"world\n", 7)


def test_impure_output(tmp_path):
    (tmp_path / "h.c").write_text("int main() { return 0; }\n")
    assert main(["cc", str(tmp_path / "h.c"), "-N", "-o", str(tmp_path / "a")]) == 0
    assert aout.AOut.from_bytes((tmp_path / "a").read_bytes()).magic == 0o407


def test_assembler_output_and_objects(tmp_path):
    src = tmp_path / "f.c"
    src.write_text("int f(x) { return x + 1; }\n")
    assert main(["cc", "-S", str(src)]) == 0
    assert "_f:" in (tmp_path / "f.s").read_text()
    assert main(["cc", "-c", str(src)]) == 0
    obj = aout.AOut.from_bytes((tmp_path / "f.o").read_bytes())
    assert {s.name for s in obj.symbols} >= {"_f", "csv", "cret"}


def test_include_directories_and_assembler_sources(tmp_path):
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "seven.h").write_text("#define SEVEN 7\n")
    (tmp_path / "m.c").write_text('#include "seven.h"\nint twice();\n'
                                  "int main() { return twice(SEVEN); }\n")
    (tmp_path / "t.s").write_text(".globl _twice\n_twice:\n\tmov\t2(sp),r0\n"
                                  "\tasl\tr0\n\trts\tpc\n")
    out = tmp_path / "a.out"
    assert main(["cc", str(tmp_path / "m.c"), str(tmp_path / "t.s"), "-I",
                 str(tmp_path / "inc"), "-o", str(out)]) == 0
    assert runner.run(out.read_bytes(), ["m"], engine="interp").status == 14


def test_objects_from_cc_c_are_linked(tmp_path):
    (tmp_path / "m.c").write_text("int total; int add();\n"
                                  "int main() { add(3); add(4); return total; }\n")
    (tmp_path / "add.c").write_text("int total;\nadd(n) { total += n; }\n")
    (tmp_path / "six.s").write_text(".globl _six\n_six:\tmov\t$6,r0\n\trts\tpc\n")
    assert main(["cc", "-c", str(tmp_path / "add.c"), "-o", str(tmp_path / "add.o")]) == 0
    add = aout.AOut.from_bytes((tmp_path / "add.o").read_bytes())
    assert add.relocation is not None
    assert aout.Symbol("_total", aout.SYM_EXT, 2) in add.symbols  # a common block
    out = tmp_path / "prog"
    assert main(["cc", str(tmp_path / "m.c"), str(tmp_path / "add.o"), str(tmp_path / "six.s"),
                 "-o", str(out)]) == 0
    assert runner.run(out.read_bytes(), ["m"], engine="interp").status == 7
    # the same object through v6 ld, after a crt0 and libc of our own making
    assert main(["cc", "-c", str(tmp_path / "m.c"), "-o", str(tmp_path / "m.o")]) == 0
    (tmp_path / "crt0.s").write_text(".globl _main\nstart:\tjsr\tpc,_main\n\tsys\texit\n"
                                     ".globl csv, cret\ncsv:\tmov\tr5,r0\n\tmov\tsp,r5\n"
                                     "\tmov\tr4,-(sp)\n\tmov\tr3,-(sp)\n\tmov\tr2,-(sp)\n"
                                     "\tjsr\tpc,(r0)\n"
                                     "cret:\tmov\tr5,r1\n\tmov\t-(r1),r4\n\tmov\t-(r1),r3\n"
                                     "\tmov\t-(r1),r2\n\tmov\tr5,sp\n\tmov\t(sp)+,r5\n\trts\tpc\n")
    assert main(["as", "-u", str(tmp_path / "crt0.s"), "-o", str(tmp_path / "crt0.o")]) == 0
    assert main(["ld", "-o", str(out), str(tmp_path / "crt0.o"), str(tmp_path / "m.o"),
                 str(tmp_path / "add.o")]) == 0
    assert runner.run(out.read_bytes(), ["m"], engine="interp").status == 7
