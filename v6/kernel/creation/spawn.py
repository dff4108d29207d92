"""New: spawn — one call makes a child running a program, its descriptors set up by file actions.

``spawn(path, argv, actions)`` (system call 39) is what POSIX's posix_spawn
asks of a kernel.  ``actions`` points at records of five words — op, fd,
arg, mode, path — ending with op 0:

- OPEN (1): open ``path`` onto descriptor ``fd`` (closing what was there),
  ``arg`` the flags of <spawn.h>: access mode O_RDONLY 0, O_WRONLY 1,
  O_RDWR 2, plus O_CREAT 0100 (make it, with ``mode``, if it is not there),
  O_TRUNC 01000 (empty it), O_APPEND 02000 (start at its end);
- CLOSE (2): close ``fd`` (EBADF if it is not open);
- DUP2 (3): make descriptor ``arg`` a copy of ``fd``;
- CHDIR (4): change the working directory to ``path``.

The actions are applied in order to a copy of the caller's descriptors and
directory, ``path`` is looked up from the directory they end with, and the
program is checked and read — all before any process exists.  So every
failure (ENOENT, EACCES, ENOEXEC, E2BIG, EBADF, a bad action EINVAL)
comes back from the call itself, with no child left behind.  Only then is
the child made, with those descriptors and that directory and the
program's image: nothing of the parent's core is copied.  r0 = the
child's pid.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from v6.errno import EBADF, EINVAL, ENOENT
from v6.fs import ops
from v6.fs.errors import FsError
from v6.fs.iget import Inode, idup
from v6.fs.layout import IREAD
from v6.fs.namei import Cred, access, namei
from v6.kernel import fio, sys4
from v6.kernel.creation import account, primitives, require
from v6.kernel.errors import SysError
from v6.kernel.file import FREAD, FWRITE, File
from v6.param import NCARGS, NOFILE

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

NAME = "spawn"
OPEN, CLOSE, DUP2, CHDIR = 1, 2, 3, 4
O_CREAT, O_TRUNC, O_APPEND = 0o100, 0o1000, 0o2000
ACTION = struct.Struct("<5H")
MAX_ACTIONS = 64
"""Actions one call may carry (EINVAL beyond)."""


class Draft:
    """The child's descriptors and directory as the actions make them."""

    def __init__(self, k: Kernel, parent: Proc) -> None:
        self.k = k
        self.files: list[File | None] = list(parent.u.ofile)
        for fp in self.files:
            if fp is not None:
                fp.count += 1
        self.cdir: Inode | None = idup(parent.u.cdir) if parent.u.cdir is not None else None

    def discard(self) -> None:
        """Let go of everything (a failed spawn)."""
        for fd in range(NOFILE):
            self.close(fd)
        if self.cdir is not None:
            self.k.fsys.inodes.iput(self.cdir)
            self.cdir = None

    def close(self, fd: int) -> None:
        fp, self.files[fd] = self.files[fd], None
        if fp is not None:
            fio.closef(self.k, fp)


def _fd(n: int) -> int:
    if not 0 <= n < NOFILE:
        raise SysError(EBADF)
    return n


def read_actions(k: Kernel, va: int) -> list[tuple[int, int, int, int, bytes]]:
    """The actions at ``va`` (none if it is 0), paths fetched."""
    actions = []
    while va:
        op, fd, arg, mode, path = ACTION.unpack(k.m.copyin(va, ACTION.size))
        if op == 0:
            break
        if len(actions) == MAX_ACTIONS or op not in (OPEN, CLOSE, DUP2, CHDIR):
            raise SysError(EINVAL)
        name = k.m.copyinstr(path, 1024) if op in (OPEN, CHDIR) else b""
        actions.append((op, fd, arg, mode, name))
        va = (va + ACTION.size) & 0o177777
    return actions


def _exists(k: Kernel, cred: Cred, cdir: Inode | None, path: bytes) -> bool:
    try:
        k.fsys.inodes.iput(namei(k.fsys, path, cred, cdir))
    except FsError as exc:
        if exc.errno == ENOENT:
            return False
        raise
    return True


def _open(k: Kernel, cred: Cred, d: Draft, fd: int, flags: int, mode: int,  # noqa: ANN202
          path: bytes):
    """OPEN: ``path`` onto descriptor ``fd`` of the draft (a generator: a terminal's open
    may wait)."""
    flag = ((flags & 3) + 1) & (FREAD | FWRITE)
    if flags & (O_CREAT | O_TRUNC) and (flags & O_TRUNC or not _exists(k, cred, d.cdir, path)):
        if not flags & O_CREAT and not _exists(k, cred, d.cdir, path):
            raise SysError(ENOENT)
        ip = ops.creat(k.fsys, path, mode, cred, d.cdir)
        if flag & FREAD:
            try:
                access(ip, IREAD, cred)
            except BaseException:
                k.fsys.inodes.iput(ip)
                raise
    else:
        ip = ops.open_file(k.fsys, path, cred, d.cdir, read=bool(flag & FREAD),
                           write=bool(flag & FWRITE))
    fp = k.files.alloc(ip, flag)
    try:
        yield from fio.openi(k, ip, flag)
    except BaseException:
        fio.closef(k, fp)
        raise
    if flags & O_APPEND:
        fp.offset = ip.size
    d.close(fd)
    d.files[fd] = fp


def apply(k: Kernel, cred: Cred, d: Draft, action: tuple):  # noqa: ANN201 - a generator
    """Apply one action to the draft."""
    op, fd, arg, mode, path = action
    if op == OPEN:
        yield from _open(k, cred, d, _fd(fd), arg, mode, path)
    elif op == CLOSE:
        if d.files[_fd(fd)] is None:
            raise SysError(EBADF)
        d.close(fd)
    elif op == DUP2:
        fp = d.files[_fd(fd)]
        if fp is None:
            raise SysError(EBADF)
        if _fd(arg) != fd:
            d.close(arg)
            fp.count += 1
            d.files[arg] = fp
    else:
        d.cdir = sys4.chdir_to(k, cred, d.cdir, path)


def sys_spawn(k: Kernel, p: Proc, args: list[int]):  # noqa: ANN201 - a generator
    """spawn(path, argv, actions): a child running ``path``; r0 = its pid."""
    require(k, NAME)
    cost = account.begin(k, p, NAME)
    path = k.m.copyinstr(args[0], NCARGS)
    argv = primitives.read_args(k, args[1])
    actions = read_actions(k, args[2])
    cred = Cred(p.u.uid, p.u.gid)
    draft = Draft(k, p)
    try:
        for action in actions:
            yield from apply(k, cred, draft, action)
        prog = primitives.prepare(k, cred, draft.cdir, path, argv)
    except BaseException:
        draft.discard()
        raise
    k.m.regs[0] = make_child(k, p, NAME, draft, prog, cost).pid


def make_child(k: Kernel, p: Proc, model: str, draft: Draft, prog: primitives.Program,
               cost: account.Creation) -> Proc:
    """A runnable child of ``p`` with the draft's descriptors and directory, running ``prog``."""
    try:
        child = primitives.alloc_proc(k, p, model)
    except SysError:
        primitives.release(k, prog)
        draft.discard()
        raise
    child.u.ofile[:] = draft.files
    child.u.cdir, draft.cdir = draft.cdir, None
    try:
        primitives.install(k, child, prog)
    except SysError:
        k.abandon(child)
        raise
    if child.textp is not None:
        cost.bytes_shared = child.textp.size * 64
    account.adopt(child, cost)
    primitives.make_runnable(k, child)
    return child
