"""New: cc's way to a program — each input made an object, then ld (v6.pdp11.ld).

As V6's cc did: every ``.c`` source is compiled and its assembler text
assembled alone into a relocatable object, every ``.s`` source assembled
alone, and ``.o`` objects are taken as they are (``objects_of``).  Then
``link`` runs ld on crt0 (the entry point, at address 0), the program's
objects in command-line order and libc as a library searched archive-style
(v6.cc.libc), so nothing is linked that nobody references and ``echo``
stays small.  ld allocates the common blocks (tentative definitions such as
``int x;``, which the compiler declares with ``.comm``) and defines
``_end``, where the break starts.

Errors name C names (``undefined: foo (used by a.c)``).  Because the
assembler and ld, like V6's, only keep the first 8 characters of a name, two
globals of the program (or of the library modules it loads) that differ
only after that are refused here rather than silently merged.

``build`` does it all from source texts (what the tests use).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from v6.cc import libc
from v6.cc.compiler import Compiled, compile_c
from v6.errors import V6Error
from v6.pdp11 import aout, ld

NAME_SIZE = 8
"""Characters of a name the assembler and ld keep."""


class LinkError(V6Error):
    """Names that the 8-character limit would merge."""


@dataclass
class Input:
    """One input of the program made an object, with its full global names when known."""

    object: ld.Object
    names: set[str] = field(default_factory=set)
    """Global names it defines or uses, in full (C sources only)."""


def c_name(asm_name: str) -> str:
    """The C spelling of an assembler name (``_foo`` is ``foo``)."""
    return asm_name[1:] if asm_name.startswith("_") else asm_name


def tag(i: int) -> str:
    """The label tag of the program's ``i``-th source (lower case; libc's are upper case)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


def compile_source(name: str, raw: bytes, i: int, include_dirs: Sequence[str] = (),
                   defines: Sequence[str] = ()) -> Compiled:
    """Compile the program's ``i``-th input, a C source named ``name``."""
    return compile_c(raw.decode("latin-1"), name, tag(i), include_dirs, defines)


def objects_of(files: Sequence[tuple[str, bytes]], include_dirs: Sequence[str] = (),
               defines: Sequence[str] = ()) -> list[Input]:
    """Compile and assemble (``.c``), assemble (``.s``) or read (``.o``) each input,
    given as (name, contents) pairs."""
    inputs = []
    for i, (name, raw) in enumerate(files):
        if name.endswith(".o"):
            inputs.append(Input(ld.Object.from_bytes(raw, name)))
        elif name.endswith(".s"):
            text = raw.decode("latin-1")
            inputs.append(Input(ld.Object.from_bytes(libc.assemble_object(name, text), name)))
        else:
            c = compile_source(name, raw, i, include_dirs, defines)
            obj = ld.Object.from_bytes(libc.assemble_object(name, c.text), name)
            inputs.append(Input(obj, c.defines | c.needs | set(c.commons)))
    return inputs


def link(inputs: Sequence[Input], magic: int = aout.MAGIC_PURE) -> bytes:
    """Link crt0, the program's objects and what libc provides: the a.out's bytes."""
    crt0, library = libc.objects()
    names = {n for i in inputs for n in i.names}
    _check_names(names)
    full = {n[:NAME_SIZE]: n for n in names}
    options = ld.Options(magic=magic, show=lambda n: c_name(full.get(n, n)))
    linked = ld.link([crt0, *(i.object for i in inputs), library], options)
    defines = {m.name: m.defines for m in libc.library()}
    from_libc = {id(o) for o in library.members}
    _check_names(names.union(*(defines[o.name] for o in linked.loaded if id(o) in from_libc)))
    return linked.aout.to_bytes()


def _check_names(names: set[str]) -> None:
    """Refuse two global names that are one name in 8 characters."""
    short: dict[str, str] = {}
    for name in sorted(names):
        other = short.setdefault(name[:NAME_SIZE], name)
        if other != name:
            raise LinkError(f"{c_name(other)} and {c_name(name)} are the same name to the "
                            "assembler (only 8 characters count)")


def build(files: Sequence[tuple[str, str]], magic: int = aout.MAGIC_PURE,
          include_dirs: Sequence[str] = (), defines: Sequence[str] = ()) -> bytes:
    """Compile and link a program from (name, text) sources: the a.out's bytes."""
    raw = [(name, text.encode("latin-1")) for name, text in files]
    return link(objects_of(raw, include_dirs, defines), magic)
