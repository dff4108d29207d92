"""Fixtures for the file-system tests: the genuine V6 root pack, and small images in memory."""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fs.helpers import make_dev, mount
from v6.fs.blkdev import BlockDevice
from v6.fs.fsys import Fsys

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACK_SHA256 = "2903e80d83653d41004d50c761cffc75a95b907c24098dd631c7bee85b0fb4e3"


def _pack_candidates() -> list[Path]:
    """Where the pack may be: beside the project, then under $V6_SHARED."""
    paths = [PROJECT_ROOT.parent / "shared" / "v6" / "v6root.img.gz"]
    if os.environ.get("V6_SHARED"):
        paths.append(Path(os.environ["V6_SHARED"]) / "v6" / "v6root.img.gz")
    return paths


@pytest.fixture(scope="session")
def v6root_bytes() -> bytes:
    """The unpacked genuine root pack (the test skips when it is not there)."""
    found = [p for p in _pack_candidates() if p.is_file()]
    if not found:
        pytest.skip("genuine V6 root pack not found (looked for "
                    + ", ".join(map(str, _pack_candidates())) + "; set V6_SHARED)")
    data = gzip.decompress(found[0].read_bytes())
    assert hashlib.sha256(data).hexdigest() == PACK_SHA256
    return data


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
