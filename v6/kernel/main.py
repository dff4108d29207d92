"""V6: ken/main.c — start-up, and the state of one running system (V6's kernel globals).

A ``Kernel`` is one running V6: the machine (a PDP-11/40 in hosted mode,
one physical core), the root file system on its disk image, the process
table, the open-file and text tables, the core and swap maps, the clock,
the device switches and the event bus.  Nothing is global, so several
systems (or tests) can coexist.

Start-up, as V6's main(): mount the root (the disk image), start the clock
at the root superblock's time (or the ``time`` given), hand the core above
the resident kernel to the core map and the swap area — the ``NSWAP``
blocks right after the file system, where V6's rkunix put it, the image
file growing to hold it when first written — to the swap map, and make
process 0, the swapper.  Then ``start(argv, ...)`` makes process 1 run a
program from the disk (``/etc/init`` on a real boot; any program for
``v6 exec``) and ``run()`` runs the system (``v6.kernel.sched``).

The context of the running process: ``live`` is the process whose user
registers are in the machine; ``load_user`` makes it ``p`` (saving the old
one's registers in its u-area) and loads ``p``'s page registers (V6's
sureg) when its image or text moved.  Images move only through the
helpers here (``copy_clicks``, ``clear_clicks``, ``swap_io``,
``release_image``) and in ``swap``, which say so through ``image_moved``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from v6.errno import strerror
from v6.errors import V6Error
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import idup
from v6.fs.layout import BSIZE, makedev
from v6.fs.namei import Cred, namei
from v6.kernel import (
    conf,
    devmem,
    file,
    fio,
    sched,
    sig,
    swap,
    sys1,
    trap,
    tty,
    ureg,
)
from v6.kernel.creation import DEFAULT, MODELS, primitives, vfork
from v6.kernel.creation.account import Totals
from v6.kernel.errors import Exited, SysError
from v6.kernel.events import Bus
from v6.kernel.hostio import HostStream
from v6.kernel.mem import Map
from v6.kernel.proc import SLOAD, SRUN, SSYS, SZOMB, Proc, Segment, User
from v6.kernel.sched import Outcome
from v6.kernel.text import Text
from v6.param import (
    CLICK,
    COPYSEG_NS_PER_BYTE,
    CORESIZE,
    ENGINE,
    KERNEL_CLICKS,
    NPROC,
    NSWAP,
    PSWP,
)
from v6.pdp11.machine import Context, Machine

USER_MODE = 0o170000
"""PSW of a process in user mode (current and previous mode user)."""


class StartError(V6Error):
    """The first program could not be started (no such file, not executable ...)."""


class Kernel:
    """One running V6 system."""

    RUNOUT = swap.RUNOUT

    def __init__(self, image: str | os.PathLike, *, core: int = CORESIZE,
                 engine: str = ENGINE, time: int | None = None, switches: int = 0,
                 ttys: int = 4) -> None:
        self.m = Machine(core, hosted=True, engine=engine)
        """The PDP-11 the processes run on."""
        self.m.switches = switches
        self.fsys = Fsys(now=lambda: self.time)
        """The file systems: buffer cache, inode table, mounts."""
        self.time = 0
        """The time of day, seconds since 1970 (V6 time[])."""
        self.swapdev = self._mount_root(image, time)
        swplo = self.fsys.mounts[0].sb.fsize
        self.swapdev.nblocks = max(self.swapdev.nblocks, swplo + NSWAP)
        self.coremap = Map("core", KERNEL_CLICKS, self.m.ramsize // CLICK - KERNEL_CLICKS)
        """Free core, in clicks above the resident kernel."""
        self.swapmap = Map("swap", swplo, NSWAP)
        """Free swap space, in blocks of the root device."""
        self.conf = conf.Conf()
        self.conf.bdevsw[conf.RK_MAJOR] = {0: self.swapdev}
        self.conf.cdevsw[conf.MEM_MAJOR] = devmem.MemDevice()
        self.console = tty.Tty("tty8", makedev(conf.CONSOLE_MAJOR, 0))
        """The console terminal (KL11): /dev/tty8 on the genuine pack."""
        self.console.state |= tty.CARR_ON
        self.lines = [tty.Tty(f"tty{i}", makedev(conf.DH11_MAJOR, i)) for i in range(ttys)]
        """The DH11 terminal lines, /dev/tty0 and up."""
        self.conf.cdevsw[conf.CONSOLE_MAJOR] = tty.TtyDevice(
            [self.console], tty.XTABS | tty.LCASE | tty.ECHO | tty.CRMOD, wait_carrier=False)
        self.conf.cdevsw[conf.DH11_MAJOR] = tty.TtyDevice(
            self.lines, tty.ODDP | tty.EVENP | tty.ECHO, wait_carrier=True)
        self.procs: list[Proc | None] = [None] * NPROC
        """The process table (V6 proc[])."""
        self.files = file.FileTable()
        self.texts: list[Text] = []
        """The text table (V6 text[])."""
        self.bus = Bus()
        self.sysent = trap.table()
        self.models = set(MODELS)
        """The process-creation models this kernel has."""
        self.model = DEFAULT
        """The current one: how new processes are made (``model`` system call)."""
        self.strict = False
        """Only the current model's calls work; the others' fail with EMODEL."""
        self.creations: dict[str, Totals] = {}
        """Per model: its creations' costs, summed (``creation.account``)."""
        self.swap_transfers = 0
        """Transfers to and from the swap area so far."""
        self.exit_status: dict[int, int] = {}
        """Wait status of each process that ended with nobody to wait for it."""
        self._init_scheduling()
        self._make_swapper()

    def _mount_root(self, image: str | os.PathLike, time: int | None) -> BlockDevice:
        """Mount the image as the root; the clock starts at its superblock's time."""
        rootdev = BlockDevice.open(image, clock=self.m.clock, devno=makedev(conf.RK_MAJOR, 0))
        try:
            root = self.fsys.mount_root(rootdev)
        except BaseException:
            rootdev.close()
            raise
        self.time = root.sb.time if time is None else time
        return rootdev

    def _init_scheduling(self) -> None:
        self.sleepq: dict[object, list[Proc]] = {}
        """Wait channel -> processes sleeping on it."""
        self.callouts: list[list] = []
        """Pending timeouts: [ticks left, function, argument]."""
        self.curproc: Proc | None = None
        """The process on the CPU (V6 u.u_procp)."""
        self.curpri = 0
        self.runrun = False
        """A more urgent process is runnable: switch at the next chance."""
        self.runout = self.runin = False
        self.live: Proc | None = None
        self.mapped: tuple | None = None
        self.lbolt = 0
        """Ticks into the current second."""
        self.tout = 0
        """When the next sleep() ends (V6 tout)."""
        self.mpid = 0
        self.last_slot = 0
        self.idle_ticks = 0
        """Clock ticks that passed with nothing to run."""
        self.pace: Callable[[int], bool] | None = None
        """The host's pacer: may the clock jump to this time while processes
        sleep on it?  None: at once (see ``v6.shell.system``)."""

    def _make_swapper(self) -> None:
        p0 = Proc(0, stat=SRUN, flag=SLOAD | SSYS, pri=PSWP, command="swapper")
        p0.u.cdir = idup(self.fsys.rootdir)
        p0.kgen = swap.swapper(self)
        self.procs[0] = p0

    # --- processes -------------------------------------------------------------------
    def next_pid(self) -> int:
        """A process id no process has (V6 newproc's mpid)."""
        while True:
            self.mpid = self.mpid + 1 if self.mpid < 32767 else 1
            if self.proc_by_pid(self.mpid) is None:
                return self.mpid

    def proc_by_pid(self, pid: int) -> Proc | None:
        """The process with id ``pid``, if any."""
        return next((p for p in self.procs if p is not None and p.pid == pid), None)

    def free_slot(self, p: Proc) -> None:
        """Forget ``p`` (a reaped zombie, or a child that could not be made)."""
        for i, q in enumerate(self.procs):
            if q is p:
                self.procs[i] = None
        if p.ppid == 0 and p.stat == SZOMB:
            self.exit_status[p.pid] = p.xstat

    def user_procs(self) -> bool:
        """Is any process other than the swapper alive?"""
        return any(sched.alive(p) for p in self.procs[1:])

    def wake_swapper_for(self, p: Proc) -> None:
        """A runnable process is out of core: let the swapper know."""
        if self.runout and not p.flag & SLOAD:
            self.runout = False
            sched.wakeup(self, swap.RUNOUT)

    def wakeup(self, chan: object) -> None:
        """Wake every process sleeping on ``chan``."""
        sched.wakeup(self, chan)

    # --- time ----------------------------------------------------------------------------
    def charge(self, ns: int) -> None:
        """Kernel work took ``ns`` of simulated time."""
        self.m.clock.ns += ns

    # --- the running process's context --------------------------------------------------
    def load_user(self, p: Proc) -> None:
        """Put ``p``'s registers and page registers into the machine."""
        m = self.m
        if self.live is not p:
            self.save_live()
            m.restore_context(p.u.context)
            self.live = p
        x = p.textp
        key = (x.caddr if x is not None else 0, p.data.addr, p.stack.addr, p.u.layout)
        if self.mapped != key:
            m.sureg(*ureg.sureg(p.u.layout, key[0] or 0, key[1], key[2]))
            self.mapped = key

    def save_live(self) -> None:
        """Save the registers of the process in the machine into its u-area."""
        if self.live is not None:
            self.live.u.context = self.m.save_context()
            self.live = None

    def image_moved(self, p: Proc) -> None:
        """``p``'s image or text moved or changed shape: reload its page registers."""
        self.mapped = None
        if self.live is p and p.loaded:
            self.load_user(p)

    # --- core and swap -------------------------------------------------------------------
    def copy_clicks(self, dst: int, src: int, n: int) -> None:
        """Copy ``n`` clicks of core (overlapping allowed), charging the time."""
        if n > 0:
            self.m.move(dst * CLICK, src * CLICK, n * CLICK)
            self.charge(n * CLICK * COPYSEG_NS_PER_BYTE)

    def clear_clicks(self, a: int, n: int) -> None:
        """Zero ``n`` clicks of core, charging the time."""
        if n > 0:
            self.m.clear(a * CLICK, n * CLICK)
            self.charge(n * CLICK * COPYSEG_NS_PER_BYTE // 2)

    def image_bytes(self, p: Proc) -> bytes:
        """The data and stack of ``p`` (in core), one after the other."""
        return b"".join(self.m.read_bytes(s.addr * CLICK, s.size * CLICK)
                        for s in (p.data, p.stack))

    def release_image(self, p: Proc) -> None:
        """Let go of ``p``'s data and stack: freed, in core or on swap, unless shared."""
        for seg in (p.data, p.stack):
            seg.count -= 1
            if seg.count == 0 and seg.size:
                if p.flag & SLOAD:
                    self.coremap.mfree(seg.size, seg.addr)
                else:
                    self.swapmap.mfree(-(-seg.size * CLICK // BSIZE), seg.addr)
        p.data, p.stack = Segment(), Segment()
        p.flag |= SLOAD
        self.mapped = None
        vfork.give_back(self, p)

    def swap_io(self, blkno: int, data: bytes | int, *, write: bool) -> bytes:
        """Write ``data`` to the swap area at ``blkno``, or read ``data`` bytes from it."""
        self.swap_transfers += 1
        return self.fsys.cache.swap(self.swapdev, blkno, data, write=write)

    # --- starting and running -------------------------------------------------------------
    def start(self, argv: Sequence[str], *, cwd: str = "/", uid: int = 0, gid: int = 0,
              stdio: Sequence[HostStream] = ()) -> Proc:
        """Make process 1, running ``argv[0]`` from the disk with arguments ``argv``.

        Its descriptors are open on ``stdio`` in order.  StartError if the
        directory or the program cannot be had (the message says why).
        """
        cred = Cred(uid, gid)
        try:
            cdir = namei(self.fsys, cwd.encode("latin-1"), cred, None)
        except V6Error as exc:
            raise StartError(f"{cwd}: {exc}") from None
        p = Proc(self.next_pid(), uid=uid, stat=SRUN, flag=SLOAD,
                 command=os.path.basename(argv[0]))
        p.u = User(uid=uid, gid=gid, ruid=uid, rgid=gid, cdir=cdir,
                   context=Context([0] * 12, USER_MODE, 0))
        self.procs[self.procs.index(None)] = p
        for stream in stdio:
            fio.falloc(self, p, stream, file.FREAD | file.FWRITE)
        if not cdir.is_dir:
            self.abandon(p)
            raise StartError(f"{cwd}: Not a directory")
        self.curproc = p
        self.save_live()
        self.m.restore_context(p.u.context)
        self.live = p
        args = [a.encode("latin-1") for a in argv]
        failure: list[str] = []
        p.kgen = self._first_exec(p, args, failure)
        sched.resume(self, p)
        if failure:
            raise StartError(failure[0])
        return p

    def boot(self) -> Proc:
        """Start the system as V6 did: say how much core users have, then process 1
        runs /etc/init."""
        self.console_message(f"mem = {self.coremap.total * 5 // 16}\n")
        return self.start(["/etc/init"])

    def console_message(self, text: str) -> None:
        """What V6's kernel printf wrote on the console: straight to the terminal,
        and only when the switch register is not 0 (V6 checked it there)."""
        if self.m.switches:
            tty.drain(self, self.console)
            tty.transmit(self.console, list(text.replace("\n", "\r\n").encode()))

    def type(self, tp: tty.Tty, data: bytes) -> None:
        """Characters typed on terminal ``tp`` (as its receiver interrupts would deliver them)."""
        for c in data:
            tty.ttyinput(self, tp, c)

    def _first_exec(self, p: Proc, args: list[bytes], failure: list[str]):  # noqa: ANN202
        """exec, from the kernel: on failure, say why and let the process go."""
        try:
            yield from primitives.load_aout(self, p, args[0], args)
        except (SysError, FsError) as exc:
            failure.append(f"{args[0].decode('latin-1')}: {strerror(exc.errno)}")
            self.abandon(p)

    def abandon(self, p: Proc) -> None:
        """Undo a process that never ran (its files, directory, text and image let go)."""
        try:
            sys1.exit_process(self, p, 0)
        except Exited:
            pass
        if p in self.procs:
            self.free_slot(p)

    def run(self, until: Callable[[], bool] | None = None,
            quiet: Callable[[], bool] | None = None) -> Outcome:
        """Run the system (see ``v6.kernel.sched.run``)."""
        return sched.run(self, until, quiet)

    def kill_all(self, signal: int) -> None:
        """Post ``signal`` to every process but the swapper."""
        for p in self.procs[1:]:
            if sched.alive(p):
                sig.psignal(self, p, signal)

    def shutdown(self) -> None:
        """Unwind every process's kernel stack, then write everything out and release the
        disk.  A process asleep in a system call is a suspended generator: closed here, its
        unwinding runs while the file system is still open, not whenever Python collects
        it (at exit, with the interpreter half gone)."""
        for p in self.procs:
            if p is not None and p.kgen is not None:
                kgen, p.kgen = p.kgen, None
                kgen.close()
        self.fsys.close()


