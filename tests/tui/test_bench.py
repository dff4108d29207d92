"""Slow: ``v6 bench tui``'s loads are what it says they are, and the console echoes under each.

No time is asserted (benchmarks print figures; these machines are noisy):
the fork bomb must fill the process table (NPROC), ``spin`` must run on
every terminal, and every key typed on the console must come back.
"""

import asyncio

import pytest

from tui import bench
from v6.param import NPROC

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("load", "procs"), [
    ("fork bomb (NPROC)", NPROC),
    ("spin on every terminal", 8 + 5),   # init, update, five shells, swapper; five spins
])
def test_the_console_echoes_under_load(tmp_path, monkeypatch, load, procs):
    monkeypatch.setattr(bench, "KEYS", 3)
    seconds, seen = asyncio.run(bench._one_load(bench._image(tmp_path), bench.LOADS[load]))
    assert len(seconds) == 3
    assert seen == procs
