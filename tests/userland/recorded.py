"""Our commands against what the real V6 printed under SIMH (tests/data/v6record).

``run_recorded(commands, name, tmp)`` sets up the recorded case ``name`` (its
files, working directory, user and standard input) on a copy of the pack
holding our builds of ``commands``, runs it, and returns what ours did and
what V6 did.
"""

from __future__ import annotations

from pathlib import Path

from tests import v6record
from tests.userland.helpers import Ran, exec_on, pack_with

CASES = {c.name: c for c in v6record.cases()}
RESULTS = v6record.results()
GROUPS = {1: 1, 3: 3, 6: 1}
"""The group each user of the pack's /etc/passwd logs in with."""


def run_recorded(commands: list[str], name: str, tmp: Path) -> tuple[Ran, v6record.Result]:
    """Case ``name`` run with our ``commands``: (ours, V6's recorded result)."""
    case = CASES[name]
    image = pack_with(commands, tmp)
    v6record.install(image, case)
    ours = exec_on(image, case.argv, case.stdin, cwd=case.cwd, uid=case.uid,
                   gid=GROUPS.get(case.uid, 0))
    return ours, RESULTS[name]
