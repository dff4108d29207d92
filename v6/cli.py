"""New: the ``v6`` command line.

Each area of the system owns its subcommands in its own ``cli`` module
(``v6.pdp11.cli``: as, disasm, strip, pdp11; ``v6.fs.cli``: mkfs, fsck, fs;
``v6.cc.cli``: cc; ``v6.kernel.cli``: exec; ``v6.shell.cli``: run, script, mkroot;
``tui.cli``: tui, web — ``v6`` alone opens the TUI) and adds them here through
``register(subparsers)``; ``v6 bench`` gathers the figures of the areas that
have some through ``register_bench``.
A subcommand's handler returns the exit status.  This module is the one place
that turns failures into one line on stderr: a ``V6Error`` or an ``OSError``
becomes ``v6: <message>`` and exit status 1, never a traceback; anything
else is a bug of ours, reported as ``v6: internal error (...)`` with exit
status 70 (EX_SOFTWARE), and with its traceback only when ``V6_DEBUG`` is set.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from v6.errors import V6Error


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every area's subcommands registered."""
    from v6.cc import cli as cc_cli
    from v6.fs import cli as fs_cli
    from v6.kernel import cli as kernel_cli
    from v6.pdp11 import cli as pdp11_cli
    from v6.shell import cli as shell_cli

    parser = argparse.ArgumentParser(prog="v6", description="Unix Sixth Edition, recreated.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    from tui import cli as tui_cli
    for area in (pdp11_cli, fs_cli, cc_cli, kernel_cli, shell_cli, tui_cli):
        area.register(sub)
    bench = sub.add_parser("bench", help="measure the system's speed")
    what = bench.add_subparsers(dest="bench_command", metavar="WHAT", required=True)
    for area in (pdp11_cli, shell_cli, tui_cli):
        area.register_bench(what)
    return parser


def _describe(exc: OSError) -> str:
    if exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc.strerror or exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``v6`` command; return its exit status (no command: the TUI)."""
    argv = list(sys.argv[1:] if argv is None else argv) or ["tui"]
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except V6Error as exc:
        print(f"v6: {exc}", file=sys.stderr)
    except BrokenPipeError:
        # The reader went away (``v6 disasm x | head``): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        print(f"v6: {_describe(exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print("v6: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last guard: a bug of ours, said in one line
        if os.environ.get("V6_DEBUG"):
            raise
        print(f"v6: internal error ({type(exc).__name__}: {exc}); this is a bug in v6 - "
              "V6_DEBUG=1 shows where", file=sys.stderr)
        return 70
    return 1
