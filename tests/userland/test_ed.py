"""ed against V6's /bin/ed: the same scripts on standard input, the same output, byte for
byte (addresses, every command V6 had, regular expressions, the byte counts, the ? errors
and a script stopping at its first error); j, n and u, which V6 did not have, against
outputs worked out by hand."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both, exec_on, pack_with, put

FIVE = {"/f": b"one\ntwo\nthree\nfour\nfive\n"}
ODD = {"/f": b"a.b*c\n^x$y\n[ab]]\nfoo bar foo\naaa\n\n\tend\n"}

SCRIPTS = {
    "addresses": (FIVE, "1,$p\n/t/\n//\n?o?\n$=\n=\n.=\n2;+2p\n-,+p\n$-2,$-1p\n-\n+2p\n^\n"
                        "1+1+1p\n1 1p\n2\n\n\n\n"),
    "marks": (FIVE, "2ka\n'ap\n'a,$d\n1,$p\n"),
    "marks follow their lines": (ODD, "5ka\n1,4d\n'ap\n'a=\n"),
    "global and its opposite": (FIVE, "g/o/p\nv/o/p\ng/e/s/e/E/gp\n1,$p\n"),
    "global lists": (FIVE, "g/o/.,+1p\ng/t/m0\n1,$p\ng/t/d\n1,$p\n"),
    "substitute": (FIVE, "1,$s/o/0/g\n1,$p\n2s/t\\(w\\)0/\\1&\\1/p\n3s/r*/-/gp\n"
                         "1s/0/\\&/p\n2s/w/\\\n/p\n1,$p\n"),
    "substitute groups": (FIVE, "1,$s/\\(.\\)\\(.\\)/\\2\\1/p\n1,$p\n"),
    "substitute classes": (FIVE, "1,$s/[eo]/_/gp\n1,$s/[^_]$/!/p\ng/^t/d\n1,$p\n"),
    "substitute empty matches": (FIVE, "1,$s/x*/-/g\n1,$p\n"),
    "substitute split": (ODD, "4s/foo/a\\\nb\\\nc/gp\n1,$p\n"),
    "substitute anchors": (ODD, "s/$/!/p\n2s/^/!/p\n4s/ *$/./p\n6s/^$/empty/p\n7l\n"),
    "last expression": (ODD, "/foo/s//X/p\n//p\n?foo?p\ns/o*/[&]/gp\n"),
    "group left open": (FIVE, "4s/\\(o/Y/p\n"),
    "special characters": (ODD, "g/\\*/p\ng/a\\./p\ng/x\\$/p\ng/\\^/p\ng/^x/p\ng/^\\^/p\n"
                                "g/y$/p\ng/$y/p\ng/b]]/p\ng/[]]/p\ng/[^]a-]/p\n"),
    "groups in g": (ODD, "g/\\(a\\)\\(a\\)/s//\\2-\\1/p\ng/\\(a*\\)b/s//<\\1>/p\n"),
    "move and transfer": (FIVE, "2,3m$\n1,$p\n1t0\n1,$p\n2,3t4\n1,$p\n"),
    "append insert change": (FIVE, "a\nnew\n.\n1,$p\n2i\nins\n.\n0a\nfirst\n.\n1,$p\n"
                                   "3c\nchanged\nmore\n.\n1,$p\n.=\nw /g\n!cat /g\n"),
    "read and write": (ODD, "2,4p\n1,$w /g\ne /g\n$p\n7r /f\n8,$p\n0r /f\n1,2p\nw\n!cat /g\n"),
    "list": ({"/f": b"a\tb\bc\001d\n" + b"x" * 100 + b"\n"}, "1,$l\n"),
    "shell escape": (FIVE, "!echo hi\n1p\n"),
    "no file name": (None, "a\nhello\n.\nf\nw /h\nf\ne /h\np\n"),
}

ERRORS = {
    "unknown command": "x\n1p\n",
    "mark of a deleted line": "5ka\n5d\n'ap\n1p\n",
    "line 0": "0p\n",
    "past the end": "6p\n",
    "addresses reversed": "3,2p\n",
    "no match": "/zz/\n1p\n",
    "comma alone": ",p\n1p\n",
    "no substitution": "s/x/y/\n1p\n",
    "substitute count": "1,$s/o/0/2\n1p\n",
    "star first": "g/*/p\n1p\n",
    "group never opened": "4s/o\\)/Y/p\n1p\n",
    "unclosed class": "/[/p\n1p\n",
    "cannot read": "e /nosuch\n1p\n",
    "cannot read r": "r /nosuch\n1p\n",
    "cannot write": "w /nodir/x\n1p\n",
    "newline in g": "g/t/s/t/T\\\nX/p\n1,$p\n",
}


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_as_v6(name, tmp_path):
    files, script = SCRIPTS[name]
    argv = ["/bin/ed", "/f"] if files else ["/bin/ed"]
    v6, ours = exec_both(["/bin/ed"], argv, tmp_path, stdin=script.encode(), files=files)
    assert b"?" not in v6.stdout  # the script itself is right
    assert (ours.status, ours.stdout, ours.stderr) == (v6.status, v6.stdout, v6.stderr)


@pytest.mark.parametrize("name", ERRORS)
def test_error_stops_a_script_as_v6(name, tmp_path):
    v6, ours = exec_both(["/bin/ed"], ["/bin/ed", "/f"], tmp_path,
                         stdin=ERRORS[name].encode(), files=FIVE)
    # the byte count, then "?" and nothing more: the rest of the script was skipped
    assert v6.stdout.endswith(b"?\n") and b"one\n" not in v6.stdout.split(b"?")[-1]
    assert (ours.status, ours.stdout, ours.stderr) == (v6.status, v6.stdout, v6.stderr)


def test_dash_leaves_out_the_counts(tmp_path):
    v6, ours = exec_both(["/bin/ed"], ["/bin/ed", "-", "/f"], tmp_path,
                         stdin=b"w /g\nr /f\n1,$p\ne /f\n", files=FIVE)
    assert v6.stdout == b"one\ntwo\nthree\nfour\nfive\n" * 2
    assert ours.stdout == v6.stdout


def test_a_file_it_cannot_read(tmp_path):
    v6, ours = exec_both(["/bin/ed"], ["/bin/ed", "/nosuch"], tmp_path, stdin=b"1,$p\n")
    assert v6.stdout == b"?\n"
    assert ours.stdout == v6.stdout


@pytest.fixture(scope="module")
def our_pack(tmp_path_factory):
    return pack_with(["/bin/ed"], tmp_path_factory.mktemp("ed"))


def ours(image, script: str, files: dict[str, bytes] = FIVE) -> bytes:
    put(image, files, 0o664)
    ran = exec_on(image, ["/bin/ed", "-", "/f"], script.encode())
    return ran.stdout


# What V6 did not have (V7's j, n and u), and where we differ on purpose.

def test_join(our_pack):
    assert ours(our_pack, "1,2j\n1,$p\n4j\n.=\n3,3j\np\n") == \
        b"onetwo\nthree\nfour\nfive\n" b"4\n" b"four\n"
    assert ours(our_pack, "1\nj\np\n") == b"one\nonetwo\n"


def test_number(our_pack):
    assert ours(our_pack, "2,3n\n4p\n$n\n") == b"2\ttwo\n3\tthree\nfour\n5\tfive\n"


def test_undo_undoes_the_last_change_and_itself(our_pack):
    # the second u goes back to just before the first: four lines, "." the last printed
    script = "2d\n1,$p\nu\n1,$p\nu\n.=\n$=\n"
    want = b"one\nthree\nfour\nfive\n" b"one\ntwo\nthree\nfour\nfive\n" b"4\n4\n"
    assert ours(our_pack, script) == want


def test_undo_a_whole_global(our_pack):
    assert ours(our_pack, "g/o/s/o/0/\nu\n1,$p\n") == b"one\ntwo\nthree\nfour\nfive\n"


def test_undo_with_nothing_to_undo(our_pack):
    assert ours(our_pack, "u\n1p\n") == b"?\n"


def test_q_exits_0(our_pack):
    # Deviation from V6: its q exited with status 2, end of input with 0.
    put(our_pack, FIVE, 0o664)
    assert exec_on(our_pack, ["/bin/ed", "/f"], b"q\n").status == 0


def test_last_line_without_newline_is_kept(our_pack):
    # Deviation from V6: it dropped such a line.
    assert ours(our_pack, "1,$p\nw\n", {"/f": b"a\nb"}) == b"a\nb\n"


def test_a_mark_on_the_first_line_is_found(our_pack):
    # Deviation from V6: its 'a of a mark on line 1 was an error.
    assert ours(our_pack, "1ka\n$p\n'ap\n") == b"five\none\n"


def test_nine_groups(our_pack):
    # Deviation from V6: it allowed five.
    script = "1s/\\(o\\)\\(n\\)\\(e\\)\\(\\)\\(\\)\\(\\)\\(\\)\\(\\)\\(\\)/\\3\\2\\1/p\n"
    assert ours(our_pack, script) == b"eno\n"
