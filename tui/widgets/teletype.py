"""New: a teletype — one V6 terminal as a widget: paper that scrolls, a carriage, a keyboard.

V6's terminals had no cursor addressing: the widget interprets only what a
teletype did — printable characters at the carriage, CR back to column 0,
LF a new line, BS a column back, TAB to the next multiple of 8, BEL the
host's bell — and overstrikes like paper.  It never echoes or edits what is
typed: the guest's terminal driver does (erase ``#``, kill ``@``, raw mode).

Keys (as ``v6 run`` maps them): Backspace types the terminal's erase
character, Ctrl-U its kill character, Ctrl-C the interrupt (DEL), Ctrl-\\
quit (FS), Ctrl-D EOT, Enter a carriage return; any other character as it
is; a paste is typed with its newlines as returns.  The app's priority
bindings (F-keys, Ctrl-Q...) are the only keys it does not take.

Scrollback keeps ``MAX_LINES`` lines; it follows the carriage unless the
reader has scrolled up, and again once they scroll back to the bottom.

Messages: ``Teletype.Typed`` (bubbling) carries the bytes a key typed, for
the app to hand to the control API.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

MAX_LINES = 2000
"""Lines of scrollback kept."""
DEL, FS, EOT = 0o177, 0o034, 0o004
CTRL_KEYS = {"ctrl+c": DEL, "ctrl+backslash": FS, "ctrl+d": EOT, "enter": 0o15,
             "ctrl+m": 0o15, "ctrl+j": 0o15, "tab": 0o11, "escape": 0o33}
"""Keys that type a fixed character (Backspace and Ctrl-U depend on the terminal)."""


class Teletype(ScrollView, can_focus=True):
    """One terminal's paper and keyboard."""

    DEFAULT_CSS = """
    Teletype {
        background: $surface;
        color: $foreground;
        scrollbar-size-vertical: 1;
    }
    """
    COMPONENT_CLASSES = {"teletype--cursor"}

    @dataclass
    class Typed(Message):
        """Keys typed on a teletype, as the bytes the terminal sends."""

        teletype: Teletype
        data: bytes

    def __init__(self, terminal: str, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.terminal = terminal
        """The V6 terminal's name (tty8, tty0 ...)."""
        self.lines: list[str] = [""]
        self.col = 0
        self.erase_kill = (ord("#"), ord("@"))
        """What Backspace and Ctrl-U type; the app keeps it up to date (stty changes it)."""

    # --- paper ---------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """Everything on the paper, lines joined with newlines."""
        return "\n".join(self.lines)

    def feed(self, data: bytes) -> None:
        """Print what the terminal received."""
        if not data:
            return
        follow = self.is_vertical_scroll_end
        for c in data.decode("latin-1"):
            self._put(c)
        if len(self.lines) > MAX_LINES:
            del self.lines[:len(self.lines) - MAX_LINES]
        width = max(self.size.width, max(len(line) for line in self.lines[-50:]) + 1)
        self.virtual_size = Size(width, len(self.lines))
        if follow:
            self.scroll_end(animate=False, immediate=True, x_axis=False)
        self.refresh()

    def _put(self, c: str) -> None:
        if c == "\n":
            self.lines.append("")
            self.col = 0
        elif c == "\r":
            self.col = 0
        elif c == "\b":
            self.col = max(0, self.col - 1)
        elif c == "\t":
            self.col = (self.col | 7) + 1
        elif c == "\a":
            self.app.bell()
        elif " " <= c < "\x7f":
            line = self.lines[-1].ljust(self.col)
            self.lines[-1] = line[:self.col] + c + line[self.col + 1:]
            self.col += 1

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        n = scroll_y + y
        width = self.size.width
        style = self.rich_style
        if n >= len(self.lines):
            return Strip.blank(width, style)
        text = self.lines[n]
        segments = [Segment(text, style)]
        if n == len(self.lines) - 1 and self.has_focus:
            text = text.ljust(self.col + 1)
            cursor = self.get_component_rich_style("teletype--cursor")
            segments = [Segment(text[:self.col], style), Segment(text[self.col], cursor),
                        Segment(text[self.col + 1:], style)]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, style)
        return strip.simplify()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # --- keyboard ----------------------------------------------------------------------------
    def key_bytes(self, key: str, character: str | None) -> bytes | None:
        """What a key types on the terminal (None: not a key for the guest)."""
        erase, kill = self.erase_kill
        if key in ("backspace", "ctrl+h"):
            return bytes([erase])
        if key == "ctrl+u":
            return bytes([kill])
        if key in CTRL_KEYS:
            return bytes([CTRL_KEYS[key]])
        if character and len(character) == 1 and ord(character) < 0o200:
            return character.encode("latin-1")
        return None

    def on_key(self, event: events.Key) -> None:
        data = self.key_bytes(event.key, event.character)
        if data is not None:
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(self, data))

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        text = event.text.replace("\r\n", "\r").replace("\n", "\r")
        self.post_message(self.Typed(self, text.encode("latin-1", "replace")))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.lines))
