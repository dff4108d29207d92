"""ld: small links worked out by hand, options, errors, hostile objects, the CLI."""

import struct

import pytest

from v6.cli import main
from v6.pdp11 import aout, ld, runner
from v6.pdp11.asm import assemble


def obj(name: str, text: str) -> ld.Object:
    return ld.Object(name, assemble([(name, text)], allow_undefined=True))


def words(raw: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(raw) // 2}H", raw))


def symbols(a: aout.AOut) -> dict[str, tuple[int, int]]:
    return {s.name: (s.type, s.value) for s in a.symbols}


MAIN = obj("a.o", ".globl _f, _x\nstart:\tjsr\tpc,_f\n\tmov\t_x,r0\n\tsys\texit\n")
F = obj("b.o", ".globl _f, _x\n_f:\tmov\t$7,_x\n\trts\tpc\n.data\n_x:\t1\n")


def test_two_objects_calling_each_other():
    out = ld.link([MAIN, F]).aout
    # a.o's text is 10 bytes (jsr pc,_f; mov _x,r0; sys exit): b.o's _f is at 10,
    # the data after all the text (18 bytes), so _x is at 18.
    assert symbols(out)["_f"] == (aout.SYM_TEXT | aout.SYM_EXT, 10)
    assert symbols(out)["_x"] == (aout.SYM_DATA | aout.SYM_EXT, 18)
    # jsr pc,_f is pc-relative: 10 - 4; mov _x,r0 absolute: 18; mov $7,_x: 18 - 16.
    assert words(out.text) == [0o4767, 6, 0o16700, 18 - 8, 0o104401,
                               0o12767, 7, 18 - 16, 0o207]
    assert out.relocation is None and out.magic == aout.MAGIC_NORMAL
    assert runner.run(out.to_bytes(), ["a"], engine="interp").status == 7


def test_data_word_pointing_at_text_of_another_object():
    table = obj("t.o", ".globl _g\n.data\n_tab:\t_g; _g+2\n")
    g = obj("g.o", "clc\n.globl _g\n_g:\trts\tpc\n")
    out = ld.link([table, g]).aout
    assert words(out.data) == [2, 4]  # g.o's text follows t.o's (empty) text; _g at 2


def test_pc_relative_reference_to_external_data_in_a_pure_program():
    a = obj("a.o", ".globl _v\nstart:\tmov\t_v,r0\n\tsys\texit\n")  # mode 67: pc-relative
    v = obj("v.o", ".globl _v\n.data\n_v:\t5\n")
    out = ld.link([a, v], ld.Options(magic=aout.MAGIC_PURE)).aout
    assert out.data_addr == 8192 and symbols(out)["_v"][1] == 8192
    assert words(out.text)[1] == 8192 - 4
    assert runner.run(out.to_bytes(), ["a"], engine="interp").status == 5


def test_pure_text_is_whole_clicks():
    out = ld.link([MAIN, F], ld.Options(magic=aout.MAGIC_PURE)).aout
    assert len(out.text) == 64 and out.text[18:] == bytes(46)


def test_relocation_inside_a_later_object_moves_by_its_displacement():
    first = obj("1.o", "clc\nclc\n.data\n0\n.bss\n.=.+4\n")
    second = obj("2.o", "l:\tjmp\tl\nd:\tmov\tm,r0\n.data\nm:\t1\n.bss\nb:\t.=.+2\n")
    out = ld.link([first, second]).aout
    syms = symbols(out)
    assert syms["l"] == (aout.SYM_TEXT, 4)
    assert syms["m"] == (aout.SYM_DATA, len(out.text) + 2)
    assert syms["b"] == (aout.SYM_BSS, len(out.text) + 4 + 4)
    assert out.bss == 6


def test_commons_from_two_files_largest_wins_and_end():
    a = obj("a.o", ".globl _end\n.comm _buf,4\n.comm _n,2\n.data\n_end\n.bss\n.=.+2\n")
    b = obj("b.o", ".comm _buf,12.\n.bss\n.=.+2\n")
    out = ld.link([a, b]).aout
    syms = symbols(out)
    bss = out.bss_addr
    # the commons first, as V6's ld put them, in the order met (_buf 12, _n 2),
    # then each file's bss (2 + 2).
    assert syms["_buf"] == (aout.SYM_BSS | aout.SYM_EXT, bss)
    assert syms["_n"] == (aout.SYM_BSS | aout.SYM_EXT, bss + 12)
    assert syms["_end"][1] == bss + 18 == words(out.data)[0]
    assert out.bss == 18


def test_a_definition_beats_a_common():
    a = obj("a.o", ".comm _n,10\n")
    b = obj("b.o", ".globl _n\n.data\n_n:\t3\n")
    out = ld.link([a, b]).aout
    assert symbols(out)["_n"][0] == aout.SYM_DATA | aout.SYM_EXT and out.bss == 0


def test_etext_edata_defined_only_when_referred_to():
    a = obj("a.o", ".globl _etext, _edata\nclc\n.data\n_etext; _edata\n")
    out = ld.link([a]).aout
    assert words(out.data) == [2, 6]
    assert "_end" not in symbols(out)


def test_strip_and_globals_only():
    out = ld.link([MAIN, F], ld.Options(strip=True)).aout
    assert out.symbols == [] and out.relocation is None
    out = ld.link([MAIN, F], ld.Options(globals_only=True)).aout
    assert [s.name for s in out.symbols] == ["_f", "_x"]
    full = ld.link([MAIN, F]).aout
    # each file's name (type 037, its text address) before its locals
    assert [(s.name, s.type, s.value) for s in full.symbols[:3]] == [
        ("a.o", aout.SYM_FILE, 0), ("start", aout.SYM_TEXT, 0), ("b.o", aout.SYM_FILE, 10)]


def test_partial_link_keeps_relocation_and_links_again():
    part = ld.link([MAIN], ld.Options(relocatable=True)).aout
    assert part.relocation is not None
    assert symbols(part)["_f"] == (aout.SYM_EXT, 0)
    whole = ld.link([ld.Object("part.o", part), F]).aout
    assert whole.text == ld.link([MAIN, F]).aout.text


def test_library_members_only_when_needed_in_any_order():
    h = obj("h.o", ".globl _h\n_h:\trts\tpc\n")
    g = obj("g.o", ".globl _g, _h\n_g:\tjmp\t_h\n")
    unused = obj("u.o", ".globl _u\n_u:\trts\tpc\n")
    main = obj("m.o", ".globl _g\njsr\tpc,_g\n")
    linked = ld.link([main, ld.Library("lib", [h, unused, g])])
    assert [o.name for o in linked.loaded] == ["m.o", "g.o", "h.o"]
    linked = ld.link([ld.Library("lib", [h])], ld.Options(undefined=["_h"]))
    assert [o.name for o in linked.loaded] == ["h.o"]


def archive(*members: tuple[str, bytes]) -> bytes:
    """An archive in V6's ar format, built field by field as ar(5) gives it."""
    out = bytearray(struct.pack("<H", 0o177555))
    for name, body in members:
        out += name.encode().ljust(8, b"\0") + struct.pack("<HHBBH", 0, 0, 3, 0o266, len(body))
        out += body + b"\0" * (len(body) & 1)
    return bytes(out)


def test_an_archive_is_a_library_searched_for_what_is_needed():
    h = obj("h.o", ".globl _h\n_h:\trts\tpc\n.data\n<odd>\n")  # 3 data bytes: padded
    g = obj("g.o", ".globl _g, _h\n_g:\tjmp\t_h\n")
    unused = obj("u.o", ".globl _u\n_u:\trts\tpc\n")
    raw = archive(("h.o", h.aout.to_bytes()), ("u.o", unused.aout.to_bytes()),
                  ("g.o", g.aout.to_bytes()))
    library = ld.read_input(raw, "lib.a")
    assert isinstance(library, ld.Library)
    assert [m.name for m in library.members] == ["lib.a(h.o)", "lib.a(u.o)", "lib.a(g.o)"]
    linked = ld.link([obj("m.o", ".globl _g\njsr\tpc,_g\n"), library])
    assert [o.name for o in linked.loaded] == ["m.o", "lib.a(g.o)", "lib.a(h.o)"]
    assert isinstance(ld.read_input(h.aout.to_bytes(), "h.o"), ld.Object)


@pytest.mark.parametrize("cut, message", [
    (10, r"lib\.a: archive truncated in a member's header at byte 2"),
    (30, r"lib\.a: archive member h\.o truncated \(12 of \d+ bytes\)"),
])
def test_a_truncated_archive_is_a_clear_error(cut, message):
    raw = archive(("h.o", obj("h.o", "rts pc\n").aout.to_bytes()))
    with pytest.raises(ld.LdError, match=message):
        ld.read_input(raw[:cut], "lib.a")


def test_an_archive_member_that_is_no_object_is_named():
    with pytest.raises(aout.AoutError, match=r"lib\.a\(junk\)"):
        ld.read_input(archive(("junk", b"\1\2" * 10)), "lib.a")


def test_undefined_and_defined_twice():
    with pytest.raises(ld.LdError, match=r"^undefined: _f, _x \(used by a\.o\)$"):
        ld.link([MAIN])
    with pytest.raises(ld.LdError, match=r"^_f is defined twice \(b\.o, c\.o\)$"):
        ld.link([MAIN, F, obj("c.o", ".globl _f\n_f:\trts\tpc\n")])
    with pytest.raises(ld.LdError, match=r"^undefined: f, x"):
        ld.link([MAIN], ld.Options(show=lambda n: n[1:]))


def _bytes(a: aout.AOut) -> bytearray:
    return bytearray(a.to_bytes())


@pytest.mark.parametrize("damage, message", [
    (lambda raw: raw[:10], "truncated header"),
    (lambda raw: b"\x01\x02" + raw[2:], "bad magic"),
    (lambda raw: raw[:20], "truncated"),
])
def test_corrupt_objects_are_clear_errors(damage, message):
    with pytest.raises(aout.AoutError, match=message):
        ld.Object.from_bytes(bytes(damage(_bytes(MAIN.aout))), "bad.o")


def test_relocation_naming_a_symbol_past_the_table():
    bad = MAIN.aout
    relocation = list(bad.relocation)
    relocation[1] = aout.reloc_word(aout.R_EXT, True, 99)
    hostile = ld.Object("bad.o", aout.AOut(bad.magic, bad.text, bad.data, bad.bss, 0,
                                           bad.symbols, relocation))
    with pytest.raises(ld.LdError, match=r"bad\.o: relocation names symbol 99 of 3"):
        ld.link([hostile, F])
    relocation[1] = 0o14
    with pytest.raises(ld.LdError, match="bad relocation word 014"):
        ld.link([aout_replace(hostile, relocation), F])


def aout_replace(o: ld.Object, relocation: list[int]) -> ld.Object:
    a = o.aout
    return ld.Object(o.name, aout.AOut(a.magic, a.text, a.data, a.bss, 0, a.symbols, relocation))


def test_cli(tmp_path, capsys):
    (tmp_path / "a.o").write_bytes(MAIN.aout.to_bytes())
    (tmp_path / "b.o").write_bytes(F.aout.to_bytes())
    out = tmp_path / "prog"
    assert main(["ld", "-n", "-s", "-o", str(out), str(tmp_path / "a.o"),
                 str(tmp_path / "b.o")]) == 0
    program = aout.load(str(out))
    assert program.magic == aout.MAGIC_PURE and program.symbols == []
    assert runner.run(out.read_bytes(), ["p"], engine="interp").status == 7
    assert main(["ld", "-o", str(out), str(tmp_path / "a.o")]) == 1
    assert capsys.readouterr().err == "v6: undefined: _f, _x (used by " + str(tmp_path / "a.o") + ")\n"
    (tmp_path / "bad.o").write_bytes(b"\x07\x01\x00")
    assert main(["ld", str(tmp_path / "bad.o")]) == 1
    err = capsys.readouterr().err
    assert "truncated header" in err and "Traceback" not in err
