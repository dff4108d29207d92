"""New: the ``v6`` subcommands of this area (registered by ``v6.cli``): mkfs, fsck, fs.

- ``v6 mkfs IMAGE [--proto FILE | --from DIR] [--blocks N] [--inodes N]
  [--time SECONDS] [--interleave N]`` builds an image (empty but for / when
  given neither).
  The image is built beside IMAGE and renamed over it only when complete.
- ``v6 fsck [--repair] IMAGE`` prints one line per problem and a summary;
  exit status 0 when the file system is (or, with --repair, ends up) clean.
- ``v6 fs ls|cat|put|get|mkdir|rmdir|rm ...``: the host tools of
  ``v6.fs.fstool``; ``v6 fs chmod MODE IMAGE PATH`` (MODE octal, as V6's
  chmod took it).

Every handler returns the exit status; failures are ``V6Error`` (or
``OSError``) for ``v6.cli`` to print as one line.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from v6.errors import V6Error
from v6.fs import fstool
from v6.fs.blkdev import BlockDevice
from v6.fs.fsck import Report, check, repair
from v6.fs.layout import IFDIR, INOPB
from v6.fs.mkfs import (
    INTERLEAVE,
    MkfsError,
    Spec,
    check_geometry,
    default_isize,
    mkfs,
    parse_proto,
    tree_from_dir,
)
from v6.param import RK05_BLOCKS


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    _register_mkfs(sub)
    p = sub.add_parser("fsck", help="check (and repair) a V6 file system image")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--repair", action="store_true",
                   help="fix block and link-count damage, keeping file contents")
    p.set_defaults(run=_fsck)
    _register_fs(sub)


def _register_mkfs(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mkfs", help="make a V6 file system image")
    p.add_argument("image", metavar="IMAGE")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--proto", metavar="FILE", help="V6 mkfs prototype file")
    src.add_argument("--from", dest="from_dir", metavar="DIR", help="copy a host directory tree")
    p.add_argument("--blocks", type=int, metavar="N",
                   help=f"file system size (default: the proto's, else {RK05_BLOCKS}, an RK05)")
    p.add_argument("--inodes", type=int, metavar="N",
                   help="inodes (rounded up to a multiple of 16; default: the proto's, "
                        "else one per 4 blocks)")
    p.add_argument("--time", type=int, metavar="SECONDS",
                   help="V6 time to stamp the new files and the superblock with (default: "
                        "now; V6's own ctime shows only years before 2000 correctly)")
    p.add_argument("--interleave", type=int, default=INTERLEAVE, metavar="N",
                   help=f"free-list interleave within a cylinder (default {INTERLEAVE}; "
                        "1: none)")
    p.set_defaults(run=_mkfs)


def _register_fs(sub: argparse._SubParsersAction) -> None:
    fs = sub.add_parser("fs", help="look at and change files in a V6 image (like mtools)")
    cmds = fs.add_subparsers(dest="fs_command", metavar="COMMAND", required=True)
    p = cmds.add_parser("ls", help="list a directory (V6 ls)")
    p.add_argument("-l", dest="long", action="store_true", help="long listing")
    p.add_argument("-a", dest="show_all", action="store_true", help="show dot-files")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("path", metavar="PATH", nargs="?", default="/")
    p.set_defaults(run=_ls)
    _tool(cmds, "cat", _cat, "print files", ("path", "PATH", "+"))
    _tool(cmds, "put", _put, "copy a host file in (- for stdin)",
          ("hostfile", "HOSTFILE", None), ("path", "PATH", None))
    _tool(cmds, "get", _get, "copy a file out (- for stdout)",
          ("path", "PATH", None), ("hostfile", "HOSTFILE", None))
    _tool(cmds, "mkdir", _mkdir, "make a directory", ("path", "PATH", None))
    _tool(cmds, "rmdir", _rmdir, "remove an empty directory", ("path", "PATH", None))
    p = _tool(cmds, "rm", _rm, "remove a file", ("path", "PATH", None))
    p.add_argument("-r", dest="recursive", action="store_true", help="remove directories too")
    p = cmds.add_parser("chmod", help="set a file's permission bits")
    p.add_argument("mode", metavar="MODE", help="octal, 0 to 7777 (4000 set-uid, 1000 sticky)")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(run=_chmod)


def _tool(cmds: argparse._SubParsersAction, name: str, run: object, help: str,
          *args: tuple[str, str, str | None]) -> argparse.ArgumentParser:
    p = cmds.add_parser(name, help=help)
    p.add_argument("image", metavar="IMAGE")
    for dest, metavar, nargs in args:
        p.add_argument(dest, metavar=metavar, nargs=nargs)
    p.set_defaults(run=run)
    return p


# --- mkfs ---------------------------------------------------------------------------

def _warn(message: str) -> None:
    print(f"v6 mkfs: warning: {message}", file=sys.stderr)


def _description(args: argparse.Namespace) -> tuple[Spec, int, int | None, bytes]:
    """(root, fsize, isize or None, boot bytes) from --proto, --from or nothing."""
    if args.proto:
        path = Path(args.proto)
        text = path.read_bytes().decode("utf-8", "replace")
        proto = parse_proto(text, path.resolve().parent, where=args.proto)
        boot = proto.boot.read_bytes() if proto.boot else b""
        return proto.root, proto.fsize, proto.isize, boot
    if args.from_dir:
        if not Path(args.from_dir).is_dir():
            raise MkfsError(f"{args.from_dir}: not a directory")
        return tree_from_dir(Path(args.from_dir), _warn), RK05_BLOCKS, None, b""
    return Spec(b"", IFDIR | 0o755), RK05_BLOCKS, None, b""


def _mkfs(args: argparse.Namespace) -> int:
    root, fsize, isize, boot = _description(args)
    fsize = args.blocks if args.blocks is not None else fsize
    if args.inodes is not None:
        isize = -(-args.inodes // INOPB)
    elif isize is None:
        isize = default_isize(fsize)
    check_geometry(fsize, isize)
    if args.interleave < 1:
        raise MkfsError(f"interleave {args.interleave}: must be at least 1")
    if args.time is not None and not 0 <= args.time <= 0xFFFFFFFF:
        raise MkfsError(f"time {args.time}: must fit in 32 bits")
    partial = f"{args.image}.partial"
    dev = BlockDevice.create(partial, fsize)
    try:
        now = fstool.wall_clock() if args.time is None else args.time
        mkfs(dev, root, isize=isize, now=now, boot=boot, interleave=args.interleave)
    except BaseException:
        dev.close()
        os.unlink(partial)
        raise
    dev.close()
    os.replace(partial, args.image)
    return 0


# --- fsck ---------------------------------------------------------------------------

def _summary(image: str, r: Report) -> str:
    return (f"{image}: {r.files} files ({r.dirs} directories, {r.special} special), "
            f"{r.used} blocks in use, {r.free} free")


def _fsck(args: argparse.Namespace) -> int:
    dev = BlockDevice.open(args.image, readonly=not args.repair)
    try:
        found, left = repair(dev) if args.repair else (check(dev),) * 2
    finally:
        dev.close()
    for line in found.problems:
        print(line)
    for note in found.notes:
        print(f"repair: {note}")
    if found.fatal:
        print(f"{args.image}: not a V6 file system; nothing checked")
        return 1
    if left.clean:
        state = "repaired, now clean" if found.problems else "clean"
        print(f"{_summary(args.image, left)}; {state}")
        return 0
    if args.repair:
        print(f"{args.image}: {len(left.problems)} problems remain after repair:")
        for line in left.problems:
            print(line)
    else:
        print(f"{args.image}: {len(left.problems)} problems")
    return 1


# --- fs -------------------------------------------------------------------------------

def _ls(args: argparse.Namespace) -> int:
    for line in fstool.ls(args.image, args.path, long=args.long, show_all=args.show_all):
        print(line)
    return 0


def _cat(args: argparse.Namespace) -> int:
    for path in args.path:
        sys.stdout.buffer.write(fstool.cat(args.image, path))
    sys.stdout.buffer.flush()
    return 0


def _put(args: argparse.Namespace) -> int:
    fstool.put(args.image, args.hostfile, args.path)
    return 0


def _get(args: argparse.Namespace) -> int:
    fstool.get(args.image, args.path, args.hostfile)
    return 0


def _mkdir(args: argparse.Namespace) -> int:
    fstool.mkdir(args.image, args.path)
    return 0


def _rmdir(args: argparse.Namespace) -> int:
    fstool.rmdir(args.image, args.path)
    return 0


def _rm(args: argparse.Namespace) -> int:
    fstool.rm(args.image, args.path, recursive=args.recursive)
    return 0


def _chmod(args: argparse.Namespace) -> int:
    if not re.fullmatch(r"[0-7]+", args.mode) or int(args.mode, 8) > 0o7777:
        raise V6Error(f"{args.mode}: bad mode (octal, 0 to 7777)")
    fstool.chmod(args.image, args.path, int(args.mode, 8))
    return 0
