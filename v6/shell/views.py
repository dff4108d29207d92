"""New: read-only views of a running kernel — what the TUI shows, as frozen values.

Each function takes a ``Kernel`` and returns plain frozen dataclasses that
share nothing with it, so the thread that runs the kernel can build them
between two slices and hand them to another thread to draw (see
``v6.shell.control``).  Nothing here changes the kernel: not its state, not
its simulated clock, not the buffer cache's counters or order.

- ``processes(k)``: a row per process-table entry (``ProcRow``), as ps would
  show it, with the model that made the process;
- ``uarea(k, pid)``: one process's u-area (``UArea``): registers and PSW,
  descriptors, ids, current directory, signal dispositions, its segments and
  the KT11 user page registers that ``sureg`` loads for it (octal in the TUI);
- ``core_map(k)``: physical core and the swap area as runs (``Extent``) of
  kernel, text, data, stack and free space, each used run with its processes;
- ``model_totals(k)``: per model, its creations' costs summed;
- ``file_system(k)``: superblock figures, free blocks and inodes counted,
  the buffer cache's hits and misses (``FsFigures``); ``inode(k, n)`` and
  ``directory(k, n)`` browse the i-list and the tree.

The file-system views read the disk as the kernel would see it now without
going through the cache: the image's bytes, overlaid with every valid
buffer (delayed writes included), the in-core superblock and the in-core
inodes (``peek``), so no transfer is made and no simulated time passes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from v6.fs.alloc import FileSystem
from v6.fs.layout import (
    BSIZE,
    DIRENT_SIZE,
    IALLOC,
    IFDIR,
    IFMT,
    ILARG,
    ILIST,
    INODE_SIZE,
    NINDIR,
    DiskInode,
    Superblock,
    iter_dirents,
    unpack_chain,
    unpack_words,
)
from v6.kernel.creation.account import Totals
from v6.kernel.file import FPIPE, FREAD, FWRITE, READER
from v6.kernel.proc import SLOAD, STATE_LETTERS, SZOMB, Proc
from v6.kernel.tty import Tty
from v6.kernel.ureg import sureg
from v6.param import CLICK, KERNEL_CLICKS
from v6.signals import NSIG

if TYPE_CHECKING:
    from v6.kernel.main import Kernel


@dataclass(frozen=True)
class ProcRow:
    """One process-table entry, as ps shows it."""

    slot: int
    pid: int
    ppid: int
    uid: int
    state: str
    """S, W, R, I, Z or T (``proc.STATE_LETTERS``)."""
    pri: int
    nice: int
    cpu: int
    wchan: str
    """What it sleeps on, in words ("" when it does not)."""
    size: int
    """Bytes of data and stack."""
    text: int
    """Bytes of shared text (0 for none)."""
    loaded: bool
    """In core (else swapped out)."""
    utime: int
    """User time, clock ticks."""
    stime: int
    """System time, clock ticks."""
    model: str
    command: str
    tty: str
    """Its controlling terminal's name ("" for none)."""


@dataclass(frozen=True)
class Segment:
    """A segment of a process image: where it lies and how big it is."""

    name: str
    """text, data or stack."""
    addr: int
    """First click in core, or first block in the swap area when swapped."""
    clicks: int
    shared: int
    """Processes mapping it."""


@dataclass(frozen=True)
class UArea:
    """A process's u-area and machine state, as the TUI shows it."""

    pid: int
    command: str
    regs: tuple[int, ...]
    """R0-R5, SP, PC."""
    psw: int
    uid: int
    gid: int
    ruid: int
    rgid: int
    cwd: int
    """I-number of the current directory."""
    descriptors: tuple[tuple[int, str], ...]
    """(descriptor, what it is open on) for each open one."""
    signals: tuple[tuple[int, str], ...]
    """(signal, "default", "ignore" or the handler's octal address) where not default."""
    segments: tuple[Segment, ...]
    loaded: bool
    par: tuple[int, ...] | None
    """The user PARs ``sureg`` loads for it (None while it has no image in core)."""
    pdr: tuple[int, ...] | None
    times: tuple[int, int, int, int]
    """utime, stime, cutime, cstime in ticks."""


@dataclass(frozen=True)
class Extent:
    """A run of core (clicks) or of the swap area (blocks)."""

    start: int
    size: int
    kind: str
    """kernel, text, data, stack or free."""
    pids: tuple[int, ...] = ()
    """The processes whose segment it is."""
    label: str = ""
    """The command it belongs to (for text, the program)."""


@dataclass(frozen=True)
class CoreMap:
    """Physical core and the swap area, run by run."""

    core: tuple[Extent, ...]
    core_clicks: int
    """Clicks of core in all (the kernel's included)."""
    swap: tuple[Extent, ...]
    swap_start: int
    """First block of the swap area."""
    swap_blocks: int

    def free(self, area: str = "core") -> int:
        """Free clicks of core (or blocks of swap)."""
        runs = self.core if area == "core" else self.swap
        return sum(e.size for e in runs if e.kind == "free")


@dataclass(frozen=True)
class FsFigures:
    """The root file system and the buffer cache."""

    isize: int
    fsize: int
    ninodes: int
    free_blocks: int
    free_inodes: int
    nfree: int
    """Free-block numbers cached in the superblock."""
    ninode: int
    """Free i-numbers cached in the superblock."""
    time: int
    hits: int
    misses: int
    reads: int
    writes: int

    @property
    def hit_rate(self) -> float:
        """Share of block requests the cache answered (0 before any)."""
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


@dataclass(frozen=True)
class InodeView:
    """One inode of the i-list."""

    inum: int
    mode: int
    nlink: int
    uid: int
    gid: int
    size: int
    addr: tuple[int, ...]
    mtime: int

    @property
    def allocated(self) -> bool:
        """In use (IALLOC set)."""
        return bool(self.mode & IALLOC)

    @property
    def is_dir(self) -> bool:
        """An allocated directory."""
        return self.allocated and self.mode & IFMT == IFDIR


# --- processes --------------------------------------------------------------------------
def describe_chan(chan: object) -> str:
    """A wait channel in words: "tty8 raw", "pipe 41 r", "tout", "proc 3"."""
    if chan is None:
        return ""
    if isinstance(chan, tuple):
        obj, part = chan
        if isinstance(obj, Tty):
            return f"{obj.name} {part}"
        inum = getattr(obj, "inum", None)
        if inum is not None:
            return f"pipe {inum} {'r' if part == READER else 'w'}"
        return " ".join(describe_chan(x) for x in chan)
    if isinstance(chan, str):
        return chan
    if isinstance(chan, Proc):
        return f"proc {chan.pid}"
    return type(chan).__name__.lower()


def processes(k: Kernel) -> list[ProcRow]:
    """Every process-table entry in use, in slot order."""
    rows = []
    for slot, p in enumerate(k.procs):
        if p is None:
            continue
        utime, stime = p.xtimes if p.stat == SZOMB else (p.u.utime, p.u.stime)
        ttyp = p.u.ttyp
        rows.append(ProcRow(
            slot, p.pid, p.ppid, p.uid, STATE_LETTERS.get(p.stat, "?"), p.pri, p.nice,
            p.cpu, describe_chan(p.wchan), p.size * CLICK,
            p.textp.size * CLICK if p.textp is not None else 0, p.loaded, utime, stime,
            p.model, p.command, getattr(ttyp, "name", "")))
    return rows


def _descriptor(fp: object) -> str:
    """What an open file is open on, in words."""
    mode = ("r" if fp.flag & FREAD else "") + ("w" if fp.flag & FWRITE else "")
    ip = fp.inode
    if fp.flag & FPIPE:
        what = f"pipe {ip.inum if ip is not None else '?'}"
    elif ip is not None:
        what = f"inode {ip.inum}"
    else:
        what = type(fp.target).__name__
    return f"{what} {mode} @{fp.offset}"


def _signals(p: Proc) -> tuple[tuple[int, str], ...]:
    out = []
    for n in range(1, NSIG):
        d = p.u.signal[n]
        if d:
            out.append((n, "ignore" if d & 1 else f"{d:06o}"))
    return tuple(out)


def _segments(p: Proc) -> tuple[Segment, ...]:
    segs = []
    if p.textp is not None:
        x = p.textp
        segs.append(Segment("text", x.caddr if x.caddr is not None else x.daddr, x.size,
                            x.count))
    segs += [Segment(name, s.addr, s.size, s.count)
             for name, s in (("data", p.data), ("stack", p.stack))]
    return tuple(segs)


def _page_registers(p: Proc) -> tuple[tuple[int, ...] | None, tuple[int, ...] | None]:
    """What sureg loads into the user PARs and PDRs for ``p`` (None: not in core)."""
    if p.u.layout is None or not p.loaded:
        return None, None
    x = p.textp
    if x is not None and x.caddr is None:
        return None, None
    par, pdr = sureg(p.u.layout, x.caddr if x is not None else 0, p.data.addr, p.stack.addr)
    return tuple(par), tuple(pdr)


def uarea(k: Kernel, pid: int) -> UArea | None:
    """The u-area and machine state of process ``pid`` (None if there is none)."""
    p = k.proc_by_pid(pid)
    if p is None:
        return None
    if k.live is p:
        regs, psw = tuple(k.m.regs[:8]), k.m.psw
    elif p.u.context is not None:
        regs, psw = tuple(p.u.context.regs[:8]), p.u.context.psw
    else:
        regs, psw = (0,) * 8, 0
    fds = tuple((i, _descriptor(fp)) for i, fp in enumerate(p.u.ofile) if fp is not None)
    par, pdr = _page_registers(p)
    u = p.u
    return UArea(pid, p.command, regs, psw, u.uid, u.gid, u.ruid, u.rgid,
                 u.cdir.inum if u.cdir is not None else 0, fds, _signals(p), _segments(p),
                 p.loaded, par, pdr, (u.utime, u.stime, u.cutime, u.cstime))


# --- core and swap ----------------------------------------------------------------------
def _owners(k: Kernel) -> tuple[dict, dict]:
    """Used runs of core and of swap: (start, size, kind) -> (pids, label)."""
    core: dict[tuple[int, int, str], tuple[list[int], str]] = {}
    swap: dict[tuple[int, int, str], tuple[list[int], str]] = {}
    for p in k.procs[1:]:
        if p is None or p.stat == SZOMB:
            continue
        where = core if p.flag & SLOAD else swap
        for kind, s in (("data", p.data), ("stack", p.stack)):
            if s.size:
                blocks = s.size if where is core else -(-s.size * CLICK // BSIZE)
                where.setdefault((s.addr, blocks, kind), ([], p.command))[0].append(p.pid)
    for x in k.texts:
        users = [p.pid for p in k.procs if p is not None and p.textp is x]
        name = next((p.command for p in k.procs if p is not None and p.textp is x), "")
        if x.caddr is not None:
            core[(x.caddr, x.size, "text")] = (users, name)
        swap[(x.daddr, -(-x.size * CLICK // BSIZE), "text")] = (users, name)
    return core, swap


def _runs(used: dict, free: list[tuple[int, int]]) -> tuple[Extent, ...]:
    runs = [Extent(a, n, kind, tuple(pids), label) for (a, n, kind), (pids, label) in used.items()]
    runs += [Extent(a, n, "free") for a, n in free]
    return tuple(sorted(runs, key=lambda e: (e.start, e.kind)))


def core_map(k: Kernel) -> CoreMap:
    """Core and swap, run by run: the kernel, each segment with its processes, free space."""
    core, swap = _owners(k)
    core_runs = (Extent(0, KERNEL_CLICKS, "kernel", label="unix"),
                 *_runs(core, k.coremap.free))
    sm = k.swapmap
    start = min((a for a, _ in sm.free), default=0)
    start = min([start, *(a for a, _, _ in swap)]) if swap else start
    return CoreMap(core_runs, KERNEL_CLICKS + k.coremap.total, _runs(swap, sm.free),
                   start, sm.total)


def model_totals(k: Kernel) -> dict[str, Totals]:
    """Per model that has made processes: its creations' costs, summed (copies)."""
    return {name: replace(t) for name, t in sorted(k.creations.items())}


# --- the file system --------------------------------------------------------------------
def _root(k: Kernel) -> FileSystem:
    return k.fsys.mounts[0]


def peek(k: Kernel) -> bytearray:
    """The root device's blocks as the kernel sees them now (see the module docstring)."""
    fs = _root(k)
    image = bytearray(fs.dev.snapshot())
    for b in k.fsys.cache.bufs:
        if b.dev is fs.dev and b.valid:
            image[b.blkno * BSIZE:(b.blkno + 1) * BSIZE] = b.data
    image[BSIZE:2 * BSIZE] = fs.sb.serialize()
    for ip in k.fsys.inodes:
        if ip.fs is fs:
            blk, off = divmod((ip.inum - 1) * INODE_SIZE, BSIZE)
            ip.pack_into(image, (ILIST + blk) * BSIZE + off)
    return image


def _block(image: bytes | bytearray, bno: int) -> bytes:
    return bytes(image[bno * BSIZE:(bno + 1) * BSIZE]).ljust(BSIZE, b"\0")


def _inode(image: bytes | bytearray, inum: int) -> DiskInode:
    blk, off = divmod((inum - 1) * INODE_SIZE, BSIZE)
    return DiskInode.parse(_block(image, ILIST + blk), off)


def _free_blocks(image: bytes | bytearray, sb: Superblock) -> int:
    """Blocks on the free list: the superblock's and every chain block's."""
    count, free, seen = sb.nfree, sb.free, 0
    total = 0
    while seen <= sb.fsize:
        total += sum(1 for b in free[:count] if b)
        nxt = free[0] if count else 0
        if not nxt or not sb.isize + ILIST <= nxt < sb.fsize:
            return total
        count, free = unpack_chain(_block(image, nxt))
        seen += 1
    return total


def file_system(k: Kernel) -> FsFigures:
    """The root file system's figures and the buffer cache's counters."""
    image = peek(k)
    sb = _root(k).sb
    free_inodes = sum(1 for n in range(1, sb.ninodes + 1)
                      if not _inode(image, n).mode & IALLOC)
    cache = k.fsys.cache
    return FsFigures(sb.isize, sb.fsize, sb.ninodes, _free_blocks(image, sb), free_inodes,
                     sb.nfree, sb.ninode, sb.time, cache.hits, cache.misses, cache.reads,
                     cache.writes)


def inode(k: Kernel, inum: int, image: bytes | bytearray | None = None) -> InodeView:
    """Inode ``inum`` of the root file system, as it is now."""
    di = _inode(peek(k) if image is None else image, inum)
    return InodeView(inum, di.mode, di.nlink, di.uid, di.gid, di.size, tuple(di.addr), di.mtime)


def _data_blocks(image: bytes | bytearray, di: DiskInode) -> list[int]:
    """The blocks of a file, in order (small, or large through its indirect blocks)."""
    if not di.mode & ILARG:
        return [b for b in di.addr if b]
    blocks = []
    for ind in di.addr[:7]:
        if ind:
            blocks += [b for b in unpack_words(_block(image, ind))[:NINDIR] if b]
    return blocks


def directory(k: Kernel, inum: int) -> list[tuple[str, InodeView]]:
    """The entries of directory ``inum``: (name, its inode), "." and ".." included."""
    image = peek(k)
    di = _inode(image, inum)
    if not di.mode & IALLOC or di.mode & IFMT != IFDIR:
        return []
    data = b"".join(_block(image, b) for b in _data_blocks(image, di))[:di.size]
    return [(e.name.decode("latin-1"), inode(k, e.ino, image))
            for _, e in iter_dirents(data, len(data) // DIRENT_SIZE)]


def users(k: Kernel) -> dict[int, str]:
    """User id -> login name, from /etc/passwd as it is now ({} if there is none)."""
    image = peek(k)
    ino = 1
    for part in ("etc", "passwd"):
        found = [v.inum for name, v in directory(k, ino) if name == part]
        if not found:
            return {}
        ino = found[0]
    di = _inode(image, ino)
    data = b"".join(_block(image, b) for b in _data_blocks(image, di))[:di.size]
    names: dict[int, str] = {}
    for line in data.decode("latin-1").splitlines():
        fields = line.split(":")
        if len(fields) > 2 and fields[2].isdigit():
            names.setdefault(int(fields[2]), fields[0])
    return names
