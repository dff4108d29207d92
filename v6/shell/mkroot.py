"""New: ``v6 mkroot`` — the default root image, built from userland/ by our own toolchain.

The image is V6's layout: the tree of ``userland/proto`` (V6's mkfs
prototype format: /dev, /etc with passwd, group, ttys, rc, motd, utmp,
/tmp, /usr/ken, /usr/dmr ...), into which every command is compiled and
placed where V6 kept it:

- ``userland/cmd/bin/NAME.c`` -> /bin/NAME, ``cmd/usr/bin/NAME.c`` ->
  /usr/bin/NAME, ``cmd/etc/NAME.c`` -> /etc/NAME; a command of several
  files is a directory of them (``cmd/bin/NAME/*.c``);
- ``v6/shell/*.c`` -> /bin/sh;
- each is mode 0775, owner and group bin (3), as on the genuine pack,
  unless ``userland/cmd/modes`` says otherwise (lines ``PATH MODE UID GID``,
  the mode octal: set-uid programs such as su).

The file system is 4,000 blocks, as an RK05 root was, so the swap area of
872 blocks follows it (v6.kernel.main); every time stamp is the genuine
pack's (Thu Aug 14 22:04:52 EDT 1975), so a system booted from the image
starts its clock there, as the pack's did, and runs the same way every time.

``default_image()`` builds the image once per version of the sources and of
the toolchain (their hash names it) into the cache directory, and returns
its path; ``fresh_copy(dest)`` copies it for a system to use.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import userland
from v6.cc import libc, link
from v6.errors import V6Error
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFREG
from v6.fs.mkfs import Spec, mkfs, parse_proto

EPOCH = 177300292
"""The time every file of the image is stamped with: the genuine pack's."""
SHELL = Path(__file__).resolve().parent
"""Where the shell's C sources are (v6/shell/*.c)."""
PLACES = {"bin": "bin", "usr/bin": "usr/bin", "etc": "etc"}
"""Directories of userland/cmd -> where their programs go in the image."""
DEFAULT_MODE, BIN = 0o775, 3


class MkrootError(V6Error):
    """A command does not compile, or the tree cannot be built."""


def commands() -> dict[str, list[Path]]:
    """Image path -> the C sources of the program that goes there."""
    found: dict[str, list[Path]] = {}
    for place in PLACES:
        where = userland.path("cmd", place)
        if not where.is_dir():
            continue
        for entry in sorted(where.iterdir()):
            if entry.suffix == ".c":
                found[f"/{place}/{entry.stem}"] = [entry]
            elif entry.is_dir() and list(entry.glob("*.c")):
                found[f"/{place}/{entry.name}"] = sorted(entry.glob("*.c"))
    shell = sorted(SHELL.glob("*.c"))
    if shell:
        found["/bin/sh"] = shell
    return found


def modes() -> dict[str, tuple[int, int, int]]:
    """Image path -> (mode, uid, gid) of the programs ``userland/cmd/modes`` names."""
    source = userland.path("cmd", "modes")
    found = {}
    if source.is_file():
        for line in source.read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                path, mode, uid, gid = line.split()
                found[path] = (int(mode, 8), int(uid), int(gid))
    return found


def fingerprint() -> str:
    """A hash of everything the image is made from (sources, toolchain, file system)."""
    h = hashlib.sha256(libc.fingerprint().encode())
    files = [p for p in sorted(userland.path().rglob("*")) if p.is_file()
             and p.suffix not in (".py", ".pyc")]
    here = Path(__file__).resolve()
    files += [*sorted(SHELL.glob("*.[ch]")), here,
              *sorted((here.parents[1] / "fs").glob("*.py"))]
    for p in files:
        h.update(str(p.name).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def build_program(sources: list[Path]) -> bytes:
    """One program from its C sources; a source's own directory is searched for
    ``#include "x.h"`` (a command of several files shares a header there)."""
    dirs = sorted({str(s.parent) for s in sources})
    return link.build([(s.name, s.read_text(encoding="latin-1")) for s in sources],
                      include_dirs=dirs)


def _compile(path: str, sources: list[Path], out: Path) -> Path:
    try:
        program = build_program(sources)
    except V6Error as exc:
        raise MkrootError(f"{path}: {exc}") from None
    out.write_bytes(program)
    return out


def _graft(root: Spec, path: str, spec: Spec) -> None:
    """Put ``spec`` at ``path`` (whose directory the proto has) in the tree."""
    node = root
    *dirs, _ = path.strip("/").split("/")
    for d in dirs:
        node = next((c for c in node.children if c.name == d.encode()), None)
        if node is None:
            raise MkrootError(f"{path}: no directory /{'/'.join(dirs)} in userland/proto")
    node.children[:] = [c for c in node.children if c.name != spec.name] + [spec]


def build(image: Path, work: Path) -> Path:
    """Build the root image at ``image``, compiling into the directory ``work``."""
    proto = parse_proto(userland.path("proto").read_text(), userland.path(), "userland/proto")
    table = modes()
    for path, sources in commands().items():
        host = _compile(path, sources, work / path.strip("/").replace("/", "_"))
        mode, uid, gid = table.get(path, (DEFAULT_MODE, BIN, BIN))
        _graft(proto.root, path, Spec(path.rsplit("/", 1)[1].encode(), IFREG | mode, uid=uid,
                                      gid=gid, source=host, mtime=EPOCH))
    _stamp(proto.root)
    dev = BlockDevice.create(image, proto.fsize)
    try:
        mkfs(dev, proto.root, isize=proto.isize, now=EPOCH)
    finally:
        dev.close()
    return image


def _stamp(spec: Spec) -> None:
    """Every file of the tree gets the image's time."""
    spec.mtime = EPOCH
    for child in spec.children:
        _stamp(child)


def default_image() -> Path:
    """The default root image, built into the cache if it is not there yet."""
    cache = libc.cache_dir()
    image = cache / f"root-{fingerprint()}.img"
    if image.is_file():
        return image
    cache.mkdir(parents=True, exist_ok=True)
    # Per process: two test workers building at once must not share a half-built image.
    work = cache / f"root-build-{image.stem}-{os.getpid()}"
    work.mkdir(exist_ok=True)
    try:
        partial = build(image.with_suffix(f".{os.getpid()}.partial"), work)
        partial.replace(image)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return image


def fresh_copy(dest: Path) -> Path:
    """A copy of the default image at ``dest``, for one system to use."""
    shutil.copyfile(default_image(), dest)
    return dest

