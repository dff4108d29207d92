"""New: the shell area's ``v6`` subcommands: ``v6 run`` (see ``run``), ``v6 mkroot`` (see
``mkroot``) and ``v6 script`` (see ``transcript``)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from v6.param import ENGINE


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the ``v6`` parser."""
    run = sub.add_parser("run", help="boot a V6 image and use it from this terminal",
                         description="Boot IMG (a fresh copy of the default root image if "
                         "none is given) and connect this terminal to its console.")
    run.add_argument("--image", help="a V6 disk image to boot (used in place)")
    run.add_argument("--ttys", type=int, default=4, help="DH11 terminal lines (default 4)")
    run.add_argument("--core", type=int, metavar="KB", help="physical core in KB (default 256)")
    run.add_argument("--switches", type=lambda s: int(s, 8), default=0, metavar="OCTAL",
                     help="the console switch register (0173030 boots single-user)")
    run.add_argument("--listen", metavar="[HOST:]PORT",
                     help="give each TCP connection to this address a terminal line")
    run.add_argument("--engine", choices=("translate", "interp"), default=ENGINE)
    _model_options(run)
    run.set_defaults(run=_run)
    mkroot = sub.add_parser("mkroot", help="build the default root image from userland/",
                            description="Build the default root image (into IMAGE, or into "
                            "the cache, whose path is printed).")
    mkroot.add_argument("image", nargs="?", help="where to write it (default: the cache)")
    mkroot.set_defaults(run=_mkroot)
    script = sub.add_parser("script", help="run transcripts (*.t) and show what differs",
                            description="Run each transcript on a fresh copy of IMG (default: "
                            "the default root image); exit 0 when every command's output "
                            "matches, else print a unified diff per command and exit 1.")
    script.add_argument("files", nargs="+", metavar="FILE.t")
    script.add_argument("--image", help="the image to copy for each transcript")
    _model_options(script)
    script.set_defaults(run=_script)


def register_bench(what: argparse._SubParsersAction) -> None:
    """Add ``v6 bench kernel``, ``models``, ``system`` and ``cpu`` (see ``cpubench``)."""
    kernel = what.add_parser("kernel", help="system calls, pipe round trips, fork, exec per second")
    kernel.add_argument("--runs", type=int, default=3, help="timed runs of each (median)")
    kernel.set_defaults(run=lambda args: _bench_kernel(args.runs))
    models = what.add_parser("models", help="Figure 1 of the fork paper: the cost of one "
                             "creation by each model against the parent's image size")
    models.add_argument("-n", type=int, default=10, help="creations per point (default 10)")
    models.set_defaults(run=lambda args: _bench_models(args.n))
    system = what.add_parser("system", help="boot, pipelines and the transcript suite, as a "
                             "user waits for them (host and simulated ms)")
    system.add_argument("--image", help="a V6 image (default: the default root image)")
    system.set_defaults(run=lambda args: _bench_system(args.image))
    cpu = what.add_parser("cpu", help="instructions per second on each engine: "
                          "the machine's loop, and C programs under the kernel")
    cpu.add_argument("--engine", choices=("interp", "translate"),
                     help="one engine only (default: both, side by side)")
    cpu.add_argument("--runs", type=int, default=5, help="timed runs after the warm-up")
    cpu.set_defaults(run=_bench_cpu)


def _bench_kernel(runs: int) -> int:
    from v6.shell import bench
    return bench.main(max(1, runs))


def _bench_system(image: str | None) -> int:
    from pathlib import Path

    from v6.shell import benchsystem
    return benchsystem.main(Path(image) if image else None)


def _bench_models(n: int) -> int:
    from v6.shell import benchmodels
    return benchmodels.main(n)


def _bench_cpu(args: argparse.Namespace) -> int:
    from v6.shell import cpubench
    engines = [args.engine] if args.engine else ["interp", "translate"]
    return cpubench.main(engines, max(1, args.runs))


def _model_options(p: argparse.ArgumentParser) -> None:
    from v6.kernel.creation import MODELS
    p.add_argument("--model", choices=sorted(MODELS),
                   help="the process-creation model to start with (default forkexec)")
    p.add_argument("--strict", action="store_true",
                   help="only the current model's calls work (the others fail with EMODEL)")
    p.add_argument("--events", metavar="FILE",
                   help="write every kernel event to FILE, one JSON object a line")


def _run(args: argparse.Namespace) -> int:
    from v6.shell import run
    if args.image is not None:
        return run.main(args)
    # Imported here: it brings the C compiler, which only building the image needs.
    from v6.shell import mkroot
    with tempfile.TemporaryDirectory() as tmp:
        args.image = str(mkroot.fresh_copy(Path(tmp) / "root.img"))
        return run.main(args)


def _script(args: argparse.Namespace) -> int:
    from v6.shell import transcript
    image = Path(args.image) if args.image else None
    failed = 0
    options = transcript.Options(args.model, args.strict, args.events)
    for name in args.files:
        failures = transcript.run_file(Path(name), image, options)
        for f in failures:
            sys.stdout.write(f.diff)
        print(f"{name}: {'ok' if not failures else f'{len(failures)} command(s) differ'}")
        failed += bool(failures)
    return 1 if failed else 0


def _mkroot(args: argparse.Namespace) -> int:
    from v6.shell import mkroot
    if args.image is None:
        print(mkroot.default_image())
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        mkroot.build(Path(args.image), Path(tmp))
    return 0
