"""New: ``v6 tui``, ``v6 web``, and ``v6`` with no arguments.

- ``v6 tui [--image IMG] [--model NAME] [--strict] [--ttys N] [--core KB]``
  opens the TUI on IMG (used in place), or on a fresh copy of the default
  root image when no image is given.  ``v6`` alone does the same.
- ``v6 web [--port N] [same options]`` serves that app to a browser on
  localhost through textual-serve: each browser session runs its own
  ``v6 tui`` (so, without ``--image``, its own fresh copy of the default
  image).

``v6 run`` stays the plain-terminal way in.  Quitting syncs the disk.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

from v6.param import ENGINE


def _options(p: argparse.ArgumentParser) -> None:
    from v6.kernel.creation import MODELS
    p.add_argument("--image", help="a V6 disk image to boot (used in place)")
    p.add_argument("--model", choices=sorted(MODELS), help="the process-creation model to start "
                   "with (default forkexec)")
    p.add_argument("--strict", action="store_true",
                   help="only the current model's calls work (the others fail with EMODEL)")
    p.add_argument("--ttys", type=int, default=4, help="DH11 terminal lines (default 4)")
    p.add_argument("--core", type=int, metavar="KB", help="physical core in KB (default 256; "
                   "64 makes swapping happen)")
    p.add_argument("--engine", choices=("interp", "translate"), default=ENGINE,
                   help="how the CPU runs: the interpreter (default: it starts every program at "
                   "once) or the block translator (faster once each program's code is compiled)")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``v6 tui`` and ``v6 web`` to the ``v6`` parser."""
    tui = sub.add_parser("tui", help="open the Textual TUI on a V6 image",
                         description="Boot IMG (a fresh copy of the default root image if none "
                         "is given) and show its terminals, processes, core and file system.")
    _options(tui)
    tui.set_defaults(run=run_tui)
    web = sub.add_parser("web", help="serve the TUI to a browser on localhost",
                         description="Serve `v6 tui` with the same options through "
                         "textual-serve on http://localhost:PORT.")
    web.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    _options(web)
    web.set_defaults(run=run_web)


def register_bench(what: argparse._SubParsersAction) -> None:
    """Add ``v6 bench tui`` (see ``tui.bench``)."""
    tui = what.add_parser("tui", help="how long a typed key takes to echo on the TUI, idle, with "
                          "a CPU-bound loop on every terminal, and under a fork bomb")
    tui.set_defaults(run=_bench_tui)


def _bench_tui(args: argparse.Namespace) -> int:
    from tui import bench
    return bench.main()


def make_app(image: str | Path, *, model: str | None = None, strict: bool = False,
             ttys: int = 4, core: int | None = None, engine: str = ENGINE,
             threaded: bool = True) -> object:
    """The app over a new system booting ``image`` (core in KB)."""
    from tui.app import V6App
    from v6.shell.control import Control
    from v6.shell.system import System
    kw = {} if core is None else {"core": core * 1024}
    system = System(image, ttys=ttys, engine=engine, **kw)
    system.set_model(model, strict)
    return V6App(Control(system), threaded=threaded)


def run_tui(args: argparse.Namespace) -> int:
    """``v6 tui`` with its parsed arguments."""
    opts = {"model": args.model, "strict": args.strict, "ttys": args.ttys, "core": args.core,
            "engine": args.engine}
    if args.image is not None:
        make_app(args.image, **opts).run()
        return 0
    from v6.shell import mkroot
    with tempfile.TemporaryDirectory() as tmp:
        make_app(mkroot.fresh_copy(Path(tmp) / "root.img"), **opts).run()
    return 0


def web_command(args: argparse.Namespace) -> str:
    """The command line each browser session runs."""
    argv = [sys.executable, "-m", "v6", "tui", "--ttys", str(args.ttys), "--engine", args.engine]
    for flag, value in (("--image", args.image), ("--model", args.model),
                        ("--core", args.core)):
        if value is not None:
            argv += [flag, str(value)]
    if args.strict:
        argv.append("--strict")
    return shlex.join(argv)


def run_web(args: argparse.Namespace) -> int:
    """``v6 web``: serve the TUI on localhost until interrupted."""
    from textual_serve.server import Server
    print(f"v6: serving the TUI on http://localhost:{args.port} (Ctrl-C stops)")
    Server(web_command(args), host="localhost", port=args.port, title="v6").serve()
    return 0
