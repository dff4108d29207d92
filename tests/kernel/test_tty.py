"""The terminal driver, character by character (V6's tty.c as tty(IV) describes it).

A program (programs/ttyread.c) opens a terminal and reports, in octal,
what each read gave; the test types on the terminal whenever a process
waits to read it.  The console opens as V6's KL11 did: ECHO, CRMOD, XTABS
and LCASE, erase ``#``, kill ``@``.
"""

from __future__ import annotations

import pytest

from v6.fs import fstool
from v6.kernel import tty
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.kernel.sched import Outcome


class Terminal:
    """A kernel running one program, and a person typing on one of its terminals."""

    def __init__(self, image, argv, line="console"):
        self.k = Kernel(image)
        self.tp = self.k.console if line == "console" else self.k.lines[int(line)]
        if line != "console":
            tty.connect(self.k, self.tp, None)
        self.out = HostStream.buffer()
        self.p = self.k.start(argv, stdio=[HostStream.buffer(), self.out, self.out])

    def waiting(self):
        return self.tp.read_chan in self.k.sleepq and not self.tp.rawq

    def run(self):
        return self.k.run(self.waiting)

    def type(self, data: bytes, ahead: bool = False):
        """Type ``data`` once the program waits for it (``ahead``: whatever it does)."""
        self.run()
        assert ahead or self.waiting(), "nobody reads the terminal"
        self.k.type(self.tp, data)

    def finish(self) -> str:
        while self.run() is not Outcome.DONE:
            if not self.waiting():
                break
        self.k.shutdown()
        return self.out.output.decode()

    @property
    def shown(self) -> bytes:
        """What the terminal printed."""
        return bytes(self.tp.output)


def octal(text: str) -> str:
    return " ".join(f"{c:o}" for c in text.encode())


def test_erase_kill_and_escapes(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "4"])
    t.type(b"abc#d\r")          # erase the c
    t.type(b"xyz@ab\r")         # kill the line, then ab
    t.type(b"a\\#b\\@\r")       # backslash makes erase and kill literal
    t.type(b"##x\r")            # erasing at the start of a line does nothing
    assert t.finish().splitlines() == [
        f"read 4: {octal('abd' + chr(10))}",
        f"read 3: {octal('ab' + chr(10))}",
        f"read 5: {octal('a#b@' + chr(10))}",
        f"read 2: {octal('x' + chr(10))}",
    ]


def test_eot_at_the_start_and_in_the_middle_of_a_line(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "3"])
    t.type(b"\x04")             # alone: a read of 0, end of file
    t.type(b"ab\x04")           # ends the line without a newline
    t.type(b"c\r")
    assert t.finish().splitlines() == ["read 0:", f"read 2: {octal('ab')}",
                                       f"read 2: {octal('c' + chr(10))}"]


def test_a_read_takes_what_it_asked_and_leaves_the_rest():
    tp = tty.Tty("tty9", 0)
    tp.state |= tty.CARR_ON
    tp.rawq += b"hello\n" + bytes([tty.DELIM])
    tp.delct = 1
    gen = tty.ttread(None, tp, 2)
    with pytest.raises(StopIteration) as first:
        next(gen)
    assert first.value.value == b"he" and tp.canq == b"llo\n"


def test_raw_mode_delivers_each_character(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "3", "raw"])
    t.type(b"a")
    t.type(b"\x7f")             # DEL is only a character in raw mode
    t.type(b"\r")               # CRMOD still makes it a newline
    assert t.finish().splitlines() == ["read 1: 141", "read 1: 177", "read 1: 12"]


def test_lcase_folds_input_and_prints_capitals(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "1"])
    t.type(b"HeLLo\r")
    assert t.finish().splitlines() == [f"read 6: {octal('hello' + chr(10))}"]
    # The echo, then the program's "done {}|~`": capitals and escapes, CR LF.
    assert t.shown == b"HELLO\r\nDONE \\(\\)\\!\\^\\'\r\n"


def test_interrupt_kills_the_reader_and_flushes(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "2"])
    t.type(b"typed ahead")      # no newline yet
    t.type(b"\x7f", ahead=True)
    t.finish()
    # SIGINT while asleep in read: the call ended with EINTR (4) in r0.
    assert t.k.exit_status[t.p.pid] == 0o2002
    assert not t.tp.rawq


def test_quit_kills_with_a_core_file(image):
    t = Terminal(image, ["/bin/ttyread", "/dev/tty8", "2"])
    t.type(b"\x1c")
    t.finish()
    assert t.k.exit_status[t.p.pid] == 0o2203
    assert fstool.cat(str(image), "/core").startswith(b"v6 core")


def test_a_slow_terminal_makes_the_writer_sleep(image):
    k = Kernel(image)
    tp = k.lines[0]
    got = bytearray()
    room = [100]

    def sink(data):
        take = data[:room[0]]
        room[0] -= len(take)
        got.extend(take)
        return len(take)

    tty.connect(k, tp, sink)
    out = HostStream.buffer()
    k.start(["/bin/ttywrite", "/dev/tty0", "500"], stdio=[HostStream.buffer(), out, out])
    k.run()
    # The terminal took 100 characters; the writer queued up to the high
    # water mark (50) and sleeps until the terminal is ready again.
    assert len(got) == 100 and tp.write_chan in k.sleepq
    assert 50 <= len(tp.outq) <= 51
    room[0] = 10_000
    tty.ready(k, tp)
    assert k.run() is Outcome.DONE
    assert out.output == b"wrote 500\n"
    assert bytes(got) == bytes(ord("a") + i % 26 for i in range(500))


def test_open_waits_for_the_carrier(image):
    k = Kernel(image)
    out = HostStream.buffer()
    k.start(["/bin/ttyread", "/dev/tty0", "1"], stdio=[HostStream.buffer(), out, out])
    assert k.run() is Outcome.IDLE          # asleep in open: nobody is connected
    assert out.output == b""
    tty.connect(k, k.lines[0], None)
    k.run(lambda: k.lines[0].read_chan in k.sleepq and bool(k.lines[0].state & tty.ISOPEN))
    k.type(k.lines[0], b"hi\n")          # a DH11 line opens without CRMOD
    assert k.run() is Outcome.DONE
    assert out.output == f"read 3: {octal('hi' + chr(10))}\n".encode()
