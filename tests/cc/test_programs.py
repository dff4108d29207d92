"""The C test suite: each program in programs/ is compiled by v6 cc, run on the
bare machine, and its output compared with the expected output beside it,
worked out by hand (NAME.out; optional NAME.in for stdin, NAME.args for the
arguments, one per line, NAME.status for a non-zero exit status)."""

from pathlib import Path

import pytest

from tests.cc.helpers import build, run

PROGRAMS = Path(__file__).parent / "programs"


def _optional(path: Path, default: str = "") -> str:
    return path.read_text() if path.exists() else default


@pytest.mark.parametrize("name", sorted(p.stem for p in PROGRAMS.glob("*.c")))
def test_program(name):
    source = PROGRAMS / f"{name}.c"
    program = build(source.read_text(), f"{name}.c")
    args = _optional(source.with_suffix(".args")).splitlines()
    stdin = _optional(source.with_suffix(".in")).encode()
    result = run(program, args, stdin)
    assert result.message == ""
    assert result.stdout.decode("latin-1") == source.with_suffix(".out").read_text()
    assert result.status == int(_optional(source.with_suffix(".status"), "0"))
