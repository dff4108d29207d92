"""SVG snapshots (pytest-textual-snapshot) of the main screens at 80x24 and 160x50.

Each screen is taken the same way every run: root logged in on the console
(and on tty0), a command run, the system paused (so the status shows 0
instructions a second), everything in simulated time.  The first run of a
new snapshot fails until it is approved with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import command, login, settle

SIZES = [(80, 24), (160, 50)]
APPROVED = Path(__file__).parent / "__snapshots__"
"""Where pytest-textual-snapshot keeps the approved SVGs."""
pytestmark = [
    pytest.mark.slow,              # a login per screen: minutes on a busy host
    pytest.mark.skipif(not APPROVED.is_dir(), reason="no approved snapshots yet: run "
                       "pytest tests/tui/test_snapshots.py -m slow --snapshot-update and "
                       "review the SVGs before committing them"),
]


async def _logged_in(pilot) -> None:
    await login(pilot, "tty0")
    await command(pilot, "ls /etc", "tty0")
    await login(pilot, "tty8")
    await command(pilot, "echo hello | wc")
    await pilot.press("f7")
    await settle(pilot, lambda c: True)


def _screen(key: str | None):  # noqa: ANN202 - a run_before hook
    async def run_before(pilot) -> None:
        await _logged_in(pilot)
        if key is not None:
            await pilot.press(key)
            await settle(pilot, lambda c: True)
        await pilot.pause()
    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(("screen", "key"), [
    ("terminals", None),
    ("processes", "f3"),
    ("core", "f4"),
])
def test_screen(snap_compare, app, size, screen, key):
    assert snap_compare(app, terminal_size=size, run_before=_screen(key))
