"""The genuine 1975 root pack: mounted, listed, read and checked, against the facts in FACTS.md."""

import re
import time

from tests.fs.helpers import contents, inode, mount, write_file
from v6.fs import fsck, fstool
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.layout import BSIZE, IFCHR, IFDIR, IFMT, ILARG
from v6.fs.namei import ROOT
from v6.fs.ops import mkdir, read_file, readdir, unlink

PASSWD = b"root::0:3::/:\ndaemon::1:1::/:\nbin::3:3::/bin:\nken::6:1::/usr/ken:\n"
DATE = r"[A-Z][a-z][a-z] [ 1-3][0-9] ([0-2][0-9]:[0-5][0-9]| [0-9]{4})"


def _walk(fsys: Fsys) -> list[tuple[str, int, int]]:
    """(path, i-number, mode) of every file once, by a breadth-first walk from /."""
    seen, queue, out = {1}, [("", 1)], []
    while queue:
        path, inum = queue.pop(0)
        dp = fsys.inodes.iget(fsys.mounts[0], inum)
        entries = readdir(dp)
        fsys.inodes.iput(dp)
        for e in entries:
            if e.name in (b".", b"..") or e.ino in seen:
                continue
            seen.add(e.ino)
            child = f"{path}/{e.name.decode()}"
            ip = fsys.inodes.iget(fsys.mounts[0], e.ino)
            out.append((child, e.ino, ip.mode))
            fsys.inodes.iput(ip)
            if ip.is_dir:
                queue.append((child, e.ino))
    return out


def test_superblock_reads_as_the_facts_say(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    sb = fsys.mounts[0].sb
    assert (sb.isize, sb.fsize, sb.nfree, sb.ninode) == (85, 4000, 35, 5)
    assert sb.inode[:5] == [407, 380, 361, 359, 374]
    assert sb.time == 177300292
    assert (sb.flock, sb.ilock, sb.fmod) == (0, 0, 0)
    fsys.close()


def test_root_directory_starts_with_dotdot_then_dot(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    first = [(e.name, e.ino) for e in readdir(fsys.rootdir)][:2]
    assert first == [(b"..", 1), (b".", 1)]
    fsys.close()


def test_census_of_the_tree(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    files = _walk(fsys)
    kinds = [mode & IFMT for _, _, mode in files]
    assert len(files) + 1 == 317                       # and the root itself
    assert kinds.count(0) == 289 and kinds.count(IFDIR) + 1 == 24 and kinds.count(IFCHR) == 4
    assert sum(1 for _, _, mode in files if mode & ILARG) == 94
    fsys.close()


def test_every_file_reads_to_its_end(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    total = 0
    for _, inum, _ in _walk(fsys):
        ip = fsys.inodes.iget(fsys.mounts[0], inum)
        if not ip.is_special:
            data = read_file(ip)
            assert len(data) == ip.size
            total += len(data)
        fsys.inodes.iput(ip)
    assert total > 1_000_000
    fsys.close()


def test_etc_files(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    assert contents(fsys, "/etc/passwd") == PASSWD and len(PASSWD) == 66
    assert contents(fsys, "/etc/group") == b"other::1:\nbin::3:root,bin\n"
    assert contents(fsys, "/etc/rc") == b"rm -f /etc/mtab\n/etc/update\n"
    ttys = contents(fsys, "/etc/ttys").split(b"\n")
    assert len(ttys[:24]) == 24 and ttys[8] == b"18-"
    assert len(contents(fsys, "/etc/utmp")) == 144
    fsys.close()


def test_directories_with_deleted_slots(v6root):
    fsys = Fsys.open_image(v6root, readonly=True)
    for path, size, live in (("/dev", 1824, 6), ("/tmp", 272, 2), ("/usr/tmp", None, 2)):
        ip = inode(fsys, path)
        if size is not None:
            assert ip.size == size
        assert len(readdir(ip)) == live
        fsys.inodes.iput(ip)
    fsys.close()


def test_ls_l_dev(v6root):
    lines = fstool.ls(str(v6root), "/dev", long=True)
    assert lines[0] == "total 0"
    expected = [("crw-rw-r-- ", "bin", 8, 1, "kmem"), ("crw-rw-r-- ", "bin", 8, 0, "mem"),
                ("crw-rw-rw- ", "bin", 8, 2, "null"), ("crw--w--w- ", "root", 0, 0, "tty8")]
    assert len(lines) == 5
    for line, (mode, owner, maj, mnr, name) in zip(lines[1:], expected, strict=True):
        prefix = f"{mode} 1 {owner:<6}{maj:3d},{mnr:3d} "
        assert line.startswith(prefix), (line, prefix)
        assert re.fullmatch(re.escape(prefix) + DATE + " " + name, line), line


def test_ls_l_etc_and_root(v6root):
    etc = fstool.ls(str(v6root), "/etc", long=True)
    passwd = next(line for line in etc if line.endswith(" passwd"))
    assert re.fullmatch(r"-[-r][-w][-x][-r][-w][-x][-r][-w][-x]  1 \S+ +66 " + DATE
                        + " passwd", passwd), passwd
    root = fstool.ls(str(v6root), "/")
    assert {"bin", "dev", "etc", "lib", "tmp", "usr", "unix", "rkunix"} <= set(root)
    assert root == sorted(root)
    assert fstool.ls(str(v6root), "/etc/passwd") == ["/etc/passwd"]


def test_fsck_finds_it_clean_and_quickly(v6root):
    start = time.perf_counter()
    dev = BlockDevice.open(v6root, readonly=True)
    fsys = Fsys()
    fsys.mount_root(dev, ronly=True)
    fsys.unmount_all()
    report = fsck.check(dev)
    elapsed = time.perf_counter() - start
    dev.close()
    assert report.problems == []
    assert (report.files, report.dirs, report.special) == (317, 24, 4)
    assert (report.used, report.free) == (2879, 1034)
    assert report.used + report.free == 4000 - 85 - 2
    assert elapsed < 1.0


def test_writing_keeps_it_consistent_and_leaves_block_0_alone(v6root, v6root_bytes):
    dev = BlockDevice.open(v6root)
    fsys = mount(dev)
    write_file(fsys, "/tmp/new", b"hello, 1975\n" * 1000)
    mkdir(fsys, "/tmp/dir", 0o755, ROOT)
    unlink(fsys, "/etc/mtab", ROOT)
    fsys.unmount_all()
    report = fsck.check(dev)
    assert report.problems == [] and report.files == 317 + 2 - 1
    fsys = mount(dev)
    assert contents(fsys, "/tmp/new") == b"hello, 1975\n" * 1000
    assert [e.name for e in readdir(fsys.rootdir)][:2] == [b"..", b"."]
    fsys.unmount_all()
    dev.close()
    assert v6root.read_bytes()[:BSIZE] == v6root_bytes[:BSIZE]
