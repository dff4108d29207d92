"""V6: filsys.h, ino.h, inode.h (mode bits), the dir entry and fs(V) — the one definition of the disk format.

Everything that reads or writes a V6 file system's bytes (the kernel side of
``v6.fs``, mkfs, fsck, the host tools) takes the format from here; the
``struct`` formats of the superblock, the inode, the directory entry, the
stat buffer and the free-list chain block appear in this module only.

The format, as V6 wrote it on an RK05 pack (all words little-endian, 16 bits;
a 32-bit quantity is two words, high word first, as the PDP-11 kept a long):

- Blocks are 512 bytes.  Block 0 is the boot block and is never interpreted
  (on the genuine root pack it holds a copy of the superblock).
- Block 1 is the superblock: ``isize`` (blocks of i-list), ``fsize`` (blocks
  in the file system), ``nfree`` and ``free[100]`` (the free-block cache),
  ``ninode`` and ``inode[100]`` (the free-inode cache), the bytes ``flock``,
  ``ilock``, ``fmod``, ``ronly`` and ``time`` (last update).  The rest of the
  block is padding, kept byte for byte.
- The i-list fills blocks 2 .. isize+1, 16 inodes of 32 bytes per block;
  inode numbers start at 1 (the root).  Data blocks are isize+2 .. fsize-1.
- An inode: ``mode``, ``nlink``, ``uid``, ``gid``, a 24-bit ``size`` (high
  byte then low word), ``addr[8]``, ``atime``, ``mtime``.  A small file's
  addr[] holds its first 8 blocks; a large file (ILARG) has 7 indirect blocks
  of 256 block numbers in addr[0..6] and a double-indirect block in addr[7]
  for logical blocks 7*256 and beyond.  A device inode keeps its device
  number (major in the high byte) in addr[0].  A block number 0 is a hole.
- A directory is a file of 16-byte entries: a 2-byte i-number (0 = empty
  slot) and a 14-byte name, NUL-padded unless 14 characters long.
- The free list: ``free[0]`` names the next chain block (0 ends the list),
  ``free[1..nfree-1]`` are free blocks; a chain block holds a count word and
  100 block numbers in the same arrangement.

Public names: the size and mode constants below, ``Superblock``,
``DiskInode``, ``DirEntry``, ``Stat``, ``itod``, ``major``/``minor``/
``makedev``, ``get_word``/``set_word``/``unpack_words``/``pack_words``
(indirect blocks),
``unpack_chain``/``pack_chain`` (free-list chain blocks) and
``superblock_problems`` (sanity checks a mount and fsck share).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from v6.param import DIRSIZ, NICFREE, NICINOD

# --- sizes --------------------------------------------------------------------
BSIZE = 512
"""Bytes per block."""
SUPERB = 1
"""Block number of the superblock."""
ILIST = 2
"""Block number of the first i-list block."""
INODE_SIZE = 32
"""Bytes per on-disk inode."""
INOPB = BSIZE // INODE_SIZE
"""Inodes per block (16)."""
NADDR = 8
"""Block addresses in an inode."""
NINDIR = BSIZE // 2
"""Block numbers in an indirect block (256)."""
NSINGLE = 7
"""Indirect blocks in a large file's addr[] (the eighth is double-indirect)."""
DIRENT_SIZE = 2 + DIRSIZ
"""Bytes per directory entry (16)."""
MAXBLOCKS = 0o100000
"""Logical blocks a file may have: V6's bmap refused block 32768 (EFBIG)."""
MAXSIZE = 0xFFFFFF
"""Largest file size: the size field is 24 bits."""
MAXINODES = 0xFFFF
"""Largest i-number: directory entries hold 16 bits."""

# --- mode bits (V6 inode.h) -----------------------------------------------------
IALLOC = 0o100000
"""The inode is in use."""
IFMT = 0o060000
"""Mask of the file type."""
IFDIR = 0o040000
"""Type: directory."""
IFCHR = 0o020000
"""Type: character special."""
IFBLK = 0o060000
"""Type: block special."""
IFREG = 0
"""Type: plain file (V6 had no name for it: the type bits are zero)."""
ILARG = 0o010000
"""Large file: addr[] holds indirect blocks."""
ISUID = 0o4000
"""Set user id on execution."""
ISGID = 0o2000
"""Set group id on execution."""
ISVTX = 0o1000
"""Save swapped text after use (sticky)."""
IREAD = 0o400
"""Owner may read (shifted right 3 for group, 6 for others)."""
IWRITE = 0o200
"""Owner may write."""
IEXEC = 0o100
"""Owner may execute or search."""

_SUPER = struct.Struct(f"<3H{NICFREE}HH{NICINOD}H4B2H")
_INODE = struct.Struct(f"<H4BH{NADDR}H4H")
_DIRENT = struct.Struct(f"<H{DIRSIZ}s")
_STAT = struct.Struct(f"<3H4BH{NADDR}H4H")
_WORDS = struct.Struct(f"<{NINDIR}H")
_CHAIN = struct.Struct(f"<H{NICFREE}H")


def _long(hi: int, lo: int) -> int:
    return (hi << 16) | lo


def _words(value: int) -> tuple[int, int]:
    return (value >> 16) & 0xFFFF, value & 0xFFFF


def itod(inum: int) -> tuple[int, int]:
    """The block holding inode ``inum`` and the byte offset of the inode in it."""
    return ILIST + (inum - 1) // INOPB, (inum - 1) % INOPB * INODE_SIZE


def major(dev: int) -> int:
    """Major device number of a device number (its high byte)."""
    return (dev >> 8) & 0xFF


def minor(dev: int) -> int:
    """Minor device number of a device number (its low byte)."""
    return dev & 0xFF


def makedev(maj: int, mnr: int) -> int:
    """The device number of major ``maj``, minor ``mnr``."""
    return ((maj & 0xFF) << 8) | (mnr & 0xFF)


_WORD = struct.Struct("<H")


def get_word(data: bytes | bytearray, index: int) -> int:
    """Word ``index`` of a block (an indirect block's ``index``-th block number)."""
    return _WORD.unpack_from(data, 2 * index)[0]


def set_word(data: bytearray, index: int, value: int) -> None:
    """Set word ``index`` of a block."""
    _WORD.pack_into(data, 2 * index, value)


def unpack_words(data: bytes | bytearray) -> list[int]:
    """The 256 block numbers of an indirect block."""
    return list(_WORDS.unpack_from(data))


def pack_words(words: list[int]) -> bytes:
    """An indirect block holding ``words`` (256 block numbers)."""
    return _WORDS.pack(*words)


def unpack_chain(data: bytes | bytearray) -> tuple[int, list[int]]:
    """A free-list chain block: its count and its 100 block numbers."""
    count, *free = _CHAIN.unpack_from(data)
    return count, free


def pack_chain(count: int, free: list[int]) -> bytes:
    """A free-list chain block holding ``count`` and ``free`` (100 numbers), padded."""
    return _CHAIN.pack(count, *free).ljust(BSIZE, b"\0")


@dataclass
class Superblock:
    """The superblock (block 1) with symmetric ``parse``/``serialize``."""

    isize: int
    """Blocks of i-list (the i-list is blocks 2 .. isize+1)."""
    fsize: int
    """Blocks in the file system; data blocks end at fsize-1."""
    nfree: int = 0
    """How many of ``free`` are valid (0..100)."""
    free: list[int] = field(default_factory=lambda: [0] * NICFREE)
    """Free-block cache; free[0] links to the next chain block."""
    ninode: int = 0
    """How many of ``inode`` are valid (0..100)."""
    inode: list[int] = field(default_factory=lambda: [0] * NICINOD)
    """Free-inode cache (a hint: ialloc rechecks each one)."""
    flock: int = 0
    """Free-list lock byte (in core only; 0 on disk)."""
    ilock: int = 0
    """Inode-cache lock byte (in core only; 0 on disk)."""
    fmod: int = 0
    """Superblock modified since the last update (in core only)."""
    ronly: int = 0
    """Mounted read-only (in core only)."""
    time: int = 0
    """Time of the last update, V6 seconds."""
    pad: bytes = bytes(BSIZE - _SUPER.size)
    """The unused rest of the block, preserved as found."""

    @classmethod
    def parse(cls, data: bytes | bytearray) -> Superblock:
        """Decode a 512-byte superblock block."""
        v = _SUPER.unpack_from(data)
        n = 3 + NICFREE
        return cls(
            isize=v[0], fsize=v[1], nfree=v[2], free=list(v[3:n]), ninode=v[n],
            inode=list(v[n + 1:n + 1 + NICINOD]), flock=v[-6], ilock=v[-5], fmod=v[-4],
            ronly=v[-3], time=_long(v[-2], v[-1]), pad=bytes(data[_SUPER.size:BSIZE]),
        )

    def serialize(self) -> bytes:
        """Encode as a 512-byte block."""
        return _SUPER.pack(
            self.isize, self.fsize, self.nfree, *self.free, self.ninode, *self.inode,
            self.flock, self.ilock, self.fmod, self.ronly, *_words(self.time),
        ) + self.pad

    @property
    def ninodes(self) -> int:
        """Inodes in the i-list (16 per block)."""
        return self.isize * INOPB

    @property
    def data_start(self) -> int:
        """First data block."""
        return ILIST + self.isize


def superblock_problems(sb: Superblock, nblocks: int, *, counts: bool = True) -> list[str]:
    """What makes ``sb`` unusable on a device of ``nblocks`` blocks (empty if nothing).

    The geometry (isize, fsize against the device) and, with ``counts``, the
    cache counts nfree and ninode (more than 100 is impossible).  A mount
    refuses on any of these; fsck treats bad counts as repairable.  Free-list
    entries are checked when they are used (alloc) and by fsck.
    """
    problems = []
    if sb.isize == 0:
        problems.append("isize 0")
    elif sb.isize * INOPB > MAXINODES:
        problems.append(f"isize {sb.isize} gives more than {MAXINODES} inodes")
    if sb.fsize <= sb.data_start:
        problems.append(f"isize {sb.isize} leaves no data blocks in fsize {sb.fsize}")
    elif sb.fsize > nblocks:
        problems.append(f"fsize {sb.fsize} but the image holds only {nblocks} blocks")
    if counts and sb.nfree > NICFREE:
        problems.append(f"nfree {sb.nfree} > {NICFREE}")
    if counts and sb.ninode > NICINOD:
        problems.append(f"ninode {sb.ninode} > {NICINOD}")
    return problems


@dataclass(eq=False)
class DiskInode:
    """The 32 bytes of an on-disk inode, decoded."""

    mode: int = 0
    """Type and permission bits; 0 means a free inode."""
    nlink: int = 0
    """Directory entries naming this inode."""
    uid: int = 0
    """Owner's user id (one byte)."""
    gid: int = 0
    """Owner's group id (one byte)."""
    size: int = 0
    """Size in bytes (24 bits)."""
    addr: list[int] = field(default_factory=lambda: [0] * NADDR)
    """Block addresses (direct or indirect), or addr[0] = device number."""
    atime: int = 0
    """Time of last access, V6 seconds."""
    mtime: int = 0
    """Time of last modification, V6 seconds."""

    def unpack_from(self, data: bytes | bytearray, offset: int = 0) -> None:
        """Set every on-disk field from the 32 bytes at ``offset`` of ``data``."""
        v = _INODE.unpack_from(data, offset)
        self.mode, self.nlink, self.uid, self.gid = v[0], v[1], v[2], v[3]
        self.size = (v[4] << 16) | v[5]
        self.addr = list(v[6:6 + NADDR])
        self.atime, self.mtime = _long(v[-4], v[-3]), _long(v[-2], v[-1])

    def pack_into(self, data: bytearray, offset: int = 0) -> None:
        """Write the 32 on-disk bytes at ``offset`` of ``data``."""
        _INODE.pack_into(
            data, offset, self.mode, self.nlink, self.uid, self.gid,
            (self.size >> 16) & 0xFF, self.size & 0xFFFF, *self.addr,
            *_words(self.atime), *_words(self.mtime),
        )

    @classmethod
    def parse(cls, data: bytes | bytearray, offset: int = 0) -> DiskInode:
        """Decode the inode at ``offset`` of ``data``."""
        inode = cls()
        inode.unpack_from(data, offset)
        return inode

    def serialize(self) -> bytes:
        """Encode as 32 bytes."""
        out = bytearray(INODE_SIZE)
        self.pack_into(out)
        return bytes(out)

    @property
    def filetype(self) -> int:
        """The type bits (IFDIR, IFCHR, IFBLK or IFREG)."""
        return self.mode & IFMT

    @property
    def is_dir(self) -> bool:
        """A directory."""
        return self.mode & IFMT == IFDIR

    @property
    def is_special(self) -> bool:
        """A character or block special file (addr[0] is a device number)."""
        return self.mode & IFMT in (IFCHR, IFBLK)


@dataclass(frozen=True)
class DirEntry:
    """One 16-byte directory entry."""

    ino: int
    """I-number, 0 for an empty slot."""
    name: bytes
    """The name without its NUL padding (at most 14 bytes)."""

    @classmethod
    def parse(cls, data: bytes | bytearray, offset: int = 0) -> DirEntry:
        """Decode the entry at ``offset`` of ``data``."""
        ino, raw = _DIRENT.unpack_from(data, offset)
        return cls(ino, raw.split(b"\0", 1)[0])

    def serialize(self) -> bytes:
        """Encode as 16 bytes (the name NUL-padded; ValueError if over 14 bytes)."""
        if len(self.name) > DIRSIZ:
            raise ValueError(f"name {self.name!r} longer than {DIRSIZ} bytes")
        return _DIRENT.pack(self.ino, self.name)


def iter_dirents(data: bytes | bytearray, count: int, *,
                 empty: bool = False) -> Iterator[tuple[int, DirEntry]]:
    """(offset, entry) for the first ``count`` entries in ``data``; free slots only if ``empty``."""
    for off in range(0, count * DIRENT_SIZE, DIRENT_SIZE):
        if empty or data[off] or data[off + 1]:
            yield off, DirEntry.parse(data, off)


@dataclass(frozen=True)
class Stat:
    """What V6's stat and fstat returned: the 36-byte ``struct inode`` of stat(II)."""

    dev: int
    """Device number of the file system holding the file."""
    ino: int
    """I-number."""
    mode: int
    """Mode word (type, IALLOC, ILARG, permissions)."""
    nlink: int
    """Link count."""
    uid: int
    """Owner."""
    gid: int
    """Group."""
    size: int
    """Size in bytes."""
    addr: tuple[int, ...]
    """The eight address words."""
    atime: int
    """Last access, V6 seconds."""
    mtime: int
    """Last modification, V6 seconds."""

    def serialize(self) -> bytes:
        """The 36 bytes stat(II) copies to the user's buffer."""
        return _STAT.pack(
            self.dev, self.ino, self.mode, self.nlink, self.uid, self.gid,
            (self.size >> 16) & 0xFF, self.size & 0xFFFF, *self.addr,
            *_words(self.atime), *_words(self.mtime),
        )

    @classmethod
    def parse(cls, data: bytes | bytearray) -> Stat:
        """Decode a 36-byte stat buffer."""
        v = _STAT.unpack_from(data)
        return cls(
            dev=v[0], ino=v[1], mode=v[2], nlink=v[3], uid=v[4], gid=v[5],
            size=(v[6] << 16) | v[7], addr=tuple(v[8:8 + NADDR]),
            atime=_long(v[-4], v[-3]), mtime=_long(v[-2], v[-1]),
        )


STAT_SIZE = _STAT.size
"""Bytes in a stat buffer (36)."""
