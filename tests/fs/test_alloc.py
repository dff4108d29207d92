"""Block and inode allocation: V6's free list, free-inode cache, and their failures."""

import pytest

from tests.fs.helpers import T0, inode, make_dev, mount
from v6.errno import ENOSPC, EROFS
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import BadSuperblock, Corrupt, FsError
from v6.fs.layout import BSIZE, Superblock, pack_chain, unpack_chain
from v6.fs.namei import ROOT
from v6.fs.ops import creat, unlink


def _fs(fsys):
    return fsys.mounts[0]


def test_fresh_file_system_hands_out_blocks_in_the_interleaved_order(fsys):
    # 2000 blocks, 32 i-list blocks: data from 34.  Cylinder 1 is blocks 24..47,
    # handed out every third block: 36 39 42 45, 34 37 ... 46, 35 38 ... 47.
    root = inode(fsys, "/")
    assert root.addr[0] == 36
    fsys.inodes.iput(root)
    got = []
    for _ in range(14):
        bp = _fs(fsys).balloc()
        got.append(bp.blkno)
        fsys.cache.brelse(bp)
    assert got == [39, 42, 45, 34, 37, 40, 43, 46, 35, 38, 41, 44, 47, 48]


def test_interleave_one_is_plain_ascending_order():
    fsys = mount(make_dev(interleave=1))
    got = []
    for _ in range(5):
        bp = _fs(fsys).balloc()
        got.append(bp.blkno)
        fsys.cache.brelse(bp)
    assert got == [35, 36, 37, 38, 39]          # 34 went to the root directory


def test_balloc_gives_a_zeroed_block(fsys):
    bp = _fs(fsys).balloc()
    assert bp.busy and bp.data == bytes(BSIZE)
    fsys.cache.brelse(bp)


def test_freed_block_comes_back_first(fsys):
    fs = _fs(fsys)
    bp = fs.balloc()
    fsys.cache.brelse(bp)
    fs.bfree(bp.blkno)
    again = fs.balloc()
    assert again.blkno == bp.blkno
    fsys.cache.brelse(again)


def test_full_cache_makes_the_freed_block_a_chain_block(fsys):
    fs = _fs(fsys)
    bp = fs.balloc()
    victim = bp.blkno
    fsys.cache.brelse(bp)
    before = list(range(500, 600))
    fs.sb.nfree, fs.sb.free = 100, list(before)
    fs.bfree(victim)
    assert fs.sb.nfree == 1 and fs.sb.free[0] == victim
    raw = fs.dev.snapshot()[victim * BSIZE:(victim + 1) * BSIZE]   # written at once
    assert unpack_chain(raw) == (100, before)
    # Allocating takes the chain block back and reloads the cache from it.
    got = []
    for _ in range(2):
        bp = fs.balloc()
        got.append(bp.blkno)
        fsys.cache.brelse(bp)
    assert got == [victim, 599] and fs.sb.nfree == 99


def test_every_free_block_can_be_allocated_then_no_space():
    dev = make_dev(200, isize=2)               # data blocks 4..199, one for /
    fsys = mount(dev)
    fs, seen = _fs(fsys), set()
    with pytest.raises(FsError) as exc:
        while True:
            bp = fs.balloc()
            seen.add(bp.blkno)
            fsys.cache.brelse(bp)
    assert exc.value.errno == ENOSPC and "no space" in str(exc.value)
    assert seen == set(range(4, 200)) - {inode(fsys, "/").addr[0]}
    with pytest.raises(FsError):
        fs.balloc()
    fs.bfree(150)                              # V6 restarts the list after running dry
    bp = fs.balloc()
    assert bp.blkno == 150
    fsys.cache.brelse(bp)
    with pytest.raises(FsError):
        fs.balloc()


def test_ialloc_scans_the_ilist_like_v6(fsys):
    # The cache is refilled with 2..101 and used from the top, as on the genuine
    # pack (bin = 101, dev = 100, etc = 99).
    fs = _fs(fsys)
    a = fs.ialloc()
    b = fs.ialloc()
    assert (a.inum, b.inum) == (101, 100)
    assert a.mode == 0 and a.count == 1
    fsys.inodes.iput(a)          # nlink 0: freed again, back in the cache
    c = fs.ialloc()
    assert c.inum == 101
    for ip in (b, c):
        fsys.inodes.iput(ip)


def test_ialloc_skips_stale_cache_entries(fsys):
    ip = creat(fsys, "/f", 0o644, ROOT)
    fs = _fs(fsys)
    fs.sb.inode[0], fs.sb.ninode = ip.inum, 1   # the cache claims a used inode is free
    new = fs.ialloc()
    assert new.inum != ip.inum
    for x in (ip, new):
        fsys.inodes.iput(x)


def test_out_of_inodes():
    fsys = mount(make_dev(100, isize=1))       # 16 inodes, the root is one
    for k in range(15):
        fsys.inodes.iput(creat(fsys, f"/f{k}", 0o644, ROOT))
    with pytest.raises(FsError) as exc:
        creat(fsys, "/one-too-many", 0o644, ROOT)
    assert exc.value.errno == ENOSPC and "out of inodes" in str(exc.value)
    unlink(fsys, "/f3", ROOT)
    fsys.inodes.iput(creat(fsys, "/again", 0o644, ROOT))


def test_free_list_entry_outside_the_file_system_is_named():
    dev = make_dev(200, isize=2)
    fsys = mount(dev)
    fs = _fs(fsys)
    fs.sb.free[fs.sb.nfree - 1] = 60000
    with pytest.raises(Corrupt, match="free list: block number 60000 is outside"):
        fs.balloc()
    fs.sb.free[fs.sb.nfree - 1] = 1             # the superblock is not a data block
    with pytest.raises(Corrupt, match="block number 1 is outside"):
        fs.balloc()


def test_chain_block_with_a_count_over_100_is_named():
    fsys = mount(make_dev(200, isize=2))
    fs = _fs(fsys)
    chain = 150
    bp = fsys.cache.getblk(fs.dev, chain)
    bp.data[:] = pack_chain(300 % 65536, [0] * 100)
    fsys.cache.bwrite(bp)
    fs.sb.nfree, fs.sb.free[0] = 1, chain
    with pytest.raises(Corrupt, match="chain block 150 claims 300 entries"):
        fs.balloc()


def test_read_only_mount_allocates_nothing(dev):
    fsys = mount(dev, ronly=True)
    with pytest.raises(FsError) as exc:
        _fs(fsys).balloc()
    assert exc.value.errno == EROFS
    with pytest.raises(FsError):
        _fs(fsys).ialloc()


def test_update_writes_the_superblock_with_the_time(dev):
    fsys = mount(dev, now=T0 + 99)
    fs = _fs(fsys)
    fsys.cache.brelse(fs.balloc())
    fsys.sync()
    sb = Superblock.parse(dev.snapshot()[BSIZE:2 * BSIZE])
    assert sb.time == T0 + 99 and sb.fmod == 0
    assert (sb.nfree, sb.free) == (fs.sb.nfree, fs.sb.free)


def test_garbage_superblock_cannot_be_mounted():
    dev = make_dev(200, isize=2)
    raw = bytearray(dev.snapshot())
    raw[BSIZE:BSIZE + 2] = bytes(2)             # isize 0
    with pytest.raises(BadSuperblock, match=r"not a V6 file system \(bad superblock: isize 0"):
        mount(BlockDevice.memory(data=bytes(raw), name="disk.img"))
