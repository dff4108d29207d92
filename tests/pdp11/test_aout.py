"""a.out(5): the header, the sections, round trips and the refusals."""

import struct

import pytest

from v6.pdp11 import aout
from v6.pdp11.aout import AOut, AoutError, Symbol


def words(*ws):
    return struct.pack(f"<{len(ws)}H", *ws)


def test_header_and_sections_in_v6_order():
    a = AOut(text=words(0o012700, 0o000012), data=words(0o000001), bss=4,
             symbols=[Symbol("start", 0o42, 0), Symbol("buf", 0o04, 0o10)],
             relocation=[0, 0, 0])
    raw = a.to_bytes()
    # magic 0407, text 4, data 2, bss 4, symbols 2*12, entry 0, unused 0, flag 0
    assert raw[:16] == words(0o407, 4, 2, 4, 24, 0, 0, 0)
    assert raw[16:22] == words(0o012700, 0o000012, 0o000001)
    assert raw[22:28] == words(0, 0, 0)
    assert raw[28:40] == b"start\0\0\0" + words(0o42, 0)
    assert raw[40:52] == b"buf\0\0\0\0\0" + words(0o04, 0o10)
    assert len(raw) == 52


def test_suppressed_relocation_sets_the_flag_and_omits_the_words():
    raw = AOut(text=words(0o000240), relocation=None).to_bytes()
    assert raw == words(0o407, 2, 0, 0, 0, 0, 0, 1) + words(0o000240)


@pytest.mark.parametrize("magic", aout.MAGICS)
@pytest.mark.parametrize("with_tables", [False, True])
def test_round_trip(magic, with_tables):
    a = AOut(magic, words(1, 2, 3), words(4), bss=6, entry=2, unused=7)
    if with_tables:
        a.symbols = [Symbol("_main", aout.SYM_TEXT | aout.SYM_EXT, 0),
                     Symbol("_printf", aout.SYM_EXT, 0), Symbol("longname", 1, 0o177777)]
        a.relocation = [0, aout.reloc_word(aout.R_EXT, True, 1), aout.R_TEXT, aout.R_DATA]
    assert AOut.from_bytes(a.to_bytes(), "x") == a


def test_reloc_word_layout():
    # symbol 3 in bits 15-4 (3 << 4 = 060), external 010 in bits 3-1, pc-relative bit 0
    assert aout.reloc_word(aout.R_EXT, True, 3) == 0o000071
    assert aout.reloc_word(aout.R_BSS) == 0o6


def test_where_the_data_goes():
    text = bytes(0o20002)  # 8194 bytes of text
    assert AOut(aout.MAGIC_NORMAL, text).data_addr == 0o20002
    assert AOut(aout.MAGIC_PURE, text).data_addr == 0o40000  # next 8 KB boundary
    assert AOut(aout.MAGIC_PURE, bytes(0o20000)).data_addr == 0o20000  # already on one
    assert AOut(aout.MAGIC_SEPARATE, text).data_addr == 0
    assert AOut(aout.MAGIC_NORMAL, bytes(4), bytes(6)).bss_addr == 10


def test_stripped_keeps_magic_and_segments():
    a = AOut(aout.MAGIC_PURE, words(1), words(2), 2, symbols=[Symbol("x", 1, 1)], relocation=[0, 0])
    s = a.stripped()
    assert (s.magic, s.text, s.data, s.bss, s.symbols, s.relocation) == (0o410, words(1), words(2), 2, [], None)
    assert s.to_bytes()[14:16] == words(1)


@pytest.mark.parametrize("raw, message", [
    (b"", "f: not an a.out (only 0 bytes)"),
    (words(0o123, 0, 0, 0, 0, 0, 0, 0), "f: not an a.out (bad magic 0123)"),
    (words(0o407, 2, 0), "f: truncated header (6 of 16 bytes)"),
    (words(0o407, 3, 0, 0, 0, 0, 0, 1) + bytes(3), "f: odd text size 3"),
    (words(0o407, 0, 0, 0, 10, 0, 0, 1) + bytes(10), "f: symbol table size 10 is not a multiple of 12"),
    (words(0o407, 4, 2, 0, 0, 0, 0, 1) + bytes(5), "f: truncated data (1 of 2 bytes)"),
    (words(0o407, 2, 0, 0, 0, 0, 0, 0) + bytes(2), "f: truncated relocation (0 of 2 bytes)"),
    (words(0o407, 0, 0, 0, 12, 0, 0, 1) + bytes(11), "f: truncated symbol table (11 of 12 bytes)"),
])
def test_refusals_name_file_and_problem(raw, message):
    with pytest.raises(AoutError) as exc:
        AOut.from_bytes(raw, "f")
    assert str(exc.value) == message


def test_odd_sizes_are_refused_when_writing():
    with pytest.raises(AoutError, match="text size 3"):
        AOut(text=b"abc").to_bytes()


def test_load_reads_a_file(tmp_path):
    path = tmp_path / "prog"
    path.write_bytes(AOut(text=words(0o000240)).to_bytes())
    assert aout.load(str(path)).text == words(0o000240)


# --- exec's stack ---------------------------------------------------------------------

def words(*values: int) -> bytes:
    return b"".join(v.to_bytes(2, "little") for v in values)


def test_exec_stack_as_v6_laid_it_out():
    # "ls\0-l\0" is 6 bytes at 0177772; below it -1, the two pointers, argc:
    # SP = 0200000 - 6 - 2 * 2 - 4 = 0177762.
    sp, image = aout.exec_stack([b"ls", b"-l"])
    assert sp == 0o177762
    assert image == words(2, 0o177772, 0o177775, 0o177777) + b"ls\0-l\0"


def test_exec_stack_pads_the_strings_to_even_at_the_top():
    # "ab\0" is 3 bytes, 4 with the pad byte after it: it starts at 0177774.
    sp, image = aout.exec_stack([b"ab"])
    assert (sp, image) == (0o177766, words(1, 0o177774, 0o177777) + b"ab\0\0")


def test_exec_stack_without_arguments():
    assert aout.exec_stack([]) == (0o177774, words(0, 0o177777))


def test_exec_stack_takes_510_bytes_of_strings_and_no_more():
    sp, image = aout.exec_stack([b"x" * 509])          # 510 with its NUL
    assert sp + len(image) == 0o200000 and image.endswith(b"x\0")
    with pytest.raises(aout.ArgsTooLong):
        aout.exec_stack([b"x" * 254, b"y" * 255])       # 255 + 256 = 511
    with pytest.raises(ValueError):
        aout.exec_stack([b"a\0b"])
