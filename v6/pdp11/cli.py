"""New: the ``v6`` subcommands of this area (registered by ``v6.cli``).

The toolchain: ``v6 as [-s] [-u] FILE... [-o OUT]`` (V6's ``as``; ``-`` is
accepted for ``-u`` as V6 spelled it; output ``a.out`` by default, made
executable when nothing is left undefined, as V6 did), ``v6 disasm FILE``
(a listing of an a.out) and ``v6 strip FILE`` (in place: symbols and
relocation removed, the magic kept, as V6's strip(1), which the manual says
does what ``ld -s`` does).  Every error reaches the user as ``v6: ...``
lines on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys

from v6.errors import V6Error
from v6.pdp11 import aout
from v6.pdp11.asm import AsmError, assemble
from v6.pdp11.disasm import listing


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    _register_toolchain(sub)


# --- as, disasm, strip -----------------------------------------------------------

def _register_toolchain(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("as", help="assemble V6 assembler sources into an a.out")
    p.add_argument("files", nargs="+", metavar="FILE", help="sources, one assembly in this order")
    p.add_argument("-o", dest="output", default="a.out", metavar="OUT", help="output (default a.out)")
    p.add_argument("-u", dest="undefined", action="store_true",
                   help="make undefined symbols undefined externals (V6: as -)")
    p.add_argument("-s", dest="strip", action="store_true", help="write the stripped form")
    p.set_defaults(run=_run_as)
    p = sub.add_parser("disasm", help="list an a.out in assembler syntax")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_run_disasm)
    p = sub.add_parser("strip", help="remove symbols and relocation from an a.out, in place")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=_run_strip)


def _run_as(args: argparse.Namespace) -> int:
    names = [name for name in args.files if name != "-"]
    if not names:
        raise V6Error("as: no source files")
    sources = []
    for name in names:
        with open(name, encoding="latin-1") as f:
            sources.append((name, f.read()))
    try:
        program = assemble(sources, allow_undefined=args.undefined or "-" in args.files)
    except AsmError as exc:
        for message in exc.errors[:-1]:
            print(f"v6: {message}", file=sys.stderr)
        raise V6Error(exc.errors[-1]) from None
    complete = not any(s.type == aout.SYM_EXT for s in program.symbols)
    if args.strip:
        program = program.stripped()
    with open(args.output, "wb") as f:
        f.write(program.to_bytes())
    os.chmod(args.output, 0o755 if complete else 0o644)
    return 0


def _run_disasm(args: argparse.Namespace) -> int:
    sys.stdout.write(listing(aout.load(args.file)))
    return 0


def _run_strip(args: argparse.Namespace) -> int:
    program = aout.load(args.file).stripped()
    with open(args.file, "wb") as f:
        f.write(program.to_bytes())
    return 0
