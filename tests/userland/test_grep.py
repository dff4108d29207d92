"""grep against V6's /usr/bin/grep: the same lines, counts, numbers, names, messages and
exit statuses for V6's flags and expressions; -l, flags run together and a last line
without a newline (where we differ on purpose) by hand."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both, exec_on, pack_with, put

FILES = {"/a": b"apple\nbanana\ncherry\n\nbandana\n", "/b": b"xyz\nabc\nban\n"}
G = "/usr/bin/grep"

CASES = {
    "plain": ["an", "/a"],
    "-v": ["-v", "an", "/a"],
    "-c": ["-c", "an", "/a"],
    "-c two files": ["-c", "an", "/a", "/b"],
    "-c none": ["-c", "zz", "/a"],
    "-n two files": ["-n", "an", "/a", "/b"],
    "-b": ["-b", "a", "/a"],
    "flags apart": ["-v", "-n", "a", "/a", "/b"],
    "anchors": ["^b.*a$", "/a"],
    "empty lines": ["^$", "/a"],
    "end": ["a$", "/a"],
    "class": ["[^abc]", "/b"],
    "star": ["a*n", "/a"],
    "star first stands for itself": ["*a", "/a"],
    "no groups in grep": ["\\(a\\)", "/a"],
    "no match": ["zz", "/a"],
    "dash alone": ["-", "a", "/a"],
    "unknown flag": ["-x", "a", "/a"],
    "bad expression": ["[abc", "/a"],
    "cannot open first": ["an", "/nosuch", "/a"],
    "cannot open later": ["an", "/a", "/nosuch"],
    "no expression": [],
}


@pytest.mark.parametrize("name", CASES)
def test_as_v6(name, tmp_path):
    v6, ours = exec_both([G], [G, *CASES[name]], tmp_path, files=FILES)
    assert (ours.status, ours.stdout, ours.stderr) == (v6.status, v6.stdout, v6.stderr)


def test_standard_input(tmp_path):
    v6, ours = exec_both([G], [G, "an"], tmp_path, stdin=b"banana\nxx\nan\n")
    assert v6.stdout == b"banana\nan\n"
    assert (ours.status, ours.stdout) == (v6.status, v6.stdout)


@pytest.fixture(scope="module")
def our_pack(tmp_path_factory):
    image = pack_with([G], tmp_path_factory.mktemp("grep"))
    put(image, {**FILES, "/c": b"no newline at end\nlast"}, 0o664)
    return image


def grep(image, *args: str) -> bytes:
    return exec_on(image, [G, *args]).stdout


# Deviations from V6, worked out by hand.

def test_l_names_the_files_with_a_match(our_pack):
    assert grep(our_pack, "-l", "an", "/a", "/b", "/c") == b"/a\n/b\n"


def test_flags_run_together(our_pack):
    # V6 looked only at the first letter: -vn was -v
    assert grep(our_pack, "-vn", "an", "/a") == b"1:apple\n3:cherry\n4:\n"


def test_a_last_line_without_newline_is_a_line(our_pack):
    assert grep(our_pack, "-n", "a", "/c") == b"1:no newline at end\n2:last\n"
