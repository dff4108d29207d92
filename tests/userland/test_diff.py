"""diff: V6's binary is the oracle (the SIMH recordings, and real edits of a file:
lines changed, added and deleted at the start, middle and end, moved, repeated, files
empty, a last line without its newline), compared on the same files."""

from __future__ import annotations

import random

import pytest

from tests.userland.helpers import exec_both
from tests.userland.recorded import run_recorded

DIFF = ["/usr/bin/diff"]


def _text(rng: random.Random, n: int) -> list[bytes]:
    words = [b"alpha", b"beta", b"gamma", b"", b"delta", b"}", b"{", b"\tx = 1;", b"end"]
    return [b" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def _edit(rng: random.Random, lines: list[bytes]) -> list[bytes]:
    out = list(lines)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(out))
        kind = rng.choice("acdm")
        if kind == "a":
            out[at:at] = _text(rng, rng.randint(1, 4))
        elif kind == "d":
            del out[at:at + rng.randint(1, 4)]
        elif kind == "c":
            out[at:at + rng.randint(1, 3)] = _text(rng, rng.randint(1, 3))
        else:
            moved = out[at:at + 3]
            del out[at:at + 3]
            out[rng.randint(0, len(out)):0] = moved
    return out


def _join(lines: list[bytes]) -> bytes:
    return b"".join(x + b"\n" for x in lines)


@pytest.mark.parametrize("name", ["diff-differ", "diff-same", "diff-missing"])
def test_recorded(name, tmp_path):
    ours, v6 = run_recorded(DIFF, name, tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)


def _edits() -> tuple[dict[str, bytes], str]:
    """Files and a script diffing them: twelve random edits, and small cases."""
    rng = random.Random(1975)
    files, script = {}, []
    for k in range(12):
        old = _text(rng, rng.randint(0, 60))
        files[f"/o{k}"], files[f"/n{k}"] = _join(old), _join(_edit(rng, old))
        script.append(f"echo == {k}\ndiff /o{k} /n{k}\n")
    files["/e"], files["/x"], files["/y"] = b"", b"a\nb\nc", b"a\nc\nd"
    script.append("echo == small\ndiff /e /o1\ndiff /o1 /e\ndiff /x /y\ndiff /y /x\n")
    script.append("diff /x\ndiff /x /y /e\ndiff /nosuch /x\n")
    return files, "".join(script)


def test_edits_like_v6(tmp_path):
    files, script = _edits()
    v6, ours = exec_both(DIFF, ["/bin/sh", "/script"], tmp_path,
                         files={**files, "/script": script.encode()})
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout.count(b"== ") == 13
    # sh's standard error is its standard output: the messages come in order
    assert ours.stdout.count(b"incomplete line omitted\n") == 4
    assert ours.stdout.endswith(b"Arg count\nArg count\nCannot open /nosuch\n")
