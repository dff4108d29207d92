"""Bad programs: one line naming file:line:col, exit status 1, never a traceback."""

import pytest

from v6.cli import main


def cc(tmp_path, capsys, source, name="bad.c", *more):
    path = tmp_path / name
    path.write_text(source)
    status = main(["cc", str(path), *more, "-o", str(tmp_path / "a.out")])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err.strip().replace(str(tmp_path) + "/", "")


@pytest.mark.parametrize("source, message", [
    ("int main() {\n  int x = ;\n}\n", "bad.c:2:11: syntax error: invalid expression"),
    ("int main() {\n  return 1\n}\n", "bad.c:3:1: syntax error before '}'"),
    ("int main() {\n", "syntax error at end of input"),
    ("float f;\n", "bad.c:1:1: floating point is not supported"),
    ("int main() {\n  double d;\n}\n", "bad.c:2:3: floating point is not supported"),
    ("int f() { return 1.5; }\n", "bad.c:1:18: floating point is not supported"),
    ("struct s {\n  int a : 3;\n};\n", "bad.c:2:7: bit-fields are not supported"),
    ("int main() { return y; }\n", "bad.c:1:21: 'y' undeclared"),
    ("int main() { int a; a(); }\n", "called object is int, not a function"),
    ("int main() { 1 = 2; }\n", "assignment to something not a variable"),
    ("int main() { return 1 / 0; }\n", "division by zero"),
    ("int main() { break; }\n", "break outside a loop or switch"),
    ("int main() { goto nowhere; }\n", "label 'nowhere' used but not defined"),
    ("int main() { int x; int x; }\n", "redeclaration of 'x'"),
    ("int main() { case 1: ; }\n", "case label outside a switch"),
    ("int main() { switch (1) { case 1: case 1: ; } }\n", "duplicate case 1"),
    ("int f(long x) { switch (x) { case 65536: case 0x10000L: ; } }\n", "duplicate case 65536"),
    ("int f(long x) { switch (x) { case -1: case 0xffffffffL: ; } }\n", "duplicate case -1"),
    ("struct s; int f(struct s x) { return x.a; }\n", "struct s is incomplete"),
    ("int main() { register int r; return &r; }\n",
     "cannot take the address of register variable 'r'"),
    ("long long x;\n", "long long is not supported"),
    ('#include "missing.h"\n', "bad.c:1:2: cannot find include file missing.h"),
    ("#error stop here\n", "bad.c:1:2: #error stop here"),
    ("int x;\n#ifdef\n", "bad.c:2:2: malformed #ifdef"),
    ("typedef int T;\nT f { return 1; }\n", "bad.c:2:3: 'f' has a body but is not a function"),
    ("#if 1 +\n#endif\n", "bad.c:1:1: Could not evaluate expression"),
    ("int a[2] = {1, 2, 3};\n", "too many initializers"),
    ("int x = y;\n", "'y' undeclared"),
    ("int f();\nint x = f();\n", "initializer is not a constant"),
])
def test_compile_errors(tmp_path, capsys, source, message):
    status, err = cc(tmp_path, capsys, source)
    assert status == 1
    assert err.startswith("v6: ") and message in err and "\n" not in err


def test_undefined_function_is_a_link_error(tmp_path, capsys):
    status, err = cc(tmp_path, capsys, "int main() { return nosuch(1); }\n")
    assert status == 1
    assert err == "v6: undefined: nosuch (used by bad.c)"


def test_defined_twice(tmp_path, capsys):
    (tmp_path / "two.c").write_text("int f() { return 2; }\n")
    status, err = cc(tmp_path, capsys, "int f() { return 1; }\nint main() { return f(); }\n",
                     "bad.c", str(tmp_path / "two.c"))
    assert status == 1 and "f is defined twice" in err


def test_names_alike_in_8_characters(tmp_path, capsys):
    status, err = cc(tmp_path, capsys, "int counter1; int counter2;\n"
                     "int main() { return counter1 + counter2; }\n")
    assert status == 1 and "only 8 characters count" in err


def test_a_bad_object_or_an_unknown_input(tmp_path, capsys):
    (tmp_path / "x.o").write_bytes(b"")
    status, err = cc(tmp_path, capsys, "int main() { return 0; }\n", "bad.c",
                     str(tmp_path / "x.o"))
    assert status == 1 and err.endswith("x.o: not an a.out (only 0 bytes)")
    status, err = cc(tmp_path, capsys, "", "x.txt")
    assert status == 1 and "not a .c or .s source or a .o object" in err


def test_names_alike_in_8_characters_with_a_library_module_loaded_for_another(tmp_path, capsys):
    # printf loads libc's _doprnt (assembler name __doprnt): a global _doprnt1
    # of the program is the same name in 8 characters.
    status, err = cc(tmp_path, capsys, "#include <stdio.h>\nint _doprnt1;\n"
                     "int main() { printf(\"x\"); return _doprnt1; }\n")
    assert status == 1
    assert err == ("v6: _doprnt and _doprnt1 are the same name to the assembler "
                   "(only 8 characters count)")
