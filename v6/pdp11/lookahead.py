"""New: where the instructions ahead on a path access memory, relative to the registers.

The translator checks the mapping once for a *window* of addresses (see
``v6.pdp11.translate``); how wide a window is worth checking depends on
the accesses that follow.  ``accesses`` walks the paths from an
instruction on (both ways of a branch, each to a join or a way out: a
window checked before a branch serves the code after it) and lists the
accesses they make, the instruction's own first and in the order the code
generator makes them: each as (register, displacement)
— that register's value at the start of the first instruction, plus the
displacement — or None when the address is no known step from a register
(read from memory, or PC-relative).  The walk is only a forecast: the
translator sizes a window by it, but what a window covers is proved by the
block's own check and what its code knows, never by this walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from v6.pdp11 import codegen, isa, region

Address = tuple[int, int] | None
"""(register, displacement), or None: not a known step from a register."""
MAX_WALK = 32
"""Most instructions a walk looks at."""
_NAMED = {6: re.compile(r"\bsp\b"), 5: re.compile(r"\br5\b")}
"""Registers a body may change by name."""


def accesses(node: region.Node | object) -> list[tuple[Address, bool]]:
    """The accesses along the paths from ``node``, each with whether it writes:
    the instruction's own first, then those of both ways of each branch
    (up to a join or a way out), ``MAX_WALK`` instructions in all."""
    found: list[tuple[Address, bool]] = []
    paths: list[tuple[object, list[Address]]] = [(node, [(k, 0) for k in range(7)])]
    walked = 0
    while paths and walked < MAX_WALK:
        node, regs = paths.pop()
        if not isinstance(node, region.Node) or walked and node.ins > 1:
            continue
        _instruction(node.row, node.words, regs, found)
        walked += 1
        paths.append((node.next, regs))
        if node.conditional:
            paths.append((node.taken, regs[:]))
    return found


def _instruction(row: isa.Instr, words: tuple[int, ...], regs: list[Address],
                 found: list[tuple[Address, bool]]) -> None:
    """One instruction's accesses, and what it does to the registers."""
    index = iter(words[1:])
    fields = {name: words[0] >> shift & (1 << width) - 1 for name, shift, width in row.fields}
    for name in ("ss", "dd"):
        if name in fields:
            kind = row.src if name == "ss" else row.dst
            _operand(fields[name], kind or "a", row.byte, regs, found, index)
    if row.name == "mov" and fields["ss"] >> 3 == 0 and fields["dd"] >> 3 == 0 \
            and fields["ss"] != 7 and fields["dd"] != 7:
        regs[fields["dd"]] = regs[fields["ss"]]          # mov sp,r5 and mov r5,sp: csv, cret
    for step in codegen.prepare(row).steps:
        if step.kind == "push":
            regs[6] = _add(regs[6], -2)
            found.append((regs[6], True))
        elif step.kind == "pop":
            found.append((regs[6], False))
            regs[6] = _add(regs[6], 2)
    if "r" in fields and fields["r"] < 7:
        regs[fields["r"]] = None
        if "reg1" in row.body:
            regs[fields["r"] | 1] = None
    for k, pattern in _NAMED.items():
        if pattern.search(row.body):
            regs[k] = None


def _operand(spec: int, kind: str, byte: bool, regs: list[Address],
             found: list[tuple[Address, bool]], index: Iterator[int]) -> None:
    """A general operand's accesses (as ``codegen.address`` makes them) and side effects."""
    mode, r = spec >> 3, spec & 7
    if mode == 0:
        if kind in ("w", "m") and r < 7:
            regs[r] = None
        return
    if r == 7:
        # Immediate (27, no access), absolute (37), relative (67), relative deferred (77).
        if mode in (2, 3, 6, 7):
            next(index, None)
        if mode == 7:
            found.append((None, False))
        if mode != 2 and kind != "a":
            found.append((None, kind != "r"))
        return
    step = 2 if not byte or r == 6 or mode in (3, 5) else 1
    addr = regs[r]
    if mode in (6, 7):
        addr = _add(addr, next(index, 0))
    elif mode in (4, 5):
        addr = regs[r] = _add(addr, -step)
    elif mode in (2, 3):
        regs[r] = _add(addr, step)
    if mode in (3, 5, 7):
        found.append((addr, False))      # the pointer
        addr = None
    if kind != "a":
        found.append((addr, kind != "r"))


def _add(addr: Address, displacement: int) -> Address:
    if addr is None:
        return None
    return addr[0], (addr[1] + displacement + 0o100000) % 0o200000 - 0o100000
