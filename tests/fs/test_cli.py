"""The v6 mkfs, fsck and fs commands, used as a new user would, through v6.cli.main.

Every failure must be one line, ``v6: <message>``, with exit status 1 and no traceback.
"""

from pathlib import Path

import pytest

from tests.fs.helpers import make_dev
from v6.cli import main
from v6.fs.bio import BufferCache
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import BSIZE, SUPERB, DiskInode, Superblock, itod

PROTO = """\
-
600 8
d--755 0 3
etc d--755 3 3
  passwd ---644 0 3 passwd
$
$
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fails(capsys, *argv: str) -> str:
    """Run a command that must fail; return its one-line message."""
    code, out, err = run(capsys, *argv)
    assert code == 1, (out, err)
    assert err.startswith("v6: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err[4:].rstrip("\n")


@pytest.fixture
def image(tmp_path: Path, capsys) -> str:
    (tmp_path / "passwd").write_text("root::0:3::/:\nbin::3:3::/bin:\n")
    (tmp_path / "proto").write_text(PROTO)
    path = str(tmp_path / "disk.img")
    assert run(capsys, "mkfs", path, "--proto", str(tmp_path / "proto"))[0] == 0
    return path


def _read_inode(path: str, inum: int) -> DiskInode:
    blkno, off = itod(inum)
    return DiskInode.parse(Path(path).read_bytes()[blkno * BSIZE:(blkno + 1) * BSIZE], off)


def _poke_inode(path: str, inum: int, **fields: int) -> None:
    dev = BlockDevice.open(path)
    cache, (blkno, off) = BufferCache(), itod(inum)
    bp = cache.bread(dev, blkno)
    di = DiskInode.parse(bp.data, off)
    for name, value in fields.items():
        setattr(di, name, value)
    di.pack_into(bp.data, off)
    cache.bwrite(bp)
    dev.close()


def test_mkfs_from_a_proto_then_look_inside(image, capsys):
    assert Path(image).stat().st_size == 600 * BSIZE
    code, out, _ = run(capsys, "fs", "ls", "-l", image, "/etc")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "total 1"
    assert lines[1].startswith("-rw-r--r--  1 root       30 ") and lines[1].endswith(" passwd")
    assert run(capsys, "fs", "cat", image, "/etc/passwd")[1] == "root::0:3::/:\nbin::3:3::/bin:\n"
    code, out, _ = run(capsys, "fsck", image)
    assert code == 0 and out.endswith("3 files (2 directories, 0 special), "
                                      "3 blocks in use, 587 free; clean\n")


def test_mkfs_sizes_from_options(tmp_path, capsys):
    path = tmp_path / "big.img"
    assert run(capsys, "mkfs", str(path), "--blocks", "8000", "--inodes", "100")[0] == 0
    sb = Superblock.parse(path.read_bytes()[BSIZE:2 * BSIZE])
    assert (sb.fsize, sb.isize) == (8000, 7)
    assert run(capsys, "mkfs", str(path))[0] == 0
    sb = Superblock.parse(path.read_bytes()[BSIZE:2 * BSIZE])
    assert (sb.fsize, sb.isize) == (4872, 77)


def test_mkfs_from_a_host_directory(tmp_path, capsys):
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "sub" / "hello").write_bytes(b"hello\n")
    img = str(tmp_path / "d.img")
    assert run(capsys, "mkfs", img, "--from", str(tmp_path / "src"), "--blocks", "300")[0] == 0
    assert run(capsys, "fs", "cat", img, "/sub/hello")[1] == "hello\n"
    assert fails(capsys, "mkfs", img, "--from", str(tmp_path / "nope")).endswith(
        "nope: not a directory")


def test_bad_proto_leaves_no_image(tmp_path, capsys):
    (tmp_path / "proto").write_text("-\n600 8\nd--755 0 3\nx ---644 0 0 missing\n$\n")
    img = tmp_path / "bad.img"
    assert fails(capsys, "mkfs", str(img), "--proto", str(tmp_path / "proto")).startswith(
        f"{tmp_path / 'proto'}:4: ")
    assert not img.exists() and not Path(f"{img}.partial").exists()
    assert "i-list blocks" in fails(capsys, "mkfs", str(img), "--blocks", "100",
                                    "--inodes", "5000")


def test_put_get_mkdir_rm(image, tmp_path, capsys):
    host = tmp_path / "data.bin"
    host.write_bytes(bytes(range(256)) * 40)
    assert run(capsys, "fs", "mkdir", image, "/usr")[0] == 0
    assert run(capsys, "fs", "put", image, str(host), "/usr")[0] == 0
    out = tmp_path / "back.bin"
    assert run(capsys, "fs", "get", image, "/usr/data.bin", str(out))[0] == 0
    assert out.read_bytes() == host.read_bytes()
    assert run(capsys, "fs", "ls", image, "/usr")[1] == "data.bin\n"
    assert "Is a directory" in fails(capsys, "fs", "rm", image, "/usr")
    assert "Directory not empty" in fails(capsys, "fs", "rmdir", image, "/usr")
    assert run(capsys, "fs", "rm", "-r", image, "/usr")[0] == 0
    assert run(capsys, "fs", "ls", image, "/")[1] == "etc\n"
    assert run(capsys, "fsck", image)[0] == 0


def _modes(capsys, image: str, path: str) -> dict[str, str]:
    """name -> the 11 mode columns of ``v6 fs ls -l IMAGE PATH``."""
    code, out, _ = run(capsys, "fs", "ls", "-l", image, path)
    assert code == 0
    return {line.split()[-1]: line[:11] for line in out.splitlines()[1:]}


def test_put_keeps_the_host_files_permission_bits(image, tmp_path, capsys):
    host = tmp_path / "prog"
    host.write_bytes(b"\x07\x01")
    host.chmod(0o4751)
    assert run(capsys, "fs", "put", image, str(host), "/etc")[0] == 0
    host.chmod(0o600)
    assert run(capsys, "fs", "put", image, str(host), "/etc/passwd")[0] == 0
    modes = _modes(capsys, image, "/etc")
    assert modes["prog"] == "-rwsr-x--x "      # 4751: set-uid shown in the owner's x
    assert modes["passwd"] == "-rw------- "     # was 644 (the proto's): now the host's 600
    assert run(capsys, "fsck", image)[0] == 0


def test_chmod_sets_the_permission_bits(image, capsys):
    assert run(capsys, "fs", "chmod", "4755", image, "/etc/passwd")[0] == 0
    assert run(capsys, "fs", "chmod", "1777", image, "etc")[0] == 0
    assert _modes(capsys, image, "/etc")["passwd"] == "-rwsr-xr-x "
    assert _modes(capsys, image, "/")["etc"] == "drwxrwxrwxt"   # still a directory
    assert run(capsys, "fs", "chmod", "0", image, "/etc/passwd")[0] == 0
    assert _modes(capsys, image, "/etc")["passwd"] == "---------- "
    assert run(capsys, "fsck", image)[0] == 0


@pytest.mark.parametrize("mode", ["9", "u+x", "17777", "", "-1"])
def test_chmod_refuses_a_bad_mode(image, capsys, mode):
    assert fails(capsys, "fs", "chmod", mode, image, "/etc/passwd") == \
        f"{mode}: bad mode (octal, 0 to 7777)"


def test_chmod_of_a_missing_file(image, capsys):
    assert fails(capsys, "fs", "chmod", "644", image, "/etc/nope") == \
        f"{image}: /etc/nope: No such file or directory"


def test_errors_name_image_and_path(image, tmp_path, capsys):
    assert fails(capsys, "fs", "cat", image, "/etc/nope") == \
        f"{image}: /etc/nope: No such file or directory"
    assert fails(capsys, "fs", "cat", image, "/etc") == f"{image}: /etc: Is a directory"
    assert fails(capsys, "fs", "mkdir", image, "/etc") == f"{image}: /etc: File exists"
    assert fails(capsys, "fs", "rm", image, "/").endswith("cannot be removed")
    missing = str(tmp_path / "nope.img")
    assert fails(capsys, "fs", "ls", missing) == f"{missing}: No such file or directory"
    assert fails(capsys, "fsck", missing) == f"{missing}: No such file or directory"


def test_garbage_and_truncated_images(image, tmp_path, capsys):
    raw = bytearray(Path(image).read_bytes())
    garbage = tmp_path / "garbage.img"
    garbage.write_bytes(raw[:BSIZE] + bytes(2) + raw[BSIZE + 2:])          # isize 0
    assert fails(capsys, "fs", "ls", str(garbage)) == \
        f"{garbage}: not a V6 file system (bad superblock: isize 0)"
    short = tmp_path / "short.img"
    short.write_bytes(raw[:100 * BSIZE])
    assert "fsize 600 but the image holds only 100 blocks" in fails(capsys, "fs", "ls",
                                                                    str(short))
    code, out, _ = run(capsys, "fsck", str(short))
    assert code == 1 and out.splitlines()[-1] == f"{short}: not a V6 file system; nothing checked"
    empty = tmp_path / "empty.img"
    empty.write_bytes(b"")
    assert "has no block 1" in fails(capsys, "fs", "cat", str(empty), "/x")
    noise = tmp_path / "noise.img"
    noise.write_bytes(bytes((i * 97 + 13) % 256 for i in range(600 * BSIZE)))
    assert "not a V6 file system" in fails(capsys, "fs", "ls", str(noise))


def test_full_disk_and_full_ilist(tmp_path, capsys):
    img = str(tmp_path / "tiny.img")
    assert run(capsys, "mkfs", img, "--blocks", "60", "--inodes", "16")[0] == 0
    big = tmp_path / "big"
    big.write_bytes(bytes(80 * BSIZE))
    assert fails(capsys, "fs", "put", img, str(big), "/big") == f"{img}: /big: no space"
    assert run(capsys, "fs", "ls", img)[1] == ""               # the partial file is gone
    for k in range(15):
        assert run(capsys, "fs", "mkdir", img, f"/d{k}")[0] == 0
    assert fails(capsys, "fs", "mkdir", img, "/d15") == f"{img}: /d15: out of inodes"
    assert run(capsys, "fsck", img)[0] == 0


def test_damage_reported_then_repaired(image, capsys):
    old = _read_inode(image, 3).addr[0]
    _poke_inode(image, 3, addr=[60000, 0, 0, 0, 0, 0, 0, 0], nlink=5)
    assert "block number 60000 is outside the data area" in fails(
        capsys, "fs", "cat", image, "/etc/passwd")
    code, out, _ = run(capsys, "fsck", image)
    assert code == 1
    assert out.splitlines() == [
        "inode 3: block 60000 is outside the data area",
        f"1 blocks neither in a file nor free: {old}",
        "inode 3: link count 5, but 1 directory entries",
        f"{image}: 3 problems",
    ]
    code, out, _ = run(capsys, "fsck", "--repair", image)
    assert code == 0 and out.splitlines()[-1].endswith("; repaired, now clean")
    assert run(capsys, "fsck", image)[0] == 0


def _poke_entry(path: str, dir_inum: int, name: bytes, ino: int) -> None:
    """Make entry ``name`` of directory ``dir_inum`` name i-number ``ino``."""
    dev = BlockDevice.open(path)
    cache, (blkno, off) = BufferCache(), itod(dir_inum)
    bp = cache.bread(dev, blkno)
    block = DiskInode.parse(bp.data, off).addr[0]
    cache.brelse(bp)
    bp = cache.bread(dev, block)
    slot = next(k for k in range(0, BSIZE, 16) if bp.data[k + 2:k + 16].rstrip(b"\0") == name)
    bp.data[slot:slot + 2] = ino.to_bytes(2, "little")
    cache.bwrite(bp)
    dev.close()


def test_inode_past_the_ilist_and_a_directory_loop(image, capsys):
    assert run(capsys, "fs", "mkdir", image, "/x")[0] == 0
    assert run(capsys, "fs", "mkdir", image, "/etc/loop")[0] == 0
    _poke_entry(image, 1, b"x", 60000)          # the i-list holds 128 inodes
    _poke_entry(image, 2, b"loop", 1)           # /etc/loop leads back to /
    assert run(capsys, "fs", "ls", image)[1] == "etc\nx\n"
    assert fails(capsys, "fs", "ls", "-l", image) == \
        f"{image}: i-number 60000 is outside the i-list (1..128)"
    assert fails(capsys, "fs", "cat", image, "/x/y") == \
        f"{image}: i-number 60000 is outside the i-list (1..128)"
    deep = "/etc" + "/loop/etc" * 50
    assert run(capsys, "fs", "ls", image, deep)[1] == "loop\npasswd\n"
    code, out, _ = run(capsys, "fsck", image)
    assert code == 1
    assert "/: entry 'x': i-number 60000 is outside the i-list (1..128)" in out
    assert "/etc/loop: a second entry for directory / (a directory loop)" in out
    assert run(capsys, "fsck", "--repair", image)[0] == 0
    assert run(capsys, "fs", "ls", image)[1] == "etc\nlost+found\n"


def test_ls_of_the_device_number_column(tmp_path, capsys):
    (tmp_path / "proto").write_text("- 100 1 d--755 0 0 tty c--622 0 0 0 12 rk b--600 0 0 0 1 $")
    img = str(tmp_path / "dev.img")
    assert run(capsys, "mkfs", img, "--proto", str(tmp_path / "proto"))[0] == 0
    lines = run(capsys, "fs", "ls", "-l", img)[1].splitlines()
    assert lines[1].startswith("brw-------  1 0       0,  1 ") and lines[1].endswith(" rk")
    assert lines[2].startswith("crw--w--w-  1 0       0, 12 ") and lines[2].endswith(" tty")


def test_superblock_of_a_fresh_image_is_at_block_one(tmp_path):
    dev = make_dev(100)
    assert Superblock.parse(dev.snapshot()[SUPERB * BSIZE:(SUPERB + 1) * BSIZE]).fsize == 100


def test_mkfs_time_stamps_a_v6_friendly_date(tmp_path, capsys):
    img = str(tmp_path / "old.img")
    assert run(capsys, "mkfs", img, "--blocks", "100", "--time", "177300292")[0] == 0
    assert Superblock.parse(Path(img).read_bytes()[BSIZE:2 * BSIZE]).time == 177300292
    assert run(capsys, "fs", "ls", "-la", img)[1].splitlines()[1].endswith(" Aug 14 22:04 .")
    assert "must fit in 32 bits" in fails(capsys, "mkfs", img, "--time", "-1")
