"""The process-creation models: what each shares and copies, each call's errors, the xproc
permission rules, strict mode, and the accounting — worked out from the definitions
(v6/kernel/creation) and the image sizes, not read off the code's output."""

from __future__ import annotations

import pytest

from tests.kernel.helpers import program, run
from v6.kernel import events
from v6.kernel.cli import run_program
from v6.kernel.hostio import HostStream
from v6.kernel.main import Kernel
from v6.pdp11 import aout

EXPECTED = [
    "fork: the parent still sees 1",          # data copied: the child's store is its own
    "rfork RFMEM: the parent sees 3",         # data shared: the child's store is the parent's
    "rfork without RFMEM: the parent sees 1",
    "rfork RFMEM without RFPROC: -1 errno 22",
    "rfork RFFDG|RFCFDG: -1 errno 22",
    "rfork RFNAMEG: -1 errno 22",             # a Plan 9 flag that means nothing here
    "rfork RFFDG on itself: 0",
    "hello [from] [child]",                   # the vfork child's exec, after sleep(2)
    "argc 3 end 177777",
    "vfork: the parent waited 1 s and sees 5",  # it slept until the exec; memory shared
    "vfork: child status 1400",               # hello exits 3
    "spawn: 0",
    "spawn: child status 1400",
    "spawn missing: 2",                       # ENOENT from the call itself
    "spawn not executable: 13",               # EACCES: a directory
    "spawn closing a closed fd: 9",           # EBADF
    "spawn with an environment: 22",          # EINVAL: V6 has none
    "no child was left: -1 errno 10",         # ECHILD: the failures made no process
    "spawnp: 0",
    "spawnp: child status 1400",
    "pcreate: 1",
    "pstart with no program: -1 errno 8",     # ENOEXEC
    "pexec: 0",
    "pdup: 0",
    "pwritemem: 2",
    "preadmem: 2",
    "read back ab",
    "pwritemem into the text: -1 errno 22",   # shared text: never written from outside
    "pwritemem past the data: -1 errno 22",
    "the creator's child, as root: 0",        # the super-user may build any embryo
    "the creator's child, as ken: -1 errno 1",  # anyone else but the creator: EPERM
    "pstart: 0",
    "pdup after the start: -1 errno 1",       # EPERM: it runs
    # "ab" written at 0177770 over the strings "hello\0from\0child\0" that exec put
    # at 0177756: the NUL ending "from" and the "c" of "child" are now "a" and "b".
    "hello [fromabhild] [bhild]",
    "argc 3 end 177777",
    "xproc: child status 1400",
    "pexec of nobody: -1 errno 3",            # ESRCH
    "kill of an embryo: 0",                   # it never ran: the signal reclaims it
    "pexec after the kill: -1 errno 3",       # ESRCH: gone at once,
    "nothing left to wait for: -1 errno 10",  # with no zombie left behind (ECHILD)
]


def test_what_each_model_shares_copies_and_refuses(image):
    r = run(image, ["/bin/models"])
    assert r.stdout.decode().splitlines() == EXPECTED
    assert r.status == 0


def test_spawned_output_went_where_the_actions_said(image):
    from v6.fs import fstool
    run(image, ["/bin/models"])
    assert fstool.cat(str(image), "/tmp/spawned").startswith(b"hello [from] [child]\n")
    assert fstool.cat(str(image), "/tmp/relative").startswith(b"hello [from] [child]\n")


def _creations(image, argv, model=None, strict=False):
    k = Kernel(image)
    if model:
        k.model = model
    k.strict = strict
    seen = []
    k.bus.subscribe(lambda e: seen.append(e)
                    if isinstance(e, events.ProcessCreated | events.Refused) else None)
    io = HostStream.buffer()
    status = run_program(k, argv, stdio=[HostStream.buffer(), io, io])
    k.shutdown()
    return k, seen, status, bytes(io.output)


def test_fork_copies_exactly_data_and_stack(image):
    k, seen, _, _ = _creations(image, ["/bin/forktree", "2"])
    prog = aout.AOut.from_bytes(program("forktree"))
    data_clicks = -(-(len(prog.data) + prog.bss) // 64)
    stack_clicks = 20                  # exec gives SSIZE = 20 clicks
    assert [e.model for e in seen] == ["forkexec", "forkexec"]
    for e in seen:
        assert e.bytes_copied == (data_clicks + stack_clicks) * 64
        assert e.bytes_shared == -(-len(prog.text) // 64) * 64   # the pure text
        assert e.segments == 2 and e.syscalls == 1 and e.sim_ns > 0
    assert k.creations["forkexec"].count == 2


def test_spawn_vfork_and_xproc_copy_nothing(image):
    _, seen, status, _ = _creations(image, ["/bin/models"])
    assert status == 0
    by_model = {}
    for e in seen:
        by_model.setdefault(e.model, []).append(e)
    assert all(e.bytes_copied == 0 for m in ("vfork", "spawn", "xproc") for e in by_model[m])
    assert all(e.segments == 0 for e in by_model["vfork"])         # it borrows the parent's
    assert max(e.syscalls for e in by_model["xproc"]) >= 5        # pcreate, pexec, pdup ...
    rfork_copies = sorted(e.bytes_copied for e in by_model["rfork"])
    # RFMEM copies only the 20-click stack; without RFMEM, data and stack.
    assert rfork_copies[0] == 20 * 64 and rfork_copies[1] > 20 * 64


@pytest.mark.parametrize("model,ok", [("forkexec", True), ("spawn", False)])
def test_strict_mode_refuses_the_other_models_calls(image, model, ok):
    _, seen, status, out = _creations(image, ["/bin/forktree", "1"], model, strict=True)
    if ok:
        assert b"child 0 status 400" in out
    else:
        # Under strict spawn, fork fails: EMODEL (33), and forktree's wait finds no child.
        assert [(type(e).__name__, e.model, e.current, e.command) for e in seen] == [
            ("Refused", "forkexec", "spawn", "forktree")]
        assert b"no more children: errno 10" in out
