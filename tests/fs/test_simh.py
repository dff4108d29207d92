"""The genuine V6, running under SIMH, as the judge of our images and of our ls -l.

Skipped unless SIMH's ``pdp11`` is installed (``apt-get install simh``) and the
genuine root pack is present.  Slow (each boots V6): run with ``pytest -m slow``.
"""

from pathlib import Path

import pytest

from tests.simh import SIMULATOR, boot_and_run
from v6.fs import fsck, fstool
from v6.fs.blkdev import BlockDevice
from v6.fs.layout import IFCHR, IFDIR, IFREG
from v6.fs.mkfs import Spec, mkfs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SIMULATOR is None, reason="SIMH's pdp11 simulator is not installed"),
]

BIG = bytes((i * 7 + i // 500) % 251 for i in range(1_000_000))   # double-indirect
T = 177300292                                                     # 1975: V6's ctime copes


@pytest.fixture
def pack(tmp_path: Path, v6root_bytes: bytes) -> Path:
    path = tmp_path / "v6root.img"
    path.write_bytes(v6root_bytes)
    return path


def test_our_ls_l_is_v6s_ls_l(pack, tmp_path):
    # /bin, /usr and /lib are untouched by booting, so V6 lists them as we do.
    dirs = ["/bin", "/usr", "/lib"]
    spare = tmp_path / "spare.img"
    mkfs(BlockDevice.create(spare, 100), Spec(b"", IFDIR | 0o755), isize=1, now=T)
    outputs = boot_and_run(pack, spare, [f"ls -l {d}" for d in dirs], tmp_path)
    for d, printed in zip(dirs, outputs, strict=True):
        assert printed.split("\n") == fstool.ls(str(pack), d, long=True), d


def test_v6_reads_and_writes_what_we_make(pack, tmp_path):
    (tmp_path / "big").write_bytes(BIG)
    (tmp_path / "motd").write_bytes(b"made by v6 mkfs in python\n")
    tree = Spec(b"", IFDIR | 0o755, uid=3, gid=3, children=[
        Spec(b"big", IFREG | 0o644, 3, 3, source=tmp_path / "big"),
        Spec(b"motd", IFREG | 0o644, 3, 3, source=tmp_path / "motd"),
        Spec(b"sub", IFDIR | 0o755, 3, 3, children=[
            Spec(b"f", IFREG | 0o644, 3, 3, source=tmp_path / "motd")]),
        Spec(b"nul", IFCHR | 0o666, 3, 3, dev=8 << 8 | 2),
    ])
    ours = tmp_path / "ours.img"
    dev = BlockDevice.create(ours, 4872)
    mkfs(dev, tree, isize=77, now=T)
    dev.close()
    before = _check(ours)
    out = boot_and_run(pack, ours, [
        "/etc/mknod /dev/rk1 b 0 1", "icheck /dev/rk1", "dcheck /dev/rk1",
        "/etc/mount /dev/rk1 /mnt", "cmp /mnt/sub/f /mnt/motd", "cat /mnt/motd",
        "cp /mnt/big /mnt/copy", "cmp /mnt/big /mnt/copy", "mkdir /mnt/v6dir",
        "echo hello from v6 >/mnt/v6dir/hello", "ln /mnt/motd /mnt/motd2",
        "sync", "/etc/umount /dev/rk1", "icheck /dev/rk1", "dcheck /dev/rk1",
    ], tmp_path)
    icheck, dcheck = _icheck(out[1]), out[2]
    # big: 1954 blocks, so 7 indirect blocks in addr[0..6] and one double-indirect.
    assert icheck == {"spcl": 1, "files": 3, "large": 1, "huge": 1, "direc": 2,
                      "indir": 7, "indir2": 1, "used": before.used, "free": before.free}
    assert dcheck == "/dev/rk1:"                        # no link-count complaints
    assert out[4] == "" and out[5] == "made by v6 mkfs in python" and out[7] == ""
    after = _check(ours)
    assert after.clean
    assert _icheck(out[13])["used"] == after.used and _icheck(out[13])["free"] == after.free
    assert out[14] == "/dev/rk1:"
    assert fstool.cat(str(ours), "/copy") == BIG
    assert fstool.cat(str(ours), "/v6dir/hello") == b"hello from v6\n"
    assert fstool.ls(str(ours), "/motd2", long=True)[0].startswith("-rw-r--r--  2 ")


def _check(path: Path) -> fsck.Report:
    dev = BlockDevice.open(path, readonly=True)
    try:
        return fsck.check(dev)
    finally:
        dev.close()


def _icheck(printed: str) -> dict[str, int]:
    """icheck's counts: lines ``name  number`` after the device line."""
    counts = {}
    for line in printed.split("\n")[1:]:
        name, number = line.split()
        counts[name] = int(number)
    return counts
