"""V6: a.out(5) — the output of the assembler and the loader, read and written.

The file, in order (words are 16-bit little-endian; every size is in bytes
and even):

- a header of 8 words: magic, text size, data size, bss size, symbol table
  size, entry point, unused, and a flag that is 1 when the relocation words
  have been suppressed;
- the text, then the initialized data;
- unless the flag is set, the relocation: one word per text word, then one
  per data word.  Bits 3-1 name the segment the word refers to (``R_ABS``
  0, ``R_TEXT`` 2, ``R_DATA`` 4, ``R_BSS`` 6, ``R_EXT`` 010 an undefined
  external whose symbol number is in bits 15-4); bit 0 (``R_PCREL``) says
  the word is relative to the pc, so that a loader moving it must subtract
  its own segment's displacement;
- the symbol table: 12-byte entries of an 8-byte NUL-padded name, a type
  word (``SYM_UNDEF`` 0, ``SYM_ABS`` 1, ``SYM_TEXT`` 2, ``SYM_DATA`` 3,
  ``SYM_BSS`` 4, ``SYM_REG`` 024, ``SYM_FILE`` 037, plus ``SYM_EXT`` 040 for
  a .globl symbol) and a value word.  An undefined external with a non-zero
  value is a common block of that many bytes.

The magic says where the data lies in the address space: 0407 right after
the text; 0410 (pure, shared text) at the next 8 KB boundary after the text;
0411 (separate instruction and data spaces) at 0 of the data space.  The bss
follows the data.

Interface: ``AOut`` holds a file (``AOut.from_bytes(raw, name)`` parses and
checks one, ``to_bytes()`` writes it back byte for byte; ``data_addr`` and
``bss_addr`` say where to load; ``stripped()`` is what strip(1) leaves);
``load(path)`` reads a file; ``data_addr(magic, text_size)`` computes the
data's address; ``reloc_word`` composes a relocation word.  A malformed file raises ``AoutError`` whose
message is one line naming the file and the problem.

What exec puts on the new stack is part of the format's contract with
crt0: ``exec_stack(args)`` gives those bytes and the SP, for the bare
runner and the kernel alike (more than ``EXEC_ARGS_MAX`` bytes of strings
raises ``ArgsTooLong``, the kernel's E2BIG).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from v6.errors import V6Error

MAGIC_NORMAL = 0o407
"""Text and data contiguous, text writable."""
MAGIC_PURE = 0o410
"""Pure text, shared and write-protected; data at the next 8 KB boundary."""
MAGIC_SEPARATE = 0o411
"""Separate instruction and data spaces; data at 0 of the data space."""
MAGICS = (MAGIC_NORMAL, MAGIC_PURE, MAGIC_SEPARATE)

HEADER_SIZE = 16
SYMBOL_SIZE = 12
SEGMENT_SIZE = 8192
"""A KT11 segment: pure text ends on one so the data can be mapped writable."""

SYM_UNDEF, SYM_ABS, SYM_TEXT, SYM_DATA, SYM_BSS = 0, 1, 2, 3, 4
SYM_REG = 0o24
SYM_FILE = 0o37
SYM_EXT = 0o40
R_ABS, R_TEXT, R_DATA, R_BSS, R_EXT = 0, 0o2, 0o4, 0o6, 0o10
R_PCREL = 1

STACK_TOP = 0o200000
"""The end of the 64 KB user address space, where exec puts the arguments."""
EXEC_ARGS_MAX = 510
"""Bytes of argument strings, each with its NUL, that V6's exec accepts."""

_HEADER = struct.Struct("<8H")
_SYMBOL = struct.Struct("<8sHH")


class AoutError(V6Error):
    """A file that is not a well-formed a.out."""


class ArgsTooLong(V6Error):
    """More argument bytes than exec accepts (V6's E2BIG)."""


@dataclass(frozen=True)
class Symbol:
    """One symbol table entry."""

    name: str
    """At most 8 characters."""
    type: int
    """``SYM_*``, with ``SYM_EXT`` added for a global."""
    value: int
    """The address (text, data, bss), the value (absolute), or a common size."""


@dataclass
class AOut:
    """An a.out file: header fields, segments, relocation and symbols."""

    magic: int = MAGIC_NORMAL
    text: bytes = b""
    data: bytes = b""
    bss: int = 0
    """Size of the bss segment in bytes."""
    entry: int = 0
    symbols: list[Symbol] = field(default_factory=list)
    relocation: list[int] | None = None
    """One word per text word then per data word; None when suppressed."""
    unused: int = 0
    """Header word 7, kept so that any file round-trips."""

    @property
    def data_addr(self) -> int:
        """The address of the first data byte in the data's address space."""
        return data_addr(self.magic, len(self.text))

    @property
    def bss_addr(self) -> int:
        """The address of the first bss byte (the bss follows the data)."""
        return self.data_addr + len(self.data)

    def stripped(self) -> AOut:
        """The file without symbols and relocation, as strip(1) leaves it."""
        return replace(self, symbols=[], relocation=None)

    def to_bytes(self) -> bytes:
        """The file's bytes."""
        self._check_sizes()
        header = _HEADER.pack(self.magic, len(self.text), len(self.data), self.bss,
                              SYMBOL_SIZE * len(self.symbols), self.entry, self.unused,
                              int(self.relocation is None))
        parts = [header, self.text, self.data]
        if self.relocation is not None:
            parts.append(struct.pack(f"<{len(self.relocation)}H", *self.relocation))
        for sym in self.symbols:
            parts.append(_SYMBOL.pack(sym.name.encode("latin-1")[:8], sym.type, sym.value))
        return b"".join(parts)

    def _check_sizes(self) -> None:
        for what, size in (("text", len(self.text)), ("data", len(self.data)), ("bss", self.bss)):
            if size % 2 or not 0 <= size <= 0xFFFF:
                raise AoutError(f"a.out {what} size {size} is not an even 16-bit number")
        words = (len(self.text) + len(self.data)) // 2
        if self.relocation is not None and len(self.relocation) != words:
            raise AoutError(f"a.out has {len(self.relocation)} relocation words for {words} words")

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "a.out") -> AOut:
        """Parse a file; ``name`` is for messages.  Raises ``AoutError``."""
        if len(raw) < 2:
            raise AoutError(f"{name}: not an a.out (only {len(raw)} bytes)")
        magic = raw[0] | raw[1] << 8
        if magic not in MAGICS:
            raise AoutError(f"{name}: not an a.out (bad magic 0{magic:o})")
        if len(raw) < HEADER_SIZE:
            raise AoutError(f"{name}: truncated header ({len(raw)} of {HEADER_SIZE} bytes)")
        _, tsize, dsize, bss, ssize, entry, unused, flag = _HEADER.unpack_from(raw)
        _check_header(name, tsize, dsize, bss, ssize)
        reader = _Reader(raw, name)
        text, data = reader.take(tsize, "text"), reader.take(dsize, "data")
        relocation = None
        if not flag:
            relocation = list(struct.unpack(f"<{(tsize + dsize) // 2}H",
                                            reader.take(tsize + dsize, "relocation")))
        table = reader.take(ssize, "symbol table")
        symbols = [Symbol(n.rstrip(b"\0").decode("latin-1"), t, v)
                   for n, t, v in _SYMBOL.iter_unpack(table)]
        return cls(magic, text, data, bss, entry, symbols, relocation, unused)


def _check_header(name: str, tsize: int, dsize: int, bss: int, ssize: int) -> None:
    for what, size in (("text", tsize), ("data", dsize), ("bss", bss)):
        if size % 2:
            raise AoutError(f"{name}: odd {what} size {size}")
    if ssize % SYMBOL_SIZE:
        raise AoutError(f"{name}: symbol table size {ssize} is not a multiple of {SYMBOL_SIZE}")


class _Reader:
    """Consecutive sections of a file after its header, each checked for length."""

    def __init__(self, raw: bytes, name: str) -> None:
        self.raw, self.name, self.pos = raw, name, HEADER_SIZE

    def take(self, size: int, what: str) -> bytes:
        if self.pos + size > len(self.raw):
            have = max(len(self.raw) - self.pos, 0)
            raise AoutError(f"{self.name}: truncated {what} ({have} of {size} bytes)")
        self.pos += size
        return self.raw[self.pos - size:self.pos]


def data_addr(magic: int, text_size: int) -> int:
    """Where the data of a file with this magic and text size is loaded."""
    if magic == MAGIC_PURE:
        return (text_size + SEGMENT_SIZE - 1) // SEGMENT_SIZE * SEGMENT_SIZE
    if magic == MAGIC_SEPARATE:
        return 0
    return text_size


def load(path: str) -> AOut:
    """Read and parse the a.out file at ``path``."""
    with open(path, "rb") as f:
        return AOut.from_bytes(f.read(), path)


def reloc_word(segment: int, pcrel: bool = False, symbol: int = 0) -> int:
    """A relocation word: ``R_*`` segment, pc-relative bit, external symbol number."""
    return symbol << 4 | segment | int(pcrel)


def exec_stack(args: Sequence[bytes]) -> tuple[int, bytes]:
    """The stack exec builds for a new image: its SP and the bytes from SP to the top.

    V6's layout: the argument strings, each with its NUL, end at the top of
    the address space, their total padded to even (the pad byte last);
    below them a -1 word (0177777) ends the pointers, below that one
    pointer per string, and below that argc, where SP points.  More than
    ``EXEC_ARGS_MAX`` bytes of strings raises ``ArgsTooLong``.
    """
    if any(b"\0" in a for a in args):
        raise ValueError("an argument string holds a NUL")
    strings = b"".join(a + b"\0" for a in args)
    if len(strings) > EXEC_ARGS_MAX:
        raise ArgsTooLong(f"arguments too long ({len(strings)} bytes; V6 allowed {EXEC_ARGS_MAX})")
    size = len(strings) + (len(strings) & 1)
    pointers, at = [], STACK_TOP - size
    for a in args:
        pointers.append(at)
        at += len(a) + 1
    words = struct.pack(f"<{len(args) + 2}H", len(args), *pointers, 0o177777)
    image = words + strings.ljust(size, b"\0")
    return STACK_TOP - len(image), image
