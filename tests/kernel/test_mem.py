"""The core and swap maps (V6 malloc/mfree): first fit, merging, and what a bug looks like."""

import pytest

from v6.kernel.mem import Map


def test_first_fit_takes_the_lowest_extent_that_fits():
    m = Map("core", 100, 50)
    assert m.malloc(10) == 100
    assert m.malloc(10) == 110
    m.mfree(10, 100)          # a hole of 10 at 100, 30 free from 120
    assert m.malloc(20) == 120  # the hole is too small: first fit goes on
    assert m.malloc(5) == 100   # now the hole fits
    assert m.free == [(105, 5), (140, 10)]


def test_freeing_merges_with_both_neighbours():
    m = Map("swap", 0, 30)
    a, b, c = m.malloc(10), m.malloc(10), m.malloc(10)
    assert (a, b, c) == (0, 10, 20) and m.free == []
    m.mfree(10, a)
    m.mfree(10, c)
    assert m.free == [(0, 10), (20, 10)]
    m.mfree(10, b)
    assert m.free == [(0, 30)]
    assert m.available() == 30 and m.largest() == 30


def test_no_extent_large_enough_is_none():
    m = Map("core", 0, 20)
    m.malloc(8)
    m.malloc(4)
    m.mfree(8, 0)
    assert m.malloc(9) is None       # 8 free at 0 and 8 at 12, none of 9
    assert m.available() == 16 and m.largest() == 8


def test_freeing_what_is_free_is_a_bug():
    m = Map("core", 0, 20)
    m.malloc(10)
    with pytest.raises(AssertionError):
        m.mfree(5, 12)
