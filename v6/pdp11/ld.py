"""V6: ld(1), the loader — object files (a.out) linked into one.

The inputs are taken in order: each object's text, data and bss are put
after the text, data and bss of the objects before it (the output's data at
``aout.data_addr``: right after the text for 0407, at the next 8 KB boundary
for 0410 with ``-n``; the bss after the data).  A library is a list of
objects searched at its place in the argument list: a member is loaded only
when it defines a name that is still undefined.

Every word of text and data is relocated by its relocation word (see
aout.py): a reference to a segment of its own file gets that segment's
displacement; a reference to an external (symbol number in bits 15-4) gets
the symbol's final value; a pc-relative word also loses the displacement of
its own segment, since the pc moved with it.

Globals: a name defined twice is an error naming both files; a name nobody
defines is an error listing it and the files that use it (Deviation from
V6: its ld printed ``Undefined:`` and the names, or ``_f: x.o: Multiply
defined``, and left an a.out all the same; ours writes nothing).  An
undefined external with a non-zero value is a common block: the largest
size asked for is allocated at the start of the bss, before every file's
bss, in the order ld met the names.  ``_etext``, ``_edata`` and ``_end``
(the end of the text, of the data, of the bss) are defined when referred
to.  Pure text (0410) is padded with zeros to whole 64-byte clicks;
``_etext`` stays the true end.  Without ``-r`` the output has no relocation.

The output symbol table is, for each loaded file in order, its name (the
last part of its path, type ``SYM_FILE``, at its text) and its local
symbols; then the globals in the order ld first met them.  All this was
checked byte for byte against the genuine V6 ld (tests/pdp11/test_ld_v6.py).
V6's ld always wrote ``a.out``; ``-o`` is ours (in the CLI).  Options (``Options``):
``magic`` (``-n``), ``strip`` (``-s``: no symbols, no relocation), ``globals_only``
(``-x``), ``relocatable`` (``-r``: keep relocation, leave undefined names
and commons as they are, for a further ld run), ``undefined`` (``-u``:
names entered as undefined first, so that a library member defining them
is loaded).

Interface: ``link(inputs, options)`` returns a ``Linked`` (the a.out and the
loaded objects); a ``Library`` among the inputs is searched
there.  ``read_input`` reads an object file or an archive made by V6's ar
(magic 0177555) as a library, so the genuine /lib/libc.a and /lib/liba.a
of the 1975 pack can be linked.  Errors raise ``LdError``, one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from v6.errors import V6Error
from v6.pdp11 import aout
from v6.pdp11.aout import (
    R_ABS,
    R_BSS,
    R_DATA,
    R_EXT,
    R_PCREL,
    R_TEXT,
    SYM_BSS,
    SYM_DATA,
    SYM_EXT,
    SYM_TEXT,
    SYM_UNDEF,
    AOut,
    Symbol,
)

RESERVED = ("_etext", "_edata", "_end")
"""Names ld defines when they are referred to: end of text, of data, of bss."""

CLICK = 64
"""Bytes in a click, the kernel's unit of memory."""
_TYPE_MASK = 0o37
_SEGMENT_OF_TYPE = {SYM_TEXT: R_TEXT, SYM_DATA: R_DATA, SYM_BSS: R_BSS}
"""Symbol type -> the relocation segment of a word that holds its value."""


class LdError(V6Error):
    """A link that cannot be made: one line saying why."""


@dataclass(frozen=True)
class Object:
    """One object file read for linking."""

    name: str
    aout: AOut

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> Object:
        """Parse an object; a malformed one raises ``AoutError``."""
        return cls(name, AOut.from_bytes(raw, name))


@dataclass(frozen=True)
class Library:
    """Objects searched archive-style: a member is loaded only when needed."""

    name: str
    members: Sequence[Object]


ARCHIVE_MAGIC = 0o177555
"""The first word of an archive made by V6's ar."""
ARCHIVE_HEADER = 16
"""A member's header in an archive: name (8 bytes, NUL-padded), modification
time (2 words), owner (1 byte), mode (1 byte), size (1 word); the member
follows, padded to an even length."""


def read_input(raw: bytes, name: str) -> Object | Library:
    """An object file, or an archive of them (V6's ar format) as a library."""
    if len(raw) >= 2 and int.from_bytes(raw[:2], "little") == ARCHIVE_MAGIC:
        return read_archive(raw, name)
    return Object.from_bytes(raw, name)


def read_archive(raw: bytes, name: str) -> Library:
    """The members of an archive, in order; a malformed one raises ``LdError``."""
    members, at = [], 2
    while at < len(raw):
        if at + ARCHIVE_HEADER > len(raw):
            raise LdError(f"{name}: archive truncated in a member's header at byte {at}")
        member = raw[at:at + 8].split(b"\0", 1)[0].decode("latin-1")
        size = int.from_bytes(raw[at + 14:at + 16], "little")
        body = raw[at + ARCHIVE_HEADER:at + ARCHIVE_HEADER + size]
        if len(body) < size:
            raise LdError(f"{name}: archive member {member} truncated ({len(body)} of {size} bytes)")
        members.append(Object.from_bytes(body, f"{name}({member})"))
        at += ARCHIVE_HEADER + size + (size & 1)
    return Library(name, members)


@dataclass(frozen=True)
class Options:
    """What the command line asks of ld."""

    magic: int = aout.MAGIC_NORMAL
    strip: bool = False
    globals_only: bool = False
    relocatable: bool = False
    undefined: Sequence[str] = ()
    show: Callable[[str], str] = str
    """How a name appears in messages (cc shows C names, without the ``_``)."""


@dataclass
class Linked:
    """The result of a link."""

    aout: AOut
    loaded: list[Object]
    """The objects loaded, in order (library members included)."""


@dataclass
class _Global:
    """A global name as ld knows it so far."""

    name: str
    type: int = SYM_UNDEF
    value: int = 0
    """Value in its file's own addresses until laid out; a common's size."""
    file: int | None = None
    """Index of the defining loaded file."""
    users: list[str] = field(default_factory=list)


def link(inputs: Sequence[Object | Library], options: Options = Options()) -> Linked:
    """Link the inputs in order; raise ``LdError``."""
    if options.magic not in (aout.MAGIC_NORMAL, aout.MAGIC_PURE):
        raise LdError(f"ld: cannot write magic 0{options.magic:o}")
    state = _Link(options)
    for name in options.undefined:
        state.entry(name).users.append("-u")
    for item in inputs:
        if isinstance(item, Library):
            state.search(item)
        else:
            state.load(item)
    if not state.files:
        raise LdError("ld: nothing to load")
    return Linked(state.output(), list(state.files))


class _Link:
    """One link: the loaded files, the global symbol table and the layout."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.files: list[Object] = []
        self.globals: dict[str, _Global] = {}
        self.disp: list[dict[int, int]] = []
        """Per loaded file: relocation segment -> displacement."""

    def entry(self, name: str) -> _Global:
        g = self.globals.get(name)
        if g is None:
            g = self.globals[name] = _Global(name)
        return g

    # --- pass one: what is loaded, what each global is ------------------------

    def load(self, obj: Object) -> None:
        index = len(self.files)
        self.files.append(obj)
        for sym in obj.aout.symbols:
            if sym.type & SYM_EXT:
                self._enter(sym, index, obj.name)

    def _enter(self, sym: Symbol, index: int, file: str) -> None:
        g = self.entry(sym.name)
        kind = sym.type & _TYPE_MASK
        if kind == SYM_UNDEF:
            g.users.append(file)
            if g.type == SYM_UNDEF and sym.value > g.value:
                g.value = sym.value  # a common: the largest size wins
            return
        if g.type != SYM_UNDEF:
            show = self.options.show
            raise LdError(f"{show(sym.name)} is defined twice "
                          f"({self.files[g.file].name if g.file is not None else '?'}, {file})")
        g.type, g.value, g.file = kind, sym.value, index

    def search(self, library: Library) -> None:
        """Load the members that define a name still undefined, until none does.

        Deviation from V6: V6's ld went through a library once, in order, so
        a member had to come after every member that used it (hence
        lorder/tsort); here the pass is repeated until it loads nothing, so
        the order of members only decides the order they are loaded in."""
        taken: set[int] = set()
        while True:
            before = len(taken)
            for i, member in enumerate(library.members):
                if i not in taken and self._wanted(member):
                    taken.add(i)
                    self.load(member)
            if len(taken) == before:
                return

    def _wanted(self, member: Object) -> bool:
        for sym in member.aout.symbols:
            if sym.type & SYM_EXT and sym.type & _TYPE_MASK != SYM_UNDEF:
                g = self.globals.get(sym.name)
                if g is not None and g.type == SYM_UNDEF:
                    return True
        return False

    # --- layout ---------------------------------------------------------------

    def _layout(self) -> tuple[int, int, int, int]:
        """Displacements of every file; (text, data, bss sizes, data address)."""
        files = [f.aout for f in self.files]
        tsize = sum(len(a.text) for a in files)
        dsize = sum(len(a.data) for a in files)
        data_at = aout.data_addr(self.options.magic, _padded(tsize, self.options.magic))
        bss_at = data_at + dsize
        # V6's ld put the common blocks first in the bss, then every file's bss.
        commons = 0 if self.options.relocatable else self._commons(bss_at) - bss_at
        text, data, bss = 0, 0, commons
        for a in files:
            self.disp.append({R_ABS: 0, R_TEXT: text, R_DATA: data_at + data - a.data_addr,
                              R_BSS: bss_at + bss - a.bss_addr})
            text, data, bss = text + len(a.text), data + len(a.data), bss + a.bss
        for g in self.globals.values():
            if g.file is not None and g.type in _SEGMENT_OF_TYPE:
                g.value = (g.value + self.disp[g.file][_SEGMENT_OF_TYPE[g.type]]) & 0xFFFF
        if not self.options.relocatable:
            self._reserved(tsize, data_at + dsize, bss_at + bss)
        return tsize, dsize, bss, data_at

    def _commons(self, at: int) -> int:
        """Allocate the common blocks from ``at``; return where they end."""
        for g in self.globals.values():
            if g.type == SYM_UNDEF and g.value and g.name not in RESERVED:
                size = g.value + (g.value & 1)
                g.type, g.value = SYM_BSS, at
                at += size
        return at

    def _reserved(self, etext: int, edata: int, end: int) -> None:
        for name, value, kind in zip(RESERVED, (etext, edata, end), (SYM_TEXT, SYM_DATA, SYM_BSS),
                                     strict=True):
            g = self.globals.get(name)
            if g is not None and g.type == SYM_UNDEF:
                g.type, g.value = kind, value

    # --- pass two: the output -------------------------------------------------

    def output(self) -> AOut:
        tsize, _, bss, _ = self._layout()
        self._check_undefined()
        table = self._symbols()
        number = {s.name: i for i, s in enumerate(table) if s.type & SYM_EXT}
        text, data = bytearray(), bytearray()
        trel: list[int] = []
        drel: list[int] = []
        for index, f in enumerate(self.files):
            a = f.aout
            words = _words(a)
            relocation = a.relocation if a.relocation is not None else [0] * len(words)
            ntext = len(a.text) // 2
            for w, (word, r) in enumerate(zip(words, relocation, strict=True)):
                own = R_TEXT if w < ntext else R_DATA
                value, out_r = self._relocate(index, f, word, r, own, number)
                (text if w < ntext else data).extend(value.to_bytes(2, "little"))
                (trel if w < ntext else drel).append(out_r)
        # Without -r the relocation is dropped, as V6's ld did: "the -r
        # option must be given to preserve the relocation bits".
        pad = _padded(tsize, self.options.magic) - tsize
        text += bytes(pad)
        trel += [0] * (pad // 2)
        relocation = trel + drel if self.options.relocatable else None
        return AOut(self.options.magic, bytes(text), bytes(data), bss, 0, table, relocation)

    def _relocate(self, index: int, f: Object, word: int, r: int, own: int,
                  number: dict[str, int]) -> tuple[int, int]:
        """The relocated word and its relocation word in the output."""
        segment = r & 0o16
        pc = self.disp[index][own] if r & R_PCREL else 0
        if segment == R_EXT:
            symbols = f.aout.symbols
            if r >> 4 >= len(symbols):
                raise LdError(f"{f.name}: relocation names symbol {r >> 4} of {len(symbols)}")
            g = self.globals.get(symbols[r >> 4].name)
            if g is None or not symbols[r >> 4].type & SYM_EXT:
                raise LdError(f"{f.name}: relocation names local symbol {symbols[r >> 4].name}")
            if g.type == SYM_UNDEF:
                return (word - pc) & 0xFFFF, aout.reloc_word(R_EXT, bool(r & R_PCREL),
                                                               number[g.name])
            out_segment = _SEGMENT_OF_TYPE.get(g.type, R_ABS)
            return (word + g.value - pc) & 0xFFFF, out_segment | (r & R_PCREL)
        if segment not in self.disp[index]:
            raise LdError(f"{f.name}: bad relocation word 0{r:o}")
        return (word + self.disp[index][segment] - pc) & 0xFFFF, r

    def _check_undefined(self) -> None:
        if self.options.relocatable:
            return
        missing = [g for g in self.globals.values() if g.type == SYM_UNDEF]
        if missing:
            show = self.options.show
            names = ", ".join(sorted(show(g.name) for g in missing))
            users = ", ".join(sorted({u for g in missing for u in g.users}))
            raise LdError(f"undefined: {names} (used by {users})")

    def _symbols(self) -> list[Symbol]:
        """The output's symbol table: locals file by file, then the globals."""
        if self.options.strip:
            return []
        table = []
        if not self.options.globals_only:
            for index, f in enumerate(self.files):
                # V6's ld named each file, by the last part of its path, at its text.
                name = f.name.rsplit("/", 1)[-1]
                table.append(Symbol(name[:8], aout.SYM_FILE, self.disp[index][R_TEXT]))
                for sym in f.aout.symbols:
                    if not sym.type & SYM_EXT:
                        table.append(self._local(index, sym))
        for g in self.globals.values():
            table.append(Symbol(g.name, g.type | SYM_EXT, g.value & 0xFFFF))
        return table

    def _local(self, index: int, sym: Symbol) -> Symbol:
        segment = _SEGMENT_OF_TYPE.get(sym.type)
        if segment is None:
            return sym
        return Symbol(sym.name, sym.type, (sym.value + self.disp[index][segment]) & 0xFFFF)


def _padded(tsize: int, magic: int) -> int:
    """The text size in the output: V6's ld made pure text whole 64-byte clicks
    (the unit of the kernel's memory allocation); ``_etext`` stays the true end."""
    if magic == aout.MAGIC_PURE:
        return (tsize + CLICK - 1) // CLICK * CLICK
    return tsize


def _words(a: AOut) -> list[int]:
    raw = a.text + a.data
    return [raw[i] | raw[i + 1] << 8 for i in range(0, len(raw), 2)]

