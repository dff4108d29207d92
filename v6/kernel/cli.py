"""New: the kernel's ``v6`` subcommands: ``v6 exec`` and ``v6 bench kernel`` (see ``bench``).

``v6 exec --image IMG [--cwd DIR] [--uid N] [--gid N] [--core KB]
[--time-limit S] -- PROG [ARG...]`` boots the kernel on the V6 file system
image IMG (without init) and runs PROG from it with ``argv[0]`` = PROG, as
that user, in that directory, descriptors 0, 1 and 2 open on the host's
standard input, output and error.  The exit status is PROG's, or 128 + N
when signal N killed it.  Its children may outlive it; ``v6 exec`` returns
when every process has exited, then syncs IMG.  ``--time-limit`` kills
everything still running after S seconds of simulated time (status 137 if
PROG was among them).  ``--trace`` prints every system call with its
arguments and result on stderr (``[pid] read(0, 0177000, 512) = 12``).
When every process waits for something that cannot
happen (a pipe nobody will write), they are killed the same way, with a
message.

The image is used in place (what the programs write lands in it), and grows
to hold the swap area after the file system when a process is first swapped
(see ``v6.kernel.main``).
"""

from __future__ import annotations

import argparse
import sys

from v6.kernel.events import Event, Syscall
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.kernel.sched import Outcome
from v6.param import ENGINE
from v6.signals import SIGKIL

NS_PER_S = 1_000_000_000


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``v6 exec`` to the ``v6`` parser."""
    ex = sub.add_parser("exec", help="run a program from a V6 disk image on the kernel",
                        description="Boot the kernel on IMG without init and run PROG from it, "
                        "with the host's stdin, stdout and stderr as descriptors 0, 1, 2.")
    ex.add_argument("--image", required=True, help="the V6 file system image to boot")
    ex.add_argument("--cwd", default="/", help="working directory in the image (default /)")
    ex.add_argument("--uid", type=int, default=0, help="user id (default 0, root)")
    ex.add_argument("--gid", type=int, default=0, help="group id (default 0)")
    ex.add_argument("--core", type=int, metavar="KB", help="physical core in KB (default 256)")
    ex.add_argument("--time-limit", type=float, metavar="S",
                    help="kill everything after S seconds of simulated time")
    ex.add_argument("--engine", choices=("translate", "interp"), default=ENGINE)
    ex.add_argument("--trace", action="store_true",
                    help="print each system call and its result on stderr")
    ex.add_argument("argv", nargs=argparse.REMAINDER, metavar="-- PROG [ARG...]")
    ex.set_defaults(run=_exec)


def exit_code(status: int) -> int:
    """A V6 wait status as a shell's exit status (128 + N for a death by signal N)."""
    return 128 + (status & 0o177) if status & 0o177 else status >> 8 & 0o377


def run_program(k: Kernel, argv: list[str], *, cwd: str = "/", uid: int = 0, gid: int = 0,
                stdio: list[HostStream] | None = None, time_limit: float | None = None) -> int:
    """Run ``argv`` as process 1 until every process has exited; its wait status."""
    streams = stdio if stdio is not None else [HostStream.fd(n) for n in range(3)]
    p = k.start(argv, cwd=cwd, uid=uid, gid=gid, stdio=streams)
    deadline = None if time_limit is None else k.m.clock.ns + int(time_limit * NS_PER_S)
    until = None if deadline is None else (lambda: k.m.clock.ns >= deadline)
    while True:
        outcome = k.run(until)
        if outcome is Outcome.DONE:
            break
        if outcome is Outcome.IDLE:
            print("v6: every process waits for something that cannot happen; killing them",
                  file=sys.stderr)
        k.kill_all(SIGKIL)
        until = None
    return k.exit_status.get(p.pid, SIGKIL)


def _print_syscall(event: Event) -> None:
    if isinstance(event, Syscall):
        print(f"[{event.pid}] {event.text}", file=sys.stderr)


def _exec(args: argparse.Namespace) -> int:
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    if not argv:
        raise SystemExit("v6 exec: no program given (v6 exec --image IMG -- PROG [ARG...])")
    kw = {} if args.core is None else {"core": args.core * 1024}
    k = Kernel(args.image, engine=args.engine, **kw)
    if args.trace:
        k.bus.trace_syscalls = True
        k.bus.subscribe(_print_syscall)
    try:
        status = run_program(k, argv, cwd=args.cwd, uid=args.uid, gid=args.gid,
                             time_limit=args.time_limit)
    finally:
        k.shutdown()
    return exit_code(status)
