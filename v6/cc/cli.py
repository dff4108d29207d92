"""New: the ``v6 cc`` subcommand (registered by ``v6.cli``).

``v6 cc FILE... [-o OUT] [-S] [-c] [-N] [-I DIR] [-D NAME[=VAL]]``

- Inputs are ``.c`` files (compiled, then assembled), ``.s`` files
  (assembled) and ``.o`` objects (taken as they are).
- Default: make each input an object, link them with ld after crt0 and
  before libc, searched for the modules the program uses; write the a.out
  ``OUT`` (``a.out`` unless ``-o``): pure text (0410), or 0407 (text and
  data together, writable) with ``-N``.
- ``-S``: stop after compiling, before assembling; write ``FILE.s`` beside
  each ``FILE.c`` (or to ``OUT`` when there is one source).
- ``-c``: compile and assemble each source alone into an object ``FILE.o``
  (an 0407 a.out with its relocation; undefined symbols are its externals),
  to be linked later by ``v6 cc`` or ``v6 ld``.

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
                       description="Compile C (and assembler) sources and link them with objects into a V6 a.out.")
    p.add_argument("files", nargs="+", metavar="FILE", help=".c and .s sources, .o objects")
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


def run(args: argparse.Namespace) -> int:
    """Compile, assemble or link as the options say; return the exit status."""
    from v6.cc import link

    for f in args.files:
        if not f.endswith((".c", ".s", ".o")):
            raise V6Error(f"{f}: not a .c or .s source or a .o object")
    sources = [f for f in args.files if not f.endswith(".o")]
    if args.asm_only or args.object_only:
        if args.output and len(sources) > 1:
            raise V6Error("-o with -S or -c takes one source")
        if len(sources) < len(args.files):
            raise V6Error("-S and -c take sources, not objects")
    if args.asm_only:
        for i, f in enumerate(args.files):
            if f.endswith(".c"):
                c = link.compile_source(f, Path(f).read_bytes(), i, args.include, args.define)
                Path(args.output or f[:-2] + ".s").write_text(c.text, encoding="latin-1")
        return 0
    inputs = link.objects_of([(f, Path(f).read_bytes()) for f in args.files], args.include,
                             args.define)
    if args.object_only:
        for f, i in zip(args.files, inputs, strict=True):
            Path(args.output or f[:-2] + ".o").write_bytes(i.object.aout.to_bytes())
        return 0
    out = args.output or "a.out"
    Path(out).write_bytes(link.link(inputs, 0o407 if args.impure else 0o410))
    os.chmod(out, 0o755)
    return 0
