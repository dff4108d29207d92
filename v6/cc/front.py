"""New: the compiler's front end — preprocess with pcpp, parse with pycparser.

``parse(text, filename, include_dirs, defines)`` returns a pycparser
``FileAST`` whose coordinates are the original files' lines and columns, or
raises ``CompileError`` with ``file:line:col: message`` for the first
preprocessor or syntax error.  ``CompileError`` and ``error_at`` are the one
way every later stage reports a bad program.

``#include "x.h"`` looks beside the including file, then in the ``-I``
directories, then in the system headers (``userland/include``);
``#include <x.h>`` skips the first.  Comments become blanks of the same
width, so columns stay true on lines without macro calls.  The predefined
names are ``unix`` and ``pdp11``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from pcpp import Preprocessor
from pycparser import c_ast, c_parser

import userland
from v6.errors import V6Error

SYSTEM_INCLUDE = userland.path("include")
"""The system headers (``#include <stdio.h>``)."""


class CompileError(V6Error):
    """A bad C program: the message starts with ``file:line:col:``."""


def error_at(coord: Any, message: str) -> CompileError:
    """A ``CompileError`` placed at a pycparser node's coordinate."""
    if coord is None:
        return CompileError(message)
    column = getattr(coord, "column", None) or 1
    return CompileError(f"{coord.file}:{coord.line}:{column}: {message}")


class _Preprocessor(Preprocessor):
    """pcpp with errors raised as ``CompileError`` and comments kept as blanks."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}

    def _column(self, tok: Any) -> int:
        text = self.texts.get(tok.source, "")
        return tok.lexpos - text.rfind("\n", 0, tok.lexpos)

    def on_error(self, file: str, line: int, msg: str) -> None:
        raise CompileError(f"{file}:{line}:1: {msg}")

    def on_file_open(self, is_system_include: bool, includepath: str) -> Any:
        with open(includepath, encoding="latin-1") as f:
            text = f.read()
        self.texts[includepath] = text
        return io.StringIO(text)

    def on_include_not_found(
        self, is_malformed: bool, is_system_include: bool, curdir: str, includepath: str
    ) -> str:
        tok = self.lastdirective
        where = f"{tok.source}:{tok.lineno}:{self._column(tok)}"
        raise CompileError(f"{where}: cannot find include file {includepath}")

    def on_directive_unknown(self, directive: Any, toks: Any, ifpassthru: bool, preceding: Any) -> Any:
        where = f"{directive.source}:{directive.lineno}:{self._column(directive)}"
        if directive.value == "error":
            raise CompileError(f"{where}: #error {''.join(t.value for t in toks).strip()}")
        if directive.value in ("pragma", "ident", "line"):
            return True
        raise CompileError(f"{where}: unknown directive #{directive.value}")

    def on_comment(self, tok: Any) -> bool:
        tok.value = re.sub(r"[^\n]", " ", tok.value)
        return True


def preprocess(
    text: str, filename: str, include_dirs: Sequence[str] = (), defines: Sequence[str] = ()
) -> str:
    """The preprocessed text of one C source, with ``#line`` marks for the parser.

    ``defines`` are ``NAME`` or ``NAME=VALUE`` as on a command line.
    """
    pp = _Preprocessor()
    pp.texts[filename] = text
    pp.define("unix 1")
    pp.define("pdp11 1")
    for d in defines:
        name, _, value = d.partition("=")
        pp.define(f"{name} {value or '1'}")
    for d in [*include_dirs, str(SYSTEM_INCLUDE)]:
        pp.add_path(d)
    out = io.StringIO()
    try:
        pp.parse(text, filename)
        pp.write(out)
    except (IndexError, KeyError, AttributeError, TypeError, ValueError):
        # pcpp fails on some malformed directives (``#ifdef`` with no name)
        # instead of reporting them: name the directive it was reading.
        tok = pp.lastdirective
        if tok is None:
            raise CompileError(f"{filename}:1:1: the preprocessor failed") from None
        where = f"{tok.source}:{tok.lineno}:{pp._column(tok)}"
        raise CompileError(f"{where}: malformed #{tok.value}") from None
    return out.getvalue()


class _Parser(c_parser.CParser):
    """pycparser whose every error names file:line:col."""

    def _parse_error(self, msg: str, coord: Any) -> Any:
        if not isinstance(coord, c_parser.Coord) or coord.column is None:
            coord = self._nearest_coord() or coord
        if msg.startswith("before: "):
            msg = f"syntax error before '{msg[8:]}'"
        elif msg == "At end of input":
            msg = "syntax error at end of input"
        else:
            msg = "syntax error: " + msg[0].lower() + msg[1:]
        raise error_at(coord, msg) if isinstance(coord, c_parser.Coord) else CompileError(
            f"{coord}: {msg}"
        )

    def _parse_external_declaration(self) -> list:
        # pycparser gives ``f() {`` an implicit int but not ``f(a) char *a; {``
        # nor ``f();``, both common in K&R C; recognise them here.
        tok = self._peek()
        if tok is not None and tok.type == "ID" and not self._starts_declaration(tok):
            mark = self._mark()
            decl = self._parse_id_declarator()
            spec = {"qual": [], "alignment": [], "storage": [], "function": [],
                    "type": [c_ast.IdentifierType(["int"], coord=decl.coord)],
                    "type_attributes": []}
            if self._starts_declaration():
                return [self._parse_function_definition(spec, decl)]
            if self._peek_type() in ("SEMI", "COMMA"):
                decls = self._parse_init_declarator_list(first={"decl": decl})
                decls = self._build_declarations(spec=spec, decls=decls, typedef_namespace=True)
                return self._parse_declaration_end(decls)
            self._reset(mark)
        return super()._parse_external_declaration()

    def _fix_decl_name_type(self, decl: Any, typename: list) -> Any:
        # ``register i;`` and ``static x;``: a storage class alone means int (K&R).
        if not typename and getattr(decl, "storage", None):
            typename = [c_ast.IdentifierType(["int"], coord=decl.coord)]
        return super()._fix_decl_name_type(decl, typename)

    def _nearest_coord(self) -> Any:
        """The coordinate of the next token, or of the last one at the end of the input."""
        stream = self._tokens
        buffer = getattr(stream, "_buffer", [])
        index = getattr(stream, "_index", 0)
        for tok in [*buffer[index:index + 1], *reversed(buffer[:index])]:
            if tok is not None:
                return self._tok_coord(tok)
        return None


def parse(
    text: str, filename: str, include_dirs: Sequence[str] = (), defines: Sequence[str] = ()
) -> c_ast.FileAST:
    """Preprocess and parse one C source file."""
    source = preprocess(text, filename, include_dirs, defines)
    try:
        return _Parser().parse(source, filename)
    except c_parser.ParseError as exc:
        raise CompileError(str(exc)) from None
