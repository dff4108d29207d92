"""Path lookup: V6's rules, permissions, long names, free slots, loops and mount points."""

import pytest

from tests.fs.helpers import contents, inode, make_dev, mount, write_file
from v6.errno import EACCES, EBUSY, ENOENT, ENOTDIR, EROFS
from v6.fs.errors import FsError
from v6.fs.layout import IEXEC, IREAD, IWRITE, DirEntry
from v6.fs.namei import ROOT, Cred, access, dirents, namei, namei_create, namei_delete
from v6.fs.ops import chmod, chown, creat, link, mkdir, readdir, unlink


def _errno(fn, *args) -> int:
    with pytest.raises(FsError) as exc:
        fn(*args)
    return exc.value.errno


def _inum(fsys, path: bytes, cred=ROOT, cwd=None) -> int:
    ip = namei(fsys, path, cred, cwd)
    fsys.inodes.iput(ip)
    return ip.inum


def test_paths_absolute_relative_and_dotted(fsys):
    mkdir(fsys, "/a", 0o755, ROOT)
    mkdir(fsys, "/a/b", 0o755, ROOT)
    a, b = _inum(fsys, b"/a"), _inum(fsys, b"/a/b")
    assert _inum(fsys, b"//a///b/") == b
    assert _inum(fsys, b"/a/b/..") == a
    assert _inum(fsys, b"/..") == _inum(fsys, b"/") == _inum(fsys, b"") == 1
    cwd = inode(fsys, "/a")
    assert _inum(fsys, b"b", ROOT, cwd) == b
    assert _inum(fsys, b"./b/../..", ROOT, cwd) == 1
    assert _inum(fsys, b"", ROOT, cwd) == a
    fsys.inodes.iput(cwd)


def test_lookup_failures(fsys):
    write_file(fsys, "/file", b"x")
    assert _errno(namei, fsys, b"/nope", ROOT) == ENOENT
    assert _errno(namei, fsys, b"/file/x", ROOT) == ENOTDIR
    assert _errno(namei_create, fsys, b"/", ROOT) == ENOENT
    assert _errno(namei_delete, fsys, b"", ROOT) == ENOENT
    # Nothing was left referenced by the failures: only the root directory.
    assert [ip.inum for ip in fsys.inodes] == [1]


def test_names_are_cut_to_fourteen_bytes(fsys):
    write_file(fsys, "/abcdefghijklmnopq", b"long")
    assert [e.name for e in readdir(fsys.rootdir)][-1] == b"abcdefghijklmn"
    assert contents(fsys, "/abcdefghijklmnXYZ") == b"long"


def test_create_takes_the_first_empty_slot(fsys):
    for name in ("one", "two", "three"):
        write_file(fsys, f"/{name}", b"")
    unlink(fsys, "/two", ROOT)
    lk = namei_create(fsys, b"/four", ROOT)
    assert lk.ip is None and lk.name == b"four"
    assert lk.offset == 3 * 16                      # ., .., one, [two's old slot]
    fsys.inodes.iput(lk.dp)
    lk = namei_delete(fsys, b"/three", ROOT)
    assert (lk.offset, lk.ino) == (4 * 16, _inum(fsys, b"/three"))
    fsys.inodes.iput(lk.dp)


def test_permission_bits_owner_group_other(fsys):
    write_file(fsys, "/f", b"secret", mode=0o640)
    chown(fsys, "/f", 5, 7, ROOT)
    ip = inode(fsys, "/f")
    access(ip, IWRITE, Cred(5, 99))                  # owner: rw-
    access(ip, IREAD, Cred(6, 7))                    # group: r--
    assert _errno(access, ip, IWRITE, Cred(6, 7)) == EACCES
    assert _errno(access, ip, IREAD, Cred(6, 8)) == EACCES      # other: ---
    assert _errno(access, ip, IEXEC, Cred(5, 7)) == EACCES
    # The owner is judged by the owner bits alone, even if the others may do more.
    chmod(fsys, "/f", 0o047, ROOT)
    assert _errno(access, ip, IREAD, Cred(5, 7)) == EACCES
    access(ip, IREAD, Cred(6, 8))
    fsys.inodes.iput(ip)


def test_super_user_may_do_anything_but_execute_without_x(fsys):
    write_file(fsys, "/f", b"", mode=0)
    ip = inode(fsys, "/f")
    access(ip, IREAD, ROOT)
    access(ip, IWRITE, ROOT)
    assert _errno(access, ip, IEXEC, ROOT) == EACCES
    chmod(fsys, "/f", 0o001, ROOT)
    access(ip, IEXEC, ROOT)
    fsys.inodes.iput(ip)


def test_directories_need_search_and_write_permission(fsys):
    mkdir(fsys, "/d", 0o755, ROOT)
    write_file(fsys, "/d/f", b"x")
    user = Cred(9, 9)
    assert _inum(fsys, b"/d/f", user) > 1
    assert _errno(namei_create, fsys, b"/d/new", user) == EACCES
    chmod(fsys, "/d", 0o700, ROOT)
    assert _errno(namei, fsys, b"/d/f", user) == EACCES


def test_read_only_file_system_refuses_creation(dev):
    fsys = mount(dev, ronly=True)
    assert _errno(namei_create, fsys, b"/new", ROOT) == EROFS
    assert _errno(creat, fsys, "/new", 0o644, ROOT) == EROFS


def test_a_directory_loop_cannot_make_lookup_run_forever(fsys):
    mkdir(fsys, "/a", 0o755, ROOT)
    mkdir(fsys, "/a/b", 0o755, ROOT)
    link(fsys, "/a", "/a/b/up", ROOT)               # the super-user may link directories
    deep = b"/a" + b"/b/up" * 200 + b"/b"
    assert _inum(fsys, deep) == _inum(fsys, b"/a/b")


def test_mount_points_are_crossed_both_ways(fsys):
    other = make_dev(300)
    sub = mount(other)
    write_file(sub, "/inside", b"on the other disk")
    sub.unmount_all()
    mkdir(fsys, "/mnt", 0o755, ROOT)
    write_file(fsys, "/mnt/hidden", b"under the mount")
    fs2 = fsys.mount(other, inode(fsys, "/mnt"))
    assert contents(fsys, "/mnt/inside") == b"on the other disk"
    assert _inum(fsys, b"/mnt/..") == 1
    assert _inum(fsys, b"/mnt/../mnt/inside") == _inum(fsys, b"/mnt/inside")
    held = inode(fsys, "/mnt/inside")
    assert held.fs is fs2
    assert _errno(fsys.umount, other) == EBUSY
    fsys.inodes.iput(held)
    fsys.umount(other)
    assert contents(fsys, "/mnt/hidden") == b"under the mount"


def test_dirents_report_deleted_slots_only_when_asked(fsys):
    write_file(fsys, "/x", b"")
    unlink(fsys, "/x", ROOT)
    assert [e.name for e in readdir(fsys.rootdir)] == [b".", b".."]
    assert [e for _, e in dirents(fsys.rootdir, empty=True)][2] == DirEntry(0, b"x")


def test_trailing_slashes_are_ignored_as_in_v6(fsys):
    write_file(fsys, "/file", b"")
    assert _inum(fsys, b"/file/") == _inum(fsys, b"/file")
    lk = namei_create(fsys, b"/new//", ROOT)
    assert lk.ip is None and lk.name == b"new"
    fsys.inodes.iput(lk.dp)
