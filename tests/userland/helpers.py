"""Helpers of the userland tests: our commands on a copy of the genuine pack, beside V6's.

The genuine 1975 binaries are the oracle for our commands' behaviour and
output formats.  ``pack_with(commands, tmp)`` is a copy of the pack on which
our builds of ``commands`` (paths like "/bin/ls", compiled from
userland/cmd) replace V6's — so a command can be tried, and a transcript run,
under V6's own init, getty, login and sh before ours exist.  ``exec_both``
runs the same command line with V6's binary and with ours and returns both
results for comparison.
"""

from __future__ import annotations

import functools
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.simh import genuine_pack
from v6.fs import ops
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT
from v6.fs.rdwri import writei
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.shell import mkroot

PACK_TIME = 177300292
"""The pack's own time: files put on a copy are stamped with it, so its clock starts there."""


@functools.cache
def built(path: str) -> bytes:
    """Our build of the command installed at ``path`` (e.g. "/bin/ls")."""
    return mkroot.build_program(mkroot.commands()[path])


def pack(tmp: Path) -> Path:
    """A fresh copy of the genuine pack (the test skips when there is none)."""
    data = genuine_pack()
    if data is None:
        pytest.skip("genuine V6 root pack not found")
    image = tmp / "pack.img"
    image.write_bytes(data)
    return image


def put(image: Path, files: dict[str, bytes], mode: int = 0o775) -> None:
    """Write ``files`` (path -> bytes) onto ``image``, stamped with the pack's time."""
    with Fsys.open_image(image, now=lambda: PACK_TIME) as fsys:
        for path, data in files.items():
            ip = ops.creat(fsys, path, mode, ROOT)
            writei(ip, 0, data)
            fsys.inodes.iput(ip)


def pack_with(commands: list[str], tmp: Path) -> Path:
    """A copy of the pack with our builds of ``commands`` in place of V6's (set-uid
    ones with the mode and owner userland/cmd/modes gives them)."""
    image = pack(tmp)
    put(image, {path: built(path) for path in commands})
    modes = mkroot.modes()
    with Fsys.open_image(image, now=lambda: PACK_TIME) as fsys:
        for path in commands:
            if path in modes:
                mode, uid, gid = modes[path]
                ops.chmod(fsys, path, mode, ROOT)
                ops.chown(fsys, path, uid, gid, ROOT)
    return image


@dataclass
class Ran:
    """What one run gave: wait status, standard output, standard error."""

    status: int
    stdout: bytes
    stderr: bytes


def exec_on(image: Path, argv: list[str], stdin: bytes = b"", *, cwd: str = "/",
            uid: int = 0, gid: int = 0) -> Ran:
    """Run ``argv`` on ``image`` as ``v6 exec`` would (standard input a host file)."""
    host_in = image.parent / "stdin"
    host_in.write_bytes(stdin)
    fd = os.open(host_in, os.O_RDONLY)
    k = Kernel(image)
    out, err = HostStream.buffer(), HostStream.buffer()
    try:
        status = run_program(k, argv, cwd=cwd, uid=uid, gid=gid, time_limit=60,
                             stdio=[HostStream("stdin", fd=fd, writable=False), out, err])
    finally:
        k.shutdown()
        os.close(fd)
    return Ran(status, bytes(out.output), bytes(err.output))


def exec_both(commands: list[str], argv: list[str], tmp: Path, stdin: bytes = b"",
              files: dict[str, bytes] | None = None, **kw: object) -> tuple[Ran, Ran]:
    """``argv`` run with V6's binaries and with ours (``commands`` replaced), each on a
    fresh copy of the pack holding ``files``: (V6's result, ours)."""
    results = []
    for ours in (False, True):
        where = tmp / ("ours" if ours else "v6")
        shutil.rmtree(where, ignore_errors=True)
        where.mkdir()
        image = pack_with(commands, where) if ours else pack(where)
        if files:
            put(image, files, 0o664)
        results.append(exec_on(image, argv, stdin, **kw))
    return results[0], results[1]
