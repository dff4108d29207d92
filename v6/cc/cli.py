"""New: the ``v6 cc`` subcommand (registered by ``v6.cli``).

``v6 cc FILE... [-o OUT] [-S] [-c] [-N] [-I DIR] [-D NAME[=VAL]]``

- Sources are ``.c`` files (compiled) and ``.s`` files (assembled with the
  program as they are).
- Default: compile, link with crt0 and the libc modules the program uses,
  write the a.out ``OUT`` (``a.out`` unless ``-o``): pure text (0410), or
  0407 (text and data together, writable) with ``-N``.
- ``-S``: stop after compiling; write ``FILE.s`` beside each ``FILE.c`` (or
  to ``OUT`` when there is one source).
- ``-c``: compile and assemble each source alone into an object ``FILE.o``
  (an 0407 a.out whose undefined symbols are its externals) — for looking
  at, since programs are linked from their sources.

Bad programs are reported as ``file:line:col: message`` (exit status 1).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from v6.errors import V6Error


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    p = sub.add_parser("cc", help="compile C programs for V6",
                       description="Compile C (and assembler) sources into a V6 a.out.")
    p.add_argument("files", nargs="+", metavar="FILE", help=".c and .s sources")
    p.add_argument("-o", dest="output", metavar="OUT", help="output file (default a.out)")
    p.add_argument("-S", dest="asm_only", action="store_true",
                   help="write assembler (FILE.s) and stop")
    p.add_argument("-c", dest="object_only", action="store_true",
                   help="write an object (FILE.o) for each source and stop")
    p.add_argument("-N", dest="impure", action="store_true",
                   help="0407 output: text not pure (default 0410)")
    p.add_argument("-I", dest="include", action="append", default=[], metavar="DIR",
                   help="search DIR for #include files")
    p.add_argument("-D", dest="define", action="append", default=[], metavar="NAME[=VAL]",
                   help="define a macro")
    p.set_defaults(run=run)


def _read(path: str) -> str:
    return Path(path).read_text(encoding="latin-1")


def run(args: argparse.Namespace) -> int:
    """Compile, assemble or link as the options say; return the exit status."""
    from v6.cc import link

    for f in args.files:
        if not f.endswith((".c", ".s")):
            raise V6Error(f"{f}: not a .c or .s source (objects cannot be linked; "
                          "give the sources)")
    if (args.asm_only or args.object_only) and args.output and len(args.files) > 1:
        raise V6Error("-o with -S or -c takes one source")
    units = link.units_of([(f, _read(f)) for f in args.files], args.include, args.define)
    if args.asm_only:
        for f, u in zip(args.files, units, strict=True):
            if f.endswith(".c"):
                Path(args.output or f[:-2] + ".s").write_text(u.text, encoding="latin-1")
        return 0
    if args.object_only:
        from v6.pdp11 import asm

        for f, u in zip(args.files, units, strict=True):
            obj = asm.assemble([(f, u.text)], allow_undefined=True)
            Path(args.output or f[:-2] + ".o").write_bytes(obj.to_bytes())
        return 0
    out = args.output or "a.out"
    Path(out).write_bytes(link.link(units, 0o407 if args.impure else 0o410))
    os.chmod(out, 0o755)
    return 0
