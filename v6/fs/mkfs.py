"""V6: mkfs(VIII) — build a file system from a prototype file or a host directory.

Two steps, both through the buffer cache like every other writer:

1. ``format_fs(dev, isize, now, boot)``: block 0 gets the boot program, the
   i-list is zeroed, the superblock written, every data block freed onto the
   free list, and the root directory (inode 1) made with ``.`` and ``..``.
2. ``populate(fsys, root)``: the tree described by a ``Spec`` is created,
   file contents copied with writei, entries made with wdir.  Inodes are
   numbered 2, 3, 4 ... in the order of the description, as V6's mkfs did,
   and the free-inode cache is left empty for the kernel to fill by scanning.

``mkfs(dev, root, isize=..., now=..., boot=...)`` does both.  Descriptions
come from ``parse_proto`` (V6's prototype file) or ``tree_from_dir`` (a host
directory).

The free list is laid out as V6's mkfs left it on the genuine root pack:
data blocks are handed out cylinder by cylinder (24 blocks), and within a
cylinder every third block (0, 3, 6 ... 21, 1, 4 ... 22, 2, 5 ... 23), so
that a program reading a file block by block finds the next block coming
under the head instead of a revolution away.  ``interleave=1`` lays blocks
out in plain ascending order.

Prototype file (mkfs(VIII)): tokens separated by blanks and newlines.  The
boot program's host path (``-`` for none); the file system's size in blocks;
the i-list's size in blocks (16 inodes each); then the root directory's
specification.  A specification is a mode token, a uid and a gid, then by
type: a plain file, the host path of its contents; a device, its major and
minor numbers; a directory, its entries — each a name and a specification —
closed by ``$``.  The mode token is six characters: the type (``-``, ``b``,
``c``, ``d``), ``u`` or ``-`` (set-uid), ``g`` or ``-`` (set-gid), and three
octal digits; ``ls -l``'s ten-character form (``-rwxr-xr-x``) is accepted
too (new).  Numbers are decimal.

Deviation from V6: relative host paths in a proto file are taken from the
proto file's directory, not the current one, so a build does not depend on
where the command is run.

From a host directory: directories become mode 755, files 755 if the host
file is executable by anyone, else 644; everything is owned by root (uid 0,
gid 0) and keeps its host modification time.  Names must fit V6's 14 bytes.
Anything that is neither a plain file nor a directory is skipped with a
warning; a symbolic link is followed if it leads to a plain file.

Default i-list size (ours; V6's mkfs took it from the proto file): one inode
per four blocks, rounded up to whole i-list blocks — 77 blocks (1232 inodes)
for an RK05's 4872 blocks; the genuine root pack had 85.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from v6.errors import V6Error
from v6.fs.alloc import FileSystem
from v6.fs.blkdev import BLOCKS_PER_CYLINDER, BlockDevice
from v6.fs.errors import FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import ICHG, Inode
from v6.fs.layout import (
    BSIZE,
    IALLOC,
    IFBLK,
    IFCHR,
    IFDIR,
    IFMT,
    IFREG,
    ILIST,
    INOPB,
    ISGID,
    ISUID,
    ISVTX,
    SUPERB,
    DirEntry,
    Superblock,
    makedev,
    superblock_problems,
)
from v6.fs.namei import ROOT, namei_create, wdir
from v6.fs.rdwri import writei
from v6.param import DIRSIZ, MAX_FS_BLOCKS, ROOTINO

INTERLEAVE = 3
"""Blocks between consecutive allocations within a cylinder (the genuine pack's)."""


class MkfsError(V6Error):
    """A bad description of the file system to build."""


@dataclass
class Spec:
    """One file to create: a node of the tree mkfs builds."""

    name: bytes
    """Its name in its directory (empty for the root)."""
    mode: int
    """Type and permission bits (without IALLOC)."""
    uid: int = 0
    """Owner."""
    gid: int = 0
    """Group."""
    source: Path | None = None
    """Host file whose bytes a plain file gets."""
    dev: int = 0
    """Device number of a special file."""
    mtime: int | None = None
    """Modification (and access) time; None: the time of the build."""
    children: list[Spec] = field(default_factory=list)
    """A directory's entries, in order."""


def default_isize(fsize: int) -> int:
    """I-list blocks for a file system of ``fsize`` blocks: one inode per 4 blocks."""
    return max(1, -(-fsize // 4 // INOPB))


def free_list_order(start: int, fsize: int, interleave: int = INTERLEAVE) -> list[int]:
    """Data blocks ``start`` .. ``fsize``-1 in the order allocation should hand them out."""
    order = []
    for base in range(start - start % BLOCKS_PER_CYLINDER, fsize, BLOCKS_PER_CYLINDER):
        for phase in range(interleave):
            for offset in range(phase, BLOCKS_PER_CYLINDER, interleave):
                if start <= base + offset < fsize:
                    order.append(base + offset)
    return order


def check_geometry(fsize: int, isize: int) -> None:
    """Raise MkfsError unless ``fsize`` and ``isize`` make a usable file system."""
    if not 0 < fsize <= MAX_FS_BLOCKS:
        raise MkfsError(f"file system size {fsize} blocks: must be 1..{MAX_FS_BLOCKS}")
    problems = superblock_problems(Superblock(isize=isize, fsize=fsize), fsize)
    if problems:
        raise MkfsError(f"cannot make a file system of {fsize} blocks with {isize} i-list "
                        f"blocks: {'; '.join(problems)}")


def format_fs(dev: BlockDevice, isize: int, now: int, boot: bytes = b"", *,
           interleave: int = INTERLEAVE, root: Spec | None = None) -> None:
    """Write an empty file system over all of ``dev``: boot block, superblock, i-list, free list, root."""
    check_geometry(dev.nblocks, isize)
    if len(boot) > BSIZE:
        raise MkfsError(f"boot program is {len(boot)} bytes; block 0 holds {BSIZE}")
    fsys = Fsys(now=lambda: now)
    cache = fsys.cache
    sb = Superblock(isize=isize, fsize=dev.nblocks, nfree=1, time=now)
    for blkno, data in [(0, boot.ljust(BSIZE, b"\0")), (SUPERB, sb.serialize())]:
        bp = cache.getblk(dev, blkno)
        bp.data[:] = data
        cache.bwrite(bp)
    for blkno in range(ILIST, sb.data_start):
        bp = cache.getblk(dev, blkno)
        cache.clrbuf(bp)
        cache.bwrite(bp)
    fs = FileSystem.mount(fsys, dev, ronly=False)
    for bno in reversed(free_list_order(sb.data_start, sb.fsize, interleave)):
        fs.bfree(bno)
    _make_root(fsys, fs, root or Spec(b"", IFDIR | 0o755), now)
    fs.update(now)
    cache.bflush()


def _make_root(fsys: Fsys, fs: FileSystem, spec: Spec, now: int) -> None:
    ip = fsys.inodes.iget(fs, ROOTINO)
    _init_inode(ip, spec)
    _write_dir(ip, ROOTINO)
    ip.nlink = 2
    _stamp(ip, spec, now)
    fsys.inodes.iput(ip)


def _init_inode(ip: Inode, spec: Spec) -> None:
    ip.clear()
    ip.mode = IALLOC | spec.mode
    ip.nlink = 1
    ip.uid, ip.gid = spec.uid & 0xFF, spec.gid & 0xFF


def _write_dir(ip: Inode, parent: int) -> None:
    writei(ip, 0, DirEntry(ip.inum, b".").serialize() + DirEntry(parent, b"..").serialize())


def _stamp(ip: Inode, spec: Spec, now: int) -> None:
    """Set the times the description asks for and mark the inode to be written as is."""
    ip.atime = ip.mtime = now if spec.mtime is None else spec.mtime
    ip.flag = ICHG


class _Builder:
    """Creates a Spec tree in a freshly formatted file system, numbering inodes 2, 3, ..."""

    def __init__(self, fsys: Fsys, now: int) -> None:
        self.fsys, self.now = fsys, now
        self.fs = fsys.mounts[0]
        self.next_inum = ROOTINO + 1

    def directory(self, dp: Inode, spec: Spec, path: str) -> None:
        for child in spec.children:
            self.create(dp, child, f"{path.rstrip('/')}/{child.name.decode(errors='replace')}")

    def create(self, dp: Inode, spec: Spec, path: str) -> None:
        if self.next_inum > self.fs.sb.ninodes:
            raise MkfsError(f"{path}: out of inodes ({self.fs.sb.ninodes} in the i-list)")
        ip = self.fsys.inodes.iget(self.fs, self.next_inum)
        self.next_inum += 1
        try:
            _init_inode(ip, spec)
            self._enter(dp, spec.name, ip, path)
            self._fill(dp, ip, spec, path)
            _stamp(ip, spec, self.now)
        finally:
            self.fsys.inodes.iput(ip)

    def _enter(self, dp: Inode, name: bytes, ip: Inode, path: str) -> None:
        lk = namei_create(self.fsys, name, ROOT, dp)
        if lk.ip is not None:
            self.fsys.inodes.iput(lk.ip)
            raise MkfsError(f"{path}: named twice")
        try:
            wdir(lk, ip)
        finally:
            self.fsys.inodes.iput(lk.dp)

    def _fill(self, dp: Inode, ip: Inode, spec: Spec, path: str) -> None:
        kind = spec.mode & IFMT
        if kind == IFDIR:
            _write_dir(ip, dp.inum)
            ip.nlink = 2
            dp.nlink += 1
            self.directory(ip, spec, path)
        elif kind in (IFCHR, IFBLK):
            ip.addr[0] = spec.dev
        elif spec.source is not None:
            try:
                writei(ip, 0, spec.source.read_bytes())
            except FsError as exc:
                raise MkfsError(f"{path}: {exc}") from None


def populate(fsys: Fsys, root: Spec, now: int) -> None:
    """Create ``root``'s entries (recursively) under the root directory of ``fsys``."""
    builder = _Builder(fsys, now)
    builder.directory(fsys.rootdir, root, "/")
    _stamp(fsys.rootdir, root, now)
    fsys.mounts[0].sb.ninode = 0


def mkfs(dev: BlockDevice, root: Spec, *, isize: int, now: int, boot: bytes = b"",
         interleave: int = INTERLEAVE) -> None:
    """Build a file system over all of ``dev`` holding the tree ``root``."""
    format_fs(dev, isize, now, boot, interleave=interleave, root=root)
    fsys = Fsys(now=lambda: now)
    fsys.mount_root(dev)
    try:
        populate(fsys, root, now)
    finally:
        fsys.unmount_all()


# --- prototype files --------------------------------------------------------------

class _Tokens:
    """The blank-separated tokens of a proto file, with line numbers for errors."""

    def __init__(self, text: str, where: str) -> None:
        self.where = where
        self.items = [(tok, n) for n, line in enumerate(text.splitlines(), 1)
                      for tok in line.split()]
        self.pos = 0

    def error(self, message: str) -> MkfsError:
        line = self.items[min(self.pos, len(self.items)) - 1][1] if self.items else 1
        return MkfsError(f"{self.where}:{line}: {message}")

    def next(self, what: str) -> str:
        tok = self.peek(what)
        self.pos += 1
        return tok

    def peek(self, what: str) -> str:
        if self.pos >= len(self.items):
            raise self.error(f"unexpected end of file: expected {what}")
        return self.items[self.pos][0]

    def number(self, what: str) -> int:
        tok = self.next(what)
        if not tok.isdigit():
            raise self.error(f"expected {what} (a decimal number), found {tok!r}")
        return int(tok)


_TYPES = {"-": IFREG, "b": IFBLK, "c": IFCHR, "d": IFDIR}


def parse_mode(tok: str) -> int:
    """A proto mode token (``d--755``, ``-u-755``, or ``-rwsr-xr-x``) as mode bits; ValueError if bad."""
    if len(tok) == 6 and tok[0] in _TYPES and tok[1] in "u-" and tok[2] in "g-":
        perms = int(tok[3:], 8) if all(c in "01234567" for c in tok[3:]) else -1
        if perms >= 0:
            return (_TYPES[tok[0]] | perms | (ISUID if tok[1] == "u" else 0)
                    | (ISGID if tok[2] == "g" else 0))
    if len(tok) == 10 and tok[0] in _TYPES:
        return _TYPES[tok[0]] | _parse_rwx(tok[1:])
    raise ValueError(f"bad mode {tok!r} (want e.g. d--755, -u-755 or -rwxr-xr-x)")


def _parse_rwx(perm: str) -> int:
    """The bits of ``rwxr-xr-x``-style permissions (s: set-id and x, t: sticky and x)."""
    bits = 0
    for i, ch in enumerate(perm):
        shift = 6 - 3 * (i // 3)
        want = "rwx"[i % 3]
        if ch == want or (i % 3 == 2 and ch in "st"):
            bits |= (0o4 >> (i % 3)) << shift
        elif ch != "-" and not (i % 3 == 2 and ch in "ST"):
            raise ValueError(f"bad permissions {perm!r}")
        if i % 3 == 2 and ch in "sS":
            bits |= ISUID if i == 2 else ISGID
        if i == 8 and ch in "tT":
            bits |= ISVTX
    return bits


def _proto_spec(toks: _Tokens, name: bytes, base: Path) -> Spec:
    """The specification after ``name``: mode, uid, gid and the type's contents."""
    try:
        mode = parse_mode(toks.next("a mode"))
    except ValueError as exc:
        raise toks.error(str(exc)) from None
    spec = Spec(name, mode, toks.number("a uid"), toks.number("a gid"))
    kind = mode & IFMT
    if kind == IFDIR:
        spec.children = _proto_entries(toks, base)
    elif kind in (IFCHR, IFBLK):
        spec.dev = makedev(toks.number("a major device number"),
                           toks.number("a minor device number"))
    else:
        source = base / toks.next("the host file to copy")
        if not _readable(source):
            raise toks.error(f"{source}: no such host file")
        spec.source = source
    return spec


def _readable(path: Path) -> bool:
    """Can ``path`` supply a file's bytes (a file, or a device like /dev/null)?"""
    return path.exists() and not path.is_dir()


def _proto_entries(toks: _Tokens, base: Path) -> list[Spec]:
    """A directory's entries up to its ``$``."""
    entries = []
    while (tok := toks.next("a name or $")) != "$":
        name = tok.encode()
        if len(name) > DIRSIZ or "/" in tok or tok in (".", ".."):
            raise toks.error(f"bad name {tok!r} (at most {DIRSIZ} bytes, no '/')")
        entries.append(_proto_spec(toks, name, base))
    return entries


@dataclass
class Proto:
    """A parsed prototype file."""

    boot: Path | None
    """Host file for block 0, or None."""
    fsize: int
    """File system size in blocks."""
    isize: int
    """I-list size in blocks."""
    root: Spec
    """The root directory and everything in it."""


def parse_proto(text: str, base: Path, where: str = "proto") -> Proto:
    """Parse a prototype file; host paths are relative to ``base``."""
    toks = _Tokens(text, where)
    boot_tok = toks.next("the boot program")
    fsize = toks.number("the file system size")
    isize = toks.number("the i-list size")
    if not toks.peek("the root's mode").startswith("d"):
        toks.pos += 1
        raise toks.error("the root must be a directory (mode d...)")
    root = _proto_spec(toks, b"", base)
    if toks.pos < len(toks.items):
        toks.pos += 1
        raise toks.error("text after the root directory's closing $")
    boot = None if boot_tok == "-" else base / boot_tok
    if boot is not None and not _readable(boot):
        raise MkfsError(f"{where}: boot program {boot}: no such host file")
    return Proto(boot, fsize, isize, root)


# --- host directories -------------------------------------------------------------

def tree_from_dir(path: Path, warn: Callable[[str], None]) -> Spec:
    """The Spec of a host directory tree; ``warn`` hears about skipped entries."""
    st = path.stat()
    return Spec(b"", IFDIR | 0o755, mtime=_host_time(st.st_mtime),
                children=_host_children(path, warn))


def _host_time(t: float) -> int:
    return min(max(int(t), 0), 0xFFFFFFFF)


def _host_children(path: Path, warn: Callable[[str], None]) -> list[Spec]:
    children = []
    for entry in sorted(os.scandir(path), key=lambda e: e.name):
        name = os.fsencode(entry.name)
        if len(name) > DIRSIZ:
            raise MkfsError(f"{entry.path}: name longer than {DIRSIZ} bytes")
        if entry.is_dir(follow_symlinks=False):
            children.append(Spec(name, IFDIR | 0o755, mtime=_host_time(entry.stat().st_mtime),
                                 children=_host_children(Path(entry.path), warn)))
        elif entry.is_file():
            st = entry.stat()
            perm = 0o755 if st.st_mode & 0o111 else 0o644
            children.append(Spec(name, IFREG | perm, source=Path(entry.path),
                                 mtime=_host_time(st.st_mtime)))
        else:
            warn(f"{entry.path}: skipped (not a plain file or directory)")
    return children
