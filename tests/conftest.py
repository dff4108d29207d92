"""Fixtures shared by every area's tests: the genuine V6 root pack."""

from __future__ import annotations

import pytest

from tests.simh import genuine_pack, pack_candidates


@pytest.fixture(scope="session")
def v6root_bytes() -> bytes:
    """The unpacked genuine root pack (the test skips when it is not there)."""
    data = genuine_pack()
    if data is None:
        pytest.skip("genuine V6 root pack not found (looked for "
                    + ", ".join(map(str, pack_candidates())) + "; set V6_SHARED)")
    return data
