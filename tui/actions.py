"""New: the one table of the TUI's actions — bindings, footer, help screen and palette come from it.

Each ``Action`` has the Textual action it runs (and from it an id for a
user keymap), its keys, a description, whether the footer shows it,
and a group for the help screen.  Global keys are priority bindings on
F-keys and a few Ctrl chords V6 has no use for, because the focused
terminal takes every other key for the guest (``widgets.teletype``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Action:
    """One thing the user can do."""

    action: str
    """The Textual action string (``tab('core')``)."""
    keys: str
    description: str
    group: str
    show: bool = True

    @property
    def id(self) -> str:
        """Its id in a keymap (``tab-core``)."""
        return re.sub(r"\W+", "-", self.action).strip("-")

    def binding(self) -> Binding:
        """The Textual binding for it (priority: it works while a terminal has focus)."""
        return Binding(self.keys, self.action, self.description, show=self.show,
                       priority=True, id=self.id)


ACTIONS: tuple[Action, ...] = (
    Action("help", "f1", "Help", "Screens"),
    Action("tab('terminals')", "f2", "Terminals", "Screens"),
    Action("tab('processes')", "f3", "Processes", "Screens"),
    Action("tab('core')", "f4", "Core", "Screens"),
    Action("tab('creations')", "f5", "Creations", "Screens"),
    Action("tab('filesystem')", "f6", "Files", "Screens"),
    Action("next_terminal", "ctrl+n", "Next terminal", "Terminals", show=False),
    Action("previous_terminal", "ctrl+b", "Previous terminal", "Terminals", show=False),
    Action("toggle_run", "f7", "Run/Pause", "Controls"),
    Action("step_instruction", "f8", "Step instr", "Controls"),
    Action("step_syscall", "f9", "Step call", "Controls"),
    Action("next_model", "f10", "Model", "Model"),
    Action("toggle_strict", "ctrl+t", "Strict mode on/off", "Model", show=False),
    Action("toggle_pacing", "ctrl+r", "Real time / as fast as possible", "Controls", show=False),
    Action("figure1", "ctrl+g", "Measure Figure 1 (v6 bench models)", "Model", show=False),
    Action("quit", "ctrl+q", "Sync and quit", "Screens"),
)
"""Every action, in the order the help screen lists them."""

BINDINGS = [a.binding() for a in ACTIONS]
"""The app's bindings, from the table."""
