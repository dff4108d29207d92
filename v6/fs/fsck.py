"""V6: icheck(VIII) and dcheck(VIII) — check a file system's consistency, and repair it.

``check(dev)`` reads the image through the buffer cache and the layout
codecs (the same paths the kernel uses, but tolerant: nothing here trusts a
number before checking it) and returns a ``Report`` whose ``problems`` are
one line each.  What it checks:

- the superblock's geometry makes sense (else nothing more can be checked)
  and its cache counts are at most 100;
- icheck: every block number in an inode or indirect block lies in the data
  area, no block is in two files, the free list (superblock and chain
  blocks) holds only data blocks, no block twice and none in use, chain
  counts are at most 100, and every data block is either in a file or free;
  a small file's size fits its eight blocks; the free-inode cache holds only
  i-numbers of the i-list;
- dcheck: every directory entry names an i-number of the i-list that is in
  use; every directory is reached from ``/`` exactly once (a second entry for
  a directory is a loop); ``.`` names the directory itself and ``..`` its
  parent (``/``'s names ``/``); every inode in use is reachable; every link
  count equals the number of entries naming the inode.

``repair(dev)`` fixes what it found without losing file contents, then checks
again:

- a block number outside the data area is cleared (the file gets a hole);
- a block in two files is copied, so each file keeps the contents it shows
  now (an indirect block is copied with the blocks it lists);
- the free list is rebuilt from every block no file uses (so missing and
  doubly-free blocks are fixed), laid out like mkfs's; the free-inode cache
  is emptied (the kernel refills it by scanning);
- entries naming free or impossible inodes, and second entries for a
  directory, are cleared; wrong ``.`` and ``..`` are corrected, missing ones
  added; a directory's size is rounded up to whole entries;
- an inode in use that no directory reaches is entered in ``/lost+found``
  (made if needed) as ``#<i-number>`` — we keep orphans rather than clear
  them, since their contents may matter; a small file's impossible size is
  cut to what its blocks can hold;
- finally every link count is set to the number of entries naming it.
A repair can uncover more damage (inside a reconnected directory), so it
runs again while that helps, at most REPAIR_PASSES times.  Its changes are
stamped with the superblock's time, so repairs are reproducible.  A bad
superblock is not repaired: the report says why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from v6.errno import ENOTDIR
from v6.fs.alloc import FileSystem
from v6.fs.bio import BufferCache
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import Inode
from v6.fs.layout import (
    BSIZE,
    DIRENT_SIZE,
    IALLOC,
    ILARG,
    ILIST,
    INODE_SIZE,
    MAXSIZE,
    NADDR,
    NINDIR,
    NSINGLE,
    SUPERB,
    DirEntry,
    DiskInode,
    Superblock,
    get_word,
    iter_dirents,
    itod,
    pack_words,
    set_word,
    superblock_problems,
    unpack_chain,
    unpack_words,
)
from v6.fs.mkfs import free_list_order
from v6.fs.namei import ROOT, dirents, namei
from v6.fs.ops import mkdir
from v6.fs.rdwri import writei
from v6.param import NICFREE, NICINOD, ROOTINO

LOST_FOUND = "lost+found"
"""Directory under / where repair enters unreachable inodes."""
MAX_LISTED = 10
"""Block numbers named in the one line about missing blocks."""
REPAIR_PASSES = 4
"""Most rounds of repair before giving up on what remains."""
BAD, SHARED, OWN = "bad", "shared", "own"
"""What claiming a block found: not a data block, already in a file, newly owned."""


@dataclass
class Report:
    """What a check found."""

    problems: list[str] = field(default_factory=list)
    """One line per problem, in the order found."""
    fatal: bool = False
    """The superblock is unusable: nothing else was checked, nothing can be repaired."""
    files: int = 0
    """Inodes in use."""
    dirs: int = 0
    """Directories among them."""
    special: int = 0
    """Special files among them."""
    used: int = 0
    """Blocks in files (indirect blocks included)."""
    free: int = 0
    """Blocks on the free list."""
    notes: list[str] = field(default_factory=list)
    """What a repair could not do without loss (one line each)."""

    @property
    def clean(self) -> bool:
        """No problem found."""
        return not self.problems


class _Scan:
    """One pass over an image: everything icheck and dcheck learn, and the repairs it implies."""

    def __init__(self, dev: BlockDevice, cache: BufferCache, sb: Superblock) -> None:
        self.dev, self.cache, self.sb = dev, cache, sb
        self.report = Report()
        # What icheck learns.
        self.inodes: dict[int, DiskInode] = {}       # i-number -> inode, for those in use
        self.owner: dict[int, int] = {}              # block -> first inode found holding it
        self.referenced: set[int] = set()            # every data block any inode names
        self.free: set[int] = set()                  # blocks on the free list
        self.block_damage = False                    # the free list must be rebuilt
        self.sizes: dict[int, int] = {}              # i-number -> size to cut it to
        self.unalloc: list[int] = []                 # nonzero mode without IALLOC
        self.cache_bad = False                       # the free-inode cache must be emptied
        # What dcheck learns.
        self.entries: dict[int, list[tuple[int, DirEntry]]] = {}   # dir -> (offset, entry)
        self.refs: Counter[int] = Counter()          # i-number -> entries naming it
        self.paths: dict[int, str] = {}              # dir reached from / -> its path
        self.parent: dict[int, int] = {}             # dir -> the dir it was reached from
        self.clear_entries: set[tuple[int, int]] = set()   # (dir, offset) to empty
        self.dot_fixes: list[tuple[int, bytes, int]] = []  # (dir, . or .., i-number)
        self.orphans: list[int] = []                 # in use, unreachable: to lost+found
        self.quiet = False
        """Set while repair re-walks the files: the problems were reported already."""

    def problem(self, text: str) -> None:
        if not self.quiet:
            self.report.problems.append(text)

    def in_data(self, bno: int) -> bool:
        return self.sb.data_start <= bno < self.sb.fsize

    def read(self, bno: int) -> bytes:
        bp = self.cache.bread(self.dev, bno)
        data = bytes(bp.data)
        self.cache.brelse(bp)
        return data

    # --- icheck: inodes and their blocks --------------------------------------

    def read_inodes(self) -> None:
        inum = 0
        for blkno in range(ILIST, self.sb.data_start):
            data = self.read(blkno)
            for off in range(0, BSIZE, INODE_SIZE):
                inum += 1
                di = DiskInode.parse(data, off)
                if di.mode & IALLOC:
                    self.inodes[inum] = di
                elif di.mode:
                    self.problem(f"inode {inum}: mode {di.mode:o} without IALLOC "
                                 "(neither free nor in use)")
                    self.unalloc.append(inum)

    def check_blocks(self) -> None:
        for inum, di in self.inodes.items():
            if di.is_special:
                continue
            walk_inode(self, inum, di, clone=None)
            if not di.mode & ILARG and di.size > NADDR * BSIZE:
                self.problem(f"inode {inum}: size {di.size} but a small file holds at most "
                             f"{NADDR * BSIZE} bytes")
                self.sizes[inum] = NADDR * BSIZE

    def claim(self, bno: int, inum: int, where: str) -> str:
        """Account ``bno`` to ``inum``: BAD (not a data block), SHARED (owned already) or OWN."""
        if not self.in_data(bno):
            self.problem(f"{where}: block {bno} is outside the data area")
            self.block_damage = True
            return BAD
        self.referenced.add(bno)
        if bno in self.owner:
            self.problem(f"{where}: block {bno} is also in inode {self.owner[bno]}")
            self.block_damage = True
            return SHARED
        self.owner[bno] = inum
        return OWN

    # --- icheck: the free lists -------------------------------------------------

    def check_free_list(self) -> None:
        if self.sb.nfree > NICFREE:
            self.problem(f"superblock: nfree {self.sb.nfree} > {NICFREE}")
            self.block_damage = True
            return
        nfree, free = self.sb.nfree, list(self.sb.free)
        where = "superblock"
        while nfree > 0:
            for i in range(1, nfree):
                self.free_block(free[i], f"free list ({where}) entry {i}")
            link = free[0]
            if link == 0 or not self.free_block(link, f"free list ({where}) link"):
                break
            nfree, free = unpack_chain(self.read(link))
            where = f"chain block {link}"
            if nfree > NICFREE:
                self.problem(f"free list: chain block {link} claims {nfree} entries "
                             f"(at most {NICFREE})")
                self.block_damage = True
                break

    def free_block(self, bno: int, where: str) -> bool:
        """Account a free-list entry; False if it is unusable."""
        if bno == 0:
            self.problem(f"{where}: block number 0 (ends the list early)")
        elif not self.in_data(bno):
            self.problem(f"{where}: block {bno} is outside the data area")
        elif bno in self.owner:
            self.problem(f"{where}: block {bno} is free but in use by inode {self.owner[bno]}")
        elif bno in self.free:
            self.problem(f"{where}: block {bno} is on the free list twice")
        else:
            self.free.add(bno)
            return True
        self.block_damage = True
        return False

    def check_missing(self) -> None:
        missing = [b for b in range(self.sb.data_start, self.sb.fsize)
                   if b not in self.owner and b not in self.free]
        if missing:
            listed = " ".join(map(str, missing[:MAX_LISTED]))
            more = " ..." if len(missing) > MAX_LISTED else ""
            self.problem(f"{len(missing)} blocks neither in a file nor free: {listed}{more}")
            self.block_damage = True

    def check_inode_cache(self) -> None:
        if self.sb.ninode > NICINOD:
            self.problem(f"superblock: ninode {self.sb.ninode} > {NICINOD}")
            self.cache_bad = True
            return
        bad = [n for n in self.sb.inode[:self.sb.ninode] if not 1 <= n <= self.sb.ninodes]
        if bad:
            self.problem(f"free-inode cache: i-numbers outside the i-list: "
                         f"{' '.join(map(str, bad))}")
            self.cache_bad = True

    # --- dcheck: directories and names -------------------------------------------

    def read_dirs(self) -> None:
        for inum, di in self.inodes.items():
            if di.is_dir:
                self.entries[inum] = list(self.dir_entries(di))

    def dir_entries(self, di: DiskInode) -> list[tuple[int, DirEntry]]:
        """(offset, entry) of a directory's entries in use (holes hold none)."""
        out = []
        per_block = BSIZE // DIRENT_SIZE
        total = di.size // DIRENT_SIZE
        for lbn in range(-(-total // per_block)):
            bno = map_block(self, di, lbn)
            if bno:
                count = min(per_block, total - lbn * per_block)
                out += [(lbn * BSIZE + off, e) for off, e in iter_dirents(self.read(bno), count)]
        return out

    def name_of(self, inum: int) -> str:
        return self.paths.get(inum, f"directory inode {inum}")

    def count_refs(self) -> None:
        for d, entries in self.entries.items():
            size = self.inodes[d].size
            if size % DIRENT_SIZE:
                self.problem(f"{self.name_of(d)}: size {size} is not a multiple of "
                             f"{DIRENT_SIZE}")
                up = size + DIRENT_SIZE - size % DIRENT_SIZE
                self.sizes[d] = up if up <= MAXSIZE else size - size % DIRENT_SIZE
            for off, e in entries:
                if e.ino and (d, off) not in self.clear_entries and self.entry_ok(d, off, e):
                    self.refs[e.ino] += 1

    def entry_ok(self, d: int, off: int, e: DirEntry) -> bool:
        where = f"{self.name_of(d)}: entry {e.name.decode(errors='replace')!r}"
        if not 1 <= e.ino <= self.sb.ninodes:
            self.problem(f"{where}: i-number {e.ino} is outside the i-list "
                         f"(1..{self.sb.ninodes})")
        elif e.ino not in self.inodes:
            self.problem(f"{where}: names free inode {e.ino}")
        else:
            return True
        self.clear_entries.add((d, off))
        return False

    def walk_tree(self) -> bool:
        """Find every directory's path from /; False if / itself is unusable."""
        root = self.inodes.get(ROOTINO)
        if root is None or not root.is_dir:
            self.problem(f"the root inode ({ROOTINO}) is not a directory in use")
            return False
        self.paths[ROOTINO], self.parent[ROOTINO] = "/", ROOTINO
        queue = [ROOTINO]
        while queue:
            d = queue.pop(0)
            for off, e in self.live_entries(d):
                if not self.inodes[e.ino].is_dir:
                    continue
                path = self.paths[d].rstrip("/") + "/" + e.name.decode(errors="replace")
                if e.ino in self.paths:
                    self.problem(f"{path}: a second entry for directory {self.paths[e.ino]} "
                                 "(a directory loop)")
                    self.clear_entries.add((d, off))
                    continue
                self.paths[e.ino], self.parent[e.ino] = path, d
                queue.append(e.ino)
        return True

    def live_entries(self, d: int) -> list[tuple[int, DirEntry]]:
        """Entries of directory ``d`` other than . and .. that name inodes in use."""
        return [(off, e) for off, e in self.entries[d]
                if e.ino in self.inodes and e.name not in (b".", b"..")
                and (d, off) not in self.clear_entries]

    def check_dots(self) -> None:
        for d in self.paths:
            for name, want in ((b".", d), (b"..", self.parent[d])):
                have = [e.ino for _, e in self.entries[d] if e.name == name and e.ino]
                if not have:
                    self.problem(f"{self.paths[d]}: no {name.decode()!r} entry")
                    self.dot_fixes.append((d, name, want))
                elif have[0] != want:
                    self.problem(f"{self.paths[d]}: {name.decode()!r} is inode {have[0]}, "
                                 f"should be {want}")
                    self.dot_fixes.append((d, name, want))

    def check_reachable(self) -> None:
        reached = set(self.paths)
        for d in self.paths:
            reached.update(e.ino for _, e in self.live_entries(d))
        named_below = {e.ino for d in self.entries if d not in reached
                       for _, e in self.live_entries(d)}
        for inum, di in sorted(self.inodes.items()):
            if inum in reached or inum in named_below:
                continue
            self.orphans.append(inum)
            kind = "directory" if di.is_dir else "file"
            self.problem(f"inode {inum} ({kind}, {di.size} bytes, {di.nlink} links) is not "
                         "reachable from /")

    def check_links(self) -> None:
        for inum, di in sorted(self.inodes.items()):
            if self.refs[inum] and di.nlink != self.refs[inum]:
                self.problem(f"inode {inum}: link count {di.nlink}, but {self.refs[inum]} "
                             "directory entries")

    def run(self) -> Report:
        self.read_inodes()
        self.check_blocks()
        self.check_free_list()
        self.check_missing()
        self.check_inode_cache()
        self.read_dirs()
        rooted = self.walk_tree()
        self.count_refs()
        if rooted:
            self.check_dots()
            self.check_reachable()
            self.check_links()
        rep = self.report
        rep.files = len(self.inodes)
        rep.dirs = sum(di.is_dir for di in self.inodes.values())
        rep.special = sum(di.is_special for di in self.inodes.values())
        rep.used, rep.free = len(self.owner), len(self.free)
        return rep


def map_block(scan: _Scan, di: DiskInode, lbn: int) -> int:
    """Block ``lbn`` of a file, tolerantly: 0 for a hole or any impossible number."""
    if not di.mode & ILARG:
        bno = di.addr[lbn] if lbn < NADDR else 0
    elif lbn < NSINGLE * NINDIR:
        bno = _listed(scan, di.addr[lbn // NINDIR], lbn % NINDIR)
    else:
        double = _listed(scan, di.addr[NSINGLE], lbn // NINDIR - NSINGLE)
        bno = _listed(scan, double, lbn % NINDIR)
    return bno if scan.in_data(bno) else 0


def _listed(scan: _Scan, indirect: int, index: int) -> int:
    if not scan.in_data(indirect) or not 0 <= index < NINDIR:
        return 0
    return get_word(scan.read(indirect), index)


def walk_inode(scan: _Scan, inum: int, di: DiskInode, clone: _Cloner | None) -> None:
    """Claim all of a file's blocks; with ``clone``, also repair its block pointers."""
    large = di.mode & ILARG
    for slot in range(NADDR):
        depth = (2 if slot == NSINGLE else 1) if large else 0
        di.addr[slot] = _follow(scan, di.addr[slot], depth, inum, f"inode {inum}", clone)


def _follow(scan: _Scan, bno: int, depth: int, inum: int, where: str,
            clone: _Cloner | None) -> int:
    """Claim ``bno`` and what it lists; return what the pointer should hold.

    A shared indirect block is walked too: what it lists belongs to this file
    as well (and is reported where another file also has it).
    """
    if bno == 0:
        return 0
    status = scan.claim(bno, inum, where)
    if clone is not None:
        bno = clone.fix(scan, bno, status, inum)
    if bno and status != BAD and depth:
        words = unpack_words(scan.read(bno))
        inner = f"inode {inum}: indirect block {bno}"
        new = [_follow(scan, w, depth - 1, inum, inner, clone) for w in words]
        if clone is not None and new != words:
            clone.write(bno, pack_words(new))
    return bno


class _Cloner:
    """Repairs block pointers during a walk: clears bad ones, copies shared blocks."""

    def __init__(self, cache: BufferCache, dev: BlockDevice, pool: list[int]) -> None:
        self.cache, self.dev, self.pool = cache, dev, pool
        self.notes: list[str] = []

    def fix(self, scan: _Scan, bno: int, status: str, inum: int) -> int:
        """The block a pointer should hold: ``bno``, 0, or a copy of ``bno`` for ``inum``."""
        if status == OWN:
            return bno
        if status == BAD:
            return 0
        if not self.pool:
            self.notes.append(f"inode {inum}: no free block to copy shared block {bno} "
                              "into: its place is now a hole")
            return 0
        copy = self.pool.pop(0)
        self.write(copy, scan.read(bno))
        scan.owner[copy] = inum
        return copy

    def write(self, bno: int, data: bytes) -> None:
        bp = self.cache.getblk(self.dev, bno)
        bp.data[:] = data
        self.cache.bwrite(bp)


def _read_super(dev: BlockDevice, cache: BufferCache) -> tuple[Superblock | None, Report]:
    if dev.nblocks <= SUPERB:
        return None, Report([f"image of {dev.nblocks} blocks has no superblock"], fatal=True)
    bp = cache.bread(dev, SUPERB)
    sb = Superblock.parse(bp.data)
    cache.brelse(bp)
    problems = superblock_problems(sb, dev.nblocks, counts=False)
    if problems:
        return None, Report([f"bad superblock: {p}" for p in problems], fatal=True)
    return sb, Report()


def _scan(dev: BlockDevice, cache: BufferCache) -> _Scan | Report:
    sb, report = _read_super(dev, cache)
    if sb is None:
        return report
    scan = _Scan(dev, cache, sb)
    scan.run()
    return scan


def check(dev: BlockDevice) -> Report:
    """Check the file system on ``dev``; change nothing."""
    scan = _scan(dev, BufferCache())
    return scan if isinstance(scan, Report) else scan.report



# --- repair ------------------------------------------------------------------------

def _write_inode(cache: BufferCache, dev: BlockDevice, inum: int, di: DiskInode) -> None:
    blkno, off = itod(inum)
    bp = cache.bread(dev, blkno)
    di.pack_into(bp.data, off)
    cache.bwrite(bp)


def _fix_inodes(scan: _Scan) -> list[str]:
    """Repair block pointers and sizes, clear half-allocated inodes; return notes."""
    pool = sorted(set(range(scan.sb.data_start, scan.sb.fsize)) - scan.referenced)
    cloner = _Cloner(scan.cache, scan.dev, pool)
    scan.owner.clear()
    scan.quiet = True
    for inum, di in sorted(scan.inodes.items()):
        before = di.serialize()
        if not di.is_special:
            walk_inode(scan, inum, di, cloner)
        di.size = scan.sizes.get(inum, di.size)
        if inum in scan.orphans or di.nlink == 0:
            # A nonzero count, so that mounting and iput cannot free a file
            # waiting to be reconnected; the exact counts are set last.
            di.nlink = max(1, scan.refs[inum])
        if di.serialize() != before:
            _write_inode(scan.cache, scan.dev, inum, di)
    for inum in scan.unalloc:
        _write_inode(scan.cache, scan.dev, inum, DiskInode())
    return cloner.notes


def _fix_entries(scan: _Scan) -> None:
    """Clear bad entries and correct existing ``.`` and ``..`` entries in place."""
    edits = [(d, off, 0) for d, off in sorted(scan.clear_entries)]
    for d, name, want in scan.dot_fixes:
        offs = [off for off, e in scan.entries[d] if e.name == name and e.ino]
        if offs:
            edits.append((d, offs[0], want))
    for d, off, ino in edits:
        bno = map_block(scan, scan.inodes[d], off // BSIZE)
        if bno:
            bp = scan.cache.bread(scan.dev, bno)
            set_word(bp.data, off % BSIZE // 2, ino)
            scan.cache.bwrite(bp)


def _rebuild_free_list(scan: _Scan, fsys: Fsys) -> None:
    """Free every data block no file uses, in mkfs's order; empty the inode cache."""
    sb = scan.sb
    sb.nfree, sb.free, sb.ninode = 1, [0] * NICFREE, 0
    fs = FileSystem(fsys, scan.dev, sb, ronly=False)
    unused = [b for b in free_list_order(sb.data_start, sb.fsize) if b not in scan.owner]
    for bno in reversed(unused):
        fs.bfree(bno)
    fs.update(sb.time)


def _set_entry(dp: Inode, name: bytes, ino: int, *, replace: bool = True) -> None:
    """Make ``name`` in directory ``dp`` name ``ino``: in place, else in the first free slot.

    Written directly, without namei: a damaged directory's mode must not stop repairs.
    With ``replace`` False an existing entry of that name is left alone.
    """
    free = None
    for off, e in dirents(dp, empty=True):
        if e.ino and e.name == name:
            if replace:
                writei(dp, off, DirEntry(ino, name).serialize())
            return
        if not e.ino and free is None:
            free = off
    end = -(-dp.size // DIRENT_SIZE) * DIRENT_SIZE
    writei(dp, end if free is None else free, DirEntry(ino, name).serialize())


def _lost_found(fsys: Fsys) -> Inode:
    """/lost+found, made if missing."""
    try:
        ip = namei(fsys, LOST_FOUND.encode(), ROOT)
    except FsError:
        mkdir(fsys, LOST_FOUND, 0o755, ROOT)
        ip = namei(fsys, LOST_FOUND.encode(), ROOT)
    if not ip.is_dir:
        fsys.inodes.iput(ip)
        raise FsError(ENOTDIR, f"/{LOST_FOUND} is not a directory: cannot reconnect files")
    return ip


def _reconnect(scan: _Scan, fsys: Fsys) -> None:
    """Add missing ``.``/``..`` entries; enter orphans in /lost+found."""
    fs, inodes = fsys.mounts[0], fsys.inodes
    for d, name, want in scan.dot_fixes:
        dp = inodes.iget(fs, d)
        _set_entry(dp, name, want, replace=False)
        inodes.iput(dp)
    if not scan.orphans:
        return
    lf = _lost_found(fsys)
    try:
        for inum in scan.orphans:
            _set_entry(lf, f"#{inum}".encode(), inum, replace=False)
            if scan.inodes[inum].is_dir:
                orphan = inodes.iget(fs, inum)
                _set_entry(orphan, b".", inum)
                _set_entry(orphan, b"..", lf.inum)
                inodes.iput(orphan)
    finally:
        inodes.iput(lf)


def _fix_link_counts(dev: BlockDevice, cache: BufferCache) -> None:
    """Set every link count to the number of entries naming the inode."""
    scan = _scan(dev, cache)
    if isinstance(scan, Report):
        return
    for inum, di in scan.inodes.items():
        if scan.refs[inum] and di.nlink != scan.refs[inum]:
            di.nlink = scan.refs[inum]
            _write_inode(cache, dev, inum, di)


def repair(dev: BlockDevice) -> tuple[Report, Report]:
    """Check ``dev``, repair what was found, check again: (found, remaining).

    A repair can uncover more (a reconnected directory's own damage), so it
    runs again while that helps, up to REPAIR_PASSES times.  Changes are
    stamped with the superblock's time, so a repair is reproducible.
    """
    found = left = check(dev)
    passes = 0
    while left.problems and not left.fatal and passes < REPAIR_PASSES:
        notes = _repair_pass(dev)
        found.notes += notes
        previous, left = left, check(dev)
        passes += 1
        if left.problems == previous.problems:
            break
    return found, left


def _repair_pass(dev: BlockDevice) -> list[str]:
    """One round of repairs; returns the notes about what could not be saved."""
    fsys = Fsys()
    scan = _scan(dev, fsys.cache)
    if isinstance(scan, Report) or scan.report.clean:
        return []
    notes = _fix_inodes(scan)
    _fix_entries(scan)
    if scan.block_damage or scan.cache_bad or scan.unalloc:
        _rebuild_free_list(scan, fsys)
    fsys.cache.bflush()
    if scan.orphans or scan.dot_fixes:
        fsys.now = lambda: scan.sb.time
        fsys.mount_root(dev)
        try:
            _reconnect(scan, fsys)
        finally:
            fsys.unmount_all()
    _fix_link_counts(dev, fsys.cache)
    fsys.cache.bflush()
    return notes
