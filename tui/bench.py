"""New: ``v6 bench tui`` — how long a key takes to echo on the TUI's screen while the machine is busy.

The app runs as ``v6 tui`` runs it (its runner thread, real-time pacing,
the interpreter), headless, on a fresh copy of the default image with two
programs of ``userland/bench`` added: ``spin`` (a loop that never ends) and
``bomb`` (a fork bomb, bounded by NPROC).  For each load — none, ``spin``
on every terminal, the fork bomb — root logs in on every terminal, the
load starts, and keys are typed on the console at a typist's pace; each
is timed from the key press until its echo is on the console's teletype
(the V6 tty driver echoes as the character arrives, so no process of the
guest needs to run for it).  The goal is 100 ms at most.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from textual import events

from tui.app import V6App
from tui.cli import make_app
from v6.fs import ops
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT
from v6.shell import bench, mkroot

GOAL_MS = 100
KEYS = 20
"""Keys typed under each load."""
PACE_S = 0.15
"""Seconds between two keys: a quick typist."""
SETTLE_S = 1.0
"""Seconds a load runs before the first key."""
WAIT_S = 60.0
"""How long a login or an echo may take before the benchmark gives up."""
CONSOLE = "tty8"
LOADS: dict[str, Callable[[str], str | None]] = {
    "idle": lambda tty: None,
    "spin on every terminal": lambda tty: "spin &" if tty == CONSOLE else "spin",
    "fork bomb (NPROC)": lambda tty: "bomb" if tty == "tty0" else None,
}
"""Each load: what is typed on each terminal after root's login (None: nothing)."""


def _image(tmp: Path) -> Path:
    image = mkroot.fresh_copy(tmp / "root.img")
    with Fsys.open_image(image) as fsys:
        for name in ("spin", "bomb"):
            ops.write_file(fsys, f"/bin/{name}", bench.program(name), 0o755, ROOT)
    return image


async def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} after {WAIT_S:.0f} s")
        await asyncio.sleep(0.005)


async def _log_in(app: V6App, pilot: object, tty: str) -> None:
    tele = app.teletypes[tty]
    app.choose_terminal(tty)
    await _until(lambda: tele.text.rstrip().endswith("login:"), f"login: on {tty}")
    await pilot.press(*"root", "enter")
    await _until(lambda: tele.text.rstrip().endswith("#"), f"root's prompt on {tty}")


async def _echoes(app: V6App, pilot: object) -> list[float]:
    """Seconds from each key press to its echo on the console."""
    tele = app.teletypes[CONSOLE]
    app.choose_terminal(CONSOLE)
    seconds = []
    for _ in range(KEYS):
        before = tele.text.count("x")
        start = time.perf_counter()
        # As the terminal driver delivers a key (the pilot's press would
        # also wait for every widget to be idle, which is not what a person sees).
        app.post_message(events.Key("x", "x"))
        await _until(lambda: tele.text.count("x") > before, "echo")  # noqa: B023 - awaited here
        seconds.append(time.perf_counter() - start)
        await asyncio.sleep(PACE_S)
    return seconds


async def _one_load(image: Path, load: Callable[[str], str | None]) -> tuple[list[float], int]:
    app = make_app(image)
    async with app.run_test(size=(100, 30)) as pilot:
        for tty in app.terminals:
            await _log_in(app, pilot, tty)
        for tty in app.terminals:
            line = load(tty)
            if line is not None:
                app.choose_terminal(tty)
                await pilot.press(*line, "enter")
        await asyncio.sleep(SETTLE_S)
        seconds = await _echoes(app, pilot)
        return seconds, len(app.runner.latest.procs)


def main() -> int:
    """Print the echo delays under each load (and the processes there were); 0."""
    print(f"v6 bench tui: a key typed on the console until its echo shows ({KEYS} keys a load, "
          f"goal {GOAL_MS} ms)")
    print(f"{'load':<24}{'procs':>6}{'median ms':>10}{'90% ms':>9}{'max ms':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, load in LOADS.items():
            seconds, procs = asyncio.run(_one_load(_image(Path(tmp)), load))
            ms = sorted(1000 * s for s in seconds)
            print(f"{name:<24}{procs:>6}{statistics.median(ms):>10.0f}"
                  f"{ms[int(0.9 * (len(ms) - 1))]:>9.0f}{ms[-1]:>9.0f}")
    return 0
