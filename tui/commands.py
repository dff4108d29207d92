"""New: the command palette's provider — every action of ``actions``, and one entry per model.

Ctrl-P opens the palette; besides Textual's own commands (themes, quit,
keys) it offers every action in the table and "Model: NAME" to make a
process-creation model current.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.actions import ACTIONS
from v6.kernel.creation import MODELS


class V6Commands(Provider):
    """The app's actions and the model switch, for the palette."""

    def _commands(self) -> list[tuple[str, str, str]]:
        """(title, action to run, help) for every command."""
        out = [(a.description, a.action, f"{a.group} ({a.keys})") for a in ACTIONS]
        out += [(f"Model: {name}", f"set_model('{name}')", what) for name, what in
                sorted(MODELS.items())]
        return out

    async def discover(self) -> Hits:
        for title, action, text in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action),
                          help=text)
