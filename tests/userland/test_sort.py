"""sort: V6's binary is the oracle (the recorded cases, and the same command lines run
with V6's sort and ours); -u, -f, -o, -m, "-", and the runs that a large input takes
through temporary files, which V6's sort has differently or not at all, by hand."""

from __future__ import annotations

import random

import pytest

from tests.userland.helpers import exec_both, exec_on, pack_with, put
from tests.userland.recorded import run_recorded

SORT = ["/bin/sort"]
TABLE = b"ann 30 red\nbob 7 blue\ncid 120 red\ndee 7 green\neve 45 blue\n  fay 3 x\n"
MIXED = b"b\nB\na\nA\n  c\n\tC\nab\n_\n[\nZ\na.b\na-c\n\xe9\n\n\xe9a\na\xe9\n"
NUMBERS = (b"  5\n 10\n3\nabc\n-1\n0\n1\n-abc\n7\n007\n7.0\n7.\n.5\n-0\n1.5.3\n1.49\n--2\n"
           b"-10\n-9.5\n-9.50\n")
SEPARATED = b"1|ab|z\n2|a|z\n3||y\n4|b\n5|ab|a\n"


@pytest.mark.parametrize("name", ["sort-plain", "sort-r", "sort-n", "sort-plus1",
                                  "sort-n-plus1", "sort-stdin", "sort-t"])
def test_recorded(name, tmp_path):
    ours, v6 = run_recorded(SORT, name, tmp_path)
    assert (ours.stdout, ours.stderr, ours.status) == (v6.stdout, v6.stderr, 0)


def _each(file: str, variants: list[str]) -> bytes:
    """A shell script sorting ``file`` once per variant, the outputs told apart."""
    return "".join(f'echo "== {v}"\nsort {v} {file}\n' for v in variants).encode()


@pytest.mark.parametrize("file,data,variants", [
    ("/t", TABLE, ["+1", "+1n", "-n +1", "+1 -2", "+2 +1n", "+0.1", "+1.1", "-b +1.1", "+1b",
                   "+2r +0", "-r +1n -2 +0", "-n", "-b +0", "-d +2", "+1 -1.3b", "+1.1 -1.2",
                   "-b +1 -1.3", "+3", "+0 -0"]),
    ("/m", MIXED, ["", "-a", "-b", "-d", "-ab", "-r", "-n", "-ar", "+0b", "+0.1 -0.3"]),
    ("/n", NUMBERS, ["-n", "+0n", "-n +0.1", "-b"]),
    ("/s", SEPARATED, ["-t'|' +1", "-t'|' +1 -2", "-t'|' +2", "-t'|' +1 -1.1", "-t'|' +0n -1 +2r"]),
], ids=["fields", "characters", "numbers", "separator"])
def test_like_v6(file, data, variants, tmp_path):
    v6, ours = exec_both(SORT, ["/bin/sh", "/script"], tmp_path,
                         files={file: data, "/script": _each(file, variants)})
    assert ours.stdout == v6.stdout
    assert ours.stdout.count(b"==") == len(variants)


def test_files_and_the_standard_input_together(tmp_path):
    v6, ours = exec_both(SORT, ["/bin/sort", "/a", "-", "/b"], tmp_path, stdin=b"z\nc\n",
                         files={"/a": b"d\nb\n", "/b": b"a\nc\n"})
    assert ours.stdout == v6.stdout == b"a\nb\nc\nc\nd\nz\n"


def test_a_file_it_cannot_open(tmp_path):
    v6, ours = exec_both(SORT, ["/bin/sort", "/a", "/nosuch"], tmp_path, files={"/a": b"x\n"})
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr) == (b"", b"Can't open /nosuch\n")
    assert ours.status == v6.status == 1 << 8


def test_o_may_name_an_input(tmp_path):
    v6, ours = exec_both(SORT, ["/bin/sh", "-c", "sort -o /a /a /b; cat /a"], tmp_path,
                         files={"/a": b"d\nb\n", "/b": b"a\nc\n"})
    assert ours.stdout == v6.stdout == b"a\nb\nc\nd\n"


def _ours(tmp_path, argv: list[str], stdin: bytes = b"", files: dict | None = None):
    image = pack_with(SORT, tmp_path)
    if files:
        put(image, files, 0o664)
    return exec_on(image, argv, stdin)


def test_u_keeps_one_line_of_each_set_with_equal_keys(tmp_path):
    # V6's sort -u looped for ever; the manual's usort -u printed one of equal lines.
    r = _ours(tmp_path, ["/bin/sort", "-u"], b"b\na\nB\nb\na\nc\n")
    assert r.stdout == b"a\nB\nc\n"     # b and B are equal keys: case is folded
    r = _ours(tmp_path, ["/bin/sort", "-u", "+1"], b"x 2\ny 1\nz 2\n")
    assert r.stdout == b"y 1\nx 2\n"


def test_f_m_and_a_last_line_without_its_newline(tmp_path):
    r = _ours(tmp_path, ["/bin/sort", "-f"], b"b\nA\na\nB")
    assert r.stdout == b"A\na\nB\nb\n"  # V6's sort dropped an unended last line
    r = _ours(tmp_path, ["/bin/sort", "-m", "/a", "/b"], files={"/a": b"a\nc\n", "/b": b"b\n"})
    assert r.stdout == b"a\nb\nc\n"


def test_an_unknown_flag(tmp_path):
    # V6's sort looped for ever on a flag it did not know.
    r = _ours(tmp_path, ["/bin/sort", "-x"], b"a\n")
    assert (r.stdout, r.stderr, r.status) == (b"", b"sort: unknown flag -x\n", 1 << 8)


def _v6_order(line: bytes) -> tuple:
    """V6's default order: ASCII folded to upper case, then every byte, signed."""
    folded = [c - 32 if 97 <= c <= 122 else c for c in line if c < 128]
    return folded, [c - 256 if c >= 128 else c for c in line]


@pytest.mark.slow
def test_a_large_input_goes_through_runs_on_temporary_files(tmp_path):
    rng = random.Random(6)
    alphabet = b"abcdefABCDEF 0123456789\xe9"
    lines = [bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
             for _ in range(3500)]
    data = b"".join(x + b"\n" for x in lines)
    assert len(data) > 40000     # more than sort keeps in memory
    r = _ours(tmp_path, ["/bin/sh", "-c", "sort /big; ls /usr/tmp /tmp"], files={"/big": data})
    want = b"".join(x + b"\n" for x in sorted(lines, key=_v6_order))
    # ls of two directories heads each with its name, as V6's ls did (seen on
    # the genuine pack); nothing under either heading: no temporary file left.
    assert r.stdout == want + b"\n/tmp:\n\n/usr/tmp:\n"
