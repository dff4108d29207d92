"""Run the genuine V6 under SIMH (the ``pdp11`` simulator) as an oracle for the tests.

``booted(pack, workdir)`` boots V6 from a copy of the genuine root pack (its
/usr/mdec/rkuboot written to block 0, as SIMH needs) and yields the
``Console`` just after ``rkunix`` was typed to the boot loader, so the next
thing printed is the kernel's; ``other`` attaches a second disk as rk1 and
``single_user`` sets the switch register to 0173030, which makes init give
the console a root shell at once (no /etc/rc, no getty, no login, /etc/utmp
untouched).  The console prints all seven-bit characters (``set tto 7b``: V6
sets the eighth, a parity bit, and SIMH's default drops unprintable ones).  ``boot_and_run(pack, other, commands, workdir)`` logs in as
root on a booted system, types each command and returns what each printed.
``genuine_pack()`` finds the pack (``PACK_SHA256`` checked).  Nothing here
is part of the project: it only lets the tests ask the real V6 what it makes
of our images and our programs.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pty
import select
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from v6.fs import fstool

SIMULATOR = shutil.which("pdp11")
"""SIMH's PDP-11 simulator, or None when it is not installed."""

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACK_SHA256 = "2903e80d83653d41004d50c761cffc75a95b907c24098dd631c7bee85b0fb4e3"
"""The unpacked genuine root pack (TUHS Dennis_v6 root RK05)."""
BOOT_IMAGE = "rk0.img"
"""The copy of the pack ``booted`` boots from, in its work directory."""
SINGLE_USER = 0o173030
"""The switch-register value for which V6's init starts a root shell on the console."""


def pack_candidates() -> list[Path]:
    """Where the gzipped pack may be: beside the project, then under $V6_SHARED."""
    paths = [PROJECT_ROOT.parent / "shared" / "v6" / "v6root.img.gz"]
    if os.environ.get("V6_SHARED"):
        paths.append(Path(os.environ["V6_SHARED"]) / "v6" / "v6root.img.gz")
    return paths


def genuine_pack() -> bytes | None:
    """The unpacked genuine root pack, or None when it is not to be found."""
    found = [p for p in pack_candidates() if p.is_file()]
    if not found:
        return None
    data = gzip.decompress(found[0].read_bytes())
    assert hashlib.sha256(data).hexdigest() == PACK_SHA256, f"{found[0]} is not the genuine pack"
    return data


class Console:
    """The simulator on a pseudo-terminal: type, and wait for text."""

    def __init__(self, ini: Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(ini.parent)
            os.execv(SIMULATOR, [SIMULATOR, str(ini)])
        self.pending = b""

    def read_until(self, want: bytes, timeout: float = 60) -> bytes:
        """Every byte printed up to and including ``want``, as the console sent it."""
        end = time.monotonic() + timeout
        while want not in self.pending:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                raise TimeoutError(f"V6 did not print {want!r}: {self.pending[-300:]!r}")
            self.pending += os.read(self.fd, 4096)
        cut = self.pending.index(want) + len(want)
        seen, self.pending = self.pending[:cut], self.pending[cut:]
        return seen

    def expect(self, text: str, timeout: float = 60) -> str:
        """Everything printed up to and including ``text``, carriage returns dropped."""
        return self.read_until(text.encode(), timeout).decode("latin-1").replace("\r", "")

    def keys(self, keys: str) -> None:
        """Press each key in turn (a newline is the RETURN key)."""
        for ch in keys.replace("\n", "\r"):     # a console at 110 baud: one key at a time
            os.write(self.fd, ch.encode("latin-1"))
            time.sleep(0.002)

    def type(self, line: str) -> None:
        """Type ``line`` and RETURN."""
        self.keys(line + "\n")

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def _bootable(pack: Path, boot: Path) -> None:
    """Copy ``pack`` to ``boot`` with the pack's own boot loader in block 0."""
    image = bytearray(pack.read_bytes())
    loader = fstool.cat(str(pack), "/usr/mdec/rkuboot")
    image[:len(loader)] = loader
    boot.write_bytes(bytes(image))


@contextmanager
def booted(pack: Path, workdir: Path, *, other: Path | None = None,
           single_user: bool = False) -> Iterator[Console]:
    """The console of V6 booting from a copy of ``pack`` (``workdir``/BOOT_IMAGE),
    just after ``rkunix`` was typed; the simulator is stopped when the block ends."""
    boot = workdir / BOOT_IMAGE
    _bootable(pack, boot)
    ini = workdir / "boot.ini"
    lines = ["set cpu 11/40", "set tto 7b", f"attach rk0 {boot}"]
    lines += [f"attach rk1 {other}"] if other else []
    lines += [f"deposit sr {SINGLE_USER:o}"] if single_user else []
    ini.write_text("\n".join([*lines, "boot rk0", ""]))
    console = Console(ini)
    try:
        console.expect("@")
        console.type("rkunix")
        console.read_until(b"\n")           # the loader's echo of the name
        yield console
    finally:
        console.close()


def boot_and_run(pack: Path, other: Path, commands: list[str], workdir: Path,
                 timeout: float = 60) -> list[str]:
    """The output of each command, typed as root into V6 booted from ``pack``;
    each command may take up to ``timeout`` seconds."""
    with booted(pack, workdir, other=other) as console:
        console.expect("login:")
        console.type("root")
        console.expect("# ")
        outputs = []
        for command in commands:
            console.type(command)
            echoed_and_printed = console.expect("# ", timeout)[:-2]   # drop the next prompt
            outputs.append(echoed_and_printed.partition("\n")[2].removesuffix("\n"))
        return outputs
