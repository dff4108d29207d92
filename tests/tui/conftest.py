"""Fixtures of the TUI's tests: the genuine pack made ready for several users, and the app over it.

The pack enables only the console in /etc/ttys and has no /dev/tty0..3;
``pack_image`` adds them and enables them (as an administrator of 1975
would have), and puts two programs of ours in /bin: ``spin`` (a CPU-bound
loop, tests/kernel/programs/spin.c) and ``launch`` (runs a command in a
child made by the current creation model, programs/launch.c).  The app
runs without its thread (``threaded=False``): a test advances the system
itself, so everything happens in simulated time, the same every run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests import v6record
from tests.kernel.helpers import program
from tui.app import V6App
from tui.cli import make_app
from v6.cc import link
from v6.fs import ops
from v6.fs.fsys import Fsys
from v6.fs.layout import IFCHR
from v6.fs.namei import ROOT
from v6.fs.rdwri import writei
from v6.shell.control import Control

LINES = 4
"""DH11 lines the tests' pack has and enables."""
PROGRAMS = Path(__file__).parent / "programs"


@pytest.fixture(scope="session")
def launch_aout() -> bytes:
    return link.build([("launch.c", (PROGRAMS / "launch.c").read_text())])


@pytest.fixture
def pack_image(v6root_bytes, launch_aout, tmp_path) -> Path:
    """The pack with its DH11 lines made and enabled, /bin/spin and /bin/launch."""
    image = tmp_path / "pack.img"
    image.write_bytes(v6root_bytes)
    with Fsys.open_image(image, now=lambda: v6record.V6_TIME) as fsys:
        ip = ops.open_file(fsys, "/etc/ttys", ROOT, write=True)
        ttys = bytearray(ops.read_file(ip))
        for i in range(LINES):
            ops.mknod(fsys, f"/dev/tty{i}", IFCHR | 0o622, 4 << 8 | i, ROOT)
            ttys[4 * i] = ord("1")          # "000\n" -> "100\n"
        writei(ip, 0, bytes(ttys))
        fsys.inodes.iput(ip)
        ops.write_file(fsys, "/bin/spin", program("spin"), 0o755, ROOT)
        ops.write_file(fsys, "/bin/launch", launch_aout, 0o755, ROOT)
    return image


@pytest.fixture
def app(pack_image) -> V6App:
    """The app over the pack, not yet running, simulated time running ahead of the clock."""
    a = make_app(pack_image, engine="interp", threaded=False)
    a.control.set_real_time(False)
    return a


def reading(terminal: str) -> Callable[[Control], bool]:
    """The shell (or getty) waits to read ``terminal`` and all output has gone."""
    def check(control: Control) -> bool:
        tp = control.system.terminals[terminal]
        return control.system.waiting(tp) and not tp.outq
    return check


async def settle(pilot, until: Callable[[Control], bool]) -> None:
    """Run the system until ``until``, then let the screen catch up."""
    app = pilot.app
    app.runner.advance(until)
    app.tick()
    await pilot.pause()


async def login(pilot, terminal: str = "tty8") -> None:
    """Log root in on ``terminal`` (chosen and typed on as a person would)."""
    app = pilot.app
    app.choose_terminal(terminal)
    await settle(pilot, reading(terminal))
    await pilot.press(*"root", "enter")
    await settle(pilot, reading(terminal))


async def command(pilot, line: str, terminal: str = "tty8") -> str:
    """Type ``line`` and RETURN on the shown terminal; what its paper shows after."""
    tele = pilot.app.teletypes[terminal]
    before = len(tele.lines)
    await pilot.press(*line, "enter")
    await settle(pilot, reading(terminal))
    return "\n".join(tele.lines[before:])
