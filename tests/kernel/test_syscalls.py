"""Every system call, its success and its error paths, through a C program (programs/syscalls.c).

The expected lines (expected/syscalls.out) were worked out from V6's manual
pages and V6's kernel behaviour, one by one: e.g. a descriptor open only
for writing is EBADF (9) to read; a second link of the same name EEXIST
(17); opening a directory for writing EISDIR (21); kill of oneself ESRCH
(3), since V6's kill skipped the caller; getuid as 6 gives 6 << 8 | 6 =
1542; a child's exit(7) is status 07 << 8 = 03400.  Calls that leave r0 as
it was print "ok" instead of a value.
"""

from pathlib import Path

from tests.kernel.helpers import run
from v6.fs import fsck
from v6.fs.blkdev import BlockDevice

EXPECTED = Path(__file__).parent / "expected"


def test_every_call_and_its_errors(image):
    r = run(image, ["/bin/syscalls"])
    assert r.stderr == b""
    assert r.stdout.decode().splitlines() == (EXPECTED / "syscalls.out").read_text().splitlines()
    assert r.status == 0


def test_the_image_is_consistent_afterwards(image):
    run(image, ["/bin/syscalls"])
    dev = BlockDevice.open(image)
    try:
        assert fsck.check(dev).problems == []
    finally:
        dev.close()
