"""Several people at once: the genuine pack with two DH11 lines enabled, used through the
Python API and through ``v6 run --listen`` with two sockets; and terminals that misbehave.

The pack enables only the console in /etc/ttys and has no /dev/tty0 or
tty1; the tests add both (char 4, 0 and 1) and enable them, as an
administrator of 1975 would have.  Both users run a CPU-bound program
(programs/spin.c, compiled by our cc: it runs unchanged on V6) and an
interactive command; both must make progress, and ``who`` must show both.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import v6record
from tests.kernel.helpers import program
from v6.fs import fsck, ops
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys
from v6.fs.layout import IFCHR
from v6.fs.namei import ROOT
from v6.fs.rdwri import writei
from v6.kernel import tty
from v6.shell.system import System


@pytest.fixture
def two_line_pack(v6root_bytes, tmp_path) -> Path:
    """The pack with /dev/tty0 and /dev/tty1 made and enabled, and /bin/spin."""
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    with Fsys.open_image(image, now=lambda: v6record.V6_TIME) as fsys:
        for i in (0, 1):
            ops.mknod(fsys, f"/dev/tty{i}", IFCHR | 0o622, 4 << 8 | i, ROOT)
        ip = ops.open_file(fsys, "/etc/ttys", ROOT, write=True)
        ttys = bytearray(ops.read_file(ip))
        ttys[0] = ttys[4] = ord("1")          # "000\n010\n" -> "100\n110\n"
        writei(ip, 0, bytes(ttys))
        fsys.inodes.iput(ip)
        ip = ops.creat(fsys, "/bin/spin", 0o755, ROOT)
        writei(ip, 0, program("spin"))
        fsys.inodes.iput(ip)
    return image


def _consistent(image: Path) -> bool:
    dev = BlockDevice.open(image)
    try:
        return fsck.check(dev).problems == []
    finally:
        dev.close()


def test_two_users_at_once_through_the_api(two_line_pack):
    s = System(two_line_pack)
    a, b = s.k.lines[0], s.k.lines[1]
    shown = {a.name: [], b.name: []}
    for tp in (a, b):
        tty.connect(s.k, tp, lambda data, n=tp.name: shown[n].append((s.k.m.clock.ns, data)))
    s.boot()

    def typed(tp, keys):
        s.run(lambda: s.waiting(tp), seconds=None)
        s.type(tp, keys)

    typed(a, b"root\r")
    typed(b, b"ken\r")
    typed(a, b"spin A 12\r")
    typed(b, b"spin B 12\r")
    s.run(lambda: s.waiting(a) and s.waiting(b), seconds=None)
    typed(a, b"who\r")
    s.run(lambda: s.waiting(a), seconds=None)
    s.shutdown()
    text = {n: b"".join(d for _, d in chunks).decode() for n, chunks in shown.items()}
    assert "AAAAAAAAAAAA" in text["tty0"] and "BBBBBBBBBBBB" in text["tty1"]
    # Time-sharing: each user's letters came while the other's were coming.
    times = {n: [t for t, d in chunks if d in (b"A", b"B")] for n, chunks in shown.items()}
    assert times["tty0"][0] < times["tty1"][-1] and times["tty1"][0] < times["tty0"][-1]
    who = [line.split()[:2] for line in text["tty0"].split("who\r\n")[1].splitlines()
           if line.strip() and not line.startswith("#")]
    assert sorted(who) == [["ken", "tty1"], ["root", "tty0"]]
    assert _consistent(two_line_pack)


def _read_until(sock: socket.socket, want: bytes, seconds: float = 120) -> bytes:
    got, end = b"", time.monotonic() + seconds
    while want not in got:
        sock.settimeout(max(0.1, end - time.monotonic()))
        chunk = sock.recv(4096)
        if not chunk:
            raise EOFError(got)
        got += chunk
    return got


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_listen_gives_each_connection_a_line(two_line_pack):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "v6", "run", "--listen", f"127.0.0.1:{port}",
                             "--image", str(two_line_pack)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        conns = [_connect(port) for _ in range(2)]
        for c, user, prompt in zip(conns, (b"root", b"ken"), (b"# ", b"% "), strict=True):
            _read_until(c, b"login: ")
            c.sendall(user + b"\r")
            _read_until(c, prompt)
        conns[0].sendall(b"\xff\xfb\x01garbage\x00\x01\x02\xfe\r")    # telnet IAC and junk
        _read_until(conns[0], b"# ")
        conns[1].sendall(b"who\r")
        who = _read_until(conns[1], b"% ")
        assert b"root    tty0" in who and b"ken     tty1" in who
        conns[0].sendall(b"half a li")                             # then hang up mid-line
        conns[0].close()
        conns[1].sendall(b"echo still here\r")
        assert b"still here" in _read_until(conns[1], b"% ")
        third = _connect(port)                                     # getty is back on tty0
        _read_until(third, b"login: ")
        third.close()
        conns[1].close()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert _consistent(two_line_pack)


def _connect(port: int) -> socket.socket:
    for _ in range(600):
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("v6 run --listen never listened")


def test_a_flood_of_input_does_not_stop_the_others(two_line_pack):
    s = System(two_line_pack)
    a, b = s.k.lines[0], s.k.lines[1]
    out_b = bytearray()
    tty.connect(s.k, a, None)
    tty.connect(s.k, b, out_b.extend)
    s.boot()
    s.run(lambda: s.waiting(b), seconds=None)
    for _ in range(50):
        s.type(a, os.urandom(512))           # garbage, far past what a line holds
        s.run(seconds=0.01)
    assert len(a.rawq) <= tty.TTYHOG
    s.type(b, b"root\r")
    s.run(lambda: s.waiting(b), seconds=None)
    s.type(b, b"echo fine\r")
    s.run(lambda: s.waiting(b), seconds=None)
    s.shutdown()
    assert b"fine\r\n# " in bytes(out_b)
