"""New: the data of a compilation unit — initialized objects, zeroed ones, the string table.

``DataOut.define`` places one object: in ``.data`` with its initializer
(``Init`` leaves from ``decl.Types.initializer``, gaps filled with zeros),
or in ``.bss`` when it has none.  Every leaf of a static initializer must be
known at assembly time: a number, or an address (``label+offset``).
``strings`` writes the unit's literal table (each distinct string once).
Words are written as bare expressions (a V6 ``as`` statement that is an
expression assembles one word); bytes with ``.byte``; gaps with ``.=.+n``.
"""

from __future__ import annotations

from typing import Any

from v6.cc.decl import Init
from v6.cc.front import error_at
from v6.cc.loc import octal
from v6.cc.tree import Addr, Const
from v6.cc.types import CType
from v6.cc.unit import Unit


class DataOut:
    """The ``.data`` and ``.bss`` sections of one unit."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self.data: list[str] = []
        self.bss: list[str] = []
        self.labels: set[str] = set()
        """Every label defined here."""

    def define(self, label: str, t: CType, inits: list[Init] | None, node: Any) -> None:
        """Lay out the object ``label`` of type ``t``; ``inits`` None means all zeros."""
        self.labels.add(label)
        if inits is None:
            self.bss.extend([".even", f"{label}:", f".=.+{octal(max(t.size, 1))}"])
            return
        out = self.data
        out.extend([".even", f"{label}:"])
        at = 0
        for leaf in sorted(inits, key=lambda i: i.offset):
            if leaf.offset > at:
                out.append(f".=.+{octal(leaf.offset - at)}")
            out.extend(self._leaf(leaf, node))
            at = leaf.offset + (len(leaf.data) if leaf.data else leaf.type.size)
        if t.size > at:
            out.append(f".=.+{octal(t.size - at)}")

    def _leaf(self, leaf: Init, node: Any) -> list[str]:
        if leaf.data:
            return _bytes(leaf.data)
        e = leaf.expr
        size = leaf.type.size
        if isinstance(e, Const):
            value = e.value & ((1 << (8 * size)) - 1)
            if size == 1:
                return [f".byte {octal(value)}"]
            if size == 4:
                return [octal(value >> 16), octal(value & 0xFFFF)]
            return [octal(value)]
        if isinstance(e, Addr) and size == 2:
            self.unit.ref(e.label)
            return [e.label + (f"+{octal(e.offset)}" if e.offset > 0 else
                               octal(e.offset) if e.offset else "")]
        raise error_at(getattr(node, "coord", None), "initializer is not a constant")

    def strings(self) -> None:
        """The literal table: every string once, NUL-terminated."""
        for data, label in self.unit.strings.items():
            self.labels.add(label)
            self.data.append(f"{label}:")
            self.data.extend(_bytes(data + b"\0"))

    def lines(self) -> list[str]:
        """The sections' text."""
        out = []
        if self.data:
            out += [".data", *self.data]
        if self.bss:
            out += [".bss", *self.bss]
        return out


def _bytes(data: bytes) -> list[str]:
    return [".byte " + ",".join(octal(b) for b in data[i:i + 12])
            for i in range(0, len(data), 12)]
