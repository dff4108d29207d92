"""The syscall-level operations: creat, open, link, unlink, mknod, mkdir, rmdir, chmod, chown, stat."""

import pytest

from tests.fs.helpers import T0, contents, inode, make_dev, mount, write_file
from v6.errno import EACCES, EEXIST, EINVAL, EISDIR, EMLINK, ENOENT, EPERM, EXDEV
from v6.fs import fsck
from v6.fs.errors import FsError
from v6.fs.layout import IALLOC, IFCHR, IFDIR, ILARG, ISVTX, makedev
from v6.fs.namei import ROOT, Cred
from v6.fs.ops import (
    chmod,
    chown,
    creat,
    dirlookup,
    link,
    mkdir,
    mknod,
    open_file,
    readdir,
    rmdir,
    stat,
    unlink,
)
from v6.fs.rdwri import writei

USER = Cred(6, 1)


def _errno(fn, *args) -> int:
    with pytest.raises(FsError) as exc:
        fn(*args)
    return exc.value.errno


def _nlink(fsys, path: str) -> int:
    ip = inode(fsys, path)
    fsys.inodes.iput(ip)
    return ip.nlink


def test_creat_makes_a_plain_file_owned_by_the_caller(fsys):
    chmod(fsys, "/", 0o777, ROOT)
    ip = creat(fsys, "/f", 0o1755, USER)
    assert ip.mode == IALLOC | 0o755                 # the sticky bit is dropped
    assert (ip.nlink, ip.uid, ip.gid, ip.size) == (1, 6, 1, 0)
    fsys.inodes.iput(ip)


def test_creat_of_an_existing_file_truncates_it_in_place(fsys):
    write_file(fsys, "/f", b"x" * 10_000)
    before = inode(fsys, "/f")
    fsys.inodes.iput(before)
    ip = creat(fsys, "/f", 0o600, ROOT)
    assert ip.inum == before.inum and ip.size == 0 and not ip.mode & ILARG
    assert ip.mode & 0o777 == 0o644                   # the old mode stays
    fsys.inodes.iput(ip)


def test_creat_refusals(fsys):
    mkdir(fsys, "/d", 0o755, ROOT)
    write_file(fsys, "/ro", b"", mode=0o444)
    assert _errno(creat, fsys, "/d", 0o644, ROOT) == EISDIR
    assert _errno(creat, fsys, "/ro", 0o644, USER) == EACCES
    assert _errno(creat, fsys, "/d/new", 0o644, USER) == EACCES


def test_open_checks(fsys):
    mkdir(fsys, "/d", 0o755, ROOT)
    write_file(fsys, "/f", b"", mode=0o600)
    with pytest.raises(FsError) as exc:
        open_file(fsys, "/d", ROOT, read=False, write=True)
    assert exc.value.errno == EISDIR
    with pytest.raises(FsError) as exc:
        open_file(fsys, "/f", USER)
    assert exc.value.errno == EACCES
    fsys.inodes.iput(open_file(fsys, "/f", ROOT, read=True, write=True))


def test_link_and_unlink_count_links(fsys):
    write_file(fsys, "/f", b"data")
    link(fsys, "/f", "/g", ROOT)
    assert _nlink(fsys, "/f") == 2 and contents(fsys, "/g") == b"data"
    assert _errno(link, fsys, "/f", "/g", ROOT) == EEXIST
    unlink(fsys, "/f", ROOT)
    assert _nlink(fsys, "/g") == 1
    assert _errno(unlink, fsys, "/f", ROOT) == ENOENT
    unlink(fsys, "/g", ROOT)
    assert [e.name for e in readdir(fsys.rootdir)] == [b".", b".."]
    fsys.sync()
    assert fsck.check(fsys.mounts[0].dev).clean


def test_only_the_super_user_links_and_unlinks_directories(fsys):
    chmod(fsys, "/", 0o777, ROOT)
    mkdir(fsys, "/d", 0o777, USER)
    assert _errno(link, fsys, "/d", "/e", USER) == EPERM
    assert _errno(unlink, fsys, "/d", USER) == EPERM


def test_link_limits(fsys):
    write_file(fsys, "/f", b"")
    for k in range(126):
        link(fsys, "/f", f"/l{k}", ROOT)
    assert _nlink(fsys, "/f") == 127
    assert _errno(link, fsys, "/f", "/one-more", ROOT) == EMLINK
    other = make_dev(300)
    mkdir(fsys, "/mnt", 0o755, ROOT)
    fsys.mount(other, inode(fsys, "/mnt"))
    write_file(fsys, "/g", b"")
    assert _errno(link, fsys, "/g", "/mnt/x", ROOT) == EXDEV
    fsys.umount(other)


def test_mknod_is_for_the_super_user(fsys):
    mknod(fsys, "/null", IFCHR | 0o666, makedev(8, 2), ROOT)
    ip = inode(fsys, "/null")
    assert ip.mode == IALLOC | IFCHR | 0o666 and ip.addr[0] == 0x0802 and ip.size == 0
    fsys.inodes.iput(ip)
    assert _errno(mknod, fsys, "/null", IFCHR | 0o666, 0, ROOT) == EEXIST
    assert _errno(mknod, fsys, "/x", IFCHR | 0o666, 0, USER) == EPERM


def test_mkdir_makes_dot_and_dotdot(fsys):
    mkdir(fsys, "/d", 0o750, ROOT)
    mkdir(fsys, "/d/e", 0o755, ROOT)
    d, e = inode(fsys, "/d"), inode(fsys, "/d/e")
    assert d.mode == IALLOC | IFDIR | 0o750
    assert [(x.name, x.ino) for x in readdir(e)] == [(b".", e.inum), (b"..", d.inum)]
    assert (d.nlink, e.nlink, fsys.rootdir.nlink) == (3, 2, 3)
    for ip in (d, e):
        fsys.inodes.iput(ip)
    assert _errno(mkdir, fsys, "/d", 0o755, ROOT) == EEXIST


def test_rmdir_undoes_mkdir(fsys):
    mkdir(fsys, "/d", 0o755, ROOT)
    mkdir(fsys, "/d/e", 0o755, ROOT)
    write_file(fsys, "/d/e/f", b"x")
    assert _errno(rmdir, fsys, "/d/e", ROOT) == EEXIST
    assert _errno(rmdir, fsys, "/d/e/.", ROOT) == EINVAL
    unlink(fsys, "/d/e/f", ROOT)
    rmdir(fsys, "/d/e", ROOT)
    assert _nlink(fsys, "/d") == 2 and dirlookup(fsys.rootdir, b"d")
    rmdir(fsys, "/d", ROOT)
    assert fsys.rootdir.nlink == 2
    fsys.sync()
    assert fsck.check(fsys.mounts[0].dev).clean


def test_chmod_and_chown(fsys):
    write_file(fsys, "/f", b"")
    chown(fsys, "/f", 6, 1, ROOT)
    chmod(fsys, "/f", 0o1600, USER)                  # only root may set the sticky bit
    ip = inode(fsys, "/f")
    assert (ip.uid, ip.gid, ip.mode & 0o7777) == (6, 1, 0o600)
    fsys.inodes.iput(ip)
    chmod(fsys, "/f", 0o1600, ROOT)
    ip = inode(fsys, "/f")
    assert ip.mode & ISVTX
    fsys.inodes.iput(ip)
    assert _errno(chmod, fsys, "/f", 0o777, Cred(7, 1)) == EPERM
    assert _errno(chown, fsys, "/f", 7, 1, USER) == EPERM


def test_stat_reports_the_inode(dev):
    dev.devno = makedev(0, 1)
    fsys = mount(dev, now=T0 + 5)
    ip = creat(fsys, "/f", 0o644, ROOT)
    writei(ip, 0, b"abc")
    st = stat(ip)
    assert (st.dev, st.ino, st.mode, st.nlink, st.size) == (1, ip.inum, IALLOC | 0o644, 1, 3)
    assert st.mtime == T0 + 5 and st.addr == tuple(ip.addr)
    fsys.inodes.iput(ip)
    fsys.unmount_all()
