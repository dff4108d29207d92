"""Helpers of the boot and login tests: images with several terminals, and a driver that
types on them and collects what each one showed.

- ``lines_pack(tmp, commands)``: the genuine pack (our builds of ``commands`` in place of
  V6's, as ``pack_with``) with the DH11 lines tty0-tty3 made (``/dev/ttyN``) and enabled in
  /etc/ttys, so that V6's own init puts a getty on them too: two users at once, on V6.
- ``our_image(tmp)``: a copy of the default root image (our init, getty, login ...) with
  the programs it does not have yet (V6's /bin/sh and /etc/glob among them) taken from the
  pack, so that it can boot to a shell before our shell and every command exist.
- ``Terminals(image)``: a booted system; ``type(name, keys)`` types on a terminal (a DH11
  line is connected first), lets the system run until no process can, and returns what
  that terminal showed (echo included, CR LF as LF); ``shown(name)`` what another one
  showed meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from tests.userland.helpers import PACK_TIME, pack, pack_with
from v6.fs import ops
from v6.fs.fsys import Fsys
from v6.fs.layout import IFCHR
from v6.fs.namei import ROOT, namei
from v6.fs.rdwri import writei
from v6.kernel import tty
from v6.shell import mkroot
from v6.shell.system import System

DH11 = 4
"""The DH11's major device number."""
LINES = "0123"


def set_file(fsys: Fsys, path: str, data: bytes) -> None:
    """Replace the contents of ``path`` (keeping its owner and mode), or make it."""
    ip = ops.creat(fsys, path, 0o644, ROOT)
    writei(ip, 0, data)
    fsys.inodes.iput(ip)


def lines_pack(tmp: Path, commands: list[str] = ()) -> Path:
    """The pack with ``commands`` ours and tty0-tty3 made and enabled (see the docstring)."""
    image = pack_with(list(commands), tmp) if commands else pack(tmp)
    with Fsys.open_image(image, now=lambda: PACK_TIME) as fsys:
        for n in LINES:
            ops.mknod(fsys, f"/dev/tty{n}", IFCHR | 0o622, DH11 << 8 | int(n), ROOT)
        ttys = ops.read_file(_get(fsys, "/etc/ttys")).split(b"\n")
        for i, entry in enumerate(ttys):
            if entry[1:2] and entry[1:2].decode() in LINES:
                ttys[i] = b"1" + entry[1:]
        set_file(fsys, "/etc/ttys", b"\n".join(ttys))
    return image


def _get(fsys: Fsys, path: str):  # noqa: ANN202 - an Inode, released by the caller's exit
    return namei(fsys, path.encode(), ROOT)


def pack_files(paths: list[str], tmp: Path) -> dict[str, bytes]:
    """The contents of ``paths`` on the genuine pack."""
    image = pack(tmp)
    found = {}
    with Fsys.open_image(image, readonly=True) as fsys:
        for path in paths:
            ip = _get(fsys, path)
            found[path] = ops.read_file(ip)
            fsys.inodes.iput(ip)
    image.unlink()
    return found


def our_image(tmp: Path, borrowed: tuple[str, ...] = ("/bin/sh", "/etc/glob")) -> Path:
    """The default image, with ``borrowed`` programs V6's where it has none of its own."""
    image = mkroot.fresh_copy(tmp / "root.img")
    ours = mkroot.commands()
    wanted = pack_files([p for p in borrowed if p not in ours], tmp)
    with Fsys.open_image(image, now=lambda: PACK_TIME) as fsys:
        for path, data in wanted.items():
            ip = ops.creat(fsys, path, 0o775, ROOT)
            writei(ip, 0, data)
            fsys.inodes.iput(ip)
    return image


class Terminals:
    """A booted system whose terminals a test types on."""

    def __init__(self, image: Path, **system: object) -> None:
        self.system = System(image, **system)
        self._shown: dict[str, bytearray] = {}
        for name, tp in self.system.terminals.items():
            self._shown[name] = bytearray()
            tp.observer = self._observer(name)
        self.system.boot()
        self.system.settle()

    def _observer(self, name: str):  # noqa: ANN202
        def observe(data: bytes, echo: bool) -> None:
            self._shown[name] += data
        return observe

    def type(self, name: str, keys: str | bytes = b"") -> str:
        """Type ``keys`` on terminal ``name``; run until nothing can; what it showed."""
        tp = self.system.terminals[name]
        if tp is not self.system.console and not tp.carrier():
            tty.connect(self.system.k, tp, None)
            self.system.settle()
        if keys:
            self.system.type(tp, keys.encode("latin-1") if isinstance(keys, str) else keys)
            self.system.settle()
        return self.shown(name)

    def shown(self, name: str) -> str:
        """What terminal ``name`` showed since the last time it was asked (CR LF as LF)."""
        data = bytes(self._shown[name]).replace(b"\r\n", b"\n")
        self._shown[name].clear()
        return data.decode("latin-1")

    def login(self, name: str, user: str, password: str | None = None) -> str:
        """Log ``user`` in on terminal ``name`` (at its login prompt); what it showed."""
        got = self.type(name, user + "\r")
        if password is not None:
            got += self.type(name, password + "\r")
        return got

    def close(self) -> None:
        self.system.shutdown()
