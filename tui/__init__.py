"""The Textual TUI (stage two): terminals, process table, core map, creation log."""
