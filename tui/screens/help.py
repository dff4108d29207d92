"""New: the help screen — every binding, from the one table of actions, and how keys reach V6."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.actions import ACTIONS

TERMINAL_KEYS = (
    ("Backspace", "erase (the terminal's erase character, # until stty changes it)"),
    ("Ctrl-U", "kill the line (@)"),
    ("Ctrl-C", "interrupt (DEL)"),
    ("Ctrl-\\", "quit (FS): the process dumps core"),
    ("Ctrl-D", "end of file (EOT)"),
    ("paste", "typed as it is, newlines as returns"),
    ("Shift+drag", "select text with the host terminal (most terminals)"),
)


def bindings_table() -> Table:
    """Every action's keys and description, grouped."""
    t = Table(title="Keys", expand=True)
    t.add_column("keys", style="bold")
    t.add_column("does")
    t.add_column("group", style="dim")
    for a in ACTIONS:
        t.add_row(a.keys, a.description, a.group)
    t.add_row("ctrl+p", "Command palette (every action, themes)", "Screens")
    for keys, does in TERMINAL_KEYS:
        t.add_row(keys, does, "In a terminal")
    return t


class HelpScreen(ModalScreen):
    """Every binding; Escape or F1 closes it."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", priority=True)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("v6 — Unix Sixth Edition on a PDP-11/40", style="bold"))
            yield Static(bindings_table())
