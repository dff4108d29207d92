"""New: the model bar (model selector, strict and pacing switches, run/step buttons) and
the status line.

``ModelBar`` holds the controls a mouse user clicks; each posts the
ordinary Textual message of its widget (``Select.Changed``,
``Switch.Changed``, ``Button.Pressed``) and the app acts through the
control API, exactly as for the keys of ``actions``.  ``show(status)``
brings the controls in line with a snapshot without echoing a change back.
``StatusLine`` shows the model, strict mode, simulated time, instructions
per second, load average, the number of processes and the run state.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Label, Select, Static, Switch

from v6.kernel.creation import MODELS
from v6.shell.control import Status


class ModelBar(Horizontal):
    """Model selector, strict and real-time switches, run/pause and step buttons."""

    def compose(self) -> ComposeResult:
        yield Label("model", classes="bar-label")
        yield Select([(m, m) for m in sorted(MODELS)], value="forkexec", allow_blank=False,
                     id="model", tooltip="The process-creation model (F10)")
        yield Label("strict", classes="bar-label")
        yield Switch(False, id="strict", tooltip="Only the current model's calls work (Ctrl-T)")
        yield Label("real time", classes="bar-label")
        yield Switch(True, id="pacing", tooltip="Simulated time follows the wall clock (Ctrl-R)")
        yield Button("Pause", id="run", compact=True, tooltip="Run or pause (F7)")
        yield Button("Step", id="step-instruction", compact=True,
                     tooltip="One machine instruction (F8)")
        yield Button("Call", id="step-syscall", compact=True,
                     tooltip="Until the next system call ends (F9)")

    def show(self, status: Status) -> None:
        """Match the controls to ``status`` (quietly: no Changed messages)."""
        select = self.query_one("#model", Select)
        if select.value != status.model:
            with select.prevent(Select.Changed):
                select.value = status.model
        for wid, value in (("#strict", status.strict), ("#pacing", status.real_time)):
            switch = self.query_one(wid, Switch)
            if switch.value != value:
                with switch.prevent(Switch.Changed):
                    switch.value = value
        run = self.query_one("#run", Button)
        label = "Run" if status.paused else "Pause"
        if str(run.label) != label:
            run.label = label


def describe(status: Status) -> str:
    """The status line's text."""
    seconds = status.sim_ns / 1e9
    state = "paused" if status.paused else ("real time" if status.real_time else "fast")
    return (f"{status.model}{' strict' if status.strict else ''} │ "
            f"{int(seconds // 60)}:{seconds % 60:06.3f} sim │ "
            f"{status.ips / 1e6:.2f} M instr/s │ load {status.load:.2f} │ "
            f"{status.processes} procs │ {state}")


class StatusLine(Static):
    """Model, simulated time, instructions per second, load average."""

    text = ""
    """The line shown."""

    def show(self, status: Status) -> None:
        """Show ``status`` (nothing is redrawn when the line is the same)."""
        text = describe(status)
        if text != self.text:
            self.text = text
            self.update(text)
