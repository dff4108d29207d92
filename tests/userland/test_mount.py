"""df, /etc/mount and /etc/umount against V6's binaries where the outputs can agree; by
hand where ours differ on purpose (df's default file systems, the exit status of
"arg count", the super-user check of our kernel).

The kernel's configuration has one block device, the root pack (RK minor 0); to mount a
second file system, these tests attach a pack made by mkfs as RK minor 1 (``Disked``), as
a second drive would have been.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.kernel.helpers import make_image
from tests.userland.helpers import PACK_TIME, Ran, built, exec_both, exec_on, pack, pack_with, put
from v6.fs import ops
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.layout import IFBLK
from v6.fs.namei import ROOT
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel

OURS = ["/bin/df", "/etc/mount", "/etc/umount"]


def nodes(image: Path, names: dict[str, int]) -> None:
    """Block special files (path -> RK minor) on ``image``."""
    with Fsys.open_image(image, now=lambda: PACK_TIME) as fsys:
        for path, minor in names.items():
            ops.mknod(fsys, path, IFBLK | 0o640, minor, ROOT)


def second_pack(where: Path) -> Path:
    """A 500-block file system (the kernel tests' skeleton and /hello), to be mounted."""
    return make_image(where / "rk1.img", {"/hello": b"hello from rk1\n"}, nblocks=500)


class Disked:
    """A kernel on ``image`` with ``disk`` as RK minor 1; ``run`` runs one command as root."""

    def __init__(self, image: Path, disk: Path) -> None:
        self.k = Kernel(image)
        self.disk = BlockDevice.open(disk, clock=self.k.m.clock, devno=1)
        self.k.conf.bdevsw[0][1] = self.disk
        self.devnull = os.open(os.devnull, os.O_RDONLY)

    def run(self, argv: list[str]) -> Ran:
        out, err = HostStream.buffer(), HostStream.buffer()
        status = run_program(self.k, argv, cwd="/", uid=0, gid=0, time_limit=60,
                             stdio=[HostStream("stdin", fd=self.devnull, writable=False),
                                    out, err])
        return Ran(status, bytes(out.output), bytes(err.output))

    def close(self) -> None:
        self.k.shutdown()
        self.disk.close()
        os.close(self.devnull)


def test_messages_like_v6(tmp_path):
    # the pack's /etc/mtab still holds rp1 on /usr/source (no boot has removed it); sh
    # run by exec has one stream for both outputs: mount's stderr is checked below
    script = (b"/etc/mknod /tmp/rk1 b 0 1\n/etc/mount\n/etc/mount /tmp/rk1 /mnt\n"
              b"/etc/mount /dev/tty8 /mnt\n/etc/mount /nothing /mnt\n/etc/mount /tmp/rk1\n"
              b"/etc/umount\n/etc/umount /tmp/rk1\n/etc/umount /nothing\n/etc/umount a b\n"
              b"df /nothing /tmp/rk1\necho done\n")
    v6, ours = exec_both(OURS, ["/bin/sh", "/tmp/script"], tmp_path,
                         files={"/tmp/script": script})
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout == (b"rp1 on /usr/source\nmount: No such device or address\n"
                           b"mount: Block device required\nmount: No such file or directory\n"
                           b"arg count\narg count\numount: No such device or address\n"
                           b"umount: No such file or directory\narg count\n"
                           b"/nothing cannot open /nothing\n/tmp/rk1 cannot open /tmp/rk1\ndone\n")


def test_df_counts_like_v6(tmp_path):
    # ours beside V6's on one image, so that the two count the same free list
    image = pack(tmp_path)
    put(image, {"/tmp/df": built("/bin/df")})
    nodes(image, {"/tmp/rk0": 0})
    script = "df /tmp/rk0; /tmp/df /tmp/rk0; cp /bin/ed /tmp/ed; df /tmp/rk0; /tmp/df /tmp/rk0"
    lines = exec_on(image, ["/bin/sh", "-c", script]).stdout.decode().splitlines()
    assert lines[0] == lines[1] and lines[2] == lines[3]
    before, after = (int(line.split()[1]) for line in lines[1:3])
    assert 900 < before and after < before


def test_df_defaults_are_the_root_and_mtab(tmp_path):
    # V6's were its installation's /dev/rk2 and /dev/rp0; ours the root and what is mounted
    image = pack_with(OURS, tmp_path)
    nodes(image, {"/dev/rk0": 0})
    r = exec_on(image, ["/bin/df"])
    assert r.stdout.decode().splitlines()[1:] == ["/dev/rp1 cannot open /dev/rp1"]
    assert r.stdout.startswith(b"/dev/rk0 ") and r.status == 0


def test_df_of_what_is_not_a_file_system(tmp_path):
    # V6's df printed "read error 1" and a debugging line: ours one line
    r = exec_on(pack_with(OURS, tmp_path), ["/bin/df", "/dev/null"])
    assert r.stdout == b"/dev/null read error\n"


def test_arg_count_fails(tmp_path):
    # V6's exit status was 0; ours says the command failed
    image = pack_with(OURS, tmp_path)
    for argv in (["/etc/mount", "/dev/rk0"], ["/etc/umount"], ["/etc/umount", "a", "b"]):
        assert exec_on(image, argv) == Ran(1 << 8, b"arg count\n", b"")


def test_only_the_superuser_mounts(tmp_path):
    image = pack_with(OURS, tmp_path)
    nodes(image, {"/dev/rk0": 0})
    r = exec_on(image, ["/etc/mount", "/dev/rk0", "/mnt"], uid=6, gid=1)
    assert (r.status, r.stderr) == (1 << 8, b"mount: Not super-user\n")
    r = exec_on(image, ["/etc/umount", "/dev/rk0"], uid=6, gid=1)
    assert (r.status, r.stderr) == (1 << 8, b"umount: Not super-user\n")


SESSION = [
    ["/etc/mount", "/dev/rk1", "/mnt"], ["/bin/cat", "/mnt/hello"], ["/etc/mount"],
    ["/bin/df", "/dev/rk1"], ["/etc/mount", "/dev/rk1", "/usr"], ["/bin/od", "-c", "/etc/mtab"],
    ["/etc/umount", "/dev/rk1"], ["/bin/ls", "/mnt"], ["/etc/mount"], ["/bin/od", "-c", "/etc/mtab"],
    ["/etc/umount", "/dev/rk1"], ["/bin/rm", "/etc/mtab"], ["/etc/mount", "/dev/rk1", "/mnt", "-r"],
    ["/etc/mount"], ["/bin/od", "-c", "/etc/mtab"], ["/etc/umount", "/dev/rk1"],
    ["/bin/od", "-c", "/etc/mtab"],
]


def session(image: Path, disk: Path) -> list[tuple[bytes, bytes]]:
    """SESSION run on ``image`` with ``disk`` as /dev/rk1: each command's output."""
    nodes(image, {"/dev/rk1": 1})
    system = Disked(image, disk)
    try:
        return [(r.stdout, r.stderr) for r in map(system.run, SESSION)]
    finally:
        system.close()


def test_mount_and_umount_a_second_pack_like_v6(tmp_path):
    (tmp_path / "v6").mkdir()
    (tmp_path / "ours").mkdir()
    v6 = session(pack(tmp_path / "v6"), second_pack(tmp_path / "v6"))
    ours = session(pack_with(OURS, tmp_path / "ours"), second_pack(tmp_path / "ours"))
    assert ours == v6
    assert ours[1][0] == b"hello from rk1\n"
    assert ours[2][0] == b"rp1 on /usr/source\nrk1 on /mnt\n"
    assert ours[3][0].startswith(b"/dev/rk1 ")
    assert ours[4][1] == b"mount: Mount device busy\n"
    assert ours[7][0] == b""                    # /mnt is the empty directory again
    assert ours[8][0] == b"rp1 on /usr/source\n"
    assert ours[10][1] == b"umount: Invalid argument\n"
    assert ours[13][0] == b"rk1 on /mnt\n"
    assert ours[16][0] == b"0000000 \n"        # the last entry gone, the table empty


def test_read_only_mount_refuses_writes(tmp_path):
    image = pack_with(OURS, tmp_path)
    nodes(image, {"/dev/rk1": 1})
    system = Disked(image, second_pack(tmp_path))
    try:
        assert system.run(["/etc/mount", "/dev/rk1", "/mnt", "-r"]).status == 0
        r = system.run(["/bin/sh", "-c", "echo x > /mnt/new"])
        assert r.stdout == b"/mnt/new: cannot create\n"
        assert b"new" not in system.run(["/bin/ls", "/mnt"]).stdout
        assert system.run(["/etc/umount", "/dev/rk1"]).status == 0
        assert system.run(["/bin/sh", "-c", "echo x > /mnt/new; cat /mnt/new"]).stdout == b"x\n"
    finally:
        system.close()
