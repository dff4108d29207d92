"""Pieces of the host tools and of Fsys that the CLI tests reach only indirectly."""

import pytest

from tests.fs.helpers import inode, make_dev, mount, write_file
from v6.errno import EBUSY, EINVAL, ENOTDIR
from v6.fs.errors import Corrupt, FsError
from v6.fs.fstool import mode_string, nblocks
from v6.fs.namei import ROOT
from v6.fs.ops import mkdir


def test_mode_strings_as_v6_ls_printed_them():
    assert mode_string(0o100755) == "-rwxr-xr-x "
    assert mode_string(0o104755) == "-rwsr-xr-x "          # set-uid shows s even ...
    assert mode_string(0o104644) == "-rwsr--r-- "          # ... without the x bit
    assert mode_string(0o102711) == "-rwx--s--x "
    assert mode_string(0o141777) == "drwxrwxrwxt"             # the 11th column
    assert mode_string(0o120622) == "crw--w--w- "
    assert mode_string(0o160600) == "brw------- "


def test_block_counts_include_indirect_blocks():
    assert [nblocks(n) for n in (0, 1, 512, 513, 4096)] == [0, 1, 1, 2, 8]
    assert nblocks(4097) == 9 + 1                          # large: one indirect block
    assert nblocks(256 * 512) == 256 + 1
    assert nblocks(257 * 512) == 257 + 2


def test_mount_refusals(fsys):
    other = make_dev(300)
    write_file(fsys, "/file", b"")
    assert _errno(fsys.mount, other, inode(fsys, "/file")) == ENOTDIR
    mkdir(fsys, "/m", 0o755, ROOT)
    held = inode(fsys, "/m")
    extra = inode(fsys, "/m")                             # a second reference: busy
    assert _errno(fsys.mount, other, held) == EBUSY
    fsys.inodes.iput(extra)
    fsys.mount(other, held)
    assert _errno(fsys.mount, other, inode(fsys, "/")) == EBUSY   # mounted already
    assert _errno(fsys.umount, fsys.mounts[0].dev) == EINVAL       # not the root
    fsys.umount(other)
    assert len(fsys.mounts) == 1


def test_root_inode_must_be_a_directory():
    dev = make_dev(100)
    fsys = mount(dev)
    root = inode(fsys, "/")
    root.mode = 0o100644
    root.flag |= 0o100
    fsys.inodes.iput(root)
    fsys.unmount_all()
    with pytest.raises(Corrupt, match=r"the root inode \(1\) is not a directory"):
        mount(dev)


def _errno(fn, *args) -> int:
    with pytest.raises(FsError) as exc:
        fn(*args)
    return exc.value.errno
