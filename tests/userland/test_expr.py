"""expr, which V6 did not have (the pack has none): its first manual page's (V7's)
operators, precedence, matching, outputs and exit statuses, every expected value
worked out by hand."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_on, pack_with

CASES = [
    # (arguments, standard output, exit status)
    ("1 + 2", "3", 0),
    ("2 + 3 * 4", "14", 0),
    ("( 2 + 3 ) * 4", "20", 0),
    ("10 - 2 - 3", "5", 0),
    ("1 + 2 * 3 - 4 / 2", "5", 0),
    ("10 / 3", "3", 0),
    ("10 % 3", "1", 0),
    ("-7 / 2", "-3", 0),
    ("1 - 5", "-4", 0),
    ("3 - 3", "0", 1),
    ("100000 * 100", "10000000", 0),
    ("3 < 10", "1", 0),
    ("10 < 9", "0", 1),
    ("abc < abd", "1", 0),
    ("3 < 10a", "0", 1),
    ("5 = 5", "1", 0),
    ("05 = 5", "1", 0),
    ("a != a", "0", 1),
    ("2 >= 2", "1", 0),
    ("1 <= 0", "0", 1),
    ("b > a", "1", 0),
    ("1 + 1 = 2", "1", 0),
    ("0 | b", "b", 0),
    ("a | b", "a", 0),
    ("0 | 0", "0", 1),
    ("a & 0", "0", 1),
    ("a & b", "a", 0),
    ("x | y & 0", "x", 0),
    ("abcdef : abc", "3", 0),
    ("abcdef : .*", "6", 0),
    ("abcdef : bc", "0", 1),
    ("abcdef : a\\(b.\\)", "bc", 0),
    ("abcdef : x\\(b\\)", "", 1),
    ("/usr/bin/ed : .*/\\(.*\\)", "ed", 0),
    ("aaab : a*", "3", 0),
    ("abc : a\\(.*\\) = bc", "1", 0),
    ("^ab : ^a", "2", 0),
    ("0", "0", 1),
    ("hello", "hello", 0),
]

ERRORS = [
    ("1 / 0", "division by zero"),
    ("1 % 0", "division by zero"),
    ("a + 1", "non-numeric argument"),
    ("1 +", "syntax error"),
    ("( 1", "syntax error"),
    ("1 2", "syntax error"),
    ("2 + 3 )", "syntax error"),
    ("", "syntax error"),
    ("a : [b", "bad regular expression"),
]


@pytest.fixture(scope="module")
def our_pack(tmp_path_factory):
    return pack_with(["/bin/expr"], tmp_path_factory.mktemp("expr"))


@pytest.mark.parametrize(("args", "out", "status"), CASES)
def test_value(our_pack, args, out, status):
    ran = exec_on(our_pack, ["/bin/expr", *args.split()])
    assert (ran.stdout, ran.stderr, ran.status >> 8) == ((out + "\n").encode(), b"", status)


@pytest.mark.parametrize(("args", "why"), ERRORS)
def test_error(our_pack, args, why):
    ran = exec_on(our_pack, ["/bin/expr", *args.split()])
    assert (ran.stdout, ran.stderr, ran.status >> 8) == (b"", f"expr: {why}\n".encode(), 2)
