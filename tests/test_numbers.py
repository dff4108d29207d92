"""The numbers C sees agree with the Python tables, and the signal table with V6.

``v6.errno``, ``v6.signals`` (with ``v6.param.NSIG``) and ``v6.sysent`` are
the one source of the error, signal and system-call numbers; the C headers
and the library's assembler sources are written by hand and must say the
same.  Each is read here two ways: its definitions parsed as text (so an
extra or a missing name is caught), and the headers also through the
compiler, by a program that prints every number (so what a C program really
gets is checked, macros and all).
"""

from __future__ import annotations

import re

import pytest

import userland
from tests.cc.helpers import run_c
from v6 import errno, param, signals, sysent

DEFINE = re.compile(r"^#define\s+(\w+)\s+(\d+)\b", re.M)
ASSIGN = re.compile(r"^(\w+)\s*=\s*(\d+)(\.?)\s*(?:/.*)?$", re.M)


def _defines(header: str) -> dict[str, int]:
    text = userland.path("include", header).read_text()
    return {name: int(value) for name, value in DEFINE.findall(text)}


def _errnos() -> dict[str, int]:
    return {name: value for name, value in vars(errno).items()
            if re.fullmatch(r"E[A-Z0-9]+", name)}


def _signal_names() -> dict[str, int]:
    return {s.name: s.number for s in signals.SIGNALS if s.name} | {"NSIG": param.NSIG}


def test_errno_h_defines_exactly_the_error_numbers():
    assert _defines("errno.h") == _errnos()


def test_signal_h_defines_exactly_the_signals():
    assert _defines("signal.h") == _signal_names()


def test_a_c_program_sees_the_numbers_of_the_tables():
    names = [*_errnos(), *_signal_names()]
    body = "".join(f'\tprintf("%d\\n", {name});\n' for name in names)
    r = run_c("#include <stdio.h>\n#include <errno.h>\n#include <signal.h>\n"
              f"int main() {{\n{body}\treturn 0;\n}}\n")
    seen = dict(zip(names, map(int, r.stdout.split()), strict=True))
    assert seen == _errnos() | _signal_names()


def test_library_assembler_sources_use_the_tables_numbers():
    tables = ({s.name: s.number for s in sysent.SYSENT} | _errnos() | _signal_names())
    found = {}
    for source in sorted(userland.path("lib").glob("*.s")):
        for name, digits, point in ASSIGN.findall(source.read_text()):
            if name in tables:
                found[name] = int(digits, 10 if point else 8)
                assert found[name] == tables[name], f"{source.name}: {name} = {digits}{point}"
    assert {"indir", "pipe", "NSIG", "EINVAL"} <= set(found)


# V6's signals, from signal(II) of the Sixth Edition manual and param.h:
# the starred signals leave a core image, 4 and 5 are not reset when caught.
V6_NAMES = ["SIGHUP", "SIGINT", "SIGQIT", "SIGINS", "SIGTRC", "SIGIOT", "SIGEMT", "SIGFPT",
            "SIGKIL", "SIGBUS", "SIGSEG", "SIGSYS", "SIGPIPE"]
STARRED = {3, 4, 5, 6, 7, 8, 10, 11, 12}


def test_every_signal_number_has_one_row():
    assert [s.number for s in signals.SIGNALS] == list(range(1, 20))
    assert param.NSIG == 20
    assert [s.name for s in signals.SIGNALS] == [*V6_NAMES, *[None] * 6]


def test_default_actions_and_catching_as_signal_ii_says():
    assert {s.number for s in signals.SIGNALS if s.core} == STARRED
    assert {s.number for s in signals.SIGNALS if s.stays_caught} == {4, 5}


@pytest.mark.parametrize(("number", "message"), [
    (1, "Hangup"), (2, ""), (3, "Quit"), (4, "Illegal instruction"), (5, "Trace/BPT trap"),
    (6, "IOT trap"), (7, "EMT trap"), (8, "Floating exception"), (9, "Killed"),
    (10, "Bus error"), (11, "Memory fault"), (12, "Bad system call"), (13, ""),
    (14, "Sig 14"), (19, "Sig 19"),
])
def test_the_shells_death_notices(number, message):
    assert signals.BY_NUMBER[number].message == message


def test_names_index_the_table():
    assert signals.BY_NAME["SIGSEG"].number == signals.SIGSEG == 11
    assert signals.BY_NAME["SIGPIPE"].number == signals.SIGPIPE == 13
