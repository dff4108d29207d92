"""Fixtures of the kernel tests: one image with every test program, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.kernel import helpers


@pytest.fixture(scope="session")
def base_image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An image with every program of tests/kernel/programs in /bin (built once)."""
    files = {f"/bin/{src.stem}": helpers.program(src.stem)
             for src in sorted(helpers.PROGRAMS.glob("*.c"))}
    return helpers.make_image(tmp_path_factory.mktemp("base") / "base.img", files)


@pytest.fixture
def image(base_image: Path, tmp_path: Path) -> Path:
    """A fresh copy of the base image for one test."""
    copy = tmp_path / "disk.img"
    shutil.copyfile(base_image, copy)
    return copy
