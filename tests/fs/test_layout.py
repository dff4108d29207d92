"""The disk format codecs, against bytes laid out by hand from fs(V) and the stat(II) layout."""

import pytest

from v6.fs.layout import (
    BSIZE,
    STAT_SIZE,
    DirEntry,
    DiskInode,
    Stat,
    Superblock,
    itod,
    major,
    makedev,
    minor,
    pack_chain,
    superblock_problems,
    unpack_chain,
)


def _superblock_bytes() -> bytes:
    """isize 85, fsize 4000, nfree 2 (0, 3999), ninode 1 (407), fmod 1, time 177300292."""
    b = bytearray(BSIZE)
    b[0:2] = bytes([85, 0])
    b[2:4] = bytes([0xA0, 0x0F])          # 4000
    b[4:6] = bytes([2, 0])
    b[6:8] = bytes([0, 0])                # free[0] = 0, the end of the list
    b[8:10] = bytes([0x9F, 0x0F])         # free[1] = 3999
    b[206:208] = bytes([1, 0])            # ninode
    b[208:210] = bytes([0x97, 0x01])      # inode[0] = 407
    b[410] = 1                            # fmod
    b[412:414] = bytes([0x91, 0x0A])      # high word 2705 first
    b[414:416] = bytes([0x44, 0x63])      # then low word 25412
    b[500] = 0x5A                         # padding junk is preserved
    return bytes(b)


def test_superblock_parse_hand_built():
    sb = Superblock.parse(_superblock_bytes())
    assert (sb.isize, sb.fsize, sb.nfree) == (85, 4000, 2)
    assert sb.free[:2] == [0, 3999] and len(sb.free) == 100
    assert sb.ninode == 1 and sb.inode[0] == 407
    assert (sb.flock, sb.ilock, sb.fmod, sb.ronly) == (0, 0, 1, 0)
    assert sb.time == 2705 * 65536 + 25412 == 177300292
    assert sb.ninodes == 85 * 16 and sb.data_start == 87


def test_superblock_round_trip_is_byte_exact():
    raw = _superblock_bytes()
    assert Superblock.parse(raw).serialize() == raw


def test_inode_parse_and_serialize():
    raw = bytes([0xFD, 0xC3, 9, 3, 3, 0x01, 0x03, 0x02]) \
        + bytes([87, 0]) + bytes(14) \
        + bytes([0x91, 0x0A, 0x44, 0x63]) + bytes([0, 0, 1, 0])
    assert len(raw) == 32
    di = DiskInode.parse(raw)
    assert di.mode == 0o141775 and di.is_dir
    assert (di.nlink, di.uid, di.gid) == (9, 3, 3)
    assert di.size == 0x010203
    assert di.addr == [87, 0, 0, 0, 0, 0, 0, 0]
    assert di.atime == 177300292 and di.mtime == 1
    assert di.serialize() == raw


def test_inode_location():
    # Inode i sits in block (i+31)/16 at 32*((i+31)%16), as fs(V) says.
    for inum in (1, 16, 17, 407, 1360):
        assert itod(inum) == ((inum + 31) // 16, 32 * ((inum + 31) % 16))


def test_dirent_names_nul_padded_and_fourteen_bytes_unpadded():
    entry = DirEntry(5, b"ab").serialize()
    assert entry == bytes([5, 0]) + b"ab" + bytes(12)
    long = DirEntry(0x1234, b"abcdefghijklmn").serialize()
    assert long == bytes([0x34, 0x12]) + b"abcdefghijklmn"
    assert DirEntry.parse(long) == DirEntry(0x1234, b"abcdefghijklmn")
    with pytest.raises(ValueError):
        DirEntry(1, b"abcdefghijklmno").serialize()


def test_device_numbers_keep_major_in_high_byte():
    assert makedev(8, 2) == 0x0802
    assert (major(0x0802), minor(0x0802)) == (8, 2)


def test_stat_buffer_is_36_bytes_in_v6_order():
    st = Stat(dev=0x0100, ino=2, mode=0o100644, nlink=1, uid=3, gid=4, size=0x012345,
              addr=(9, 0, 0, 0, 0, 0, 0, 0), atime=0x00010002, mtime=0x00030004)
    raw = st.serialize()
    assert STAT_SIZE == 36 and len(raw) == 36
    assert raw[:6] == bytes([0, 1, 2, 0, 0xA4, 0x81])
    assert raw[6:12] == bytes([1, 3, 4, 0x01, 0x45, 0x23])
    assert raw[12:14] == bytes([9, 0])
    assert raw[28:36] == bytes([1, 0, 2, 0, 3, 0, 4, 0])
    assert Stat.parse(raw) == st


def test_free_chain_block():
    free = list(range(100, 200))
    raw = pack_chain(100, free)
    assert len(raw) == BSIZE and raw[:4] == bytes([100, 0, 100, 0])
    assert unpack_chain(raw) == (100, free)


@pytest.mark.parametrize(("isize", "fsize", "nfree", "ninode", "nblocks", "words"), [
    (0, 4000, 0, 0, 4000, "isize 0"),
    (4000, 4000, 0, 0, 4000, "leaves no data blocks"),
    (85, 5000, 0, 0, 4000, "image holds only 4000"),
    (85, 4000, 101, 0, 4000, "nfree 101"),
    (85, 4000, 0, 300, 4000, "ninode 300"),
    (4096, 65535, 0, 0, 65535, "more than 65535 inodes"),
])
def test_superblock_problems(isize, fsize, nfree, ninode, nblocks, words):
    sb = Superblock(isize=isize, fsize=fsize, nfree=nfree, ninode=ninode)
    problems = superblock_problems(sb, nblocks)
    assert any(words in p for p in problems), problems


def test_sane_superblock_has_no_problems():
    assert superblock_problems(Superblock(isize=85, fsize=4000), 4000) == []
