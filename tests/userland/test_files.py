"""The commands that read files (cat, echo, wc, od, cmp, sum, tee, pwd) against V6's own
binaries: the same shell script, run by V6's sh with V6's binaries and with ours on
copies of the genuine pack, must print the same (sh's standard error is its standard
output, so messages are compared in place).  Exit statuses are compared where V6's
commands set them (cmp); elsewhere V6's were whatever was left in a register, and ours
are worked out by hand."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both

OURS = ["/bin/echo", "/bin/cat", "/bin/sum", "/bin/cmp", "/bin/od",
        "/usr/bin/wc", "/usr/bin/tee", "/usr/bin/pwd"]
"""Every command these tests replace (a script may call several)."""

FILES = {
    "/tmp/a": b"hi\n",
    "/tmp/b": b"hi\nthere\n",
    "/tmp/c": b"hi\nthere\nagain\n",
    "/tmp/odd": b"abcde\x00\x01\t\n\x7f\x80\xff \\end\b\r\f\033",
    "/tmp/words": b"  one\ttwo  three\n\x01four \x7ffive\n\nsix",
    "/tmp/empty": b"",
    "/tmp/big": bytes(range(256)) * 9 + b"tail",
    "/tmp/in": b"from a file\n\tand a tab\n",
}


def same_script(script: str, tmp_path) -> bytes:
    """Run ``script`` with V6's commands and with ours; the output, once equal."""
    v6, ours = exec_both(OURS, ["/bin/sh", "/script"], tmp_path,
                         files={**FILES, "/script": script.encode()})
    assert ours.stdout.decode("latin-1") == v6.stdout.decode("latin-1")
    assert ours.stderr == v6.stderr
    return ours.stdout


def test_echo_and_cat(tmp_path):
    out = same_script("""echo
echo a 'b  c' -n
echo ''
cat /tmp/a /nosuch /tmp/b
cat </tmp/in
cat - </tmp/in
cat -u /tmp/a </tmp/in
cat /tmp/a - - /tmp/odd </tmp/in
cat /tmp/big
""", tmp_path)
    assert out.startswith(b"a b  c -n\n\nhi\nhi\nthere\nfrom a file\n")


def test_wc(tmp_path):
    out = same_script("""wc </tmp/words
wc /tmp/words
wc /tmp/empty
wc /tmp/a /nosuch /tmp/words
wc /nosuch
wc /tmp/big /bin/ls
wc - </tmp/in
""", tmp_path)
    # By hand: three lines, words one two three four five six.
    assert out.startswith(b"      3       6 \n")


def test_od(tmp_path):
    same_script("""od /tmp/odd
od -c /tmp/odd
od -b /tmp/odd
od -d /tmp/odd
od -h /tmp/odd
od -x /tmp/odd
od -o /tmp/a
od -cb /tmp/odd
od -bc /tmp/a
od -ocdbh /tmp/c
od -c /tmp/big
od /tmp/big 1000
od -d /tmp/big 100.
od -c /tmp/big +2b
od -b /tmp/big 1.b
od /tmp/empty
od /nosuch
od </tmp/in
od -c </tmp/in
od -c +3 </tmp/in
od -q /tmp/a
""", tmp_path)


def test_cmp(tmp_path):
    same_script("""cmp /tmp/a /tmp/a
cmp /tmp/a /tmp/b
cmp /tmp/c /tmp/b
cmp /tmp/b /tmp/words
cmp -l /tmp/b /tmp/words
cmp -l /tmp/c /tmp/b
cmp -l /tmp/a /tmp/a
cmp -s /tmp/b /tmp/words
cmp -s /tmp/a /tmp/b
cmp -s -l /tmp/b /tmp/c
cmp -l -s /tmp/b /tmp/c
cmp /tmp/a
cmp
cmp /nosuch /tmp/a
cmp /tmp/a /nosuch
cmp -s /tmp/a /nosuch
cmp - /tmp/b </tmp/a
cmp -l /tmp/big /bin/ls
""", tmp_path)


@pytest.mark.parametrize("argv", [
    ["/bin/cmp", "/tmp/a", "/tmp/a"], ["/bin/cmp", "/tmp/a", "/tmp/b"],
    ["/bin/cmp", "-l", "/tmp/b", "/tmp/words"], ["/bin/cmp", "-s", "/tmp/b", "/tmp/words"],
    ["/bin/cmp", "/tmp/a"], ["/bin/cmp", "/tmp/a", "/nosuch"],
])
def test_cmp_status(argv, tmp_path):
    v6, ours = exec_both(OURS, argv, tmp_path, files=FILES)
    assert (ours.status, ours.stdout) == (v6.status, v6.stdout)


def test_sum(tmp_path):
    out = same_script("""sum /tmp/odd
sum /tmp/empty /nosuch /tmp/big
sum /bin/sh /bin/ls /usr/bin/yacc
sum
""", tmp_path)
    # By hand: "hi\n" is 104 + 105 + 10 = 219, one block; an empty file 0 blocks.
    assert b"0 0\noprd\n" in out


def test_tee_and_pwd(tmp_path):
    out = same_script("""echo one two | tee /tmp/t1 /tmp/t2
cat /tmp/t1 /tmp/t2
tee /tmp/a /nosuch/x /tmp/t </etc/group
cat /tmp/a /tmp/t
tee </tmp/in
pwd
chdir /usr/bin
pwd
chdir /usr/source
pwd
chdir /dev
pwd
""", tmp_path)
    assert out.endswith(b"/\n/usr/bin\n/usr/source\n/dev\n")


@pytest.mark.parametrize("argv,status", [
    (["/bin/echo"], 0), (["/bin/echo", "x"], 0), (["/bin/cat", "/tmp/a", "/nosuch"], 0),
    (["/usr/bin/wc", "/tmp/a"], 0), (["/usr/bin/wc", "/nosuch"], 1), (["/bin/od", "/tmp/a"], 0),
    (["/bin/od", "/nosuch"], 1), (["/bin/sum", "/tmp/a"], 0), (["/usr/bin/tee"], 0),
    (["/usr/bin/pwd"], 0),
])
def test_statuses_where_v6_left_garbage(argv, status, tmp_path):
    _, ours = exec_both(OURS, argv, tmp_path, files=FILES)
    assert ours.status == status << 8
