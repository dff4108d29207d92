"""fsck: a clean image passes; each class of damage is reported on its own line and repaired
without losing file contents."""

import random
from collections.abc import Callable

import pytest

from tests.fs.helpers import contents, inode, make_dev, mount, write_file
from v6.fs import fsck
from v6.fs.bio import BufferCache
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import FsError
from v6.fs.layout import (
    BSIZE,
    SUPERB,
    DiskInode,
    Superblock,
    get_word,
    itod,
    set_word,
)
from v6.fs.namei import ROOT
from v6.fs.ops import mkdir, readdir

BIG = bytes((i * 13) % 256 for i in range(20 * BSIZE))     # a large file: 20 blocks
FILES = {"/a/b/f1": b"first file " * 90, "/f2": BIG, "/f3": b"third", "/a/f4": b"x" * 700}


def _build() -> tuple[BlockDevice, dict[str, int]]:
    """An image holding FILES (and directories /a, /a/b); the i-numbers by path."""
    dev = make_dev(1000)
    fsys = mount(dev)
    mkdir(fsys, "/a", 0o755, ROOT)
    mkdir(fsys, "/a/b", 0o755, ROOT)
    for path, data in FILES.items():
        write_file(fsys, path, data)
    numbers = {}
    for path in ["/", "/a", "/a/b", *FILES]:
        ip = inode(fsys, path)
        numbers[path] = ip.inum
        fsys.inodes.iput(ip)
    fsys.unmount_all()
    return dev, numbers


def _edit_block(dev: BlockDevice, bno: int, edit: Callable[[bytearray], None]) -> None:
    cache = BufferCache()
    bp = cache.bread(dev, bno)
    edit(bp.data)
    cache.bwrite(bp)


def _edit_inode(dev: BlockDevice, inum: int, edit: Callable[[DiskInode], None]) -> None:
    blkno, off = itod(inum)

    def change(data: bytearray) -> None:
        di = DiskInode.parse(data, off)
        edit(di)
        di.pack_into(data, off)
    _edit_block(dev, blkno, change)


def _read_inode(dev: BlockDevice, inum: int) -> DiskInode:
    blkno, off = itod(inum)
    return DiskInode.parse(dev.snapshot()[blkno * BSIZE:(blkno + 1) * BSIZE], off)


def _edit_super(dev: BlockDevice, edit: Callable[[Superblock], None]) -> None:
    def change(data: bytearray) -> None:
        sb = Superblock.parse(data)
        edit(sb)
        data[:] = sb.serialize()
    _edit_block(dev, SUPERB, change)


def _entry_offset(dev: BlockDevice, dir_path: str, name: bytes) -> tuple[int, int]:
    """(block, byte offset) of ``name``'s entry in directory ``dir_path``."""
    fsys = mount(dev, ronly=True)
    dp = inode(fsys, dir_path)
    index = [e.name for e in readdir(dp)].index(name)
    bno = dp.addr[0]
    fsys.inodes.iput(dp)
    fsys.unmount_all()
    return bno, index * 16


def _set_entry_ino(dev: BlockDevice, dir_path: str, name: bytes, ino: int) -> None:
    bno, off = _entry_offset(dev, dir_path, name)
    _edit_block(dev, bno, lambda data: set_word(data, off // 2, ino))


def _repaired(dev: BlockDevice, *expected: str) -> fsck.Report:
    """Check that each expected text is in some problem line, repair, and check it is clean."""
    report = fsck.check(dev)
    for text in expected:
        assert any(text in p for p in report.problems), (text, report.problems)
    found, left = fsck.repair(dev)
    assert found.problems == report.problems
    assert left.problems == [], left.problems
    return found


def _intact(dev: BlockDevice, skip: tuple[str, ...] = ()) -> None:
    fsys = mount(dev, ronly=True)
    for path, data in FILES.items():
        if path not in skip:
            assert contents(fsys, path) == data, path
    fsys.unmount_all()


def test_a_fresh_image_is_clean():
    dev, _ = _build()
    report = fsck.check(dev)
    assert report.clean and report.files == 7 and report.dirs == 3
    found, left = fsck.repair(dev)
    assert found.clean and left.clean


def test_block_outside_the_file_system_in_an_inode():
    dev, n = _build()
    _edit_inode(dev, n["/f3"], lambda di: di.addr.__setitem__(1, 60000))
    _repaired(dev, f"inode {n['/f3']}: block 60000 is outside the data area")
    assert _read_inode(dev, n["/f3"]).addr[1] == 0
    _intact(dev)


def test_block_outside_the_file_system_in_an_indirect_block():
    dev, n = _build()
    indirect = _read_inode(dev, n["/f2"]).addr[0]
    _edit_block(dev, indirect, lambda data: set_word(data, 30, 5))   # 5 is in the i-list
    _repaired(dev, f"inode {n['/f2']}: indirect block {indirect}: block 5 is outside")
    _intact(dev)


def test_block_in_two_files_is_copied_so_both_keep_their_contents():
    dev, n = _build()
    shared = _read_inode(dev, n["/f2"]).addr[0]           # f2's indirect block
    _edit_inode(dev, n["/f3"], lambda di: di.addr.__setitem__(0, shared))
    fsys = mount(dev, ronly=True)
    f3_view = contents(fsys, "/f3")
    fsys.unmount_all()
    _repaired(dev, f"block {shared} is also in inode")
    assert _read_inode(dev, n["/f3"]).addr[0] != _read_inode(dev, n["/f2"]).addr[0]
    fsys = mount(dev, ronly=True)
    assert contents(fsys, "/f3") == f3_view
    fsys.unmount_all()
    _intact(dev, skip=("/f3",))


def test_block_both_free_and_in_use():
    dev, n = _build()
    used = _read_inode(dev, n["/f3"]).addr[0]
    _edit_super(dev, lambda sb: sb.free.__setitem__(sb.nfree - 1, used))
    _repaired(dev, f"block {used} is free but in use by inode {n['/f3']}")
    fsys = mount(dev)
    write_file(fsys, "/new", bytes(50 * BSIZE))         # allocation must not reuse it
    fsys.unmount_all()
    _intact(dev)
    assert fsck.check(dev).clean


def test_blocks_missing_from_the_free_list():
    dev, _ = _build()
    free_before = fsck.check(dev).free
    _edit_super(dev, lambda sb: setattr(sb, "nfree", sb.nfree - 5))
    _repaired(dev, "5 blocks neither in a file nor free")
    assert fsck.check(dev).free == free_before


def test_bad_free_list_entries():
    dev, _ = _build()

    def damage(sb: Superblock) -> None:
        sb.free[1] = 70
        sb.free[2] = 65000
        sb.free[3] = sb.free[4]
        sb.free[5] = 0
    _edit_super(dev, damage)
    _repaired(dev, "free list (superblock) entry 2: block 65000 is outside",
              "is on the free list twice", "entry 5: block number 0 (ends the list early)")


def test_chain_block_claiming_more_than_100():
    dev, _ = _build()
    sb = Superblock.parse(dev.snapshot()[BSIZE:2 * BSIZE])
    chain = sb.free[0]
    _edit_block(dev, chain, lambda data: data.__setitem__(slice(0, 2), (300).to_bytes(2, "little")))
    _repaired(dev, f"chain block {chain} claims 300 entries")


def test_wrong_link_count():
    dev, n = _build()
    _edit_inode(dev, n["/f2"], lambda di: setattr(di, "nlink", 3))
    _edit_inode(dev, n["/a"], lambda di: setattr(di, "nlink", 2))
    _repaired(dev, f"inode {n['/f2']}: link count 3, but 1 directory entries",
              f"inode {n['/a']}: link count 2, but 3 directory entries")
    assert _read_inode(dev, n["/f2"]).nlink == 1 and _read_inode(dev, n["/a"]).nlink == 3
    _intact(dev)


def test_entry_naming_a_free_inode_or_one_past_the_ilist():
    dev, n = _build()
    write_file_dev = mount(dev)
    write_file(write_file_dev, "/g1", b"")
    write_file(write_file_dev, "/g2", b"")
    write_file_dev.unmount_all()
    _set_entry_ino(dev, "/", b"g1", 200)                # free, inside the i-list
    _set_entry_ino(dev, "/", b"g2", 60000)              # past the i-list
    ninodes = Superblock.parse(dev.snapshot()[BSIZE:2 * BSIZE]).ninodes
    _repaired(dev, "/: entry 'g1': names free inode 200",
              f"/: entry 'g2': i-number 60000 is outside the i-list (1..{ninodes})")
    _intact(dev)


def test_wrong_dot_and_dotdot():
    dev, n = _build()
    _set_entry_ino(dev, "/a/b", b".", n["/a"])
    _set_entry_ino(dev, "/a", b"..", n["/a/b"])
    _repaired(dev, f"/a/b: '.' is inode {n['/a']}, should be {n['/a/b']}",
              f"/a: '..' is inode {n['/a/b']}, should be 1")
    _intact(dev)


def test_directory_loop():
    dev, n = _build()
    _set_entry_ino(dev, "/a/b", b"f1", n["/a"])          # /a/b/f1 now leads back up to /a
    found = _repaired(dev, "/a/b/f1: a second entry for directory /a (a directory loop)")
    assert any("not reachable" in p for p in found.problems)   # the old f1 is an orphan
    fsys = mount(dev, ronly=True)
    assert contents(fsys, f"/lost+found/#{n['/a/b/f1']}") == FILES["/a/b/f1"]
    fsys.unmount_all()


def test_orphans_go_to_lost_and_found_with_their_contents():
    dev, n = _build()
    _set_entry_ino(dev, "/", b"f2", 0)                   # f2 loses its only name
    _set_entry_ino(dev, "/a", b"b", 0)                   # so does directory /a/b
    _repaired(dev, f"inode {n['/f2']} (file, {len(BIG)} bytes, 1 links) is not reachable",
              f"inode {n['/a/b']} (directory")
    fsys = mount(dev, ronly=True)
    assert contents(fsys, f"/lost+found/#{n['/f2']}") == BIG
    assert contents(fsys, f"/lost+found/#{n['/a/b']}/f1") == FILES["/a/b/f1"]
    lf = inode(fsys, "/lost+found")
    sub = inode(fsys, f"/lost+found/#{n['/a/b']}/..")
    assert sub.inum == lf.inum
    for ip in (lf, sub):
        fsys.inodes.iput(ip)
    fsys.unmount_all()


def test_mode_without_ialloc_and_impossible_small_size():
    dev, n = _build()
    _edit_inode(dev, 200, lambda di: setattr(di, "mode", 0o644))
    _edit_inode(dev, n["/f3"], lambda di: setattr(di, "size", 9000))
    _repaired(dev, "inode 200: mode 644 without IALLOC",
              f"inode {n['/f3']}: size 9000 but a small file holds at most 4096 bytes")
    assert _read_inode(dev, 200).mode == 0


def test_free_inode_cache_outside_the_ilist():
    dev, _ = _build()
    _edit_super(dev, lambda sb: (setattr(sb, "ninode", 2), sb.inode.__setitem__(1, 40000)))
    _repaired(dev, "free-inode cache: i-numbers outside the i-list: 40000")


def test_garbage_superblock_is_reported_not_repaired():
    dev, _ = _build()
    _edit_super(dev, lambda sb: (setattr(sb, "isize", 0), setattr(sb, "nfree", 150)))
    found, left = fsck.repair(dev)
    assert found.fatal and left.fatal
    assert found.problems == ["bad superblock: isize 0"]


def test_impossible_cache_counts_are_repaired():
    dev, _ = _build()
    free = fsck.check(dev).free
    _edit_super(dev, lambda sb: (setattr(sb, "nfree", 150), setattr(sb, "ninode", 300)))
    with pytest.raises(FsError, match="nfree 150 > 100; ninode 300 > 100"):
        mount(dev)
    _repaired(dev, "superblock: nfree 150 > 100", "superblock: ninode 300 > 100")
    assert fsck.check(dev).free == free
    _intact(dev)


def test_truncated_image():
    dev, _ = _build()
    short = BlockDevice.memory(data=dev.snapshot()[:600 * BSIZE])
    report = fsck.check(short)
    assert report.fatal
    assert report.problems == ["bad superblock: fsize 1000 but the image holds only 600 blocks"]
    assert fsck.check(BlockDevice.memory(data=bytes(BSIZE))).problems == \
        ["image of 1 blocks has no superblock"]


def _random_damage(seed: int) -> None:
    """Scribble on an image (superblock, i-list and data) then repair it: it must end
    clean, or with only an unusable superblock reported, and never raise."""
    rng = random.Random(seed)
    dev, _ = _build()
    for _ in range(rng.choice([1, 5, 40])):
        area = rng.random()
        bno = SUPERB if area < 0.05 else rng.randrange(2, 18) if area < 0.6 else \
            rng.randrange(18, 1000)
        _edit_block(dev, bno, lambda data: data.__setitem__(rng.randrange(BSIZE),
                                                            rng.randrange(256)))
    first = fsck.check(dev)
    found, left = fsck.repair(dev)
    assert found.problems == first.problems
    assert left.clean or left.fatal, left.problems
    assert fsck.check(dev).problems == left.problems


@pytest.mark.parametrize("seed", range(8))
def test_random_damage_is_repaired(seed):
    _random_damage(seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(8, 400))
def test_random_damage_is_repaired_exhaustively(seed):
    _random_damage(seed)


def test_indirect_block_words_are_read_from_the_right_place():
    dev, n = _build()
    di = _read_inode(dev, n["/f2"])
    indirect = dev.snapshot()[di.addr[0] * BSIZE:(di.addr[0] + 1) * BSIZE]
    assert all(get_word(indirect, i) for i in range(20)) and get_word(indirect, 20) == 0


def test_nothing_is_ever_written_outside_the_file_system():
    """A pack longer than its file system (V6 kept swap there): damage that points past
    the end, a full disk and a repair must leave the blocks beyond fsize untouched."""
    fs_part = make_dev(500).snapshot()
    tail = bytes((i * 31 + 7) % 256 for i in range(100 * BSIZE))
    dev = BlockDevice.memory(data=fs_part + tail)
    fsys = mount(dev)
    write_file(fsys, "/f", BIG)
    with pytest.raises(FsError):
        write_file(fsys, "/fill", bytes(600 * BSIZE))      # no space
    fsys.unmount_all()
    sb = Superblock.parse(dev.snapshot()[BSIZE:2 * BSIZE])
    f = next(i for i in range(1, sb.ninodes + 1) if _read_inode(dev, i).size == len(BIG))
    _edit_inode(dev, f, lambda di: di.addr.__setitem__(1, 560))
    _edit_block(dev, _read_inode(dev, f).addr[0], lambda data: set_word(data, 3, 570))
    _edit_super(dev, lambda sb: sb.free.__setitem__(max(sb.nfree - 1, 1), 550))
    fsys = mount(dev)
    for action in (lambda: contents(fsys, "/f"), lambda: write_file(fsys, "/g", BIG)):
        with pytest.raises(FsError):
            action()
    fsys.unmount_all()
    fsck.repair(dev)
    assert dev.snapshot()[500 * BSIZE:] == tail
    assert fsck.check(dev).clean
