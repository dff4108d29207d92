"""chmod, chown, chgrp, du and /etc/mknod against V6's own binaries, script by script
(see test_fsops.py); times of day masked.  One difference on purpose: chgrp's usage
message names chgrp (V6's said "chown uid f1 ...")."""

from __future__ import annotations

from tests.userland.helpers import exec_both
from tests.userland.test_fsops import TIME

OURS = ["/bin/ls", "/bin/cp", "/bin/chmod", "/bin/chown", "/bin/chgrp", "/bin/du",
        "/etc/mknod"]


def same_script(script: str, tmp_path, uid: int = 0) -> bytes:
    v6, ours = exec_both(OURS, ["/bin/sh", "/script"], tmp_path, uid=uid, gid=1 if uid else 0,
                         files={"/script": script.encode()})
    got, want = TIME.sub(b"TIME", ours.stdout), TIME.sub(b"TIME", v6.stdout)
    assert got.decode("latin-1") == want.decode("latin-1")
    return ours.stdout


def test_chmod_chown_chgrp(tmp_path):
    same_script("""cp /etc/rc /tmp/f
chmod
chmod 777
chmod 7777 /tmp/f /nosuch
chmod xyz /tmp/f
chmod 644 /tmp/f
ls -l /tmp/f
chown ken /tmp/f /nosuch
chown 6 /tmp/f
chown nobody /tmp/f
chgrp other /tmp/f /nosuch
chgrp nogroup /tmp/f
chgrp 7 /tmp/f
chgrp bin /tmp/f
ls -lg /tmp/f
ls -l /tmp/f
""", tmp_path)


def test_as_ken(tmp_path):
    same_script("""chmod 777 /etc/rc
chown ken /etc/rc
chgrp other /etc/rc
/etc/mknod /tmp/n c 1 2
ls -l /etc/rc /tmp
""", tmp_path, uid=6)


def test_chgrp_usage_names_chgrp(tmp_path):
    _, ours = exec_both(OURS, ["/bin/chgrp"], tmp_path)
    assert (ours.stdout, ours.status) == (b"chgrp gid f1 ...\nWho?\n", 1 << 8)


def test_du(tmp_path):
    out = same_script("""du /usr/ken /nosuch
du -s /usr
du -a /usr/games
du /usr/sys
du -as /etc/rc
du -a /usr/sys/dmr
""", tmp_path)
    # By hand: /usr/ken is an empty directory of one block.
    assert out.startswith(b"1\t/usr/ken\n")


def test_mknod(tmp_path):
    same_script("""/etc/mknod
/etc/mknod /tmp/n c 1 2
/etc/mknod /tmp/n x 1 2
/etc/mknod /tmp/b b 0 0
/etc/mknod /tmp/n c 1 2
ls -l /tmp
""", tmp_path)
