"""Run the genuine V6 under SIMH (the ``pdp11`` simulator) as an oracle for the tests.

``boot_and_run(pack, other, commands, workdir)`` boots V6 from a copy of the
genuine root pack (rk0, its /usr/mdec/rkuboot written to block 0 as SIMH
needs), attaches ``other`` as rk1, logs in as root on the console, types each
command and returns what each printed.  ``genuine_pack()`` finds the pack
(``PACK_SHA256`` checked).  Nothing here is part of the project: it only lets
the tests ask the real V6 what it makes of our images and our programs.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pty
import select
import shutil
import time
from pathlib import Path

from v6.fs import fstool

SIMULATOR = shutil.which("pdp11")
"""SIMH's PDP-11 simulator, or None when it is not installed."""

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACK_SHA256 = "2903e80d83653d41004d50c761cffc75a95b907c24098dd631c7bee85b0fb4e3"
"""The unpacked genuine root pack (TUHS Dennis_v6 root RK05)."""


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


class _Console:
    """The simulator on a pseudo-terminal: type, and wait for text."""

    def __init__(self, ini: Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(ini.parent)
            os.execv(SIMULATOR, [SIMULATOR, str(ini)])
        self.pending = b""

    def expect(self, text: str, timeout: float = 60) -> str:
        """Everything printed up to and including ``text``."""
        end, want = time.monotonic() + timeout, text.encode()
        while want not in self.pending:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                raise TimeoutError(f"V6 did not print {text!r}: {self.pending[-300:]!r}")
            self.pending += os.read(self.fd, 4096)
        cut = self.pending.index(want) + len(want)
        seen, self.pending = self.pending[:cut], self.pending[cut:]
        return seen.decode("latin-1").replace("\r", "")

    def type(self, line: str) -> None:
        for ch in line + "\r":              # a console at 110 baud: one key at a time
            os.write(self.fd, ch.encode())
            time.sleep(0.002)

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def boot_and_run(pack: Path, other: Path, commands: list[str], workdir: Path,
                 timeout: float = 60) -> list[str]:
    """The output of each command, typed as root into V6 booted from ``pack``;
    each command may take up to ``timeout`` seconds."""
    boot = workdir / "rk0.img"
    shutil.copyfile(pack, boot)
    image = bytearray(boot.read_bytes())
    loader = fstool.cat(str(pack), "/usr/mdec/rkuboot")
    image[:len(loader)] = loader
    boot.write_bytes(bytes(image))
    ini = workdir / "boot.ini"
    ini.write_text(f"set cpu 11/40\nattach rk0 {boot}\nattach rk1 {other}\nboot rk0\n")
    console = _Console(ini)
    try:
        console.expect("@")
        console.type("rkunix")
        console.expect("login:")
        console.type("root")
        console.expect("# ")
        outputs = []
        for command in commands:
            console.type(command)
            echoed_and_printed = console.expect("# ", timeout)[:-2]   # drop the next prompt
            outputs.append(echoed_and_printed.partition("\n")[2].removesuffix("\n"))
        return outputs
    finally:
        console.close()
