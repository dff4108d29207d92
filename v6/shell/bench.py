"""New: ``v6 bench kernel`` — how fast the kernel serves its processes, in host time.

Four C programs of ``userland/bench`` run under the kernel on an image made
for the purpose, each given a count N: ``getpid`` (N null system calls),
``pingpong`` (N one-byte round trips between two processes over two pipes:
two context switches each), ``forkwait`` (N times fork a child that exits,
and wait for it), ``execself`` (N execs of a small program).  Each is run
with N and with 0 in the same way; the difference of host times over N is
the cost of one, so booting and loading cost nothing in the figure.  Then
the start-up of ``v6 exec`` as a whole process: the host time of
``v6 exec --image IMG -- /bin/echo hi``, on the genuine pack when
``V6_PACK`` names it (or it is found beside the project), else on the
benchmark's image.

Host times are measurements, so they are printed, never tested.
"""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import userland
from v6.cc import link
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFDIR, IFREG
from v6.fs.mkfs import Spec, default_isize, mkfs
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.pdp11.aout import MAGIC_NORMAL, MAGIC_PURE

PROGRAMS = ("getpid", "pingpong", "forkwait", "execself")
COUNTS = {"getpid": 20000, "pingpong": 2000, "forkwait": 300, "execself": 200}
"""N for each program: enough for a second or two of host time."""
GOALS = {"getpid": 100_000, "pingpong": 10_000, "forkwait": 2_000, "execself": None}
"""Per-second goals of issue 16, where it set one."""
LABELS = {"getpid": "null system calls (getpid)", "pingpong": "pipe round trips",
          "forkwait": "fork + exit + wait", "execself": "exec of a small program"}
NOW = 200_000_000


def program(name: str, magic: int = MAGIC_PURE) -> bytes:
    """The a.out of benchmark program ``name`` (userland/bench/NAME.c)."""
    source = userland.path("bench", f"{name}.c").read_text()
    return link.build([(f"{name}.c", source)], magic)


def build_image(path: Path, programs: tuple[str, ...] = PROGRAMS,
                impure: tuple[str, ...] = ()) -> Path:
    """An image with the benchmark programs ``programs`` (of userland/bench) in /bin,
    pure (0410) but for those named in ``impure`` (0407)."""
    work = path.parent
    bins = []
    for name in programs:
        host = work / name
        host.write_bytes(program(name, MAGIC_NORMAL if name in impure else MAGIC_PURE))
        bins.append(Spec(name.encode(), IFREG | 0o755, source=host))
    root = Spec(b"", IFDIR | 0o755, children=[
        Spec(b"bin", IFDIR | 0o755, children=bins), Spec(b"tmp", IFDIR | 0o777)])
    dev = BlockDevice.create(path, 1000)
    try:
        mkfs(dev, root, isize=default_isize(1000), now=NOW)
    finally:
        dev.close()
    return path


def timed(image: Path, argv: list[str]) -> tuple[float, int, int]:
    """Host seconds, simulated ns and wait status of one run of ``argv`` (boot included)."""
    k = Kernel(image)
    io = HostStream.buffer()
    start = time.perf_counter()
    status = run_program(k, argv, stdio=[io, io, io])
    host, sim = time.perf_counter() - start, k.m.clock.ns
    k.shutdown()       # its sync waits for the platter: not part of the run
    return host, sim, status


def per_second(image: Path, name: str, n: int, runs: int) -> tuple[float, float]:
    """Operations per host second and per simulated second of program ``name``."""
    rates, sim = [], []
    for _ in range(runs):
        full, full_ns, _ = timed(image, [f"/bin/{name}", str(n)])
        empty, empty_ns, _ = timed(image, [f"/bin/{name}", "0"])
        rates.append(n / max(full - empty, 1e-9))
        sim.append(n / max((full_ns - empty_ns) / 1e9, 1e-9))
    return statistics.median(rates), statistics.median(sim)


def genuine_pack_file() -> Path | None:
    """The genuine pack (``$V6_PACK``, or ``shared/v6/v6root.img.gz`` beside the project)."""
    named = os.environ.get("V6_PACK")
    if named:
        return Path(named)
    beside = Path(__file__).resolve().parents[2].parent / "shared" / "v6" / "v6root.img.gz"
    return beside if beside.is_file() else None


def unpacked(pack: Path, where: Path) -> Path:
    """A copy of ``pack`` (gunzipped if it is a .gz) in the directory ``where``."""
    image = where / "pack.img"
    data = pack.read_bytes()
    image.write_bytes(gzip.decompress(data) if pack.suffix == ".gz" else data)
    return image


def exec_startup(image: Path, runs: int) -> tuple[float, str]:
    """Median host seconds of ``v6 exec ... /bin/echo hi`` as a process, and on what image."""
    pack, what = genuine_pack_file(), "the benchmark image"
    if pack is not None:
        image = unpacked(pack, image.parent)
        what = "the genuine pack"
    argv = [sys.executable, "-m", "v6", "exec", "--image", str(image), "--",
            "/bin/echo" if pack else "/bin/getpid", "hi" if pack else "0"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), what


def main(runs: int = 3) -> int:
    """Print the kernel's figures."""
    with tempfile.TemporaryDirectory() as tmp:
        image = build_image(Path(tmp) / "bench.img")
        timed(image, ["/bin/getpid", "10"])   # warm-up: translate the programs once
        print(f"{'what':<30} {'per host second':>16} {'per simulated second':>22} {'goal':>8}")
        for name in PROGRAMS:
            host, sim = per_second(image, name, COUNTS[name], runs)
            goal = f"{GOALS[name]:,}" if GOALS[name] else ""
            print(f"{LABELS[name]:<30} {host:>16,.0f} {sim:>22,.0f} {goal:>8}")
        seconds, what = exec_startup(image, runs)
        print(f"v6 exec ... /bin/echo hi as a whole process, on {what}: "
              f"{seconds:.3f} s (goal 0.4 s)")
    return 0
