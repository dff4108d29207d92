"""New: linking — the program's units plus the library modules they need, as one assembly.

``link(units, magic)`` picks library modules the way V6's ld searched an
archive: start from what the program's units need, take every module that
defines one of those names, add what that module needs, until nothing is
missing (``select``).  Then the assembler assembles, as one program with one
symbol table: ``crt0`` (the entry point, at address 0), the program's units
in command-line order, the chosen modules in library order, the common
block (tentative definitions such as ``int x;``, one copy each however many
units declare them) and ``_end``, the end of the bss, where the break
starts.  Nothing is linked that nobody references, so ``echo`` is small.

``build`` does it all from source texts (what ``v6 cc`` and the tests use).

Errors name C names (``undefined: foo (used by a.c)``).  Because the
assembler, like V6's, only looks at the first 8 characters of a name, two
globals that differ only after that are refused here rather than silently
merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from v6.cc.compiler import Compiled, compile_c
from v6.cc.libc import FIRST, Module, assembler_module, library
from v6.errors import V6Error


class LinkError(V6Error):
    """Undefined or multiply defined names."""


@dataclass
class Unit:
    """One input of the link: its text and interface (a compiled C file or an assembler file)."""

    name: str
    text: str
    defines: set[str]
    needs: set[str]
    commons: dict[str, int]


def from_compiled(c: Compiled) -> Unit:
    """A compiled C file as a link input."""
    return Unit(c.name, c.text, set(c.defines), set(c.needs), dict(c.commons))


def from_module(m: Module) -> Unit:
    """A library or assembler module as a link input."""
    return Unit(m.name, m.text, set(m.defines), set(m.needs), dict(m.commons))


def c_name(asm_name: str) -> str:
    """The C spelling of an assembler name (``_foo`` is ``foo``)."""
    return asm_name[1:] if asm_name.startswith("_") else asm_name


def select(units: Sequence[Unit], modules: Sequence[Module]) -> list[Module]:
    """The library modules the units need, transitively, in library order."""
    provider: dict[str, Module] = {}
    for m in modules:
        for name in m.defines:
            provider.setdefault(name, m)
    defined = {n for u in units for n in u.defines}
    chosen: dict[str, Module] = {}
    wanted = [(n, u.name) for u in units for n in sorted(u.needs)]
    first = next(m for m in modules if m.name == FIRST)
    wanted += [(n, FIRST) for n in first.needs]
    commons = {n for u in units for n in u.commons} | {n for m in modules for n in m.commons}
    missing = []
    while wanted:
        name, user = wanted.pop()
        if name in defined or name in commons or name == "_end":
            continue
        m = provider.get(name)
        if m is None:
            missing.append((name, user))
            continue
        if m.name not in chosen:
            chosen[m.name] = m
            defined.update(m.defines)
            wanted += [(n, m.name) for n in m.needs]
    if missing:
        names = sorted({c_name(n) for n, _ in missing})
        users = sorted({u for _, u in missing})
        raise LinkError(f"undefined: {', '.join(names)} (used by {', '.join(users)})")
    order = {m.name: i for i, m in enumerate(modules)}
    return sorted(chosen.values(), key=lambda m: order[m.name])


def _check_definitions(units: Sequence[Unit]) -> None:
    where: dict[str, str] = {}
    short: dict[str, str] = {}
    for u in units:
        for name in sorted(u.defines):
            if name in where:
                raise LinkError(f"{c_name(name)} is defined twice ({where[name]}, {u.name})")
            where[name] = u.name
    for name in sorted(where.keys() | {n for u in units for n in u.commons}):
        other = short.setdefault(name[:8], name)
        if other != name:
            raise LinkError(f"{c_name(other)} and {c_name(name)} are the same name to the "
                            "assembler (only 8 characters count)")


def _commons(units: Sequence[Unit]) -> str:
    """The bss of tentative definitions nobody initialized, then ``_end``."""
    defined = {n for u in units for n in u.defines}
    sizes: dict[str, int] = {}
    for u in units:
        for name, size in u.commons.items():
            sizes[name] = max(size, sizes.get(name, 0))
    lines = [".bss"]
    for name, size in sizes.items():
        if name not in defined:
            lines += [".even", f".globl\t{name}", f"{name}:", f".=.+{size:o}"]
    lines += [".even", ".globl\t_end", "_end:"]
    return "\n".join(lines) + "\n"


def sources(units: Sequence[Unit]) -> list[tuple[str, str]]:
    """The (file name, text) pairs to assemble for a program made of ``units``."""
    modules = library()
    chosen = select(units, modules)
    first = next(m for m in modules if m.name == FIRST)
    parts = [from_module(first), *units, *(from_module(m) for m in chosen if m is not first)]
    _check_definitions(parts)
    return [(u.name, _START + u.text) for u in parts] + [("(common)", _commons(parts))]


# The assembler carries the segment and the location in it from one file to
# the next: start each file in the text, every segment at an even address.
_START = ".data\n.even\n.bss\n.even\n.text\n.even\n"


def link(units: Sequence[Unit], magic: int = 0o410) -> bytes:
    """Link a program: the a.out file's bytes."""
    from v6.pdp11 import asm

    return asm.assemble(sources(units), magic=magic).to_bytes()


def tag(i: int) -> str:
    """The label tag of the program's ``i``-th source (lower case; libc's are upper case)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


def units_of(files: Sequence[tuple[str, str]], include_dirs: Sequence[str] = (),
             defines: Sequence[str] = ()) -> list[Unit]:
    """Compile (``.c``) or take as they are (``.s``) the program's sources, (name, text) pairs."""
    units = []
    for i, (name, text) in enumerate(files):
        if name.endswith(".s"):
            units.append(from_module(assembler_module(name, text)))
        else:
            units.append(from_compiled(compile_c(text, name, tag(i), include_dirs, defines)))
    return units


def build(files: Sequence[tuple[str, str]], magic: int = 0o410,
          include_dirs: Sequence[str] = (), defines: Sequence[str] = ()) -> bytes:
    """Compile and link a program from (name, text) sources: the a.out's bytes."""
    return link(units_of(files, include_dirs, defines), magic)
