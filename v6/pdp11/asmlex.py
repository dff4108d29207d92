"""V6: the lexical conventions of the UNIX Assembler Reference Manual, sec. 2.

``tokens(text)`` turns one source file into a list of ``Token`` and a list
of lexical errors ``(line, letter, detail)``; the last token is ``eof``.

Token kinds and values:

- ``name``: an identifier as spelled (letters, digits, ``.``, ``_``, ``~``;
  not starting with a digit).  Truncation to 8 significant characters and
  the meaning of a leading ``~`` belong to the symbol table.
- ``num``: a constant's 16-bit value; ``text`` keeps the spelling (a lone
  digit before ``:`` is a numeric label).  Digits are octal, with 8 and 9
  worth 010 and 011; a trailing ``.`` makes them decimal.  ``'c`` is one
  character in the low byte; ``"ab`` two, the first in the low byte.
- ``temp``: ``(digit, forward)`` for the temporary symbols ``Nf`` / ``Nb``.
- ``str``: the bytes of a ``<...>`` string.
- ``op``: one of ``+ - * & | ^ ! % [ ] ( ) , : = $`` and the escaped operators
  ``\\/`` (division, value ``/``), ``\\<`` and ``\\>`` (shifts, values ``<``, ``>``)
  and ``\\%`` (modulo, value ``%``).
- ``eos``: the end of a statement, ``;`` or a new-line (value ``;`` or ``\\n``).

Escapes in strings and character constants (sec. 5.5): ``\\n`` NL, ``\\t`` HT,
``\\e`` EOT, ``\\0`` NUL, ``\\r`` CR, ``\\a`` ACK, ``\\p`` ESC (033), ``\\\\`` and
``\\>`` themselves; any other ``\\X`` stands for X.  ``/`` starts a comment
except inside a string or right after a quote.

Errors use V6's letters: ``G`` garbage character, ``<`` string not
terminated, ``X`` a quote with no character after it.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    """One token: its kind, its value, the line it is on, its spelling."""

    kind: str
    value: object
    line: int
    text: str = ""


_ESCAPES = {"n": 0o12, "t": 0o11, "e": 0o4, "0": 0, "r": 0o15, "a": 0o6, "p": 0o33}

# Deviation from V6: carriage returns and form feeds count as blanks here
# (files from other systems), where V6 would have called them garbage.
_LEX = re.compile(r"""
     (?P<blank>[ \t\r\f]+)
    |(?P<comment>/[^\n]*)
    |(?P<eos>[;\n])
    |(?P<name>[A-Za-z_.~][A-Za-z0-9_.~]*)
    |(?P<temp>[0-9][fb])
    |(?P<num>[0-9]+\.?)
    |(?P<char>'(?:\\[^\n]|[^\n]))
    |(?P<pair>"(?:\\[^\n]|[^\n])(?:\\[^\n]|[^\n]))
    |(?P<str><(?P<body>(?:\\[^\n]|[^>\\\n])*)(?P<close>>?))
    |(?P<esc>\\[/<>%])
    |(?P<op>[-+*&|^!%\[\](),:=$])
    |(?P<quote>['"])
    |(?P<bad>.)
""", re.VERBOSE)

_CHARS = re.compile(r"\\(.)|(.)", re.DOTALL)


def tokens(text: str) -> tuple[list[Token], list[tuple[int, str, str]]]:
    """The tokens of one source file and its lexical errors."""
    out: list[Token] = []
    errors: list[tuple[int, str, str]] = []
    line = 1
    for m in _LEX.finditer(text):
        kind, s = m.lastgroup, m.group()
        if kind in ("blank", "comment"):
            continue
        tok = _token(m, line, errors)
        if tok is not None:
            out.append(tok)
        if s == "\n":
            line += 1
    out.append(Token("eof", None, line))
    return out, errors


def _token(m: re.Match, line: int, errors: list) -> Token | None:
    """The token for one lexeme, or None (after noting an error)."""
    kind, s = m.lastgroup, m.group()
    if kind == "num":
        return Token("num", _number(s), line, s)
    if kind == "temp":
        return Token("temp", (int(s[0]), s[1] == "f"), line, s)
    if kind in ("char", "pair"):
        return Token("num", _constant(s[1:], line, errors), line, s)
    if kind == "str":
        if not m.group("close"):
            errors.append((line, "<", "string not terminated"))
        return Token("str", bytes(_chars(m.group("body"), line, errors)), line, s)
    if kind == "esc":
        return Token("op", s[1], line, s)
    if kind == "quote":
        errors.append((line, "X", f"no character after {s}"))
        return None
    if kind == "bad":
        errors.append((line, "G", f"garbage character {s!r}"))
        return None
    return Token(kind, s, line, s)


def _number(s: str) -> int:
    """An octal (8 and 9 allowed) or, with a trailing ``.``, decimal constant."""
    base = 10 if s.endswith(".") else 8
    value = 0
    for d in s.rstrip("."):
        value = (value * base + int(d)) & 0xFFFF
    return value


def _constant(body: str, line: int, errors: list) -> int:
    """A one- or two-character constant: the first character in the low byte."""
    value = 0
    for i, c in enumerate(_chars(body, line, errors)):
        value |= c << (8 * i)
    return value


def _chars(body: str, line: int, errors: list) -> list[int]:
    """The character codes of a string or constant body, escapes applied."""
    codes = []
    for m in _CHARS.finditer(body):
        esc, plain = m.groups()
        c = _ESCAPES.get(esc, ord(esc)) if esc is not None else ord(plain)
        if c > 0o377:
            errors.append((line, "G", f"character {chr(c)!r} is not one byte"))
            c &= 0o377
        codes.append(c)
    return codes
