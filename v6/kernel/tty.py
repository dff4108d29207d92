"""V6: dmr/tty.c, dmr/kl.c and dmr/dh.c — terminals: the line discipline and the line drivers.

A ``Tty`` is one terminal line: three character queues (raw input, cooked
input, output), its modes (``flags``), erase and kill characters, speeds,
the column the carriage is at, and the host side it is connected to (a
``sink`` that receives the characters the line transmits).  The host side
types with ``Kernel``-level ``input(tp, data)``; whoever reads the line's
output gets exactly what the terminal would print, CR LF and all.

Input (``ttyinput``, per character, as the interrupt handler did): with
CRMOD a CR becomes a newline; unless RAW, the interrupt character (DEL) and
quit (FS, ^\\) send SIGINT or SIGQIT to every process of the terminal and
flush its queues; LCASE folds upper case to lower; the character goes on
the raw queue — a full queue (TTYHOG) is flushed instead — and a newline,
an EOT or, in RAW mode, any character ends a line (a delimiter is queued
and readers are woken); ECHO echoes it.

Reading (``ttread``) waits for a whole line, then turns the raw line into a
cooked one (``canon``), applying the erase and kill characters (V6's
defaults ``#`` and ``@``) and the backslash escapes: ``\\#``, ``\\@`` and
``\\`` EOT stand for themselves, and with LCASE ``\\(`` ``\\)`` ``\\!``
``\\^`` ``\\'`` and ``\\`` before a letter give ``{`` ``}`` ``|`` ``~`` `` ` ``
and the capital; an EOT is dropped, so one typed at the start of a line
makes an empty read: end of file.  A read takes at most what was asked;
the rest of the line waits for the next read.  In RAW mode each character
is a line of its own.

Writing (``ttwrite``) passes each character through ``ttyoutput``: an EOT
is not sent (unless RAW: it hung up some terminals), XTABS
expands tabs to spaces, LCASE prints lower case as capitals and ``{}|~```
as escapes, CRMOD sends CR before each newline, and after newlines, tabs
and carriage returns the delays the flags ask for are queued (as V6 did
for mechanical terminals: CR1 waits 5 clock ticks after a carriage return).
The writer sleeps while more than TTHIWAT characters wait, and is woken
when fewer than TTLOWAT do.  ``ttstart`` transmits what waits, up to a
delay, which becomes a timeout: the delays cost simulated time, the host
receives the characters at once.

Lines: the console is a KL11, character major 0 minor 0; the DH11 lines
are major 4, minors 0..N-1.  Opening a terminal makes it the controlling
terminal of a process that has none.  A DH11 line waits in open until its
carrier comes on (someone connects); dropping the carrier hangs up the
line: SIGHUP to its processes, reads return end of file.

stty/gtty: three words — input speed | output speed << 8, erase | kill << 8,
and the flags; stty waits for the output to drain and flushes input first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from v6.kernel import clock, sched, sig
from v6.kernel.conf import CharDevice
from v6.param import TTIPRI, TTOPRI
from v6.signals import SIGHUP, SIGINT, SIGQIT

if TYPE_CHECKING:
    from v6.kernel.file import File
    from v6.kernel.main import Kernel
    from v6.kernel.proc import Proc

# Mode flags (t_flags), V6's values.
HUPCL = 0o1
XTABS = 0o2
LCASE = 0o4
ECHO = 0o10
CRMOD = 0o20
RAW = 0o40
ODDP = 0o100
EVENP = 0o200
NLDELAY = 0o1400
TBDELAY = 0o6000
CRDELAY = 0o30000
VTDELAY = 0o40000

# State bits (t_state).
TIMEOUT = 0o1
WOPEN = 0o2
BUSY = 0o40
"""The host side is not taking characters just now (V6: the transmitter is busy)."""
ISOPEN = 0o4
CARR_ON = 0o20
ASLEEP = 0o100

CERASE = ord("#")
CKILL = ord("@")
CEOT = 0o4
CINTR = 0o177
CQUIT = 0o34
DELIM = 0o377
"""Marks the end of a line in the raw queue (input characters are 7-bit)."""
DELAY = 0o200
"""In the output queue: a delay of (value & 0177) ticks, not a character."""
ECHOED = 0o400
"""In the output queue: a character that echoes what was typed (for observers)."""

TTYHOG = 256
"""Characters the raw queue holds before input is thrown away."""
CANBSIZ = 256
"""Longest cooked line."""
TTHIWAT = 50
"""A writer sleeps while more than this many characters wait to go out."""
TTLOWAT = 30
"""...and is woken when fewer than this many do."""

_ESCAPED = {ord("#"): "#", ord("@"): "@", CEOT: "\x04"}
"""Characters a backslash makes literal on every terminal."""
_UPPER_ESCAPES = {ord("!"): "|", ord("'"): "`", ord("("): "{", ord(")"): "}", ord("^"): "~"}
"""With LCASE: what a backslash before these stands for (letters give capitals)."""
_LCASE_OUT = {ord("{"): "(", ord("}"): ")", ord("|"): "!", ord("~"): "^", ord("`"): "'"}
"""With LCASE: characters an upper-case terminal prints as backslash escapes."""


class Tty:
    """One terminal line (V6 struct tty)."""

    def __init__(self, name: str, devno: int) -> None:
        self.name = name
        """Its name in /dev (tty8 for the console)."""
        self.devno = devno
        self.rawq = bytearray()
        self.canq = bytearray()
        self.outq: list[int] = []
        """Characters to transmit; a value with 0200 set is a delay in ticks."""
        self.flags = 0
        self.erase, self.kill = CERASE, CKILL
        self.speeds = 0
        self.col = 0
        self.delct = 0
        """Line delimiters in the raw queue."""
        self.state = 0
        self.sink: Callable[[bytes], int | None] | None = None
        """Where transmitted characters go (the host side); None: nowhere yet.
        It returns how many it took (None: all); the rest wait until the host
        calls ``ready``, and meanwhile writers sleep as on a slow terminal."""
        self.output = bytearray()
        """Characters transmitted while no sink is connected, kept for the host."""
        self.observer: Callable[[bytes, bool], None] | None = None
        """Told of everything transmitted, and whether it was the echo of what was
        typed or what programs wrote (transcripts keep only the latter)."""

    @property
    def read_chan(self) -> tuple[Tty, str]:
        """Where a reader waits for a line (V6 &t_rawq)."""
        return (self, "raw")

    @property
    def write_chan(self) -> tuple[Tty, str]:
        """Where a writer waits for room (V6 &t_outq)."""
        return (self, "out")

    def carrier(self) -> bool:
        """Is someone connected?"""
        return bool(self.state & CARR_ON)


def ttyinput(k: Kernel, tp: Tty, c: int) -> None:
    """One character typed on ``tp`` (V6 ttyinput)."""
    c &= 0o177
    if c == ord("\r") and tp.flags & CRMOD:
        c = ord("\n")
    if not tp.flags & RAW and c in (CINTR, CQUIT):
        signal(k, tp, SIGINT if c == CINTR else SIGQIT)
        flushtty(k, tp)
        return
    if len(tp.rawq) >= TTYHOG:
        flushtty(k, tp)
        return
    if tp.flags & LCASE and ord("A") <= c <= ord("Z"):
        c += ord("a") - ord("A")
    tp.rawq.append(c)
    if tp.flags & RAW or c in (ord("\n"), CEOT):
        sched.wakeup(k, tp.read_chan)
        tp.rawq.append(DELIM)
        tp.delct += 1
    if tp.flags & ECHO:
        first = len(tp.outq)
        ttyoutput(k, tp, c)
        tp.outq[first:] = [x if x & DELAY else x | ECHOED for x in tp.outq[first:]]
        ttstart(k, tp)


def signal(k: Kernel, tp: Tty, n: int) -> None:
    """Send signal ``n`` to every process whose terminal is ``tp``."""
    for p in k.procs:
        if sched.alive(p) and p.u.ttyp is tp:
            sig.psignal(k, p, n)


def flushtty(k: Kernel, tp: Tty) -> None:
    """Throw away everything queued on ``tp`` and wake whoever waits on it."""
    tp.canq.clear()
    tp.rawq.clear()
    tp.outq.clear()
    tp.delct = 0
    sched.wakeup(k, tp.read_chan)
    sched.wakeup(k, tp.write_chan)


def canon(k: Kernel, tp: Tty):  # noqa: ANN201 - a generator
    """Wait for a line in the raw queue and move it, edited, to the cooked queue."""
    while tp.delct == 0:
        if not tp.carrier():
            return False
        yield from sched.sleep(k, tp.read_chan, TTIPRI)
    line = bytearray()
    while tp.rawq:
        c = tp.rawq.pop(0)
        if c == DELIM:
            tp.delct -= 1
            break
        if tp.flags & RAW:
            line.append(c)
        else:
            _edit(tp, line, c)
        if len(line) >= CANBSIZ:
            break
    tp.canq += line
    return True


def _edit(tp: Tty, line: bytearray, c: int) -> None:
    """Add typed character ``c`` to the cooked ``line``: erase, kill, EOT, escapes."""
    if line and line[-1] == ord("\\"):
        mapped = _unescape(tp, c, line)
        if mapped is not None:
            line[-1] = mapped
            return
    elif c == tp.erase:
        if line:
            line.pop()
        return
    elif c == tp.kill:
        line.clear()
        return
    elif c == CEOT:
        return
    line.append(c)


def _unescape(tp: Tty, c: int, line: bytearray) -> int | None:
    """What backslash-``c`` stands for, or None if the backslash stays."""
    if len(line) >= 2 and line[-2] == ord("\\"):
        return None
    if c in _ESCAPED:
        return ord(_ESCAPED[c])
    if tp.flags & LCASE:
        if c in _UPPER_ESCAPES:
            return ord(_UPPER_ESCAPES[c])
        if ord("a") <= c <= ord("z"):
            return c - ord("a") + ord("A")
    return None


def ttread(k: Kernel, tp: Tty, count: int):  # noqa: ANN201 - a generator
    """Up to ``count`` characters of the next cooked line (V6 ttread)."""
    if not tp.carrier():
        return b""
    if not tp.canq and not (yield from canon(k, tp)):
        return b""
    data = bytes(tp.canq[:count])
    del tp.canq[:count]
    return data


def ttwrite(k: Kernel, tp: Tty, data: bytes):  # noqa: ANN201 - a generator
    """Write ``data`` to ``tp``, sleeping while its output queue is full (V6 ttwrite)."""
    if not tp.carrier():
        return 0
    for c in data:
        while len(tp.outq) > TTHIWAT:
            ttstart(k, tp)
            if len(tp.outq) <= TTHIWAT:
                break
            tp.state |= ASLEEP
            yield from sched.sleep(k, tp.write_chan, TTOPRI)
        ttyoutput(k, tp, c)
    ttstart(k, tp)
    return len(data)


def ttyoutput(k: Kernel, tp: Tty, c: int) -> None:
    """Queue character ``c`` for output, with the terminal's conversions and delays."""
    c &= 0o177
    if c == CEOT and not tp.flags & RAW:
        return  # V6 never sent an EOT in cooked mode: it hung up some terminals
    if c == ord("\t") and tp.flags & XTABS:
        ttyoutput(k, tp, ord(" "))
        while tp.col & 7:
            ttyoutput(k, tp, ord(" "))
        return
    if tp.flags & LCASE:
        if c in _LCASE_OUT:
            ttyoutput(k, tp, ord("\\"))
            c = ord(_LCASE_OUT[c])
        elif ord("a") <= c <= ord("z"):
            c -= ord("a") - ord("A")
    if c == ord("\n") and tp.flags & CRMOD:
        ttyoutput(k, tp, ord("\r"))
    tp.outq.append(c)
    delay = _delay_and_column(tp, c)
    if delay:
        tp.outq.append(DELAY | delay)


def _delay_and_column(tp: Tty, c: int) -> int:
    """Move the column for ``c``; the ticks to wait after it (V6's delay classes)."""
    flags = tp.flags
    if c == ord("\n"):
        kind, col, tp.col = (flags >> 8) & 3, tp.col, 0
        if kind == 1:
            return max((col >> 4) + 3, 6) if col else 0
        return 6 if kind == 2 else 0
    if c == ord("\t"):
        delay = 0
        if (flags >> 10) & 3 == 1:
            delay = 1 - (tp.col | ~7)
            delay = delay if delay >= 5 else 0
        tp.col = (tp.col | 7) + 1
        return delay
    if c == ord("\r"):
        tp.col = 0
        return (0, 5, 10, 0)[(flags >> 12) & 3]
    if c == 0o10:
        tp.col = max(0, tp.col - 1)
        return 0
    if c in (0o13, 0o14):
        return 0o177 if flags & VTDELAY else 0
    if c >= 0o40 and c != 0o177:
        tp.col += 1
    return 0


def ttstart(k: Kernel, tp: Tty) -> None:
    """Transmit what waits in the output queue, up to the next delay (V6 ttstart)."""
    if tp.state & (TIMEOUT | BUSY):
        return
    out: list[int] = []
    while tp.outq:
        c = tp.outq.pop(0)
        if c & DELAY:
            tp.state |= TIMEOUT
            clock.timeout(k, _restart, tp, c & 0o177)
            break
        out.append(c)
    if out:
        transmit(tp, out)
    if tp.state & ASLEEP and len(tp.outq) <= TTLOWAT:
        tp.state &= ~ASLEEP
        sched.wakeup(k, tp.write_chan)


def transmit(tp: Tty, items: list[int]) -> None:
    """Hand characters of the output queue to the host; what it does not take goes
    back to the queue's head."""
    data = bytes(c & 0o177 for c in items)
    taken = len(data)
    if tp.sink is None:
        tp.output += data
    else:
        took = tp.sink(data)
        if took is not None and took < taken:
            tp.outq[:0] = items[took:]
            tp.state |= BUSY
            taken = took
    if tp.observer is not None and taken:
        _observe(tp, items[:taken], data[:taken])


def _observe(tp: Tty, items: list[int], data: bytes) -> None:
    """Tell the observer what went out, in runs of echo and of program output."""
    start = 0
    for i in range(1, len(items) + 1):
        if i == len(items) or bool(items[i] & ECHOED) != bool(items[start] & ECHOED):
            tp.observer(data[start:i], bool(items[start] & ECHOED))
            start = i


def ready(k: Kernel, tp: Tty) -> None:
    """The host can take characters again (V6: the transmitter interrupt)."""
    tp.state &= ~BUSY
    ttstart(k, tp)


def drain(k: Kernel, tp: Tty) -> None:
    """Transmit everything queued now, its delays skipped (on close, and when the
    system stops): nothing written is lost.  A timeout already pending still
    comes, and finds nothing to do."""
    out = [c for c in tp.outq if not c & DELAY]
    tp.outq.clear()
    tp.state &= ~BUSY
    if out:
        transmit(tp, out)


def _restart(k: Kernel, tp: Tty) -> None:
    """A delay is over: go on transmitting (V6 ttrstrt)."""
    tp.state &= ~TIMEOUT
    ttstart(k, tp)


def wflushtty(k: Kernel, tp: Tty):  # noqa: ANN201 - a generator
    """Wait until the output has gone, then throw away the input (V6 wflushtty)."""
    while tp.outq and tp.carrier():
        tp.state |= ASLEEP
        ttstart(k, tp)
        if not tp.outq:
            break
        yield from sched.sleep(k, tp.write_chan, TTOPRI)
    flushtty(k, tp)


def ttyopen(k: Kernel, p: Proc, tp: Tty) -> None:
    """Make ``tp`` the controlling terminal of ``p`` if it has none; mark it open."""
    if p.u.ttyp is None:
        p.u.ttyp = tp
    tp.state = (tp.state | ISOPEN) & ~WOPEN


def sgtty(k: Kernel, tp: Tty, words: list[int] | None):  # noqa: ANN201 - a generator
    """stty (``words`` given) or gtty (return the three words)."""
    if words is None:
        return [tp.speeds, tp.erase | tp.kill << 8, tp.flags]
    yield from wflushtty(k, tp)
    tp.speeds = words[0]
    tp.erase, tp.kill = words[1] & 0o377, words[1] >> 8 & 0o377
    tp.flags = words[2]
    return None


def hangup(k: Kernel, tp: Tty) -> None:
    """The line's carrier dropped: SIGHUP to its processes; reads see end of file."""
    tp.state &= ~CARR_ON
    signal(k, tp, SIGHUP)
    flushtty(k, tp)


def connect(k: Kernel, tp: Tty, sink: Callable[[bytes], None] | None) -> None:
    """Someone connected to the line: carrier on, waiting opens go on."""
    tp.sink = sink
    tp.state |= CARR_ON
    sched.wakeup(k, tp.read_chan)


class TtyDevice(CharDevice):
    """A driver of terminal lines: the console (KL11) or the DH11's lines."""

    def __init__(self, lines: list[Tty], open_flags: int, wait_carrier: bool) -> None:
        self.lines = lines
        self.open_flags = open_flags
        """The modes a line gets when first opened (KL11: XTABS|LCASE|ECHO|CRMOD)."""
        self.wait_carrier = wait_carrier
        """Open waits until someone is connected (DH11 lines)."""

    def line(self, dev: int) -> Tty:
        """The line of minor ``dev``."""
        from v6.errno import ENXIO
        from v6.kernel.errors import SysError
        n = dev & 0o377
        if n >= len(self.lines):
            raise SysError(ENXIO)
        return self.lines[n]

    def open(self, k: Kernel, dev: int, flag: int):  # noqa: ANN201 - a generator
        tp = self.line(dev)
        if not tp.state & ISOPEN:
            tp.flags, tp.erase, tp.kill = self.open_flags, CERASE, CKILL
        tp.state |= WOPEN
        while self.wait_carrier and not tp.carrier():
            yield from sched.sleep(k, tp.read_chan, TTIPRI)
        ttyopen(k, k.curproc, tp)

    def close(self, k: Kernel, dev: int, flag: int) -> None:
        tp = self.line(dev)
        drain(k, tp)
        tp.state &= CARR_ON
        flushtty(k, tp)

    def read(self, k: Kernel, dev: int, fp: File, count: int) -> object:
        return ttread(k, self.line(dev), count)

    def write(self, k: Kernel, dev: int, fp: File, data: bytes) -> object:
        return ttwrite(k, self.line(dev), data)

    def sgtty(self, k: Kernel, dev: int, words: list[int] | None) -> object:
        return sgtty(k, self.line(dev), words)
