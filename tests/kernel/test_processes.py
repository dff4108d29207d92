"""Processes: exec's arguments, exit statuses, fork/wait trees, signals, pipes, time-sharing.

Expected outputs are worked out by hand from V6's rules (wait status =
exit code << 8, or the signal number plus 0200 for a core image, with r0's
low byte above it when a signal kills — V6's psig did ``r0 << 8 | n``).
"""

from tests.kernel.helpers import run
from v6.fs import fstool
from v6.kernel import sched
from v6.kernel.file import READER, WRITER


def test_exec_lays_out_arguments_as_v6(image):
    r = run(image, ["/bin/hello", "a", "", "long argument"])
    # argv[argc] is V6's -1 word, not 0; exit(3) is wait status 03 << 8.
    assert r.stdout == b"hello [a] [] [long argument]\nargc 4 end 177777\n"
    assert r.status == 0o1400


def test_fork_wait_tree(image):
    r = run(image, ["/bin/forktree", "5"])
    assert r.stdout.decode().splitlines() == [
        *(f"child {i} status {(i + 1) << 8:o}" for i in range(5)),
        "no more children: errno 10",
    ]


def test_signals_caught_ignored_and_default(image):
    r = run(image, ["/bin/sigs"])
    assert r.stdout.decode().splitlines() == [
        "wait -1 errno 4 caught 2",      # caught SIGINT ends the wait: EINTR
        "then status 2400",              # the sender's exit(5)
        "handler now 0",                 # V6 reset the handler to the default
        "ignored: status 3000 caught 0",
        "interrupt: status 2002",        # killed in sleep: r0 was EINTR (4)
        "quit: status 2203",             # 0200: a core image was written
        "kill: status 2011",
    ]


def test_quit_leaves_a_core_file(image):
    run(image, ["/bin/sigs"])
    core = fstool.cat(str(image), "/core")
    # V6's core: 1,024 bytes of u-area, then data and stack, whole clicks.
    assert len(core) > 1024 and (len(core) - 1024) % 64 == 0
    assert core.startswith(b"v6 core")


def test_pipes_block_both_ways(image, monkeypatch):
    slept = []
    real_sleep = sched.sleep

    def watch(k, chan, pri):
        if isinstance(chan, tuple) and chan[1] in (READER, WRITER):
            slept.append(chan[1])
        return real_sleep(k, chan, pri)

    monkeypatch.setattr(sched, "sleep", watch)
    r = run(image, ["/bin/pipes"])
    assert r.stdout.decode().splitlines() == [
        # sum over i < 20, n < 1000 of (i + n) & 0377, computed apart
        "fast writer: 20000 bytes, sum 2538400, writer status 0",
        "read 4: tick", "read 4: tick", "read 4: tick",
        "end of file: 0",
        "no reader, ignored: -1 errno 32",
        "no reader, default: status 20015",   # EPIPE (32) in r0, then SIGPIPE (13)
    ]
    assert WRITER in slept and READER in slept


def test_two_cpu_bound_processes_share_the_cpu(image):
    r = run(image, ["/bin/cpu"])
    letters = r.stdout.decode().strip()
    assert sorted(letters) == ["A"] * 12 + ["B"] * 12
    # Neither finished before the other began: both letters in each half.
    assert set(letters[:12]) == {"A", "B"} and set(letters[12:]) == {"A", "B"}


def test_pstat_shows_the_process_table(image):
    r = run(image, ["/bin/ps"])
    # slot 0 the swapper (SSLEEP, no image), 1 ps itself running, 2 its
    # child asleep in sleep() (SWAIT); each process's model is forkexec.
    assert r.stdout.decode().splitlines() == [
        "0 0 0 1 empty swapper forkexec",
        "1 0 0 3 sized ps forkexec",
        "2 1 0 2 sized ps forkexec",
        "past the table: -1 errno 22",
    ]
