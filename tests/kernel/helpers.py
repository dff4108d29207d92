"""Helpers of the kernel tests: C programs built once, disk images holding them, runs.

``program(name)`` compiles tests/kernel/programs/NAME.c with our cc (cached
for the session); ``make_image(path, files)`` builds a V6 file system at
``path`` holding /bin, /tmp, /usr/ken, /etc, /dev (the console, two DH11
lines, the memory devices) and the given files; ``run(image,
argv, stdin)`` boots the kernel on it and runs argv as process 1, returning
its wait status and what it wrote on descriptors 1 and 2.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from v6.cc import link
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFCHR, IFDIR, IFREG
from v6.fs.mkfs import Spec, default_isize, mkfs
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel

PROGRAMS = Path(__file__).parent / "programs"
DEVICES = [("tty8", 0, 0), ("tty0", 4, 0), ("tty1", 4, 1), ("mem", 8, 0), ("kmem", 8, 1),
           ("null", 8, 2)]
"""The special files every test image has in /dev, as (name, major, minor)."""
T0 = 200_000_000
"""The image's time (May 1976): the kernel's clock starts there."""


@functools.cache
def program(name: str) -> bytes:
    """The a.out of tests/kernel/programs/NAME.c (0410, pure text)."""
    return link.build([(f"{name}.c", (PROGRAMS / f"{name}.c").read_text())])


def _spec_tree(files: dict[str, tuple[bytes, int, int]], tmp: Path) -> Spec:
    root = Spec(b"", IFDIR | 0o755)
    dirs = {"": root}

    def directory(path: str, mode: int = 0o777, uid: int = 0) -> Spec:
        if path not in dirs:
            parent, _, name = path.rpartition("/")
            spec = Spec(name.encode(), IFDIR | mode, uid=uid)
            directory(parent).children.append(spec)
            dirs[path] = spec
        return dirs[path]

    for d in ("bin", "tmp", "usr", "usr/ken", "etc", "dev"):
        directory(d, 0o777 if d == "tmp" else 0o755, uid=6 if d == "usr/ken" else 0)
    for name, major, minor in DEVICES:
        dirs["dev"].children.append(Spec(name.encode(), IFCHR | 0o666, dev=major << 8 | minor))
    for i, (path, (data, mode, uid)) in enumerate(sorted(files.items())):
        host = tmp / f"file{i}"
        host.write_bytes(data)
        parent, _, name = path.strip("/").rpartition("/")
        directory(parent).children.append(
            Spec(name.encode(), IFREG | mode, uid=uid, source=host))
    return root


def make_image(path: Path, files: dict[str, bytes | tuple[bytes, int, int]],
               nblocks: int = 3000) -> Path:
    """A V6 file system at ``path`` with these files (data, or (data, mode, uid))."""
    full = {p: v if isinstance(v, tuple) else (v, 0o755, 0) for p, v in files.items()}
    tmp = path.parent / (path.name + ".src")
    tmp.mkdir(exist_ok=True)
    dev = BlockDevice.create(path, nblocks)
    try:
        mkfs(dev, _spec_tree(full, tmp), isize=default_isize(nblocks), now=T0)
    finally:
        dev.close()
    return path


@dataclass
class Run:
    """What a run gave: the wait status and the two output streams."""

    status: int
    stdout: bytes
    stderr: bytes
    kernel: Kernel


def run(image: Path, argv: list[str], stdin: bytes = b"", *, uid: int = 0, gid: int = 0,
        cwd: str = "/", core: int | None = None, time_limit: float | None = 60,
        engine: str = "translate") -> Run:
    """Boot the kernel on ``image`` and run ``argv`` to the end of every process."""
    kw = {} if core is None else {"core": core}
    k = Kernel(image, engine=engine, **kw)
    out, err = HostStream.buffer(), HostStream.buffer()
    try:
        status = run_program(k, argv, cwd=cwd, uid=uid, gid=gid,
                             stdio=[HostStream.buffer(stdin), out, err], time_limit=time_limit)
    finally:
        k.shutdown()
    return Run(status, bytes(out.output), bytes(err.output), k)
