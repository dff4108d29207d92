"""Ask V6's own loader: run /bin/ld of the genuine pack under SIMH on objects of V6's as.

The sources are the ``.s`` files of ``data/v6ld``; ``data/v6ld/cases.txt``
has one case per line, ``NAME ARGUMENT...`` (ld's arguments; ``X.o`` is the
object V6's ``as -`` made of ``X.s``).  ``record`` puts the sources on a
fresh disk, boots V6 once, assembles every source and runs ``ld ARGUMENTS
>NAME.e`` for each case, keeping the a.out as ``NAME.out``.  ``save`` writes
into ``data/v6ld/v6/``: every object (``X.o``), and per case what ld printed
(``NAME.err``, when anything) and its a.out (``NAME.out``, when it left one).
``python -m tests.pdp11.v6ld`` records them all again.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from tests.pdp11 import v6as
from tests.pdp11.v6as import fetch, file, store
from tests.pdp11.v6as import record as _run_in_v6
from tests.simh import genuine_pack

DATA = Path(__file__).parent / "data" / "v6ld"
RECORDED = DATA / "v6"


class Recording(NamedTuple):
    """What V6's ld did with one case."""

    printed: bytes
    aout: bytes | None


def cases() -> list[tuple[str, list[str]]]:
    """The committed cases: (name, ld's arguments)."""
    return v6as.cases(DATA)


def sources() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(DATA.glob("*.s"))}


def _script(todo: list[tuple[str, list[str]]], names: list[str]) -> list[str]:
    lines = []
    for s in names:
        lines += [f"as - {s}", f"mv a.out {s[:-2]}.o"]
    for name, args in todo:
        lines += [f"ld {' '.join(args)} >{name}.e", f"mv a.out {name}.out"]
    return lines


def record(todo: list[tuple[str, list[str]]], srcs: dict[str, bytes], workdir: Path,
           pack: bytes) -> tuple[dict[str, bytes], dict[str, Recording]]:
    """V6's objects of the sources, and what V6's ld did with each case."""
    # v6as.record runs our commands first (``prepare``), then no as cases.
    _run_in_v6([], srcs, workdir, pack, prepare=_script(todo, sorted(srcs)))
    objects = {f"{s[:-2]}.o": file(workdir, f"{s[:-2]}.o") or b"" for s in srcs}
    return objects, {name: Recording(file(workdir, f"{name}.e") or b"",
                                     file(workdir, f"{name}.out")) for name, _ in todo}


def save(objects: dict[str, bytes], recordings: dict[str, Recording]) -> None:
    store(RECORDED, dict(objects))
    for name, rec in recordings.items():
        store(RECORDED, {f"{name}.err": rec.printed or None, f"{name}.out": rec.aout})


def load(name: str) -> Recording:
    """A committed recording."""
    return Recording(fetch(RECORDED, f"{name}.err") or b"", fetch(RECORDED, f"{name}.out"))


def main() -> int:
    pack = genuine_pack()
    if pack is None:
        print("the genuine V6 root pack is not to be found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        save(*record(cases(), sources(), Path(tmp), pack))
    return 0


if __name__ == "__main__":
    sys.exit(main())
