"""V6: ken/subr.c (bmap) — which disk block holds a given block of a file.

``bmap(ip, lbn, alloc=False)`` → the physical block holding logical block
``lbn`` of ``ip``, or 0 for a hole.  With ``alloc`` (writing), a missing block
is allocated, zeroed, and entered in the inode or indirect block, as are any
indirect blocks on the way.

The mapping is V6's:

- A small file (ILARG clear) keeps blocks 0..7 in addr[0..7].  Writing block
  8 or beyond converts it to a large file: a new indirect block receives the
  eight addresses and becomes addr[0], and ILARG is set.
- A large file reaches block n < 7*256 through the indirect block addr[n>>8],
  entry n & 255; block n >= 7*256 through the double-indirect block addr[7],
  entry (n>>8) - 7, then that indirect block's entry n & 255.
- Blocks 32768 and beyond do not exist (``FsError(EFBIG)``).

Every block number read from an inode or an indirect block is checked to be
a data block of the file system before it is used (``Corrupt`` otherwise).

Deviation from V6: V6's bmap allocated a block for a hole even when reading;
here reading a hole gives 0 (readi supplies zeros), so reading never changes
the file system and a read-only mount stays untouched.
"""

from __future__ import annotations

from v6.errno import EFBIG
from v6.fs.errors import FsError
from v6.fs.iget import IUPD, Inode
from v6.fs.layout import ILARG, MAXBLOCKS, NADDR, NINDIR, NSINGLE, get_word, set_word


def bmap(ip: Inode, lbn: int, alloc: bool = False) -> int:
    """The block holding logical block ``lbn`` of ``ip`` (0: a hole, when not ``alloc``)."""
    if not 0 <= lbn < MAXBLOCKS:
        raise FsError(EFBIG, f"{ip.fs.name}: inode {ip.inum}: block {lbn} beyond the "
                      f"largest file ({MAXBLOCKS} blocks)")
    if not ip.mode & ILARG:
        if lbn < NADDR:
            return _addr(ip, lbn, alloc)
        if not alloc:
            return 0
        _make_large(ip)
    if lbn < NSINGLE * NINDIR:
        indirect = _addr(ip, lbn // NINDIR, alloc)
    else:
        double = _addr(ip, NSINGLE, alloc)
        indirect = _entry(ip, double, lbn // NINDIR - NSINGLE, alloc)
    return _entry(ip, indirect, lbn % NINDIR, alloc)


def _new_block(ip: Inode) -> int:
    """Allocate a zeroed block for ``ip`` (written later) and return its number."""
    bp = ip.fs.balloc()
    ip.fs.fsys.cache.bdwrite(bp)
    return bp.blkno


def _addr(ip: Inode, slot: int, alloc: bool) -> int:
    """addr[slot] of ``ip``, allocating it if missing and ``alloc``."""
    bno = ip.addr[slot]
    if bno:
        ip.fs.check_block(bno, f"inode {ip.inum}")
    elif alloc:
        bno = ip.addr[slot] = _new_block(ip)
        ip.flag |= IUPD
    return bno


def _entry(ip: Inode, parent: int, index: int, alloc: bool) -> int:
    """Entry ``index`` of indirect block ``parent`` (0 if ``parent`` is a hole)."""
    if parent == 0:
        return 0
    cache, dev = ip.fs.fsys.cache, ip.fs.dev
    bp = cache.bread(dev, parent)
    bno = get_word(bp.data, index)
    cache.brelse(bp)
    if bno:
        ip.fs.check_block(bno, f"inode {ip.inum}: indirect block {parent}")
    elif alloc:
        # Allocate first, then re-fetch the indirect block: no buffer is held
        # across balloc, which may itself read a free-list block.
        bno = _new_block(ip)
        bp = cache.bread(dev, parent)
        set_word(bp.data, index, bno)
        cache.bdwrite(bp)
    return bno


def _make_large(ip: Inode) -> None:
    """Move a small file's eight addresses into a new indirect block (V6's conversion)."""
    bp = ip.fs.balloc()
    for i, bno in enumerate(ip.addr):
        set_word(bp.data, i, bno)
    ip.fs.fsys.cache.bdwrite(bp)
    ip.addr = [bp.blkno] + [0] * (NADDR - 1)
    ip.mode |= ILARG
    ip.flag |= IUPD
