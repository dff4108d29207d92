"""Whole V6-style sources in data/asm/, each carrying its expected output.

A source's header comment says what it must assemble to, worked out by hand
(the derivation is in the same comment), in lines of the form

    / expect text: 012700 000001 ...      (octal words; lines add up)
    / expect data: ...
    / expect bss: 0
    / expect symbols: name type value; ...   (octal type and value)
    / expect relocation: 0 4 031 ...         (octal; optional)
"""

import pathlib
import struct

import pytest

from v6.pdp11.aout import Symbol
from v6.pdp11.asm import assemble

DATA = pathlib.Path(__file__).parent / "data" / "asm"


def expectations(text):
    expect = {}
    for line in text.splitlines():
        if line.startswith("/ expect "):
            key, _, values = line[len("/ expect "):].partition(":")
            expect.setdefault(key, []).append(values.strip())
    return expect


def octal_words(lines):
    return [int(w, 8) for line in lines for w in line.split()]


def symbols(lines):
    entries = [e.split() for line in lines for e in line.split(";") if e.strip()]
    return [Symbol(name, int(t, 8), int(v, 8)) for name, t, v in entries]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.s")), ids=lambda p: p.name)
def test_source(path):
    text = path.read_text()
    expect = expectations(text)
    a = assemble([(path.name, text)])
    assert list(struct.unpack(f"<{len(a.text) // 2}H", a.text)) == octal_words(expect["text"])
    assert list(struct.unpack(f"<{len(a.data) // 2}H", a.data)) == octal_words(expect["data"])
    assert a.bss == int(expect["bss"][0], 8)
    assert a.symbols == symbols(expect["symbols"])
    if "relocation" in expect:
        assert a.relocation == octal_words(expect["relocation"])
