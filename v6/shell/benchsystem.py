"""New: ``v6 bench system`` — what a person at the terminal waits for.

Each figure is one thing a user does, timed twice: host ms (this Python's
wall clock, a measurement) and simulated ms (the machine's own time,
deterministic).  Every row starts from a fresh copy of the image:

- boot to ``login:`` on the console, then to the shell's prompt after root
  logs in;
- ``ls -l /bin | wc`` and a five-stage pipeline typed at the shell;
- every transcript of the project's suite (``tests/transcripts``, when
  the source tree is beside the installed package), each from its own fresh
  copy: the total, the median and the slowest.

Then, when the genuine 1975 pack is found (``V6_PACK``, or beside the
project), the session of issue 17 as one whole ``v6 run`` process, boot and
login included: ``root``, ``stty cr0``, ``ls -l /bin | wc``, ``echo hi
there``, ``ls -l /bin``, ``date`` — which SIMH runs in 0.17 s.

The goals (a 2-core machine): boot under 0.5 s, ``ls -l /bin | wc`` under
0.2 s, each transcript under 1 s, the pack's session under 1 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from v6.shell import bench, mkroot, transcript
from v6.shell.session import Session
from v6.shell.system import System

PIPELINES = ("ls -l /bin | wc", "ls /bin | sort -r | cat | cat | wc")
TRANSCRIPTS = Path(__file__).resolve().parents[2] / "tests" / "transcripts"


def _copy(image: Path | None, tmp: Path) -> Path:
    dest = tmp / "bench.img"
    if image is None:
        return mkroot.fresh_copy(dest)
    dest.write_bytes(image.read_bytes())
    return dest


def _clocked(system: System, step: Callable[[], object]) -> tuple[float, float]:
    """Host ms and simulated ms that ``step`` takes on ``system``."""
    sim, start = system.k.m.clock.ns, time.perf_counter()
    step()
    return (time.perf_counter() - start) * 1e3, (system.k.m.clock.ns - sim) / 1e6


def boot_rows(image: Path | None) -> list[tuple[str, float, float]]:
    """Boot to ``login:``, then log root in: two rows."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = _copy(image, Path(tmp))
        start = time.perf_counter()
        system = System(copy)
        system.boot()
        session = Session(system, login=False)
        session.await_login()
        rows = [("boot to login:", (time.perf_counter() - start) * 1e3,
                 system.k.m.clock.ns / 1e6)]
        rows.append(("root logs in, to the prompt", *_clocked(system, session.log_in)))
        system.shutdown()
    return rows


def pipeline_rows(image: Path | None) -> list[tuple[str, float, float]]:
    """Each of ``PIPELINES`` typed at the shell of a fresh system."""
    rows = []
    for line in PIPELINES:
        with tempfile.TemporaryDirectory() as tmp:
            session = Session.boot(_copy(image, Path(tmp)))
            rows.append((line, *_clocked(session.system, lambda s=session, c=line: s.command(c))))
            session.system.shutdown()
    return rows


def transcript_rows(image: Path | None) -> list[tuple[str, float, float]]:
    """The transcript suite, each on a fresh copy: total, median and slowest."""
    files = sorted(TRANSCRIPTS.rglob("*.t")) if TRANSCRIPTS.is_dir() else []
    if not files:
        return []
    times = []
    for path in files:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            transcript.run(transcript.parse(path.read_text(), path.name), _copy(image, Path(tmp)))
            times.append(((time.perf_counter() - start) * 1e3, path.name))
    host = [t for t, _ in times]
    slowest = max(times)
    return [(f"{len(files)} transcripts, in all", sum(host), float("nan")),
            ("a transcript, median", statistics.median(host), float("nan")),
            (f"slowest: {slowest[1]}", slowest[0], float("nan"))]


PACK_SESSION = b"root\nstty cr0\nls -l /bin | wc\necho hi there\nls -l /bin\ndate\n"


def pack_rows() -> list[tuple[str, float, float]]:
    """The genuine pack's session as one ``v6 run`` process (host ms only)."""
    pack = bench.genuine_pack_file()
    if pack is None:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        image = bench.unpacked(pack, Path(tmp))
        argv = [sys.executable, "-m", "v6", "run", "--image", str(image)]
        start = time.perf_counter()
        subprocess.run(argv, input=PACK_SESSION, check=True, stdout=subprocess.DEVNULL)
        host = (time.perf_counter() - start) * 1e3
    return [("the pack's session, one v6 run process", host, float("nan"))]


def main(image: Path | None = None) -> int:
    """Print the table."""
    rows = boot_rows(image) + pipeline_rows(image) + transcript_rows(image) + pack_rows()
    print(f"{'what':<44} {'host ms':>9} {'simulated ms':>13}")
    for what, host, sim in rows:
        shown = "" if sim != sim else f"{sim:>13,.1f}"
        print(f"{what:<44} {host:>9,.0f} {shown:>13}")
    return 0
