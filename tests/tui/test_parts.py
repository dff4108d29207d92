"""The TUI's parts on their own: the teletype's paper and keys, the core map's cells, the command
line (``v6`` alone opens the TUI; ``v6 web`` serves the same options)."""

from __future__ import annotations

import argparse

from textual.app import App

from tui import cli as tui_cli
from tui.widgets.coremap import cell_kinds
from tui.widgets.creations import ended
from tui.widgets.teletype import Teletype
from v6 import cli
from v6.shell.views import Extent


class _One(App):
    def compose(self):
        yield Teletype("tty8", id="tty8")


async def test_teletype_prints_like_paper():
    app = _One()
    async with app.run_test() as pilot:
        tele = app.query_one(Teletype)
        tele.feed(b"login: \r\nab\x08X\tend\r-\n\x07last")
        await pilot.pause()
        assert tele.lines == ["login: ", "-X      end", "last"]
        assert tele.col == 4


async def test_keys_type_what_v6_run_types():
    app = _One()
    async with app.run_test():
        tele = app.query_one(Teletype)
        tele.erase_kill = (ord("#"), ord("@"))
        assert tele.key_bytes("backspace", None) == b"#"
        assert tele.key_bytes("ctrl+u", None) == b"@"
        assert tele.key_bytes("ctrl+c", None) == b"\x7f"
        assert tele.key_bytes("ctrl+backslash", None) == b"\x1c"
        assert tele.key_bytes("ctrl+d", None) == b"\x04"
        assert tele.key_bytes("enter", "\r") == b"\r"
        assert tele.key_bytes("a", "a") == b"a"
        assert tele.key_bytes("f5", None) is None


def test_core_cells_show_what_covers_most_of_each():
    runs = (Extent(0, 10, "kernel"), Extent(10, 5, "text", (3,)), Extent(15, 25, "free"))
    assert cell_kinds(runs, 0, 40, 4) == ["kernel", "text", "free", "free"]
    assert cell_kinds(runs, 0, 40, 40)[12] == "text"


def test_v6_alone_opens_the_tui(monkeypatch):
    seen = []
    monkeypatch.setattr(tui_cli, "run_tui", lambda args: seen.append(args) or 0)
    assert cli.main([]) == 0
    assert seen[0].command == "tui" and seen[0].image is None and seen[0].engine == "interp"


def test_v6_web_runs_v6_tui_with_the_same_options():
    args = argparse.Namespace(ttys=2, engine="interp", image="/x/pack.img", model="vfork",
                              core=64, strict=True)
    command = tui_cli.web_command(args)
    assert command.split()[1:] == ["-m", "v6", "tui", "--ttys", "2", "--engine", "interp",
                                   "--image", "/x/pack.img", "--model", "vfork", "--core", "64",
                                   "--strict"]


def test_an_exit_in_the_log_reads_as_the_shell_would_say_it():
    # V6's wait status: the exit code in the high byte, the signal in the
    # low seven bits, 0200 when a core was written.
    assert ended(0o56000) == "exit 92"
    assert ended(0) == "exit 0"
    assert ended(9) == "signal 9"
    assert ended(0o203) == "signal 3, core"
