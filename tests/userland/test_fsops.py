"""The commands that change the file system (cp, mv, rm, ln, mkdir, rmdir, sync) and ls,
against V6's own binaries: the same shell script, run by V6's sh with V6's binaries and
with ours on copies of the genuine pack, must print the same and leave the same tree
(listed by ls in the script).  Times of day are masked: ours are larger programs, so
the simulated clock may pass a minute at another command than V6's did."""

from __future__ import annotations

import re

import pytest

from tests.userland.helpers import exec_both

OURS = ["/bin/ls", "/bin/cp", "/bin/mv", "/bin/rm", "/bin/ln", "/bin/mkdir",
        "/bin/rmdir", "/bin/sync", "/bin/cat", "/bin/echo"]

FILES = {"/tmp/a": b"hi\n", "/tmp/b": b"hi\nthere\n", "/tmp/c": b"third\n"}
TIME = re.compile(rb"[A-Z][a-z][a-z] [ \d]\d \d\d:\d\d")


def same_script(script: str, tmp_path, uid: int = 0) -> bytes:
    """Run ``script`` with V6's commands and with ours; the output, once equal."""
    v6, ours = exec_both(OURS, ["/bin/sh", "/script"], tmp_path, uid=uid, gid=1 if uid else 0,
                         files={**FILES, "/script": script.encode()})
    got, want = TIME.sub(b"TIME", ours.stdout), TIME.sub(b"TIME", v6.stdout)
    assert got.decode("latin-1") == want.decode("latin-1")
    return ours.stdout


def test_ls_of_the_pack(tmp_path):
    out = same_script("""ls /etc
ls -l /etc
ls -la /usr
ls -ld /etc /tmp
ls -i /etc
ls -s /usr/bin
ls -ls /etc
ls -lt /etc
ls -r /etc
ls -u /etc
ls -lu /etc
ls -f /usr/games
ls -d /etc
ls -a /
ls /etc/passwd /nosuch /usr
ls -l /dev
ls -g /etc
ls -lg /etc
ls -al /usr/ken
ls
ls -z
ls -l /usr/bin/yacc /etc/rc /usr/ken /usr/games /dev/null
ls -ilsa /tmp
ls -rt /usr/bin
ls -s /etc/rc /usr/bin/yacc
""", tmp_path)
    # By hand, from FACTS.md: the pack's device nodes.
    assert b"crw-rw-rw-  1 bin     8,  2 " in out


def test_cp(tmp_path):
    same_script("""cp
cp /etc/rc
cp /nosuch /tmp/x
cp /etc/rc /nosuch/x
cp /etc/rc /tmp
cp /etc/rc /tmp/rc2
cp /etc/rc /etc/passwd /tmp
cp /etc/rc /etc/rc
cp /etc/rc /tmp/rc
cp /tmp /tmp/y
cp /tmp/b /tmp/a
cp /usr/bin/yacc /tmp/yacc
ls -l /tmp
cat /tmp/a /tmp/rc
cmp /usr/bin/yacc /tmp/yacc
""", tmp_path)


def test_mv(tmp_path):
    same_script("""mv
mv /tmp/a /tmp/a2
mv /tmp/a2 /usr
mv /nosuch /tmp
mv /tmp/b /tmp/b
mv /usr/a2 /nosuch/x
mv /tmp/b /etc/passwd /tmp/x
mv /usr/ken /tmp/ken
mv /tmp/c /etc/dtab
mkdir /tmp/d
mv /tmp/d /tmp/e
cp /etc/rc /tmp/y
mv /tmp/e /tmp/y
mv /tmp/e /usr/e
mv /tmp/y /tmp/e
ls -la /tmp /tmp/e /usr
cat /etc/dtab
""", tmp_path)


def test_ln_mkdir_rmdir(tmp_path):
    same_script("""ln
ln /etc/rc
ln /etc/rc /tmp/lrc
ln /etc/rc /tmp/lrc
ln /nosuch /tmp/x
ln /etc /tmp/etc
ln /etc/rc /tmp
ln /etc/rc /nosuch/x
ls -l /tmp /
mkdir
mkdir /tmp/d1 /tmp/d1 /nosuch/d /tmp/d2
mkdir /tmp/d2/x /tmp/d2/y
ls -la /tmp/d1 /tmp/d2
rmdir
rmdir /tmp/d1 /tmp/d1 /etc /tmp/a /nosuch
rmdir /tmp/d2/.
rmdir /tmp/d2/..
rmdir .
rmdir /tmp/d2
rmdir /tmp/d2/x
ls -la /tmp /tmp/d2
""", tmp_path)


def test_rm(tmp_path):
    same_script("""rm
rm /nosuch
rm /tmp
rm /tmp/a /tmp/passwd
rm -x /tmp/b
rm -
mkdir /tmp/d
mkdir /tmp/d/e
cp /etc/rc /tmp/d/e/f
cp /etc/rc /tmp/d/g
rm -r /tmp/d
rm -f /nosuch
rm -rf /tmp/c
ls -la /tmp /tmp/d /tmp/d/e
sync
sync x
""", tmp_path)


@pytest.mark.parametrize("script", [
    # ken (uid 6): nothing of root's in a directory he cannot write.
    "mkdir /tmp/k\nmkdir /etc/k\nrmdir /tmp/k\nls -l /tmp\nrm /etc/rc\ncp /etc/rc /etc/x\n"
    "ln /etc/rc /etc/x\nmv /tmp/a /etc/x\nmkdir /usr/ken/d\nls -la /usr/ken /usr/ken/d\n"
    "mv /usr/ken/d /usr/ken/e\nls /usr/ken\n",
])
def test_as_ken(script, tmp_path):
    same_script(script, tmp_path, uid=6)
