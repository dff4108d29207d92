"""The buffer cache: hits, LRU reuse, delayed writes, read-ahead, and misuse."""

import pytest

from v6.fs.bio import BufferCache
from v6.fs.blkdev import BlockDevice
from v6.fs.errors import Corrupt
from v6.param import NBUF


def _disk(n: int = 20) -> BlockDevice:
    """A device whose block k is filled with byte k."""
    dev = BlockDevice.memory(n)
    for k in range(n):
        dev.write(k, bytes([k]) * 512)
    dev.writes = 0
    return dev


def test_default_size_is_v6s():
    assert len(BufferCache().bufs) == NBUF == 15


def test_second_read_is_a_hit():
    dev, cache = _disk(), BufferCache()
    for _ in range(2):
        bp = cache.bread(dev, 5)
        assert bp.data == bytes([5]) * 512
        cache.brelse(bp)
    assert (cache.hits, cache.misses, cache.reads, dev.reads) == (1, 1, 1, 1)


def test_least_recently_released_buffer_is_reused():
    dev, cache = _disk(), BufferCache(3)
    for k in (1, 2, 3):
        cache.brelse(cache.bread(dev, k))
    cache.brelse(cache.bread(dev, 1))       # 1 becomes the most recent
    cache.brelse(cache.bread(dev, 4))       # so 2 is the one to go
    assert [cache.incore(dev, k) for k in (1, 2, 3, 4)] == [True, False, True, True]


def test_delayed_write_reaches_the_disk_only_when_the_buffer_is_reused():
    dev, cache = _disk(), BufferCache(2)
    bp = cache.bread(dev, 7)
    bp.data[:3] = b"new"
    cache.bdwrite(bp)
    assert dev.writes == 0
    bp = cache.bread(dev, 7)                 # still cached, with the new data
    assert bp.data[:3] == b"new"
    cache.brelse(bp)
    cache.brelse(cache.bread(dev, 8))
    cache.brelse(cache.bread(dev, 9))        # evicts 7: now it is written
    assert dev.writes == 1 and cache.writes == 1
    assert dev.snapshot()[7 * 512:7 * 512 + 4] == b"new\x07"


def test_bflush_writes_delayed_blocks_once():
    dev, cache = _disk(), BufferCache()
    for k in (3, 4):
        bp = cache.getblk(dev, k)
        cache.clrbuf(bp)
        cache.bdwrite(bp)
    cache.bflush(dev)
    cache.bflush(dev)
    assert dev.writes == 2
    assert dev.snapshot()[3 * 512:5 * 512] == bytes(1024)


def test_bwrite_writes_at_once_and_releases():
    dev, cache = _disk(), BufferCache()
    bp = cache.getblk(dev, 2)
    bp.data[:] = b"\xff" * 512
    cache.bwrite(bp)
    assert dev.writes == 1 and not bp.busy and not bp.dirty
    assert dev.snapshot()[1024:1536] == b"\xff" * 512


def test_breada_brings_the_next_block_in():
    dev, cache = _disk(), BufferCache()
    cache.brelse(cache.breada(dev, 1, 2))
    assert cache.incore(dev, 2) and dev.reads == 2
    cache.brelse(cache.bread(dev, 2))
    assert dev.reads == 2 and cache.hits == 1


def test_binval_forgets_a_device():
    dev, cache = _disk(), BufferCache()
    cache.brelse(cache.bread(dev, 1))
    cache.binval(dev)
    assert not cache.incore(dev, 1)
    cache.brelse(cache.bread(dev, 1))
    assert dev.reads == 2


def test_each_device_has_its_own_blocks():
    a, b, cache = _disk(), BlockDevice.memory(20), BufferCache()
    cache.brelse(cache.bread(a, 3))
    bp = cache.bread(b, 3)
    assert bp.data == bytes(512)
    cache.brelse(bp)


def test_a_block_claimed_twice_at_once_is_corruption():
    dev, cache = _disk(), BufferCache()
    cache.bread(dev, 1)
    with pytest.raises(Corrupt, match="claimed twice"):
        cache.bread(dev, 1)


def test_a_block_beyond_the_device_is_refused_before_any_buffer_is_used():
    dev, cache = _disk(10), BufferCache()
    with pytest.raises(Corrupt, match="beyond the end"):
        cache.getblk(dev, 10)
    assert cache.misses == 0


def test_running_out_of_buffers_and_double_release_are_bugs():
    dev, cache = _disk(), BufferCache(2)
    bp = cache.bread(dev, 1)
    cache.bread(dev, 2)
    with pytest.raises(RuntimeError, match="busy"):
        cache.bread(dev, 3)
    cache.brelse(bp)
    with pytest.raises(RuntimeError, match="twice"):
        cache.brelse(bp)
