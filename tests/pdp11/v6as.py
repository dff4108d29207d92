"""Ask V6's own assembler: run /bin/as of the genuine pack under SIMH on our sources.

``record(cases, sources, workdir)`` puts the sources on a fresh disk (made
by our mkfs, attached as rk1 and mounted on /mnt), boots V6 once and runs,
for each case ``(name, arguments)``, ``as ARGUMENTS >NAME.e`` in /mnt, then
keeps the a.out as ``NAME.o`` and a copy stripped by V6's strip(1) as
``NAME.x``.  It returns, per case, V6's ``Recording``: what as printed and
the two files (None when V6 made none; no stripped file of an empty a.out).  An argument may name a file of the
root pack by its absolute path (``/usr/sys/conf/m40.s``).

``cases()`` reads ``data/v6as/cases.txt``, the committed cases, one per line
``NAME ARGUMENT...`` (``#`` starts a comment); ``python -m tests.pdp11.v6as``
records them all again into ``data/v6as/v6/``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from tests.simh import boot_and_run, genuine_pack
from v6.fs import fstool
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFDIR, IFREG
from v6.fs.mkfs import Spec, mkfs

DATA = Path(__file__).parent / "data" / "v6as"
RECORDED = DATA / "v6"
V6_TIME = 177300292
"""The root pack's own time, so the disk we make is stamped like its files."""
DISK_BLOCKS = 4000
DISK_INODE_BLOCKS = 256
"""Room for 4096 files: four for every case and more."""


class Recording(NamedTuple):
    """What V6 did with one case."""

    printed: bytes
    """as's standard output (its error messages)."""
    aout: bytes | None
    stripped: bytes | None


def cases(data: Path = DATA) -> list[tuple[str, list[str]]]:
    """The committed cases in ``data``/cases.txt: (name, the command's arguments)."""
    out = []
    for line in (data / "cases.txt").read_text().splitlines():
        fields = line.partition("#")[0].split()
        if fields:
            out.append((fields[0], fields[1:]))
    return out


def _script(cases: list[tuple[str, list[str]]]) -> str:
    lines = []
    for name, args in cases:
        lines += [f"as {' '.join(args)} >{name}.e", f"mv a.out {name}.o",
                  f"cp {name}.o {name}.x", f"strip {name}.x"]
    return "\n".join(lines) + "\n"


def record(cases: list[tuple[str, list[str]]], sources: dict[str, bytes], workdir: Path,
           pack: bytes, prepare: Sequence[str] = ()) -> dict[str, Recording]:
    """Run V6's as on each case; ``sources`` are the files the cases name.
    ``prepare`` are shell commands run first in /mnt (to make more sources
    there: ``file(workdir, name)`` fetches them afterwards)."""
    files = {**sources, "run": ("\n".join(prepare) + "\n" + _script(cases)).lstrip().encode()}
    host = workdir / "files"
    host.mkdir()
    children = []
    for name, text in files.items():
        (host / name).write_bytes(text)
        children.append(Spec(name.encode(), IFREG | 0o666, source=host / name))
    disk = workdir / "rk1.img"
    dev = BlockDevice.create(disk, DISK_BLOCKS)
    mkfs(dev, Spec(b"", IFDIR | 0o777, children=children), isize=DISK_INODE_BLOCKS, now=V6_TIME)
    dev.close()
    (workdir / "rk0.pack").write_bytes(pack)
    boot_and_run(workdir / "rk0.pack", disk, [
        "/etc/mknod /dev/rk1 b 0 1", "/etc/mount /dev/rk1 /mnt", "chdir /mnt",
        "sh run >log", "chdir /", "sync", "/etc/umount /dev/rk1"], workdir, timeout=600)
    return {name: _recording(workdir, name) for name, _ in cases}


def _recording(workdir: Path, name: str) -> Recording:
    aout = file(workdir, f"{name}.o")
    # strip(1) of an empty file refuses it and leaves the copy as it was: no result
    return Recording(file(workdir, f"{name}.e") or b"", aout, file(workdir, f"{name}.x") if aout else None)


def file(workdir: Path, name: str) -> bytes | None:
    """A file that ``record`` left in /mnt (None if there is none)."""
    try:
        return fstool.cat(str(workdir / "rk1.img"), name)
    except fstool.FsError:
        return None


def sources_of(cases: list[tuple[str, list[str]]]) -> dict[str, bytes]:
    """The committed sources the cases name (root-pack paths excluded)."""
    names = {a for _, args in cases for a in args if a != "-" and not a.startswith("/")}
    return {n: (DATA / n).read_bytes() for n in sorted(names)}


def store(directory: Path, files: dict[str, bytes | None]) -> None:
    """Write each file into ``directory``; one whose content is None is removed."""
    directory.mkdir(exist_ok=True)
    for filename, content in files.items():
        path = directory / filename
        if content is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(content)


def fetch(directory: Path, filename: str) -> bytes | None:
    """A committed file's bytes, or None when there is none."""
    path = directory / filename
    return path.read_bytes() if path.exists() else None


def save(recordings: dict[str, Recording]) -> None:
    """Write recordings into ``RECORDED``: NAME.err (if as printed anything),
    NAME.aout (if V6 left one, even empty) and NAME.strip (of a non-empty one)."""
    for name, rec in recordings.items():
        store(RECORDED, {f"{name}.err": rec.printed or None, f"{name}.aout": rec.aout,
                         f"{name}.strip": rec.stripped})


def load(name: str) -> Recording:
    """A committed recording."""
    return Recording(fetch(RECORDED, f"{name}.err") or b"", fetch(RECORDED, f"{name}.aout"),
                     fetch(RECORDED, f"{name}.strip"))


def main() -> int:
    pack = genuine_pack()
    if pack is None:
        print("the genuine V6 root pack is not to be found", file=sys.stderr)
        return 1
    todo = cases()
    with tempfile.TemporaryDirectory() as tmp:
        save(record(todo, sources_of(todo), Path(tmp), pack))
    return 0


if __name__ == "__main__":
    sys.exit(main())
