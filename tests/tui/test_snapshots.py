"""SVG snapshots (pytest-textual-snapshot) of the main screens at 80x24 and 160x50,
and of the creation log on the default image after one command under each
of three models, forkexec, rfork and spawn (the README's screenshot, docs/tui.svg, is a copy of it).

Each screen is taken the same way every run: root logged in on the console
(and on tty0), a command run, the system paused (so the status shows 0
instructions a second), everything in simulated time.  The first run of a
new snapshot fails until it is approved with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import command, login, settle
from tui.cli import make_app
from v6.shell import mkroot

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


@pytest.fixture
def default_app(tmp_path):  # noqa: ANN201
    """The app over a fresh copy of the default image (our shell asks the launcher)."""
    a = make_app(mkroot.fresh_copy(tmp_path / "root.img"), engine="interp", threaded=False)
    a.control.set_real_time(False)
    return a


async def _three_models(pilot) -> None:
    await login(pilot, "tty0")
    await command(pilot, "ls /etc", "tty0")
    await login(pilot, "tty8")
    await command(pilot, "ls /bin | wc")
    for _ in range(2):                      # forkexec, then rfork and spawn
        await pilot.press("f10")
        await settle(pilot, lambda c: True)
        await command(pilot, "ls /bin | wc")
    await pilot.press("f7", "f5")
    await settle(pilot, lambda c: True)
    pilot.app.clear_notifications()         # they go by the wall clock
    await pilot.pause()


def test_creations_under_three_models(snap_compare, default_app):
    # The bytes shared and copied are our programs' sizes: a change to libc or
    # a command changes this screen, to be reviewed and approved again.
    assert snap_compare(default_app, terminal_size=(160, 50), run_before=_three_models)
