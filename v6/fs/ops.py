"""New: the file-system half of V6's file system calls, shared by the kernel and the host tools.

V6's sys2.c and sys4.c mixed argument fetching with inode work; here the
inode work stands alone, so the kernel's sys_* functions only fetch and check
arguments and call these, and ``v6 fs`` and mkfs call the same code.

Every function takes the ``Fsys``, a path (bytes; a str is encoded as UTF-8),
the caller's ``Cred`` and current directory (None: the root), and raises
``FsError`` carrying V6's errno.  Functions returning an ``Inode`` return it
referenced: the caller iputs it (the kernel when the file is closed).

- ``open_file(..., read, write)`` → inode, after V6's open checks
  (permission; EISDIR when writing a directory).
- ``creat(path, mode)`` → inode: a new plain file, or the existing one
  truncated (it must be writable, not a directory).
- ``link(target, new)``, ``unlink(path)``, ``mknod(path, mode, dev)`` as in
  V6: linking or unlinking a directory and mknod are for the super-user only.
- ``mkdir(path, mode)``, ``rmdir(path)``: new, done in V6 by the mkdir and
  rmdir commands with mknod, link and unlink; here each is one operation that
  keeps ``.``, ``..`` and the link counts right.  ``rmdir`` refuses a
  directory with entries (EEXIST: V6 had no ENOTEMPTY) and ``.`` or ``..``.
- ``chmod``, ``chown`` as V6 (chown is the super-user's; both set IUPD).
- ``stat(ip)`` → ``layout.Stat``; ``read_file(ip)`` → all its bytes;
  ``readdir(ip)`` → its live entries; ``dirlookup(dp, name)`` → the
  i-number a directory gives a name; ``encode_path`` turns str into bytes.
"""

from __future__ import annotations

from v6.errno import EBUSY, EEXIST, EINVAL, EISDIR, EMLINK, ENOTDIR, EPERM, EXDEV
from v6.fs.errors import FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import IUPD, Inode, itrunc, iupdat
from v6.fs.layout import IFDIR, IREAD, ISVTX, IWRITE, DirEntry, Stat
from v6.fs.namei import (
    Cred,
    Lookup,
    access,
    dirents,
    maknode,
    namei,
    namei_create,
    namei_delete,
    wdir,
)
from v6.fs.rdwri import readi, writei
from v6.param import MAXLINK


def encode_path(path: str | bytes) -> bytes:
    """A path as the bytes V6 stores (str is encoded as UTF-8)."""
    return path.encode("utf-8", "surrogateescape") if isinstance(path, str) else path


def open_file(fsys: Fsys, path: str | bytes, cred: Cred, cwd: Inode | None = None, *,
              read: bool = True, write: bool = False) -> Inode:
    """The inode of an existing file, checked for reading and/or writing (V6 open)."""
    ip = namei(fsys, encode_path(path), cred, cwd)
    try:
        if read:
            access(ip, IREAD, cred)
        if write:
            access(ip, IWRITE, cred)
            if ip.is_dir:
                raise FsError(EISDIR)
    except BaseException:
        fsys.inodes.iput(ip)
        raise
    return ip


def creat(fsys: Fsys, path: str | bytes, mode: int, cred: Cred,
          cwd: Inode | None = None) -> Inode:
    """A new empty plain file of ``mode``, or the existing file truncated (V6 creat)."""
    lk = namei_create(fsys, encode_path(path), cred, cwd)
    if lk.ip is None:
        try:
            return maknode(lk, mode & 0o7777 & ~ISVTX, cred)
        finally:
            _release_parent(fsys, lk)
    ip = lk.ip
    try:
        access(ip, IWRITE, cred)
        if ip.is_dir:
            raise FsError(EISDIR)
        itrunc(ip)
    except BaseException:
        fsys.inodes.iput(ip)
        raise
    return ip


def write_file(fsys: Fsys, path: str | bytes, data: bytes, mode: int, cred: Cred,
               cwd: Inode | None = None) -> None:
    """Make ``path`` a plain file of ``mode`` holding ``data`` (creat, then write)."""
    ip = creat(fsys, path, mode, cred, cwd)
    try:
        writei(ip, 0, data)
    finally:
        fsys.inodes.iput(ip)


def _release_parent(fsys: Fsys, lk: Lookup) -> None:
    if lk.dp is not None:
        fsys.inodes.iput(lk.dp)


def _new_entry(fsys: Fsys, path: str | bytes, cred: Cred, cwd: Inode | None) -> Lookup:
    """namei_create for a name that must not exist yet (EEXIST if it does)."""
    lk = namei_create(fsys, encode_path(path), cred, cwd)
    if lk.ip is not None:
        fsys.inodes.iput(lk.ip)
        raise FsError(EEXIST)
    return lk


def link(fsys: Fsys, target: str | bytes, new: str | bytes, cred: Cred,
         cwd: Inode | None = None) -> None:
    """Enter the existing file ``target`` under the name ``new`` too (V6 link)."""
    ip = namei(fsys, encode_path(target), cred, cwd)
    try:
        if ip.nlink >= MAXLINK:
            raise FsError(EMLINK)
        if ip.is_dir and cred.uid != 0:
            raise FsError(EPERM)
        lk = _new_entry(fsys, new, cred, cwd)
        try:
            if lk.dp.fs is not ip.fs:
                raise FsError(EXDEV)
            wdir(lk, ip)
            ip.nlink += 1
            ip.flag |= IUPD
        finally:
            _release_parent(fsys, lk)
    finally:
        fsys.inodes.iput(ip)


def _clear_entry(lk: Lookup) -> None:
    """Empty the directory slot ``lk`` found (the name stays, the i-number becomes 0)."""
    writei(lk.dp, lk.offset, DirEntry(0, lk.name).serialize())


def unlink(fsys: Fsys, path: str | bytes, cred: Cred, cwd: Inode | None = None) -> None:
    """Remove the entry ``path``; the file goes when its last link and reference do (V6 unlink)."""
    lk = namei_delete(fsys, encode_path(path), cred, cwd)
    try:
        ip = fsys.inodes.iget(lk.dp.fs, lk.ino)
        try:
            if ip.fs is not lk.dp.fs:
                raise FsError(EBUSY)
            if ip.is_dir and cred.uid != 0:
                raise FsError(EPERM)
            _clear_entry(lk)
            ip.nlink = max(0, ip.nlink - 1)
            ip.flag |= IUPD
        finally:
            fsys.inodes.iput(ip)
    finally:
        _release_parent(fsys, lk)


def mknod(fsys: Fsys, path: str | bytes, mode: int, dev: int, cred: Cred,
          cwd: Inode | None = None) -> None:
    """Make a new inode of any ``mode``, addr[0] = ``dev`` (V6 mknod; super-user only)."""
    if cred.uid != 0:
        raise FsError(EPERM)
    lk = _new_entry(fsys, path, cred, cwd)
    try:
        ip = maknode(lk, mode, cred)
        ip.addr[0] = dev
        fsys.inodes.iput(ip)
    finally:
        _release_parent(fsys, lk)


def mkdir(fsys: Fsys, path: str | bytes, mode: int, cred: Cred,
          cwd: Inode | None = None) -> None:
    """Make a directory holding ``.`` and ``..``, owned by ``cred``."""
    lk = _new_entry(fsys, path, cred, cwd)
    dp = lk.dp
    try:
        if dp.nlink >= MAXLINK:
            raise FsError(EMLINK)
        ip = maknode(lk, IFDIR | mode & 0o7777, cred)
        try:
            writei(ip, 0, DirEntry(ip.inum, b".").serialize()
                   + DirEntry(dp.inum, b"..").serialize())
        except BaseException:
            _clear_entry(lk)
            ip.nlink = 0
            fsys.inodes.iput(ip)
            raise
        ip.nlink = 2
        dp.nlink += 1
        dp.flag |= IUPD
        fsys.inodes.iput(ip)
    finally:
        fsys.inodes.iput(dp)


def dirlookup(dp: Inode, name: bytes) -> int:
    """The i-number ``name`` has in directory ``dp`` (0 if it has none)."""
    return next((e.ino for _, e in dirents(dp) if e.name == name), 0)


def rmdir(fsys: Fsys, path: str | bytes, cred: Cred, cwd: Inode | None = None) -> None:
    """Remove an empty directory, undoing the links its ``.`` and ``..`` made."""
    lk = namei_delete(fsys, encode_path(path), cred, cwd)
    try:
        if lk.name in (b".", b".."):
            raise FsError(EINVAL)
        ip = fsys.inodes.iget(lk.dp.fs, lk.ino)
        try:
            _check_removable(ip, lk)
            _clear_entry(lk)
            _drop_dir_links(fsys, ip)
        finally:
            fsys.inodes.iput(ip)
    finally:
        _release_parent(fsys, lk)


def _check_removable(ip: Inode, lk: Lookup) -> None:
    """Raise unless ``ip`` is an empty directory that is not a mount point."""
    if ip.fs is not lk.dp.fs:
        raise FsError(EBUSY)
    if not ip.is_dir:
        raise FsError(ENOTDIR)
    if any(e.name not in (b".", b"..") for _, e in dirents(ip)):
        raise FsError(EEXIST, "Directory not empty")


def _drop_dir_links(fsys: Fsys, ip: Inode) -> None:
    """Take away the links of a removed directory: its entry, its ``.``, its parent's ``..``."""
    parent_ino = dirlookup(ip, b"..")
    own = 1 + (dirlookup(ip, b".") == ip.inum)
    ip.nlink = max(0, ip.nlink - own)
    ip.flag |= IUPD
    if parent_ino and parent_ino != ip.inum:
        parent = fsys.inodes.iget(ip.fs, parent_ino)
        parent.nlink = max(0, parent.nlink - 1)
        parent.flag |= IUPD
        fsys.inodes.iput(parent)


def _owned(fsys: Fsys, path: str | bytes, cred: Cred, cwd: Inode | None) -> Inode:
    """The inode of ``path`` if ``cred`` owns it or is the super-user (V6 owner())."""
    ip = namei(fsys, encode_path(path), cred, cwd)
    if cred.uid not in (0, ip.uid):
        fsys.inodes.iput(ip)
        raise FsError(EPERM)
    return ip


def chmod(fsys: Fsys, path: str | bytes, mode: int, cred: Cred,
          cwd: Inode | None = None) -> None:
    """Set the permission bits (only the super-user may set the sticky bit)."""
    ip = _owned(fsys, path, cred, cwd)
    if cred.uid != 0:
        mode &= ~ISVTX
    ip.mode = ip.mode & ~0o7777 | mode & 0o7777
    ip.flag |= IUPD
    fsys.inodes.iput(ip)


def chown(fsys: Fsys, path: str | bytes, uid: int, gid: int, cred: Cred,
          cwd: Inode | None = None) -> None:
    """Give the file to ``uid``/``gid`` (super-user only in V6)."""
    if cred.uid != 0:
        raise FsError(EPERM)
    ip = namei(fsys, encode_path(path), cred, cwd)
    ip.uid, ip.gid = uid & 0xFF, gid & 0xFF
    ip.flag |= IUPD
    fsys.inodes.iput(ip)


def stat(ip: Inode) -> Stat:
    """The stat(II) view of ``ip``, its times brought up to date first (as V6 did)."""
    iupdat(ip, ip.fs.fsys.now())
    return Stat(dev=ip.fs.dev.devno, ino=ip.inum, mode=ip.mode, nlink=ip.nlink, uid=ip.uid,
                gid=ip.gid, size=ip.size, addr=tuple(ip.addr), atime=ip.atime,
                mtime=ip.mtime)


def read_file(ip: Inode) -> bytes:
    """All of ``ip``'s bytes."""
    buf = bytearray(ip.size)
    return bytes(buf[:readi(ip, 0, buf)])


def readdir(dp: Inode) -> list[DirEntry]:
    """The live entries of directory ``dp``, in order."""
    return [entry for _, entry in dirents(dp)]
