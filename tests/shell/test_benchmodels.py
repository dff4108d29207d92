"""v6 bench models: what each way copies follows from the image sizes.

The expected bytes are worked out from the a.out layout, not recorded: the
parent ``creation`` is a pure (0410) program, so its data starts at the first
8 KB boundary above its text; growing it to K KB by break makes its data
K*1024 - 8192 bytes; fork copies data and stack, so two sizes differ in what
fork copies by exactly the difference of the sizes, and ways that build the
child from the a.out copy nothing.
"""

import pytest

from v6.shell import benchmodels


@pytest.fixture(scope="module")
def points():
    found = benchmodels.run(1, sizes=(16, 32), ways=benchmodels.WAYS)
    return {(p.way, p.kb): p for p in found}


def test_fork_copies_what_the_parent_grew_by(points):
    assert points["fork", 32].copied - points["fork", 16].copied == 16 * 1024
    assert points["rfork", 32].copied == points["fork", 32].copied


def test_fork_copies_data_and_stack(points):
    data = 16 * 1024 - 8192
    stack = points["rfmem", 16].copied      # RFMEM copies the stack alone
    assert stack % 64 == 0 and 0 < stack <= 4096
    assert points["fork", 16].copied == data + stack


def test_rfmem_shares_the_data(points):
    assert points["rfmem", 32].copied == points["rfmem", 16].copied


@pytest.mark.parametrize("way", ["vfork", "spawn", "xproc"])
def test_ways_without_a_copy_copy_nothing(points, way):
    assert points[way, 16].copied == 0 and points[way, 32].copied == 0


def test_simulated_cost_grows_with_the_copy_only(points):
    def grew(way):
        return points[way, 32].sim_us - points[way, 16].sim_us

    # 16 KB more to copy, at COPYSEG_NS_PER_BYTE (1.5 us a byte) at the least.
    assert grew("fork") >= 16 * 1024 * 1.5 - 1
    for way in ("vfork", "spawn", "xproc"):
        assert abs(grew(way)) < 16 * 1024 * 1.5 / 4
