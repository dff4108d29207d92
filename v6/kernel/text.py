"""V6: ken/text.c and text.h — shared pure text segments.

Every process running the same pure (0410) program shares one ``Text``: one
copy in core while any of them is in core, and one copy in the swap area as
long as any of them exists, written when the text is first loaded, so that
swapping never writes a text out again and bringing one back in reads it
from swap rather than from the file.  The file is marked ITEXT meanwhile,
so writing it is refused (ETXTBSY).

- ``xalloc(k, p, ip, data)``: attach the text of ``ip`` (its bytes
  ``data``, read by exec) to ``p``; a text already known is shared.  Core
  for it is taken now if there is some; otherwise the swapper brings it in
  together with the process (``v6.kernel.swap``).
- ``xfree(k, p)``: detach ``p``'s text (exit, exec).  When no process uses
  it, its swap copy and its inode are released, unless the file has the
  sticky bit (ISVTX): such a text stays on swap for the next user.
- ``xccdec(k, x)``: one fewer process in core uses ``x``; the last frees
  its core (the swap copy remains).
- ``reserve(k, size)``: check before exec's point of no return that a new
  text can have a slot and swap space (V6 panicked when it could not).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from v6.errno import EAGAIN
from v6.fs.iget import ITEXT, Inode, idup
from v6.fs.layout import ISVTX
from v6.kernel.errors import SysError
from v6.param import CLICK, NTEXT

if TYPE_CHECKING:
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc


@dataclass(eq=False)
class Text:
    """A shared pure text segment (V6 struct text)."""

    iptr: Inode
    """The file it was loaded from, referenced while the text exists."""
    size: int
    """Clicks."""
    daddr: int
    """First block of its copy in the swap area."""
    caddr: int | None = None
    """Click address of its copy in core, None when not in core."""
    count: int = 0
    """Processes using it."""
    ccount: int = 0
    """Processes using it that are in core."""


def swap_blocks(clicks: int) -> int:
    """Swap blocks (512 bytes) that hold ``clicks`` clicks."""
    return -(-clicks * CLICK // 512)


def find(k: Kernel, ip: Inode) -> Text | None:
    """The text already loaded from ``ip``, if any."""
    return next((x for x in k.texts if x.iptr is ip), None)


def reserve(k: Kernel, ip: Inode, size: int) -> None:
    """Refuse (EAGAIN) a new text that could have no slot or no swap space."""
    if find(k, ip) is not None:
        return
    if len(k.texts) >= NTEXT or k.swapmap.largest() < swap_blocks(size):
        raise SysError(EAGAIN)


def xalloc(k: Kernel, p: Proc, ip: Inode, data: bytes) -> None:
    """Attach the pure text of ``ip`` (its bytes ``data``) to ``p``, in core if there is room."""
    x = find(k, ip)
    image = None
    if x is None:
        size = -(-len(data) // CLICK)
        daddr = k.swapmap.malloc(swap_blocks(size))
        assert daddr is not None, "text.reserve was not called"
        x = Text(idup(ip), size, daddr)
        ip.flag |= ITEXT
        image = data.ljust(size * CLICK, b"\0")
        k.swap_io(daddr, image, write=True)
        k.texts.append(x)
    x.count += 1
    p.textp = x
    if x.caddr is None:
        caddr = k.coremap.malloc(x.size)
        if caddr is None:
            return
        x.caddr = caddr
        if image is None:
            image = k.swap_io(x.daddr, x.size * CLICK, write=False)
        k.m.load(caddr * CLICK, image)
    x.ccount += 1


def xccdec(k: Kernel, x: Text | None) -> None:
    """One fewer process in core uses ``x``; the last one frees its core."""
    if x is None or x.caddr is None:
        return
    x.ccount -= 1
    if x.ccount <= 0:
        k.coremap.mfree(x.size, x.caddr)
        x.caddr, x.ccount = None, 0


def xfree(k: Kernel, p: Proc) -> None:
    """Detach ``p``'s text; the last user releases it (unless the file is sticky)."""
    x, p.textp = p.textp, None
    if x is None:
        return
    if p.loaded:
        xccdec(k, x)
    x.count -= 1
    if x.count > 0 or x.iptr.mode & ISVTX:
        return
    if x.caddr is not None:
        k.coremap.mfree(x.size, x.caddr)
        x.caddr = None
    k.swapmap.mfree(swap_blocks(x.size), x.daddr)
    k.texts.remove(x)
    x.iptr.flag &= ~ITEXT
    k.fsys.inodes.iput(x.iptr)
