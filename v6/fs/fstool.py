"""New: host tools in the spirit of mtools — look at and change a V6 image from the host.

Each call opens the image, mounts it (read-only unless it changes
something), does its work through the same layers the kernel uses (namei,
readi/writei, the ops module), syncs and closes.  Paths inside the image are
taken from ``/`` whether or not they start with a slash.  The tools act as
the super-user; files they create get the host wall-clock time (the one place
in v6.fs that reads the host clock — ``wall_clock``).

- ``ls(image, path, long=False, show_all=False)`` → lines: names sorted as V6's
  ls sorted them (dot-files only with ``show_all``); ``long`` gives V6 ``ls -l``
  lines: mode (with ``t`` or a blank as 11th column), links, owner (name from
  the image's /etc/passwd, else the number), size or ``major,minor``, date,
  name, after a ``total`` line counting blocks as V6's ls did.  Dates are
  judged recent or old against the superblock's time — the time a V6 booted
  from the image would start its clock at — so the listing of an image never
  depends on when it is made.
- ``cat(image, path)`` → the file's bytes; ``get(image, path, hostfile)``
  copies them to the host (``-``: standard output).
- ``put(image, hostfile, path)`` copies a host file in (``-``: standard
  input), creating or truncating it; into a directory, under the host
  file's name.  The file ends with the host file's permission bits, set-uid,
  set-gid and sticky included, whether it was new or not (``-``: 644), as
  ``cp -p`` keeps them.  If the image fills up, the partial file is removed and
  ENOSPC raised.
- ``chmod(image, path, mode)`` sets the permission bits (the low 12 bits of
  ``mode``) of a file or directory.
- ``mkdir(image, path)``, ``rmdir(image, path)``, ``rm(image, path,
  recursive=False)``.

Pieces usable on their own: ``mode_string`` (ls's mode columns),
``nblocks`` (ls's block count), ``long_line`` (one ls -l line) and
``wall_clock``.  Failures are ``FsError`` messages naming the image and path.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from v6.errno import EBUSY, EISDIR
from v6.fs.errors import Corrupt, FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import Inode
from v6.fs.layout import (
    BSIZE,
    IEXEC,
    IFBLK,
    IFCHR,
    IFDIR,
    IFMT,
    IREAD,
    ISGID,
    ISUID,
    ISVTX,
    IWRITE,
    NADDR,
    NINDIR,
    major,
    minor,
)
from v6.fs.namei import ROOT, namei
from v6.fs.ops import chmod as fs_chmod
from v6.fs.ops import creat, encode_path, read_file, readdir, unlink
from v6.fs.ops import mkdir as fs_mkdir
from v6.fs.ops import rmdir as fs_rmdir
from v6.fs.rdwri import writei
from v6.fs.v6time import ls_date

PASSWD = b"/etc/passwd"
"""Where ls -l looks up owner names."""


def wall_clock() -> int:
    """The host's time as V6 seconds (for timestamps the host tools write)."""
    return int(time.time()) & 0xFFFFFFFF


@contextmanager
def _mounted(image: str, path: str, *, write: bool = False) -> Iterator[Fsys]:
    """The image mounted (read-only unless ``write``); FsErrors name image and path."""
    try:
        with Fsys.open_image(image, readonly=not write, now=wall_clock) as fsys:
            yield fsys
    except Corrupt:
        raise
    except FsError as exc:
        message = str(exc).removeprefix(f"{image}: ")
        raise FsError(exc.errno, f"{image}: {path}: {message}") from None


def _lookup(fsys: Fsys, path: str) -> Inode:
    return namei(fsys, encode_path(path), ROOT)


# --- ls -------------------------------------------------------------------------

_TYPE_CHARS = {IFDIR: "d", IFCHR: "c", IFBLK: "b"}


def mode_string(mode: int) -> str:
    """V6 ls -l's 11 mode columns: type, rwx for owner/group/others, then ``t`` or blank."""
    chars = [_TYPE_CHARS.get(mode & IFMT, "-")]
    for shift, setid in ((0, ISUID), (3, ISGID), (6, 0)):
        chars.append("r" if mode & IREAD >> shift else "-")
        chars.append("w" if mode & IWRITE >> shift else "-")
        chars.append("s" if mode & setid else "x" if mode & IEXEC >> shift else "-")
    chars.append("t" if mode & ISVTX else " ")
    return "".join(chars)


def nblocks(size: int) -> int:
    """Blocks a file of ``size`` bytes occupies, indirect blocks included (V6 ls's count)."""
    n = -(-size // BSIZE)
    return n + -(-n // NINDIR) if n > NADDR else n


def _owners(fsys: Fsys) -> dict[int, str]:
    """uid → login name from the image's /etc/passwd (empty if it has none)."""
    try:
        ip = namei(fsys, PASSWD, ROOT)
    except FsError:
        return {}
    try:
        text = read_file(ip).decode("latin-1")
    finally:
        fsys.inodes.iput(ip)
    owners: dict[int, str] = {}
    for line in text.splitlines():
        fields = line.split(":")
        if len(fields) > 2 and fields[2].isdigit():
            owners.setdefault(int(fields[2]), fields[0])
    return owners


def long_line(ip: Inode, name: str, owners: dict[int, str], now: int) -> str:
    """One ``ls -l`` line for ``ip`` listed as ``name``."""
    owner = owners.get(ip.uid, str(ip.uid))
    if ip.is_special:
        size = f"{major(ip.addr[0]):3d},{minor(ip.addr[0]):3d}"
    else:
        size = f"{ip.size:7d}"
    return (f"{mode_string(ip.mode)}{ip.nlink:2d} {owner:<6.6}{size} "
            f"{ls_date(ip.mtime, now)} {name}")


def ls(image: str, path: str = "/", *, long: bool = False, show_all: bool = False) -> list[str]:
    """The lines ``ls [-l] [-a] path`` prints for the image."""
    with _mounted(image, path) as fsys:
        ip = _lookup(fsys, path)
        try:
            if not ip.is_dir:
                return [_describe(fsys, ip, path) if long else path]
            names = sorted((e.name, e.ino) for e in readdir(ip)
                           if show_all or not e.name.startswith(b"."))
            return _list_dir(fsys, ip, names, long)
        finally:
            fsys.inodes.iput(ip)


def _describe(fsys: Fsys, ip: Inode, name: str) -> str:
    return long_line(ip, name, _owners(fsys), fsys.mounts[0].sb.time)


def _list_dir(fsys: Fsys, dp: Inode, names: list[tuple[bytes, int]], long: bool) -> list[str]:
    shown = [name.decode(errors="replace") for name, _ in names]
    if not long:
        return shown
    owners, now = _owners(fsys), fsys.mounts[0].sb.time
    lines, total = [], 0
    for (_, ino), name in zip(names, shown, strict=True):
        ip = fsys.inodes.iget(dp.fs, ino)
        try:
            total += 0 if ip.is_special else nblocks(ip.size)
            lines.append(long_line(ip, name, owners, now))
        finally:
            fsys.inodes.iput(ip)
    return [f"total {total}", *lines]


# --- reading and writing files -------------------------------------------------------

def cat(image: str, path: str) -> bytes:
    """The bytes of the file ``path``."""
    with _mounted(image, path) as fsys:
        ip = _lookup(fsys, path)
        try:
            if ip.is_dir:
                raise FsError(EISDIR)
            return read_file(ip)
        finally:
            fsys.inodes.iput(ip)


def get(image: str, path: str, hostfile: str) -> None:
    """Copy the file ``path`` out to ``hostfile`` (``-``: standard output)."""
    data = cat(image, path)
    if hostfile == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(hostfile).write_bytes(data)


def _host_input(hostfile: str) -> tuple[bytes, int]:
    """The host file's bytes and permission bits (standard input: mode 644)."""
    if hostfile == "-":
        return sys.stdin.buffer.read(), 0o644
    return Path(hostfile).read_bytes(), stat.S_IMODE(os.stat(hostfile).st_mode)


def put(image: str, hostfile: str, path: str) -> None:
    """Copy ``hostfile`` into the image as ``path`` (into it, if it is a directory)."""
    data, mode = _host_input(hostfile)
    with _mounted(image, path, write=True) as fsys:
        target = _target(fsys, path, hostfile)
        ip = creat(fsys, encode_path(target), mode, ROOT)
        try:
            writei(ip, 0, data)
        except FsError:
            fsys.inodes.iput(ip)
            unlink(fsys, encode_path(target), ROOT)
            raise
        fsys.inodes.iput(ip)
        # creat leaves an existing file's mode alone and never sets the
        # sticky bit: the mode is set after, as chmod would.
        fs_chmod(fsys, encode_path(target), mode, ROOT)


def _target(fsys: Fsys, path: str, hostfile: str) -> str:
    """``path``, or ``path/<host file name>`` when ``path`` is a directory."""
    try:
        ip = _lookup(fsys, path)
    except FsError:
        return path
    is_dir = ip.is_dir
    fsys.inodes.iput(ip)
    if not is_dir:
        return path
    if hostfile == "-":
        raise FsError(EISDIR)
    return f"{path.rstrip('/')}/{Path(hostfile).name}"


def chmod(image: str, path: str, mode: int) -> None:
    """Set the permission bits of ``path`` to the low 12 bits of ``mode``."""
    with _mounted(image, path, write=True) as fsys:
        fs_chmod(fsys, encode_path(path), mode, ROOT)


# --- directories ------------------------------------------------------------------

def mkdir(image: str, path: str) -> None:
    """Make directory ``path`` (mode 755, owned by root)."""
    with _mounted(image, path, write=True) as fsys:
        fs_mkdir(fsys, path, 0o755, ROOT)


def rmdir(image: str, path: str) -> None:
    """Remove the empty directory ``path``."""
    with _mounted(image, path, write=True) as fsys:
        fs_rmdir(fsys, path, ROOT)


def rm(image: str, path: str, *, recursive: bool = False) -> None:
    """Remove file ``path``; with ``recursive``, a directory and all it holds."""
    with _mounted(image, path, write=True) as fsys:
        ip = _lookup(fsys, path)
        is_dir, is_root = ip.is_dir, ip is fsys.rootdir
        fsys.inodes.iput(ip)
        if is_root:
            raise FsError(EBUSY, "the root directory cannot be removed")
        if not is_dir:
            unlink(fsys, path, ROOT)
        elif recursive:
            _remove_tree(fsys, path, set())
        else:
            raise FsError(EISDIR, "Is a directory (rm -r removes directories)")


def _remove_tree(fsys: Fsys, path: str, seen: set[int]) -> None:
    """Remove everything under directory ``path``, then it (``seen`` stops loops)."""
    ip = _lookup(fsys, path)
    entries = readdir(ip)
    seen.add(ip.inum)
    fsys.inodes.iput(ip)
    for entry in entries:
        if entry.name in (b".", b".."):
            continue
        child = f"{path.rstrip('/')}/{entry.name.decode('utf-8', 'surrogateescape')}"
        ip = _lookup(fsys, child)
        is_dir = ip.is_dir
        fsys.inodes.iput(ip)
        if is_dir and entry.ino not in seen:
            _remove_tree(fsys, child, seen)
        else:
            unlink(fsys, child, ROOT)
    fs_rmdir(fsys, path, ROOT)
