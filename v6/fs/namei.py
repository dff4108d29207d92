"""V6: ken/nami.c — path names to inodes; with access (ken/fio.c), maknode and wdir (ken/iget.c).

Callers pass their credentials and current directory explicitly (V6 read
them from the u-area): ``Cred(uid, gid)`` is the effective user and group;
``cwd`` is a referenced directory inode (None: the root directory).

- ``namei(fsys, path, cred, cwd)`` → the named inode, referenced (iput it).
- ``namei_create(...)`` → a ``Lookup``: if the name exists, ``ip`` is its
  inode; otherwise ``dp`` is the parent directory (write permission checked)
  with ``name`` and ``offset``, the slot a new entry goes in (the first empty
  one, else the end).  ``maknode`` then makes a new inode there.
- ``namei_delete(...)`` → a ``Lookup`` with the parent ``dp`` (write
  permission checked), the entry's ``offset``, its ``ino`` and ``name``.
The caller iputs whichever of ``lk.ip`` and ``lk.dp`` it was given.

Path rules are V6's: a leading ``/`` starts at the root, repeated slashes
count as one and trailing ones are ignored (``file/`` is ``file``), each
directory passed through needs search (execute) permission, and a component
longer than 14 bytes is cut to 14.  ``.`` and
``..`` are ordinary directory entries; the empty path names the current
directory (for lookups; creating or deleting it is ENOENT).  A path is
finite, so a damaged directory whose entries point back up cannot make a
lookup run forever.

``access(ip, mode, cred)`` is V6's permission check: the owner's bits if the
user owns the file, else the group's if the group matches, else the others';
the super-user may do anything except execute a file with no execute bit.
Writing is EROFS on a read-only mount and ETXTBSY on a running pure text.

``dirents(dp)`` lists a directory's entries with their offsets; ``wdir``
writes one entry.

Deviation from V6: ``..`` in the root directory of a mounted file system
leads to the parent of the directory it is mounted on (as in V7).  V6's namei
did not cross back, so ``..`` from a mounted root stayed in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from v6.errno import EACCES, ENOENT, ENOTDIR, EROFS, ETXTBSY
from v6.fs.bmap import bmap
from v6.fs.errors import FsError
from v6.fs.iget import IACC, ITEXT, IUPD, Inode, idup
from v6.fs.layout import BSIZE, DIRENT_SIZE, IALLOC, IEXEC, IWRITE, DirEntry, iter_dirents
from v6.fs.rdwri import writei
from v6.param import DIRSIZ, ROOTINO

if TYPE_CHECKING:
    from v6.fs.fsys import Fsys

LOOKUP, CREATE, DELETE = 0, 1, 2
"""What namei is asked to do with the last component (V6's flag argument)."""


@dataclass(frozen=True)
class Cred:
    """Who is asking: effective user and group ids (V6 u_uid, u_gid)."""

    uid: int
    """Effective user id; 0 is the super-user."""
    gid: int
    """Effective group id."""


ROOT = Cred(0, 0)
"""The super-user's credentials."""
_FREE_SLOT = DirEntry(0, b"")


@dataclass
class Lookup:
    """What namei_create and namei_delete found (V6: u_pdir, u_offset, u_dent)."""

    ip: Inode | None = None
    """The named inode, referenced, when it exists (create) — else None."""
    dp: Inode | None = None
    """The parent directory, referenced: create of a new name, and delete."""
    name: bytes = b""
    """The last component, cut to 14 bytes."""
    offset: int = 0
    """Byte offset in ``dp`` of the free slot (create) or of the entry (delete)."""
    ino: int = 0
    """I-number in the entry (delete)."""


def access(ip: Inode, mode: int, cred: Cred) -> None:
    """Raise FsError unless ``cred`` may read, write or execute (``mode``) ``ip``."""
    if mode == IWRITE:
        if ip.fs.ronly:
            raise FsError(EROFS)
        if ip.flag & ITEXT:
            raise FsError(ETXTBSY)
    if cred.uid == 0:
        if mode == IEXEC and not ip.mode & (IEXEC | IEXEC >> 3 | IEXEC >> 6):
            raise FsError(EACCES)
        return
    if cred.uid != ip.uid:
        mode >>= 3
        if cred.gid != ip.gid:
            mode >>= 3
    if not ip.mode & mode:
        raise FsError(EACCES)


def dirents(dp: Inode, *, empty: bool = False) -> Iterator[tuple[int, DirEntry]]:
    """(offset, entry) for each entry of directory ``dp`` in order; ``empty`` adds free slots."""
    cache = dp.fs.fsys.cache
    per_block = BSIZE // DIRENT_SIZE
    total = dp.size // DIRENT_SIZE
    for lbn in range(-(-total // per_block)):
        count, base = min(per_block, total - lbn * per_block), lbn * BSIZE
        bno = bmap(dp, lbn)
        if bno == 0:
            if empty:
                yield from ((base + off, _FREE_SLOT)
                            for off in range(0, count * DIRENT_SIZE, DIRENT_SIZE))
            continue
        bp = cache.bread(dp.fs.dev, bno)
        entries = list(iter_dirents(bp.data, count, empty=empty))
        cache.brelse(bp)
        for off, entry in entries:
            yield base + off, entry


def _search(dp: Inode, name: bytes) -> tuple[int | None, int, int]:
    """(offset of ``name``'s entry or None, its i-number, offset of the first free slot)."""
    free = None
    for offset, entry in dirents(dp, empty=True):
        if entry.ino == 0:
            if free is None:
                free = offset
        elif entry.name == name:
            return offset, entry.ino, offset
    end = dp.size - dp.size % DIRENT_SIZE     # as V6: over a partial last entry
    return None, 0, end if free is None else free


def _walk(fsys: Fsys, path: bytes, cred: Cred, cwd: Inode | None, flag: int) -> Lookup:
    """The common path walk of namei, namei_create and namei_delete."""
    inodes = fsys.inodes
    dp = idup(fsys.rootdir if path.startswith(b"/") or cwd is None else cwd)
    names = [c[:DIRSIZ] for c in path.split(b"/") if c]
    try:
        if not names and flag != LOOKUP:
            raise FsError(ENOENT)
        for i, name in enumerate(names):
            dp = _cross_up(fsys, dp, name)
            if not dp.is_dir:
                raise FsError(ENOTDIR)
            access(dp, IEXEC, cred)
            offset, ino, free = _search(dp, name)
            last = i == len(names) - 1
            if last and flag == CREATE and offset is None:
                access(dp, IWRITE, cred)
                return Lookup(dp=dp, name=name, offset=free)
            if offset is None:
                raise FsError(ENOENT)
            if last and flag == DELETE:
                access(dp, IWRITE, cred)
                return Lookup(dp=dp, name=name, offset=offset, ino=ino)
            parent, dp = dp, inodes.iget(dp.fs, ino)
            inodes.iput(parent)
    except BaseException:
        inodes.iput(dp)
        raise
    return Lookup(ip=dp, name=names[-1] if names else b"")


def _cross_up(fsys: Fsys, dp: Inode, name: bytes) -> Inode:
    """For ``..`` at a mounted root: the directory it is mounted on, instead of ``dp``."""
    while name == b".." and dp.inum == ROOTINO and dp.fs.mounted_on is not None:
        parent, dp = dp, idup(dp.fs.mounted_on)
        fsys.inodes.iput(parent)
    return dp


def namei(fsys: Fsys, path: bytes, cred: Cred, cwd: Inode | None = None) -> Inode:
    """The inode ``path`` names, referenced."""
    ip = _walk(fsys, path, cred, cwd, LOOKUP).ip
    assert ip is not None
    return ip


def namei_create(fsys: Fsys, path: bytes, cred: Cred, cwd: Inode | None = None) -> Lookup:
    """Look ``path`` up to create it: its inode if it exists, else where to enter it."""
    return _walk(fsys, path, cred, cwd, CREATE)


def namei_delete(fsys: Fsys, path: bytes, cred: Cred, cwd: Inode | None = None) -> Lookup:
    """Look ``path`` up to remove its entry: the parent and the entry."""
    return _walk(fsys, path, cred, cwd, DELETE)


def wdir(lk: Lookup, ip: Inode) -> None:
    """Enter ``ip`` under ``lk.name`` at ``lk.offset`` of directory ``lk.dp`` (V6 wdir)."""
    assert lk.dp is not None
    writei(lk.dp, lk.offset, DirEntry(ip.inum, lk.name).serialize())


def maknode(lk: Lookup, mode: int, cred: Cred) -> Inode:
    """A new inode of ``mode``, owned by ``cred``, entered as ``lk`` says (V6 maknode).

    Returns it referenced; ``lk.dp`` stays referenced for the caller to iput.
    If the entry cannot be written (a full disk) the inode is freed again.
    """
    assert lk.dp is not None
    ip = lk.dp.fs.ialloc()
    try:
        ip.flag |= IACC | IUPD
        ip.mode = mode | IALLOC
        ip.nlink = 1
        ip.uid, ip.gid = cred.uid & 0xFF, cred.gid & 0xFF
        wdir(lk, ip)
    except BaseException:
        ip.nlink = 0
        ip.fs.fsys.inodes.iput(ip)
        raise
    return ip
