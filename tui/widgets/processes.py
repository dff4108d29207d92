"""New: the live process table and the u-area of the selected process.

``ProcessTable`` is a ``DataTable`` keyed by pid: each snapshot adds the
new processes, removes the gone ones and rewrites only the cells that
changed, so the cursor stays where the reader put it.  Selecting a row
posts ``ProcessTable.Selected`` (the app asks the control API for that
process's u-area).  ``UAreaPanel`` shows a ``views.UArea``: registers and
PSW, ids, current directory, descriptors, signal dispositions, segments
and the KT11 user page registers, all numbers in octal as on a PDP-11.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable, Static

from v6.param import HZ
from v6.shell.views import ProcRow, UArea

COLUMNS = ("pid", "ppid", "user", "st", "pri", "wchan", "size", "core", "time", "model",
           "command")
REGISTERS = ("r0", "r1", "r2", "r3", "r4", "r5", "sp", "pc")


def cells(row: ProcRow, users: dict[int, str]) -> tuple[str, ...]:
    """A process's row as the table shows it."""
    ticks = row.utime + row.stime
    return (str(row.pid), str(row.ppid), users.get(row.uid, str(row.uid)), row.state,
            str(row.pri), row.wchan, f"{(row.size + row.text) // 1024 or 1}K",
            "core" if row.loaded else "swap", f"{ticks // HZ // 60}:{ticks // HZ % 60:02d}",
            row.model, row.command)


class ProcessTable(DataTable):
    """Every process, one row each; posts ``Selected`` when the cursor moves to a row."""

    @dataclass
    class Selected(Message):
        """The reader chose a process."""

        pid: int

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        for name in COLUMNS:
            self.add_column(name, key=name)

    def show(self, procs: tuple[ProcRow, ...], users: dict[int, str]) -> None:
        """Bring the table up to date with a snapshot's rows."""
        wanted = {str(r.pid): cells(r, users) for r in procs}
        for key in [k.value for k in self.rows if k.value not in wanted]:
            self.remove_row(key)
        for key, values in wanted.items():
            if key not in self.rows:
                self.add_row(*values, key=key)
                continue
            old = self.get_row(key)
            for name, new, was in zip(COLUMNS, values, old, strict=True):
                if new != was:
                    self.update_cell(key, name, new)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None and event.row_key.value is not None:
            self.post_message(self.Selected(int(event.row_key.value)))


def _octal_row(values: tuple[int, ...]) -> str:
    return " ".join(f"{v:06o}" for v in values)


def uarea_table(u: UArea) -> Table:
    """The u-area as a two-column table."""
    t = Table.grid(padding=(0, 1))
    t.add_column(style="bold")
    t.add_column()
    t.add_row("process", f"{u.pid} {u.command}")
    for name, value in zip(REGISTERS, u.regs, strict=True):
        t.add_row(name, f"{value:06o}")
    t.add_row("psw", f"{u.psw:06o}")
    t.add_row("uid gid", f"{u.uid} {u.gid} (real {u.ruid} {u.rgid})")
    t.add_row("cwd", f"inode {u.cwd}")
    t.add_row("times", "user {} sys {} child {} {} ticks".format(*u.times))
    for fd, what in u.descriptors:
        t.add_row(f"fd {fd}", what)
    for sig, how in u.signals:
        t.add_row(f"signal {sig}", how)
    for s in u.segments:
        where = "core" if u.loaded or s.name == "text" else "swap"
        t.add_row(s.name, f"{s.clicks} clicks at {s.addr:o} ({where}), {s.shared} sharing")
    if u.par is not None:
        t.add_row("PAR", _octal_row(u.par))
        t.add_row("PDR", _octal_row(u.pdr))
    else:
        t.add_row("PAR/PDR", "not in core")
    return t


class UAreaPanel(Static):
    """The selected process's u-area (or a hint when none is selected)."""

    def show(self, u: UArea | None) -> None:
        """Draw ``u``."""
        self.update(uarea_table(u) if u is not None
                    else Text("Select a process to see its u-area.", style="italic"))
