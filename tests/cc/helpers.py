"""Helpers of the compiler tests: build C programs and run them on the bare machine."""

from __future__ import annotations

from collections.abc import Sequence

from v6.cc import link
from v6.pdp11 import runner


def build(source: str, name: str = "t.c", magic: int = 0o410) -> bytes:
    """Compile and link one C source text."""
    return link.build([(name, source)], magic)


def run(program: bytes, args: Sequence[str] = (), stdin: bytes = b"") -> runner.Result:
    """Run a program on the bare machine (the interpreter: programs here are short)."""
    return runner.run(program, ["prog", *args], stdin, engine="interp")


def run_c(source: str, args: Sequence[str] = (), stdin: bytes = b"") -> runner.Result:
    """Build and run a C source text."""
    return run(build(source), args, stdin)
