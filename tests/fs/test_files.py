"""Inodes and file contents: iget/iput, bmap's small/large/huge mapping, readi/writei, itrunc."""

import pytest

from tests.fs.helpers import T0, contents, inode, make_dev, mount, write_file
from v6.errno import EFBIG, ENFILE, EROFS
from v6.fs import fsck
from v6.fs.bmap import bmap
from v6.fs.errors import Corrupt, FsError
from v6.fs.iget import itrunc
from v6.fs.layout import BSIZE, ILARG, get_word
from v6.fs.namei import ROOT
from v6.fs.ops import creat, unlink
from v6.fs.rdwri import readi, writei


def _raw_block(fsys, bno: int) -> bytes:
    fsys.cache.bflush()
    return fsys.mounts[0].dev.snapshot()[bno * BSIZE:(bno + 1) * BSIZE]


def _free(fsys) -> int:
    fsys.sync()
    return fsck.check(fsys.mounts[0].dev).free


def test_small_file_uses_eight_direct_blocks(fsys):
    data = bytes(range(256)) * 16                  # 4096 bytes: exactly 8 blocks
    write_file(fsys, "/small", data)
    ip = inode(fsys, "/small")
    assert not ip.mode & ILARG and ip.size == 4096 and all(ip.addr)
    assert _raw_block(fsys, ip.addr[7]) == data[3584:]
    fsys.inodes.iput(ip)
    assert contents(fsys, "/small") == data


def test_ninth_block_makes_the_file_large(fsys):
    write_file(fsys, "/f", b"a" * 4096)
    ip = inode(fsys, "/f")
    direct = list(ip.addr)
    writei(ip, 4096, b"b")
    assert ip.mode & ILARG and ip.addr[1:] == [0] * 7
    indirect = _raw_block(fsys, ip.addr[0])
    assert [get_word(indirect, i) for i in range(8)] == direct
    assert get_word(indirect, 8) != 0 and get_word(indirect, 9) == 0
    fsys.inodes.iput(ip)
    assert contents(fsys, "/f") == b"a" * 4096 + b"b"


def test_blocks_past_1792_go_through_the_double_indirect_block(fsys):
    ip = creat(fsys, "/huge", 0o644, ROOT)
    writei(ip, 1792 * BSIZE, b"X")                 # logical block 7*256
    writei(ip, (2048 + 5) * BSIZE + 7, b"Y")       # logical block 2053
    # Becoming large moved the (empty) direct list into an indirect block, addr[0].
    assert ip.mode & ILARG and ip.addr[1:7] == [0] * 6 and ip.addr[7]
    assert _raw_block(fsys, ip.addr[0]) == bytes(BSIZE)
    double = _raw_block(fsys, ip.addr[7])
    first, second = get_word(double, 0), get_word(double, 1)
    assert first and second and get_word(double, 2) == 0
    x_block = get_word(_raw_block(fsys, first), 0)
    y_block = get_word(_raw_block(fsys, second), 5)
    assert _raw_block(fsys, x_block)[0:1] == b"X"
    assert _raw_block(fsys, y_block)[7:8] == b"Y"
    assert ip.size == (2048 + 5) * BSIZE + 8
    fsys.inodes.iput(ip)


def test_holes_read_as_zeros_and_reading_allocates_nothing(fsys):
    write_file(fsys, "/sparse", b"end", offset=300_000)
    free = _free(fsys)
    data = contents(fsys, "/sparse")
    assert data == bytes(300_000) + b"end"
    assert _free(fsys) == free


def test_a_megabyte_file_round_trips_and_is_freed_by_itrunc():
    fsys = mount(make_dev(8000))
    free = _free(fsys)
    data = bytes((i * 7) % 251 for i in range(1_000_000))
    write_file(fsys, "/big", data)
    # 1954 data blocks, 7 indirect + 1 double-indirect + 1 indirect below it.
    assert free - _free(fsys) == 1954 + 9
    assert contents(fsys, "/big") == data
    ip = inode(fsys, "/big")
    itrunc(ip)
    assert ip.size == 0 and ip.addr == [0] * 8 and not ip.mode & ILARG
    fsys.inodes.iput(ip)
    assert _free(fsys) == free
    assert fsck.check(fsys.mounts[0].dev).clean


def test_file_size_limits(fsys):
    ip = creat(fsys, "/f", 0o644, ROOT)
    with pytest.raises(FsError) as exc:
        writei(ip, 0xFFFFFF, b"xy")
    assert exc.value.errno == EFBIG and ip.size == 0
    with pytest.raises(FsError) as exc:
        bmap(ip, 32768, alloc=True)
    assert exc.value.errno == EFBIG
    writei(ip, 0xFFFFFE, b"z")                     # the very last byte is fine
    assert ip.size == 0xFFFFFF
    fsys.inodes.iput(ip)


def test_readi_fills_the_callers_buffer_in_place(fsys):
    write_file(fsys, "/f", b"hello, world")
    core = bytearray(b"." * 20)
    ip = inode(fsys, "/f")
    n = readi(ip, 7, memoryview(core)[4:10])
    assert n == 5 and core == b"....world" + b"." * 11
    assert readi(ip, 12, memoryview(core)) == 0
    assert readi(ip, 100, memoryview(core)) == 0
    fsys.inodes.iput(ip)


def test_sequential_reads_read_ahead(dev):
    fsys = mount(dev)
    write_file(fsys, "/f", bytes(4 * BSIZE))
    ip = inode(fsys, "/f")
    addr = list(ip.addr)
    fsys.inodes.iput(ip)
    fsys.unmount_all()
    fsys = mount(dev, ronly=True)
    ip = inode(fsys, "/f")
    readi(ip, 0, bytearray(BSIZE))                 # the first block: 1 comes along
    assert fsys.cache.incore(dev, addr[1]) and not fsys.cache.incore(dev, addr[2])
    readi(ip, BSIZE, bytearray(BSIZE))             # still sequential: 2 comes along
    assert fsys.cache.incore(dev, addr[2]) and not fsys.cache.incore(dev, addr[3])
    fsys.inodes.iput(ip)
    fsys.unmount_all()


def test_last_iput_of_an_unlinked_file_frees_it(fsys):
    free = _free(fsys)
    ip = creat(fsys, "/gone", 0o644, ROOT)
    writei(ip, 0, b"x" * 5000)
    unlink(fsys, "/gone", ROOT)
    assert ip.nlink == 0 and ip.mode != 0          # still open: still there
    inum = ip.inum
    fsys.inodes.iput(ip)
    assert _free(fsys) == free
    again = fsys.inodes.iget(fsys.mounts[0], inum)
    assert again.mode == 0
    fsys.inodes.iput(again)


def test_times_are_stamped_when_the_inode_is_written(dev):
    fsys = mount(dev, now=T0 + 50)
    write_file(fsys, "/f", b"x")
    ip = inode(fsys, "/f")
    assert ip.mtime == T0 + 50
    fsys.inodes.iput(ip)
    fsys.unmount_all()
    fsys = mount(dev, now=T0 + 90)
    ip = inode(fsys, "/f")
    readi(ip, 0, bytearray(1))
    fsys.inodes.iput(ip)
    ip = inode(fsys, "/f")
    assert (ip.atime, ip.mtime) == (T0 + 90, T0 + 50)
    fsys.inodes.iput(ip)


def test_read_only_mount_writes_nothing(dev):
    before, writes = dev.snapshot(), dev.writes
    fsys = mount(dev, ronly=True, now=T0 + 1000)
    assert contents(fsys, "/")[:3] == bytes([1, 0]) + b"."
    fsys.unmount_all()
    assert dev.writes == writes and dev.snapshot() == before


def test_inode_table_overflow(dev):
    fsys = mount(dev, ninode=4)
    for k in range(3):
        fsys.inodes.iput(creat(fsys, f"/f{k}", 0o644, ROOT))
    held = [inode(fsys, f"/f{k}") for k in range(3)]   # with the root: 4 slots
    with pytest.raises(FsError) as exc:
        fsys.inodes.iget(fsys.mounts[0], 5)
    assert exc.value.errno == ENFILE
    for ip in held:
        fsys.inodes.iput(ip)
    fsys.inodes.iput(fsys.inodes.iget(fsys.mounts[0], 5))


def test_inumber_outside_the_ilist(fsys):
    with pytest.raises(Corrupt, match="i-number 9999 is outside the i-list"):
        fsys.inodes.iget(fsys.mounts[0], 9999)
    with pytest.raises(Corrupt, match="i-number 0 is outside"):
        fsys.inodes.iget(fsys.mounts[0], 0)


def test_writei_on_a_read_only_mount(dev):
    fsys = mount(dev)
    write_file(fsys, "/f", b"abc")
    fsys.unmount_all()
    fsys = mount(dev, ronly=True)
    ip = inode(fsys, "/f")
    with pytest.raises(FsError) as exc:
        writei(ip, 0, b"x")
    assert exc.value.errno == EROFS
    fsys.inodes.iput(ip)
    fsys.unmount_all()
    assert contents(mount(dev), "/f") == b"abc"
