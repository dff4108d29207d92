"""New: the creation log and the comparison of the process-creation models.

``CreationLog`` writes one line per ``ProcessCreated`` event — the child,
its parent, the model, and what making it cost (bytes copied and shared,
segments, swap transfers, system calls, simulated and host time) — coloured
by model from the theme, and keeps the events themselves (``entries``) for
whoever asks.  Execs and exits appear between them, dimmed, so the reader
sees which command each creation served.

``Comparison`` is the per-model view: a table of the totals the kernel
keeps (``views.model_totals``) with the mean cost of one creation, and a
plot (textual-plotext): until Figure 1 has been measured, the mean
bytes one creation here copied, one bar per model; once
``run_figure1`` has run ``v6 bench models`` (``v6.shell.benchmodels``, a
thread of its own, on kernels of its own: the system here is not
disturbed), the paper's Figure 1 — one creation's simulated time against
the parent's image size, one line per way, log scale.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.widgets import DataTable, Label, RichLog
from textual_plotext import PlotextPlot

from v6.kernel.creation import MODELS
from v6.kernel.creation.account import Totals
from v6.kernel.events import Event, Exec, Exit, ProcessCreated
from v6.shell import benchmodels

MODEL_COLOURS = dict(zip(sorted(MODELS), ("primary", "warning", "success", "accent", "error"),
                         strict=True))
"""Model -> the theme variable its lines are drawn in."""
KEPT = 5000
"""Lines of the log kept."""
FIGURE_SIZES = (4, 16, 32, 48)
"""Parent sizes (KB) the TUI measures Figure 1 at (fewer than the bench: it runs live)."""
FIGURE_N = 3
"""Creations per point."""


def describe(e: ProcessCreated) -> str:
    """One creation in a line."""
    return (f"{e.model:<9} pid {e.pid:<5} by {e.ppid:<5} copied {e.bytes_copied:>6} B "
            f"shared {e.bytes_shared:>6} B  segs {e.segments} swaps {e.swap_transfers} "
            f"calls {e.syscalls}  sim {e.sim_ns / 1e3:>8.1f} us  host {e.host_ns / 1e3:>8.1f} us")


class CreationLog(RichLog):
    """One line per process creation, coloured by model."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(max_lines=KEPT, wrap=False, highlight=False, markup=False, id=id)
        self.entries: list[ProcessCreated] = []
        """Every creation logged, oldest first."""

    def colour(self, model: str) -> str:
        """The theme's colour for ``model``."""
        return self.app.theme_variables.get(MODEL_COLOURS.get(model, "foreground"), "white")

    def add(self, events: list[Event]) -> None:
        """Log the creations, execs and exits among ``events``."""
        for e in events:
            if isinstance(e, ProcessCreated):
                self.entries.append(e)
                self.write(Text(describe(e), style=self.colour(e.model)))
            elif isinstance(e, Exec):
                self.write(Text(f"          pid {e.pid:<5} exec {' '.join(e.argv)}", style="dim"))
            elif isinstance(e, Exit):
                self.write(Text(f"          pid {e.pid:<5} {ended(e.status)}", style="dim"))


def ended(status: int) -> str:
    """A V6 wait status as a reader says it: ``exit 1``, ``signal 9``, ``signal 3, core``."""
    signal = status & 0o177
    if not signal:
        return f"exit {status >> 8 & 0o377}"
    return f"signal {signal}" + (", core" if status & 0o200 else "")


def mean(total: int, count: int) -> float:
    return total / count if count else 0.0


class Comparison(Vertical):
    """Per-model totals and the Figure-1 plot."""

    def compose(self) -> ComposeResult:
        yield DataTable(id="totals", cursor_type="row")
        with Container(id="figure1-box"):
            yield Label(id="figure1-caption", classes="caption")
            yield PlotextPlot(id="figure1")

    def on_mount(self) -> None:
        table = self.query_one("#totals", DataTable)
        for name in ("model", "made", "copied/each", "shared/each", "segs", "swaps", "calls",
                     "sim us/each", "host us/each"):
            table.add_column(name, key=name)
        self._totals: dict[str, Totals] = {}
        self.figure: list[benchmodels.Point] = []
        """Figure 1's points, once measured."""

    def show(self, totals: dict[str, Totals]) -> None:
        """Draw a snapshot's totals (nothing is redrawn when they did not change)."""
        if totals == self._totals:
            return
        self._totals = totals
        table = self.query_one("#totals", DataTable)
        table.clear()
        for model, t in totals.items():
            table.add_row(model, str(t.count), f"{mean(t.bytes_copied, t.count):.0f}",
                          f"{mean(t.bytes_shared, t.count):.0f}", str(t.segments),
                          str(t.swap_transfers), str(t.syscalls),
                          f"{mean(t.sim_ns, t.count) / 1e3:.1f}",
                          f"{mean(t.host_ns, t.count) / 1e3:.1f}", key=model)
        if not self.figure:
            self._plot_totals(totals)

    def _plot_totals(self, totals: dict[str, Totals]) -> None:
        plot = self.query_one("#figure1", PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        # What a creation copied is exact and is the paper's point; its time
        # here mixes in what else the system did (the swapper, the disk), so
        # time is left to Figure 1, measured alone.
        plt.bar(list(totals), [mean(t.bytes_copied, t.count) for t in totals.values()],
                width=0.3)
        self._caption("bytes copied by one creation here (mean); Ctrl-G measures Figure 1")
        plot.refresh()

    def _caption(self, text: str) -> None:
        # A label, not the plot's title: plotext leaves the title out when
        # the plot is short of rows.
        self.query_one("#figure1-caption", Label).update(text)

    @work(thread=True, exclusive=True, group="figure1")
    def run_figure1(self) -> None:
        """Measure Figure 1 (``v6 bench models`` at a few sizes) and plot it."""
        points = benchmodels.run(FIGURE_N, FIGURE_SIZES)
        self.app.call_from_thread(self._plot_figure, points)

    def _plot_figure(self, points: list[benchmodels.Point]) -> None:
        self.figure = points
        plot = self.query_one("#figure1", PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        for way in benchmodels.WAYS:
            mine = sorted((p for p in points if p.way == way), key=lambda p: p.kb)
            plt.plot([p.kb for p in mine], [p.sim_us / 1e3 for p in mine],
                     label=benchmodels.LABELS[way], marker=benchmodels.MARKERS[way])
        plt.yscale("log")
        self._caption("Figure 1: one creation, simulated ms (log), against the parent's size (KB)")
        plot.refresh()
