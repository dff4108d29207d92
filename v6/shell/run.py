"""New: ``v6 run`` — boot a V6 image and sit at its console from the host's terminal.

``v6 run --image IMG [--ttys N] [--core KB] [--switches N] [--listen [HOST:]PORT]``
boots IMG (process 1 runs its /etc/init) and connects the host to the
console (/dev/tty8):

- At a terminal (standard input is a tty): the host terminal is put in raw
  mode (prompt_toolkit's input layer reads the keys, pastes included) and
  every key goes to V6's terminal driver, which echoes and edits as V6 did.
  Keys mean what a person expects today: Backspace types the terminal's
  erase character (``#`` until stty changes it), Ctrl-U its kill character
  (``@``), Ctrl-C the interrupt character (DEL), Ctrl-\\ quit, Ctrl-D EOT.
  Ctrl-] asks whether to sync and leave or go on.  Simulated time follows
  the wall clock while processes sleep on it (``sleep 5`` takes five
  seconds) and runs as fast as it can otherwise.
- From a script (standard input is not a tty): the input is typed one line
  at a time (each line, then RETURN; a line ending in Ctrl-D is typed
  without the RETURN), each when a process waits to read the console with
  nothing typed ahead; what V6 prints is written with CR LF as LF.  When the
  input is used up and the console is waited on again, ``v6 run`` ends.
- ``--listen``: every TCP connection to that address (127.0.0.1 unless a
  host is given) gets the next free DH11 line that /etc/ttys enables, and
  its getty: telnet or nc into the system.  A connection that drops hangs
  its line up (SIGHUP to its processes).  Nothing is sent but what V6
  prints; the client's telnet negotiation (IAC sequences) is dropped.  The
  system then runs until SIGINT or SIGTERM.

On the way out the disk is synced: nothing typed or written is lost.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from v6.errors import V6Error
from v6.fs.namei import ROOT
from v6.fs.ops import open_file, read_file
from v6.kernel import tty
from v6.kernel.sched import Outcome
from v6.shell.system import System

CTRL_RIGHT_BRACKET = 0o35
"""The escape key (Ctrl-]), as in telnet."""
IAC = 0o377
"""Telnet's "interpret as command" byte."""


class CrLf:
    """CR LF to LF in a stream of output chunks (a CR may end one chunk)."""

    def __init__(self) -> None:
        self._cr = False

    def __call__(self, data: bytes) -> bytes:
        if self._cr:
            data = b"\r" + data
        self._cr = data.endswith(b"\r")
        if self._cr:
            data = data[:-1]
        return data.replace(b"\r\n", b"\n")


def write_out(data: bytes) -> None:
    """All of ``data`` to the host's standard output (a terminal sink takes everything)."""
    view = memoryview(data)
    while view:
        view = view[os.write(1, view):]


def script_lines(data: bytes) -> list[bytes]:
    """What a script types, line by line: RETURN after each, except after a Ctrl-D."""
    return [line if line.endswith(b"\x04") else line + b"\r" for line in data.splitlines()]


def run_script(system: System, typed: list[bytes], write: object) -> None:
    """Boot, and type ``typed`` on the console, each when it is waited for; write
    what the console prints."""
    console = system.console
    crlf = CrLf()

    def sink(data: bytes) -> None:
        write(crlf(data))

    console.sink = sink
    system.boot()
    pending = list(typed)
    while True:
        system.run(lambda: system.waiting(console), seconds=None)
        if not system.waiting(console) or not pending:
            return
        system.type(console, pending.pop(0))


def _key_bytes(tp: tty.Tty, key: object) -> bytes:
    """What a key pressed on the host types on V6's terminal ``tp``."""
    from prompt_toolkit.keys import Keys
    mapped = {Keys.ControlH: bytes([tp.erase]), Keys.ControlU: bytes([tp.kill]),
              Keys.ControlC: bytes([tty.CINTR]), Keys.ControlBackslash: bytes([tty.CQUIT]),
              Keys.ControlD: bytes([tty.CEOT]), Keys.ControlM: b"\r", Keys.ControlJ: b"\r"}
    if key.key in mapped:
        return mapped[key.key]
    if key.key == Keys.BracketedPaste:
        return key.data.replace("\r\n", "\r").replace("\n", "\r").encode("latin-1", "replace")
    return key.data.encode("latin-1", "replace")


class Interactive:
    """The host terminal, in raw mode, as V6's console."""

    def __init__(self, system: System) -> None:
        from prompt_toolkit.input import create_input
        self.system = system
        self.input = create_input(sys.stdin)
        self.leaving = False

    def poll(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for keys and type them; whether any came."""
        ready, _, _ = select.select([self.input.fileno()], [], [], max(timeout, 0))
        if not ready:
            return False
        console = self.system.console
        for key in self.input.read_keys():
            if key.data == chr(CTRL_RIGHT_BRACKET):
                self.leaving = self._menu()
                continue
            self.system.type(console, _key_bytes(console, key))
        return True

    def _menu(self) -> bool:
        os.write(1, b"\r\nv6: s to sync and leave, any other key to go on: ")
        select.select([self.input.fileno()], [], [])
        keys = self.input.read_keys()
        os.write(1, b"\r\n")
        return bool(keys) and keys[0].data.lower() == "s"

    def run(self) -> None:
        """Until the escape menu says leave (or every process has exited)."""
        self.system.console.sink = write_out
        self.system.real_time(self.poll)
        self.system.boot()
        with self.input.raw_mode():
            while not self.leaving:
                outcome = self.system.run()
                if outcome is Outcome.DONE:
                    return
                self.poll(0.05 if outcome is Outcome.IDLE else 0)


def enabled_lines(system: System) -> list[tty.Tty]:
    """The DH11 lines /etc/ttys enables (entries "1" + the name's last character)."""
    fsys = system.k.fsys
    try:
        ip = open_file(fsys, "/etc/ttys", ROOT)
    except V6Error:
        return []
    try:
        entries = read_file(ip).split(b"\n")
    finally:
        fsys.inodes.iput(ip)
    enabled = {e[1:2].decode("latin-1") for e in entries if e[:1] == b"1"}
    return [tp for tp in system.k.lines if tp.name[-1:] in enabled]


def telnet_data(data: bytes) -> bytes:
    """``data`` without telnet commands (IAC and what follows it)."""
    out, i = bytearray(), 0
    while i < len(data):
        if data[i] == IAC:
            i += 3 if i + 1 < len(data) and data[i + 1] >= 0o373 else 2
            continue
        out.append(data[i])
        i += 1
    return bytes(out)


OUTPUT_ROOM = 4096
"""Bytes waiting for a slow TCP client before its line counts as busy."""


class Listener:
    """TCP connections as terminals on the DH11 lines /etc/ttys enables.

    A client that does not read its output makes its line busy once
    OUTPUT_ROOM bytes wait for it: V6's writers on that line then sleep,
    as on a slow terminal, and the rest of the system goes on."""

    def __init__(self, system: System, address: str) -> None:
        host, _, port = address.rpartition(":")
        self.system = system
        self.server = socket.create_server((host or "127.0.0.1", int(port)))
        self.server.setblocking(False)
        self.lines = enabled_lines(system)
        self.clients: dict[socket.socket, tty.Tty] = {}
        self.pending: dict[socket.socket, bytearray] = {}

    def poll(self, timeout: float) -> bool:
        """Accept connections, deliver what clients typed, send what waits for
        them; whether anything came in."""
        writers = [c for c, buf in self.pending.items() if buf]
        ready, writable, _ = select.select([self.server, *self.clients], writers, [],
                                           max(timeout, 0))
        for conn in writable:
            self._send(conn)
        for s in ready:
            if s is self.server:
                self._accept()
            elif s in self.clients:
                self._receive(s)
        return bool(ready)

    def _accept(self) -> None:
        conn, _ = self.server.accept()
        free = [tp for tp in self.lines if tp not in self.clients.values()]
        if not free:
            conn.sendall(b"v6: no free terminal line\r\n")
            conn.close()
            return
        conn.setblocking(False)
        tp = free[0]
        self.clients[conn] = tp
        buf = self.pending[conn] = bytearray()

        def sink(data: bytes) -> int:
            take = data[:max(0, OUTPUT_ROOM - len(buf))]
            buf.extend(take)
            return len(take)

        tty.connect(self.system.k, tp, sink)

    def _send(self, conn: socket.socket) -> None:
        buf = self.pending[conn]
        try:
            del buf[:conn.send(buf)]
        except BlockingIOError:
            return
        except OSError:
            self._drop(conn)
            return
        if len(buf) < OUTPUT_ROOM // 2:
            tty.ready(self.system.k, self.clients[conn])

    def _receive(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._drop(conn)
            return
        self.system.type(self.clients[conn], telnet_data(data))

    def _drop(self, conn: socket.socket) -> None:
        """The client went away: hang its line up."""
        tp = self.clients.pop(conn)
        self.pending.pop(conn, None)
        conn.close()
        tp.sink = None
        tty.hangup(self.system.k, tp)

    def close(self) -> None:
        for conn in list(self.clients):
            conn.close()
        self.server.close()


@contextmanager
def _stopped_by_signals() -> Iterator[list[bool]]:
    """A flag set by SIGINT or SIGTERM (the way to stop ``--listen``)."""
    stop = [False]

    def handler(signum: int, frame: object) -> None:
        stop[0] = True

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def _serve(system: System, listener: Listener) -> None:
    """Run with TCP terminals until SIGINT or SIGTERM; the console writes to stdout."""
    crlf = CrLf()
    system.console.sink = lambda data: write_out(crlf(data))
    system.real_time(listener.poll)
    system.boot()
    with _stopped_by_signals() as stop:
        while not stop[0]:
            outcome = system.run()
            listener.poll(0.05 if outcome is Outcome.IDLE else 0)


def main(args: argparse.Namespace) -> int:
    """``v6 run`` with its parsed arguments (see ``v6.shell.cli``)."""
    kw = {} if args.core is None else {"core": args.core * 1024}
    system = System(args.image, ttys=args.ttys, switches=args.switches, engine=args.engine, **kw)
    listener = None
    try:
        system.set_model(args.model, args.strict)
        if args.strict:
            system.report_refusals(sys.stderr)
        if args.events:
            system.record_events(args.events)
        if args.listen:
            listener = Listener(system, args.listen)
            _serve(system, listener)
        elif os.isatty(0):
            Interactive(system).run()
        else:
            run_script(system, script_lines(sys.stdin.buffer.read()), write_out)
    finally:
        if listener is not None:
            listener.close()
        system.shutdown()
    return 0
