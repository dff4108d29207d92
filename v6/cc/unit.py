"""New: the state of one compilation unit shared by the checker and the code generator.

A ``Unit`` hands out assembler labels that are unique across every unit of
one assembly (``L`` + the unit's tag + a number: the assembler gives all
files of a program one symbol table, and like V6's it tells names apart by
their first 8 characters only, so tags are one or two letters and labels
stay within 8 characters), names statics the same way,
and keeps the string table: each distinct literal is stored once, however
many times it appears (the table is written at the end of the unit's data),
and collects the names the unit refers to (``ref``), from which the linker
learns what the unit needs.
"""

from __future__ import annotations

import re

_TAG_OK = re.compile(r"[A-Za-z]{1,2}\Z")


class Unit:
    """Labels and literal strings of one compilation unit."""

    def __init__(self, tag: str) -> None:
        if not _TAG_OK.match(tag):
            raise ValueError(f"unit tag must be one or two letters: {tag!r}")
        self.tag = tag
        self._count = 0
        self.strings: dict[bytes, str] = {}
        """Literal contents (without the final NUL) -> label, in order of first use."""
        self.refs: set[str] = set()
        """Every assembler name the unit's code or data refers to."""

    def label(self) -> str:
        """A fresh label, unique in the whole program."""
        self._count += 1
        return f"L{self.tag}{self._count}"

    def static_name(self, name: str) -> str:
        """The assembler name of a static object or function ``name`` (just a fresh label)."""
        return self.label()

    def ref(self, name: str) -> None:
        """Note a reference to the assembler name ``name`` (to find the externals used)."""
        self.refs.add(name)

    def string(self, data: bytes) -> str:
        """The label of the literal with contents ``data`` (stored once per unit)."""
        label = self.strings.get(data)
        if label is None:
            label = self.strings[data] = self.label()
        return label
