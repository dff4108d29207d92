"""V6: the lexical conventions of the UNIX Assembler Reference Manual, sec. 2.

``tokens(texts)`` turns the source files of one assembly into one list of
``Token``, the last of kind ``eof``.  As in V6, the files are read as one
stream of characters: a file that does not end in a new-line runs on into
the next (its last name may join the next file's first), and a segment or
an ``.if`` carries on across the join.  Each token records the file it
starts in (an index into ``texts``) and the line there.

Token kinds and values:

- ``name``: an identifier as spelled (letters, digits, ``.``, ``_``, ``~``;
  not starting with a digit).
- ``num``: a constant's 16-bit value; ``text`` keeps the spelling.  Digits
  are octal, with 8 and 9 worth 010 and 011; a trailing ``.`` makes them
  decimal.  ``'c`` is one character in the low byte; ``"ab`` two, the first
  in the low byte.  The character may be a blank, ``;`` or ``/``.
- ``temp``: ``(digits, forward)`` for the temporary symbols ``Nf`` / ``Nb``
  (the parser wants one digit).
- ``str``: the bytes of a ``<...>`` string.
- ``op``: one of ``+ - * & | ^ ! % [ ] ( ) , : = $``, the escaped operators
  ``\\/`` (division, value ``/``), ``\\<`` and ``\\>`` (shifts, values ``<``,
  ``>``) and ``\\%`` (an or, like ``|``: value ``|``), or ``\\X`` for any
  other X: a token that is neither operand nor operator, so an error
  wherever it stands.
- ``eos``: the end of a statement, ``;`` or a new-line (value ``;`` or ``\\n``).
- ``err``: a lexical error, ``(letter, detail)``: ``g`` for a garbage
  character (which is otherwise ignored), ``<`` for a string or character
  constant cut short by a new-line or the end of the input.  V6 stopped
  reading there, so a ``<`` error is followed by ``eof``.

Escapes in strings and character constants (sec. 5.5): ``\\n`` NL, ``\\t`` HT,
``\\e`` EOT, ``\\0`` NUL, ``\\r`` CR, ``\\a`` ACK, ``\\p`` ESC (033); any other
``\\X`` stands for X, including a new-line.  ``/`` starts a comment except
inside a string or right after a quote.  Carriage returns are ignored, as
V6 ignored them; form feeds and other control characters are garbage.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple


class Token(NamedTuple):
    """One token: its kind, its value, where it starts, its spelling."""

    kind: str
    value: object
    file: int
    line: int
    text: str = ""


_ESCAPES = {"n": 0o12, "t": 0o11, "e": 0o4, "0": 0, "r": 0o15, "a": 0o6, "p": 0o33}
_CHAR = r"(?:\\[\s\S]|[^\n])"

_LEX = re.compile(rf"""
     (?P<blank>[ \t\r]+)
    |(?P<comment>/[^\n]*)
    |(?P<eos>[;\n])
    |(?P<name>[A-Za-z_.~][A-Za-z0-9_.~]*)
    |(?P<temp>[0-9]+[fb])
    |(?P<num>[0-9]+\.?)
    |(?P<char>'{_CHAR})
    |(?P<pair>"{_CHAR}{_CHAR})
    |(?P<str><(?P<body>(?:\\[\s\S]|[^>\\\n])*)>)
    |(?P<cut>[<'"])
    |(?P<esc>\\[\s\S])
    |(?P<op>[-+*&|^!%\[\](),:=$])
    |(?P<bad>[\s\S])
""", re.VERBOSE)

_CHARS = re.compile(r"\\([\s\S])|([\s\S])")
_OPERATOR_ESCAPES = {"/": "/", "<": "<", ">": ">", "%": "|"}


class _Where:
    """File and line of a position in the joined texts."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.starts = [0, *accumulate(len(t) for t in texts)][:-1] or [0]
        whole = "".join(texts)
        self.newlines = [i for i, c in enumerate(whole) if c == "\n"]

    def __call__(self, pos: int) -> tuple[int, int]:
        file = bisect_right(self.starts, pos) - 1
        line = bisect_left(self.newlines, pos) - bisect_left(self.newlines, self.starts[file]) + 1
        return file, line


def tokens(texts: Sequence[str]) -> list[Token]:
    """The tokens of the joined source files, ending with ``eof``."""
    where = _Where(texts)
    out: list[Token] = []
    whole = "".join(texts)
    for m in _LEX.finditer(whole):
        if m.lastgroup in ("blank", "comment"):
            continue
        tok = _token(m, *where(m.start()))
        out.append(tok)
        if tok.kind == "err" and tok.value[0] == "<":
            break
    last = len(texts) - 1
    out.append(Token("eof", None, last, texts[last].count("\n") + 1 if texts else 1))
    return out


def _token(m: re.Match, file: int, line: int) -> Token:
    kind, s = m.lastgroup, m.group()
    if kind == "num":
        return Token("num", _number(s), file, line, s)
    if kind == "temp":
        return Token("temp", (s[:-1], s[-1] == "f"), file, line, s)
    if kind in ("char", "pair"):
        return Token("num", _constant(s[1:]), file, line, s)
    if kind == "str":
        return Token("str", bytes(_chars(m.group("body"))), file, line, s)
    if kind == "cut":
        return Token("err", ("<", f"{s} cut short by the end of the line"), file, line, s)
    if kind == "esc":
        return Token("op", _OPERATOR_ESCAPES.get(s[1], s), file, line, s)
    if kind == "bad":
        return Token("err", ("g", f"garbage character {s!r}"), file, line, s)
    return Token(kind, s, file, line, s)


def _number(s: str) -> int:
    """An octal (8 and 9 allowed) or, with a trailing ``.``, decimal constant."""
    base = 10 if s.endswith(".") else 8
    value = 0
    for d in s.rstrip("."):
        value = (value * base + int(d)) & 0xFFFF
    return value


def _constant(body: str) -> int:
    """A one- or two-character constant: the first character in the low byte."""
    value = 0
    for i, c in enumerate(_chars(body)):
        value |= c << (8 * i)
    return value


def _chars(body: str) -> list[int]:
    """The character codes of a string or constant body, escapes applied."""
    codes = []
    for m in _CHARS.finditer(body):
        esc, plain = m.groups()
        c = _ESCAPES.get(esc, ord(esc)) if esc is not None else ord(plain)
        codes.append(c & 0o377)
    return codes
