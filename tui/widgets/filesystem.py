"""New: the file system — superblock figures, the cache's hit rate, the tree, the i-list.

Everything here is asked of the runner through ``Control.query`` (the views
read the whole disk as the kernel sees it, so they run on the runner's
thread, between slices) and awaited without blocking the screen.

- ``FsFigures`` panel: isize, fsize, inodes, free blocks and inodes counted
  from the free list and the i-list, the superblock's caches, the buffer
  cache's hits, misses and transfers.
- ``FsTree``: the directory tree from ``/``, each directory read when first
  opened; selecting an entry shows its inode.
- The i-list browser: an i-number typed (or picked in the tree) shows that
  inode's mode, links, owner, size and block addresses.
"""

from __future__ import annotations

import asyncio

from rich.table import Table
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static, Tree
from textual.widgets.tree import TreeNode

from v6.fs.fstool import mode_string
from v6.shell import views
from v6.shell.control import Control
from v6.shell.views import FsFigures, InodeView

REFRESH_S = 2.0
"""Host seconds between two recounts of the figures while the view is shown."""


def figures_table(f: FsFigures) -> Table:
    """The figures as a two-column table."""
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column(justify="right")
    rows = [("i-list blocks (isize)", f.isize), ("blocks (fsize)", f.fsize),
            ("inodes", f.ninodes), ("free blocks", f.free_blocks),
            ("free inodes", f.free_inodes), ("superblock free cache", f.nfree),
            ("superblock inode cache", f.ninode), ("cache hits", f.hits),
            ("cache misses", f.misses), ("disk reads", f.reads), ("disk writes", f.writes)]
    for name, value in rows:
        t.add_row(name, str(value))
    t.add_row("cache hit rate", f"{f.hit_rate:.1%}")
    return t


def inode_table(v: InodeView) -> Table:
    """One inode as a two-column table."""
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column()
    if not v.allocated:
        t.add_row(f"inode {v.inum}", "free")
        return t
    t.add_row(f"inode {v.inum}", f"{mode_string(v.mode)} ({v.mode:06o})")
    t.add_row("links", str(v.nlink))
    t.add_row("owner", f"uid {v.uid} gid {v.gid}")
    t.add_row("size", f"{v.size} bytes")
    t.add_row("addr", " ".join(str(a) for a in v.addr))
    return t


class FileSystemView(Horizontal):
    """Figures, tree and i-list browser of the root file system."""

    def __init__(self, control: Control, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.control = control
        self.figures: FsFigures | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="fs-left"):
            yield Static(id="fs-figures")
            yield Input(placeholder="i-number", id="fs-inum", type="integer",
                        tooltip="Show an inode of the i-list")
            yield Static(id="fs-inode")
        tree: Tree[int] = Tree("/", data=1, id="fs-tree")
        tree.root.allow_expand = True
        yield tree

    async def ask(self, fn: object) -> object:
        """Run ``fn(kernel)`` on the runner and wait for it without blocking the screen."""
        return await asyncio.wrap_future(self.control.query(fn))

    @work(exclusive=True, group="figures")
    async def refresh_figures(self) -> None:
        """Count the figures again and show them (a worker: the answer comes from the runner)."""
        self.figures = await self.ask(views.file_system)
        self.query_one("#fs-figures", Static).update(figures_table(self.figures))

    @work(exclusive=True, group="inode")
    async def show_inode(self, inum: int) -> None:
        """Show inode ``inum`` (a worker: the answer comes from the runner)."""
        view = await self.ask(lambda k: views.inode(k, inum))
        self.query_one("#fs-inode", Static).update(inode_table(view))

    @on(Input.Submitted, "#fs-inum")
    def _inum(self, event: Input.Submitted) -> None:
        if event.value.isdigit() and int(event.value) > 0:
            self.show_inode(int(event.value))

    @on(Tree.NodeExpanded, "#fs-tree")
    def _expand(self, event: Tree.NodeExpanded) -> None:
        if not event.node.children:
            self._fill(event.node)

    @work(group="tree")
    async def _fill(self, node: TreeNode) -> None:
        """Add a directory's entries under its node."""
        entries = await self.ask(lambda k: views.directory(k, node.data))
        for name, v in entries:
            if name in (".", ".."):
                continue
            node.add(name, data=v.inum, allow_expand=v.is_dir)

    @on(Tree.NodeHighlighted, "#fs-tree")
    def _highlight(self, event: Tree.NodeHighlighted) -> None:
        if event.node.data:
            self.show_inode(event.node.data)
