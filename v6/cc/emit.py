"""New: the assembler text of one function, with the little peephole work it needs.

The code generator calls ``op(mnemonic, *operands)`` and ``label(name)``;
``lines()`` returns the finished text after ``tidy`` has removed jumps to
the next instruction, turned ``jxx L1; jbr L2; L1:`` into ``jnxx L2; L1:``,
and dropped code that nothing can reach.

``Emitter`` also knows which operand the condition codes describe (``cc``):
an instruction that moves or computes a value into its destination leaves
N and Z describing it, so ``tst`` of that operand is redundant.  ``needs_tst``
answers that for the code generator, which then leaves the ``tst`` out.
Labels forget it: another path may arrive there.
"""

from __future__ import annotations

import re

# Instructions after which N and Z describe the destination and V is clear:
# any branch may follow.
_EXACT = frozenset({"mov", "movb", "bic", "bicb", "bis", "bisb", "clr", "clrb", "tst", "tstb",
                    "com", "comb", "xor", "bit", "bitb"})
# Instructions after which N and Z describe the destination (V may be set).
_NZ = frozenset({"add", "sub", "inc", "incb", "dec", "decb", "neg", "negb", "asl", "aslb",
                 "asr", "asrb", "adc", "sbc"})

BRANCHES = {
    "jeq": "jne", "jne": "jeq", "jlt": "jge", "jge": "jlt", "jle": "jgt", "jgt": "jle",
    "jlo": "jhis", "jhis": "jlo", "jlos": "jhi", "jhi": "jlos", "jmi": "jpl", "jpl": "jmi",
}
"""Conditional long branches (assembler pseudo-ops) and their opposites."""

_Z_OR_N = frozenset({"jeq", "jne", "jmi", "jpl"})
_REGISTER = re.compile(r"r[0-4]\Z")


class Emitter:
    """Collects the instructions of one function."""

    def __init__(self) -> None:
        self.code: list[tuple[str, str]] = []
        self.cc: tuple[set[str], bool] | None = None
        """(operand texts, V known clear) that N and Z currently describe."""

    def op(self, mnemonic: str, *operands: str) -> None:
        """Emit one instruction."""
        self.code.append((mnemonic, ",".join(operands)))
        self._track(mnemonic, operands)

    def _track(self, mnemonic: str, operands: tuple[str, ...]) -> None:
        self.cc = None
        if mnemonic not in _EXACT and mnemonic not in _NZ or mnemonic in ("bit", "bitb"):
            return
        byte = "b:" if mnemonic.endswith("b") else ""
        # A mov also leaves the flags describing its source when that is a register.
        texts = {operands[-1]} | ({operands[0]} if mnemonic in ("mov", "movb") and
                                  _REGISTER.match(operands[0]) else set())
        texts = {byte + t for t in texts if not (t.endswith("+") or t.startswith("-("))}
        if texts:
            self.cc = (texts, mnemonic in _EXACT)

    def needs_tst(self, operand: str, byte: bool, branch: str) -> bool:
        """Whether ``tst operand`` must precede ``branch`` (or the flags already say it)."""
        if self.cc is None:
            return True
        texts, exact = self.cc
        if ("b:" if byte else "") + operand not in texts:
            return True
        return not (exact or branch in _Z_OR_N)

    def label(self, name: str) -> None:
        """Place a label here."""
        self.code.append((name + ":", ""))
        self.cc = None

    def raw(self, text: str) -> None:
        """A line emitted as is (data words of jump tables): never dropped or moved."""
        self.code.append(("", text))
        self.cc = None

    def lines(self) -> list[str]:
        """The finished function text, tidied."""
        tidy(self.code)
        out = []
        for mnemonic, operands in self.code:
            if mnemonic.endswith(":"):
                out.append(mnemonic)
            elif not mnemonic:
                out.append(operands)
            else:
                out.append(f"\t{mnemonic}\t{operands}" if operands else f"\t{mnemonic}")
        return out


def _is_label(item: tuple[str, str]) -> bool:
    return item[0].endswith(":")


def _ends_flow(item: tuple[str, str]) -> bool:
    return item[0] in ("jbr", "jmp", "br", "rts", "rti")


def tidy(code: list[tuple[str, str]]) -> None:
    """Peephole passes, repeated until nothing changes."""
    changed = True
    while changed:
        changed = _drop_unreachable(code) | _jump_to_next(code) | _branch_over_jump(code)


def _labels_at(code: list[tuple[str, str]], i: int) -> set[str]:
    """The labels placed at position ``i`` (before the next instruction)."""
    names = set()
    while i < len(code) and _is_label(code[i]):
        names.add(code[i][0][:-1])
        i += 1
    return names


def _jump_to_next(code: list[tuple[str, str]]) -> bool:
    changed = False
    i = 0
    while i < len(code):
        m, target = code[i]
        if (m == "jbr" or m in BRANCHES) and target in _labels_at(code, i + 1):
            del code[i]
            changed = True
            continue
        i += 1
    return changed


def _branch_over_jump(code: list[tuple[str, str]]) -> bool:
    changed = False
    for i in range(len(code) - 2):
        m, target = code[i]
        if m in BRANCHES and code[i + 1][0] == "jbr" and target in _labels_at(code, i + 2):
            code[i] = (BRANCHES[m], code[i + 1][1])
            del code[i + 1]
            return True
    return changed


def _drop_unreachable(code: list[tuple[str, str]]) -> bool:
    changed = False
    i = 0
    while i < len(code) - 1:
        if _ends_flow(code[i]) and not _is_label(code[i + 1]) and code[i + 1][0]:
            del code[i + 1]
            changed = True
            continue
        i += 1
    return changed
