"""New: ``V6App`` — the TUI's one screen: terminals, processes, core, creations, file system.

The app holds a ``Control`` (v6.shell.control) and a ``Runner`` that runs
its system; it never touches the kernel otherwise.  A timer (``TICK_S``)
moves what the terminals printed into the teletypes and the kernel's
events into the creation log, and draws the runner's newest snapshot into
the widgets of the tab that is showing (and the status line and model bar,
always).  Every user action — a key of ``actions``, a palette entry, a
click on the model bar — ends in one of the ``action_*`` methods here,
which ask the control API.

The Terminals tab shows one terminal, or on a screen at least ``WIDE``
columns wide, the chosen one and the one chosen before it, side by side:
two users at once.
"""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button,
    Footer,
    Label,
    Select,
    Switch,
    Tab,
    TabbedContent,
    TabPane,
    Tabs,
)

from tui.actions import BINDINGS
from tui.commands import V6Commands
from tui.runner import Runner
from tui.screens.help import HelpScreen
from tui.widgets.controls import ModelBar, StatusLine
from tui.widgets.coremap import CoreBar, CoreTable
from tui.widgets.creations import Comparison, CreationLog
from tui.widgets.filesystem import REFRESH_S, FileSystemView
from tui.widgets.processes import ProcessTable, UAreaPanel
from tui.widgets.teletype import Teletype
from v6.kernel.creation import MODELS
from v6.shell.control import Control, Snapshot

TICK_S = 0.05
"""Seconds between two screen updates."""
WIDE = 160
"""Columns from which two terminals are shown side by side."""


class V6App(App):
    """The v6 TUI over one running system."""

    CSS_PATH = "v6.tcss"
    TITLE = "v6"
    BINDINGS = BINDINGS
    COMMANDS = App.COMMANDS | {V6Commands}

    def __init__(self, control: Control, *, threaded: bool = True) -> None:
        super().__init__()
        self.control = control
        self.runner = Runner(control, threaded=threaded)
        self.terminals = list(control.system.terminals)
        """Terminal names, the console first."""
        self.shown: list[str] = self.terminals[:2]
        """The terminals on screen, the chosen one first."""
        self._drawn: Snapshot | None = None
        self._fs_timer = 0.0

    # --- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self.teletypes = {name: Teletype(name, id=name) for name in self.terminals}
        self.log_view = CreationLog(id="creationlog")
        yield ModelBar(id="modelbar")
        with TabbedContent(id="tabs", initial="terminals"):
            with TabPane("Terminals", id="terminals"):
                yield Tabs(*[Tab(n, id=f"tab-{n}") for n in self.terminals], id="tty-tabs")
                with Horizontal(id="ttys"):
                    yield from self.teletypes.values()
            with TabPane("Processes", id="processes"), Horizontal():
                yield ProcessTable(id="proctable")
                with VerticalScroll(id="uarea-box"):
                    yield UAreaPanel(id="uarea")
            with TabPane("Core", id="core"), Vertical():
                yield Label("core (a cell is a run of clicks)", classes="caption")
                yield CoreBar("core", id="corebar")
                yield Label("swap (a cell is a run of blocks)", classes="caption")
                yield CoreBar("swap", id="swapbar")
                yield CoreTable(id="coretable")
            with TabPane("Creations", id="creations"), Vertical():
                yield self.log_view
                yield Comparison(id="comparison")
            with TabPane("File system", id="filesystem"):
                yield FileSystemView(self.control, id="fsview")
        yield StatusLine(id="status")
        yield Footer()

    @property
    def main(self) -> Screen:
        """The main screen (whatever screen is on top)."""
        return self.screen_stack[0]

    def on_mount(self) -> None:
        self.runner.start()
        self.set_interval(TICK_S, self.tick)
        self.choose_terminal(self.terminals[0])
        self.query_one("#uarea", UAreaPanel).show(None)

    def on_unmount(self) -> None:
        self.runner.stop()

    def on_resize(self) -> None:
        self.screen.set_class(self.size.width >= WIDE, "wide")
        self._show_terminals()

    # --- the tick ------------------------------------------------------------------------------
    def tick(self) -> None:
        """Move output and events to the widgets; draw a new snapshot."""
        control = self.control
        if not self.log_view.is_attached or not self.main.query(StatusLine):
            return          # the app is closing: its widgets are going
        for name, tele in self.teletypes.items():
            tele.feed(control.take_output(name))
            tele.erase_kill = control.keys(name)
        self.log_view.add(control.take_events())
        snap = self.runner.latest
        if snap is not None and snap is not self._drawn:
            self._drawn = snap
            self.draw(snap)
        self._refresh_fs()

    def draw(self, snap: Snapshot) -> None:
        """Draw ``snap`` into the status line, the model bar and the tab that shows."""
        main = self.main
        main.query_one(StatusLine).show(snap.status)
        main.query_one(ModelBar).show(snap.status)
        tab = main.query_one("#tabs", TabbedContent).active
        if tab == "processes":
            main.query_one(ProcessTable).show(snap.procs, snap.users)
            main.query_one("#uarea", UAreaPanel).show(snap.uarea)
        elif tab == "core":
            main.query_one("#corebar", CoreBar).show(snap.core)
            main.query_one("#swapbar", CoreBar).show(snap.core)
            main.query_one(CoreTable).show(snap.core)
        elif tab == "creations":
            main.query_one(Comparison).show(snap.totals)

    def _refresh_fs(self) -> None:
        if self.main.query_one("#tabs", TabbedContent).active != "filesystem":
            return
        self._fs_timer -= TICK_S
        if self._fs_timer <= 0:
            self._fs_timer = REFRESH_S
            self.main.query_one(FileSystemView).refresh_figures()

    # --- terminals -------------------------------------------------------------------------------
    def _show_terminals(self) -> None:
        wide = self.size.width >= WIDE
        shown = self.shown[:2] if wide else self.shown[:1]
        for name in self.terminals:
            self.teletypes[name].set_class(name in shown, "shown")

    def choose_terminal(self, name: str) -> None:
        """Show terminal ``name`` (beside the previous one on a wide screen) and focus it."""
        self.shown = [name, *[n for n in self.shown if n != name]]
        self.query_one("#tty-tabs", Tabs).active = f"tab-{name}"
        self._show_terminals()
        self.teletypes[name].focus()

    @on(Tabs.TabActivated, "#tty-tabs")
    def _tty_tab(self, event: Tabs.TabActivated) -> None:
        name = event.tab.id.removeprefix("tab-")
        # A message from before the last choice (the tab first active at mount,
        # say) must not take the terminal back from what was chosen since.
        stale = event.tab.id != self.query_one("#tty-tabs", Tabs).active
        if name != self.shown[0] and not stale:
            self.choose_terminal(name)

    @on(Teletype.Typed)
    def _typed(self, event: Teletype.Typed) -> None:
        self.control.type(event.teletype.terminal, event.data)

    # --- other widgets' messages -------------------------------------------------------------------
    @on(ProcessTable.Selected)
    def _selected(self, event: ProcessTable.Selected) -> None:
        self.control.select(event.pid)

    @on(Select.Changed, "#model")
    def _model(self, event: Select.Changed) -> None:
        self.control.set_model(str(event.value))

    @on(Switch.Changed, "#strict")
    def _strict(self, event: Switch.Changed) -> None:
        self.control.set_strict(event.value)

    @on(Switch.Changed, "#pacing")
    def _pacing(self, event: Switch.Changed) -> None:
        self.control.set_real_time(event.value)

    @on(Button.Pressed, "#run")
    def _run(self) -> None:
        self.action_toggle_run()

    @on(Button.Pressed, "#step-instruction")
    def _step_instruction(self) -> None:
        self.action_step_instruction()

    @on(Button.Pressed, "#step-syscall")
    def _step_syscall(self) -> None:
        self.action_step_syscall()

    # --- actions (the table in tui.actions binds them) -----------------------------------------
    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_tab(self, name: str) -> None:
        tabs = self.query_one("#tabs", TabbedContent)
        # TabbedContent shows the pane of whatever gains focus: focus left in
        # the hidden pane would move to the other teletype of a wide screen
        # and bring the terminals back.  So focus moves into the new pane.
        self.set_focus(None)
        tabs.active = name
        if name == "terminals":
            self.teletypes[self.shown[0]].focus()
        else:
            first = next((w for w in tabs.get_pane(name).query("*") if w.can_focus), None)
            if first is not None:
                first.focus()
        if self._drawn is not None:
            self.draw(self._drawn)
        self._fs_timer = 0

    def _cycle_terminal(self, step: int) -> None:
        i = self.terminals.index(self.shown[0])
        self.action_tab("terminals")
        self.choose_terminal(self.terminals[(i + step) % len(self.terminals)])

    def action_next_terminal(self) -> None:
        self._cycle_terminal(1)

    def action_previous_terminal(self) -> None:
        self._cycle_terminal(-1)

    def action_toggle_run(self) -> None:
        if self.control.paused:
            self.control.resume()
        else:
            self.control.pause()

    def action_step_instruction(self) -> None:
        self.control.pause()
        self.control.step_instruction()

    def action_step_syscall(self) -> None:
        self.control.pause()
        self.control.step_syscall()

    def action_set_model(self, name: str) -> None:
        self.control.set_model(name)
        self.notify(f"model {name}", timeout=2)

    def action_next_model(self) -> None:
        models = sorted(MODELS)
        current = self.control.model
        self.action_set_model(models[(models.index(current) + 1) % len(models)])

    def action_toggle_strict(self) -> None:
        self.control.set_strict(not self.control.strict)

    def action_toggle_pacing(self) -> None:
        self.control.set_real_time(not self.control.real_time)

    def action_figure1(self) -> None:
        self.action_tab("creations")
        self.notify("measuring Figure 1: every way at four parent sizes, on kernels of its own")
        self.main.query_one(Comparison).run_figure1()

    async def action_quit(self) -> None:
        self.runner.stop()
        self.exit()
