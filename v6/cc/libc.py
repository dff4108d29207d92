"""New: the C library as a list of objects, searched by ld, built once and cached.

``library()`` returns every module of libc in a fixed order: the assembler
and C sources of ``userland/lib`` (``crt0.s`` first) and of its
subdirectories (a family of routines read side by side, such as
``launch/``, one module per file), and one stub per V6
system call generated from ``v6.sysent`` by ``stub``.  A module is one
relocatable object (``Module``, the a.out our assembler made of it) with
the global names it defines, in full (the object keeps only 8 characters);
``objects()`` gives them to ld as objects, crt0 apart, the rest as a library
that ld searches archive-style, the way V6's ld searched /lib/libc.a, so a
routine nobody references is not in the program.

Building compiles the C modules and assembles every module alone.  The
result is kept in memory and in a cache file under ``$V6_CACHE`` (default
``~/.cache/v6``), keyed by a hash of the library sources and of the
compiler and assembler themselves, so a changed compiler rebuilds it.

The system-call stubs: the C arguments are on the stack at 2(sp), 4(sp)...
(stubs have no frame); ``BINDINGS`` says which argument travels in r0 and
which become the inline words.  A call with inline words goes through
``sys indir`` to a copy of the ``sys`` instruction in the data segment,
since the text is read-only.  Failure (carry set) goes to ``cerror``: errno
is set and -1 returned.

Two habits of V6's own library sources, kept for V6's reasons: a source
defines the call names the assembler did not know (``indir = 0``,
``pipe = 42.``), and a failure branches round a ``jmp cerror`` (``bcc 1f``)
rather than ``jcs cerror``, which V6's as made a short branch to an
external name and refused.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import userland
from v6 import sysent
from v6.cc.compiler import compile_c
from v6.errors import V6Error
from v6.pdp11 import aout, asm, ld
from v6.pdp11.asmsym import MANUAL_CALLS

LIB_DIR = userland.path("lib")
"""The library sources."""

FIRST = "crt0.s"
"""The module that must come first: the program's entry point is address 0."""


@dataclass(frozen=True)
class Binding:
    """How a C function maps onto a system call: which arguments go where."""

    call: str
    r0: int | None = None
    """Index of the C argument passed in r0."""
    inline: tuple[int, ...] = ()
    """Indexes of the C arguments that become the inline words, in order."""
    returns: bool = True

    @property
    def value(self) -> bool:
        """The call's r0 is its result (a count, a descriptor, an id); the others
        return 0 when they succeed, as V6's library made them."""
        return self.call in VALUE_CALLS


VALUE_CALLS = frozenset({"read", "write", "open", "creat", "dup", "getpid", "getuid",
                         "getgid", "switch", "pstat", "spawn", "pcreate", "pwritemem",
                         "preadmem"})
"""System calls whose r0 the C function returns."""


BINDINGS: dict[str, Binding] = {
    "read": Binding("read", 0, (1, 2)), "write": Binding("write", 0, (1, 2)),
    "open": Binding("open", None, (0, 1)), "creat": Binding("creat", None, (0, 1)),
    "close": Binding("close", 0), "link": Binding("link", None, (0, 1)),
    "unlink": Binding("unlink", None, (0,)), "chdir": Binding("chdir", None, (0,)),
    "mknod": Binding("mknod", None, (0, 1, 2)), "chmod": Binding("chmod", None, (0, 1)),
    "chown": Binding("chown", None, (0, 1)), "stat": Binding("stat", None, (0, 1)),
    "seek": Binding("seek", 0, (1, 2)), "getpid": Binding("getpid"),
    "mount": Binding("mount", None, (0, 1, 2)), "umount": Binding("umount", None, (0,)),
    "setuid": Binding("setuid", 0), "getuid": Binding("getuid"),
    "ptrace": Binding("ptrace", 3, (1, 2, 0)), "fstat": Binding("fstat", 0, (1,)),
    "stty": Binding("stty", 0, (1,)), "gtty": Binding("gtty", 0, (1,)),
    "nice": Binding("nice", 0), "sleep": Binding("sleep", 0), "sync": Binding("sync"),
    "pstat": Binding("pstat", 0, (1,)), "model": Binding("model", None, (0, 1)),
    "_spawn": Binding("spawn", None, (0, 1, 2)), "pcreate": Binding("pcreate"),
    "pexec": Binding("pexec", 0, (1, 2)), "pdup": Binding("pdup", 0, (1, 2)),
    "pclosefd": Binding("pclosefd", 0, (1,)), "pchdir": Binding("pchdir", 0, (1,)),
    "pwritemem": Binding("pwritemem", 0, (1, 2, 3)),
    "preadmem": Binding("preadmem", 0, (1, 2, 3)), "pstart": Binding("pstart", 0),
    "kill": Binding("kill", 0, (1,)), "getcsw": Binding("switch"), "dup": Binding("dup", 0),
    "times": Binding("times", None, (0,)), "profil": Binding("prof", None, (0, 1, 2, 3)),
    "setgid": Binding("setgid", 0), "getgid": Binding("getgid"),
    "_exit": Binding("exit", 0, returns=False),
}
"""C function -> its system call.  The calls not here have hand-written
stubs in ``userland/lib`` (fork, wait, pipe, time, stime, signal, exec,
break) or none (indir)."""

HAND_WRITTEN = frozenset({"fork", "wait", "pipe", "time", "stime", "signal", "exec", "break",
                          "indir", "vfork", "rfork"})
"""System calls whose stubs are assembler sources of their own."""


@dataclass(frozen=True)
class Module:
    """One module of the library: its object and the globals it defines."""

    name: str
    object: bytes
    """The a.out our assembler made of the module (relocatable, 0407)."""
    defines: tuple[str, ...] = ()
    """Global names defined here, in full (for the 8-character check)."""

    def to_json(self) -> dict:
        return {"name": self.name, "object": self.object.hex(), "defines": list(self.defines)}

    @classmethod
    def from_json(cls, d: dict) -> Module:
        return cls(d["name"], bytes.fromhex(d["object"]), tuple(d["defines"]))


def stub(c_name: str, b: Binding) -> str:
    """The assembler text of the stub for C function ``c_name``."""
    entry = sysent.BY_NAME[b.call]
    if len(b.inline) != entry.args:
        raise ValueError(f"{c_name}: {b.call} takes {entry.args} inline words")
    name = "_" + c_name
    shape = ", ".join(f"a{i}" for i in range(1 + max([*b.inline, b.r0 or 0, -1])))
    lines = [f"/ {c_name}({shape}): sys {b.call} (generated from v6.sysent)",
             f".globl\t{name}, cerror"]
    if b.call not in MANUAL_CALLS:
        lines.append(f"{b.call} = {entry.number}.")
    if b.inline:
        lines.append("indir = 0")
    lines.append(f"{name}:")
    if b.r0 is not None:
        lines.append(f"\tmov\t{2 + 2 * b.r0}.(sp),r0")
    lines += [f"\tmov\t{2 + 2 * a}.(sp),9f+{2 + 2 * i}." for i, a in enumerate(b.inline)]
    lines.append("\tsys\tindir; 9f" if b.inline else f"\tsys\t{b.call}")
    if b.returns:
        lines += ["\tbcc\t1f", "\tjmp\tcerror", "1:", *([] if b.value else ["\tclr\tr0"]),
                  "\trts\tpc"]
    if b.inline:
        lines += [".data", f"9:\tsys\t{b.call}; " + "; ".join("0" for _ in b.inline)]
    return "\n".join(lines) + "\n"


def _tag(i: int) -> str:
    """Upper-case label tags for library C modules: A..Z, AA..ZZ (user files use lower case)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


def _sources() -> list[tuple[str, str]]:
    """(module name, source text) of every hand-written module, crt0 first."""
    files = sorted([*LIB_DIR.glob("*.[cs]"), *LIB_DIR.glob("*/*.[cs]")],
                   key=lambda p: (p.name != FIRST, p.relative_to(LIB_DIR).as_posix()))
    return [(p.relative_to(LIB_DIR).as_posix(), p.read_text(encoding="latin-1")) for p in files]


def _fingerprint(sources: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for name, text in sources:
        h.update(name.encode() + b"\0" + text.encode("latin-1") + b"\0")
    here = Path(__file__).resolve().parent
    headers = sorted(LIB_DIR.parent.joinpath("include").glob("*.h"))
    tools = [*headers, *sorted(here.glob("*.py")), here.parent / "sysent.py",
             *sorted((here.parent / "pdp11").glob("asm*.py")), here.parent / "pdp11" / "aout.py"]
    for p in tools:
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


def fingerprint() -> str:
    """A hash of libc's sources and of the compiler and assembler that build
    programs: what a cache of built programs must be keyed by."""
    return _fingerprint(_sources())


def cache_dir() -> Path:
    """Where built things are kept between runs ($V6_CACHE, else ~/.cache/v6)."""
    return Path(os.environ.get("V6_CACHE") or Path.home() / ".cache" / "v6")


@lru_cache(maxsize=1)
def library() -> tuple[Module, ...]:
    """Every module of libc, in link order (from the cache when it is current)."""
    sources = _sources()
    path = cache_dir() / f"libc-{_fingerprint(sources)}.json"
    try:
        return tuple(Module.from_json(m) for m in json.loads(path.read_text()))
    except (OSError, ValueError, TypeError, KeyError):
        pass
    modules = _build(sources)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([m.to_json() for m in modules]))
        tmp.replace(path)
    except OSError:
        pass  # no cache directory: build again next time
    return tuple(modules)


@lru_cache(maxsize=1)
def objects() -> tuple[ld.Object, ld.Library]:
    """crt0, to be loaded first, and the rest of libc as a library for ld."""
    modules = [ld.Object.from_bytes(m.object, m.name) for m in library()]
    first = next(o for o in modules if o.name == FIRST)
    return first, ld.Library("libc", [o for o in modules if o is not first])


def _build(sources: list[tuple[str, str]]) -> list[Module]:
    modules = []
    c_count = 0
    for name, text in sources:
        if name.endswith(".c"):
            try:
                c = compile_c(text, f"libc/{name}", _tag(c_count))
            except V6Error as exc:
                raise V6Error(f"building libc: {exc}") from None
            c_count += 1
            modules.append(Module(name, assemble_object(name, c.text), tuple(sorted(c.defines))))
        else:
            modules.append(assembler_module(name, text))
    for c_name, b in BINDINGS.items():
        module = assembler_module(f"{c_name}.sys", stub(c_name, b))
        # The assembler keeps 8 characters; the name C calls it by is the whole one.
        modules.append(Module(module.name, module.object, ("_" + c_name,)))
    return modules


def assemble_object(name: str, text: str) -> bytes:
    """A relocatable object from assembler text: undefined names are externals."""
    return asm.assemble([(name, text)], allow_undefined=True).to_bytes()


def assembler_module(name: str, text: str) -> Module:
    """A module from assembler source, with the globals it defines."""
    program = asm.assemble([(name, text)], allow_undefined=True)
    defines = tuple(s.name for s in program.symbols
                    if s.type & aout.SYM_EXT and s.type & 0o37 != aout.SYM_UNDEF)
    return Module(name, program.to_bytes(), defines)
