"""mkfs: prototype files, host directories, the free-list layout, and bad descriptions."""

import os
from pathlib import Path

import pytest

from tests.fs.helpers import T0, contents, inode, make_dev, mount
from v6.fs import fsck
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import BSIZE, IALLOC, IFBLK, IFCHR, IFDIR, ISGID, ISUID, Superblock
from v6.fs.mkfs import (
    MkfsError,
    Spec,
    check_geometry,
    default_isize,
    free_list_order,
    mkfs,
    parse_mode,
    parse_proto,
    tree_from_dir,
)
from v6.fs.ops import readdir

PROTO = """\
boot.bin
400 4
d--755 0 3
bin d--775 3 3
  sh ---755 3 3 files/sh
  su -u-755 0 3 files/su
$
dev d--755 3 3
  null c--666 3 3 8 2
  rk0 b--640 0 3 0 0
$
motd -rw-r--r-- 3 3 files/motd
$
"""


@pytest.fixture
def proto_dir(tmp_path: Path) -> Path:
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "sh").write_bytes(b"\x07\x01" + bytes(6000))
    (tmp_path / "files" / "su").write_bytes(b"su program")
    (tmp_path / "files" / "motd").write_bytes(b"welcome\n")
    (tmp_path / "boot.bin").write_bytes(b"\x07\x01boot")
    (tmp_path / "proto").write_text(PROTO)
    return tmp_path


def _build(proto_dir: Path) -> BlockDevice:
    proto = parse_proto(PROTO, proto_dir)
    dev = BlockDevice.memory(proto.fsize)
    mkfs(dev, proto.root, isize=proto.isize, now=T0, boot=proto.boot.read_bytes())
    return dev


def test_proto_builds_the_described_tree(proto_dir):
    dev = _build(proto_dir)
    fsys = mount(dev)
    assert [e.name for e in readdir(fsys.rootdir)] == [b".", b"..", b"bin", b"dev", b"motd"]
    # Inodes are numbered in the order of the description, as V6's mkfs did.
    numbers = {p: inode(fsys, p) for p in ("/bin", "/bin/sh", "/bin/su", "/dev", "/dev/null",
                                            "/dev/rk0", "/motd")}
    assert [ip.inum for ip in numbers.values()] == [2, 3, 4, 5, 6, 7, 8]
    su, null, rk0 = numbers["/bin/su"], numbers["/dev/null"], numbers["/dev/rk0"]
    assert su.mode == IALLOC | ISUID | 0o755 and (su.uid, su.gid) == (0, 3)
    assert null.mode == IALLOC | IFCHR | 0o666 and null.addr[0] == 8 << 8 | 2
    assert rk0.mode == IALLOC | IFBLK | 0o640 and rk0.addr[0] == 0
    assert numbers["/bin"].nlink == 2 and fsys.rootdir.nlink == 4
    assert numbers["/motd"].mode == IALLOC | 0o644 and numbers["/motd"].mtime == T0
    for ip in numbers.values():
        fsys.inodes.iput(ip)
    assert contents(fsys, "/bin/sh") == b"\x07\x01" + bytes(6000)
    assert contents(fsys, "/motd") == b"welcome\n"
    fsys.unmount_all()
    assert dev.snapshot()[:6] == b"\x07\x01boot"
    sb = Superblock.parse(dev.snapshot()[BSIZE:2 * BSIZE])
    assert (sb.fsize, sb.isize, sb.ninode, sb.time) == (400, 4, 0, T0)
    assert fsck.check(dev).clean


def test_mode_tokens():
    assert parse_mode("d--755") == IFDIR | 0o755
    assert parse_mode("-ug711") == ISUID | ISGID | 0o711
    assert parse_mode("c--600") == IFCHR | 0o600
    assert parse_mode("-rwsr-s--x") == ISUID | ISGID | 0o751
    assert parse_mode("drwxrwxrwt") == IFDIR | 0o1777
    for bad in ("x--755", "d--758", "d-x755", "-rwxrwxrwz", "d--75"):
        with pytest.raises(ValueError):
            parse_mode(bad)


@pytest.mark.parametrize(("text", "message"), [
    ("- 400 4 d--755 0 0", r"proto:1: unexpected end of file: expected a name or \$"),
    ("- 400 x d--755 0 0 $", r"proto:1: expected the i-list size .* found 'x'"),
    ("-\n400 4\nd--755 0 0\nf q--644 0 0 a\n$", r"proto:4: bad mode 'q--644'"),
    ("- 400 4 d--755 0 0 f ---644 0 0 nothere $", r"nothere: no such host file"),
    ("- 400 4 d--755 0 0 abcdefghijklmno d--755 0 0 $ $", r"bad name 'abcdefghijklmno'"),
    ("- 400 4 d--755 0 0 $ extra", r"text after the root directory's closing \$"),
    ("- 400 4 ---755 0 0 x", r"the root must be a directory"),
    ("nosuchboot 400 4 d--755 0 0 $", r"boot program .*nosuchboot: no such host file"),
])
def test_bad_protos_name_the_line_and_the_problem(tmp_path, text, message):
    with pytest.raises(MkfsError, match=message):
        parse_proto(text, tmp_path)


def test_the_same_name_twice_is_refused(tmp_path):
    (tmp_path / "a").write_bytes(b"")
    proto = parse_proto("- 400 4 d--755 0 0 x ---644 0 0 a x ---644 0 0 a $", tmp_path)
    with pytest.raises(MkfsError, match="/x: named twice"):
        mkfs(BlockDevice.memory(400), proto.root, isize=4, now=T0)


def test_too_many_files_for_the_ilist(tmp_path):
    (tmp_path / "a").write_bytes(b"")
    names = " ".join(f"f{k} ---644 0 0 a" for k in range(16))
    proto = parse_proto(f"- 400 1 d--755 0 0 {names} $", tmp_path)
    with pytest.raises(MkfsError, match="out of inodes"):
        mkfs(BlockDevice.memory(400), proto.root, isize=1, now=T0)


def test_a_file_bigger_than_the_disk(tmp_path):
    (tmp_path / "big").write_bytes(bytes(100 * BSIZE))
    proto = parse_proto("- 50 1 d--755 0 0 big ---644 0 0 big $", tmp_path)
    with pytest.raises(MkfsError, match="/big: .*no space"):
        mkfs(BlockDevice.memory(50), proto.root, isize=1, now=T0)


def test_geometry_checks():
    check_geometry(4872, 77)
    for fsize, isize, words in ((0, 1, "must be 1..65535"), (70000, 10, "must be 1..65535"),
                                (100, 0, "isize 0"), (100, 98, "no data blocks"),
                                (65535, 4096, "more than 65535 inodes")):
        with pytest.raises(MkfsError, match=words):
            check_geometry(fsize, isize)
    with pytest.raises(MkfsError, match="boot program is 513 bytes"):
        mkfs(BlockDevice.memory(100), Spec(b"", IFDIR | 0o755), isize=1, now=0,
             boot=bytes(513))


def test_default_ilist_is_one_inode_per_four_blocks():
    assert default_isize(4872) == 77          # 1232 inodes on an RK05
    assert default_isize(4000) == 63 and default_isize(10) == 1


def test_free_list_layout_matches_the_genuine_pack(v6root_bytes):
    # On the genuine pack the superblock still holds part of what V6's mkfs laid
    # down: read from the top, free[32] down to free[1] are handed out next.
    sb = Superblock.parse(v6root_bytes[BSIZE:2 * BSIZE])
    upcoming = list(reversed(sb.free[1:33]))
    order = free_list_order(sb.data_start, sb.fsize)
    start = order.index(upcoming[0])
    assert order[start:start + len(upcoming)] == upcoming


def test_free_list_order_by_hand():
    # Cylinder 1 is blocks 24..47; data starting at 34 leaves part of it.
    assert free_list_order(34, 48) == [36, 39, 42, 45, 34, 37, 40, 43, 46,
                                       35, 38, 41, 44, 47]
    assert free_list_order(34, 48, interleave=1) == list(range(34, 48))


def test_from_a_host_directory(tmp_path):
    src = tmp_path / "tree"
    (src / "bin").mkdir(parents=True)
    (src / "bin" / "prog").write_bytes(b"#!prog")
    os.chmod(src / "bin" / "prog", 0o750)
    (src / "readme").write_bytes(b"hi")
    os.symlink("readme", src / "link")
    os.mkfifo(src / "fifo")
    warnings = []
    root = tree_from_dir(src, warnings.append)
    assert warnings == [f"{src / 'fifo'}: skipped (not a plain file or directory)"]
    dev = BlockDevice.memory(500)
    mkfs(dev, root, isize=2, now=T0)
    fsys = mount(dev)
    assert [e.name for e in readdir(fsys.rootdir)][2:] == [b"bin", b"link", b"readme"]
    prog, readme = inode(fsys, "/bin/prog"), inode(fsys, "/readme")
    assert prog.mode & 0o777 == 0o755 and readme.mode & 0o777 == 0o644
    assert readme.mtime == int((src / "readme").stat().st_mtime)
    for ip in (prog, readme):
        fsys.inodes.iput(ip)
    assert contents(fsys, "/link") == b"hi"
    fsys.unmount_all()
    assert fsck.check(dev).clean


def test_host_names_longer_than_fourteen_bytes(tmp_path):
    (tmp_path / "a-very-long-file-name").write_bytes(b"")
    with pytest.raises(MkfsError, match="name longer than 14 bytes"):
        tree_from_dir(tmp_path, print)


def test_empty_file_system_is_clean_and_mostly_free():
    dev = make_dev(4872)
    report = fsck.check(dev)
    assert report.clean and report.files == 1
    assert report.free == 4872 - 2 - 77 - 1
