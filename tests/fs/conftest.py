"""Fixtures for the file-system tests: a copy of the genuine V6 root pack (``v6root_bytes``
is in tests/conftest.py), and small images in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fs.helpers import make_dev, mount
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys


@pytest.fixture
def v6root(tmp_path: Path, v6root_bytes: bytes) -> Path:
    """A private, writable copy of the genuine root pack."""
    path = tmp_path / "v6root.img"
    path.write_bytes(v6root_bytes)
    return path


@pytest.fixture
def dev() -> BlockDevice:
    """A fresh 2000-block file system in memory."""
    return make_dev()


@pytest.fixture
def fsys(dev: BlockDevice) -> Iterator[Fsys]:
    """``dev`` mounted; unmounted (and synced) after the test."""
    system = mount(dev)
    yield system
    system.unmount_all()
