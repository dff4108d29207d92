"""New: the core map — physical memory and the swap area drawn cell by cell.

``CoreBar`` draws a ``views.CoreMap`` area (core or swap) as rows of cells,
each cell a run of clicks (or blocks) coloured by what holds most of it:
the resident kernel, a pure text, data, a stack, or nothing.  The colours
are component classes, so ``v6.tcss`` sets them from the theme.  Every
snapshot redraws it, so a fork, a growing stack, a shared text or a swap
shows at once (``v6 tui --core 64`` makes swapping common).
``CoreTable`` lists the same runs with their processes.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable

from v6.shell.views import CoreMap, Extent

KINDS = ("kernel", "text", "data", "stack", "free")
GLYPHS = {"kernel": "█", "text": "▓", "data": "▒", "stack": "░", "free": "·"}
"""A glyph per kind besides its colour, so the map reads without colour too."""


def cell_kinds(runs: tuple[Extent, ...], start: int, total: int, cells: int) -> list[str]:
    """The kind of each of ``cells`` cells spanning ``total`` units from ``start``:
    whatever covers the most of the cell."""
    kinds = []
    for i in range(cells):
        lo = start + i * total // cells
        hi = max(lo + 1, start + (i + 1) * total // cells)
        cover = {kind: 0 for kind in KINDS}
        for e in runs:
            overlap = min(hi, e.start + e.size) - max(lo, e.start)
            if overlap > 0:
                cover[e.kind] += overlap
        kinds.append(max(KINDS, key=lambda k: (cover[k], k != "free")))
    return kinds


class CoreBar(Widget):
    """One area (core or swap) as rows of coloured cells."""

    COMPONENT_CLASSES = {f"corebar--{kind}" for kind in KINDS}
    DEFAULT_CSS = """
    CoreBar { height: 8; }
    """

    def __init__(self, area: str, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.area = area
        """core or swap."""
        self.map: CoreMap | None = None

    def show(self, core: CoreMap) -> None:
        """Draw a new snapshot's map (nothing is redrawn when it did not change)."""
        if core != self.map:
            self.map = core
            self.refresh()

    def _layout(self) -> tuple[tuple[Extent, ...], int, int]:
        m = self.map
        if self.area == "core":
            return m.core, 0, m.core_clicks
        return m.swap, m.swap_start, m.swap_blocks

    def kinds(self) -> list[str]:
        """The kind of every cell as drawn now."""
        if self.map is None:
            return []
        runs, start, total = self._layout()
        return cell_kinds(runs, start, total, self.size.width * self.size.height)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        kinds = self.kinds()[y * width:(y + 1) * width]
        if not kinds:
            return Strip.blank(width, self.rich_style)
        segments = [Segment(GLYPHS[k], self.get_component_rich_style(f"corebar--{k}"))
                    for k in kinds]
        return Strip(segments).simplify()


class CoreTable(DataTable):
    """The runs of core and swap with their processes."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.map: CoreMap | None = None
        for name in ("area", "start", "size", "kind", "pids", "command"):
            self.add_column(name)

    def show(self, core: CoreMap) -> None:
        """List a snapshot's runs (octal addresses, as V6's maps were read)."""
        if core == self.map:
            return
        self.map = core
        self.clear()
        for area, runs, unit in (("core", core.core, "clicks"), ("swap", core.swap, "blocks")):
            for e in runs:
                self.add_row(area, f"{e.start:o}", f"{e.size} {unit}", e.kind,
                             " ".join(map(str, e.pids)), e.label)
