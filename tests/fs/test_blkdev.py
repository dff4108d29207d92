"""The block device: bounds, files, and the RK05 timing model worked out by hand."""

import pytest

from v6.errno import EROFS
from v6.fs.blkdev import TRANSFER_NS, BlockDevice, seek_ns
from v6.fs.errors import Corrupt, FsError
from v6.simclock import SimClock

SECTOR = 40_000_000 // 12   # 3.333 ms: one twelfth of a 40 ms revolution


def test_seek_model_meets_the_published_figures():
    assert seek_ns(0) == 0
    assert seek_ns(1) == 10_000_000                          # one-track seek: 10 ms
    assert abs(seek_ns(202) - 85_000_000) < 100_000          # full stroke: 85 ms
    pairs = [(a, b) for a in range(203) for b in range(203)]
    average = sum(seek_ns(abs(a - b)) for a, b in pairs) / len(pairs)
    assert 45_000_000 < average < 55_000_000                 # average seek: 50 ms
    assert all(seek_ns(d) < seek_ns(d + 1) for d in range(202))


def test_transfer_time_is_a_sector_at_90_1_kwords_per_second():
    assert abs(TRANSFER_NS - 256 / 90_100 * 1e9) < 1


def test_first_block_under_the_head_costs_only_the_transfer():
    dev = BlockDevice.memory(100)
    dev.read(0)
    assert dev.clock.ns == TRANSFER_NS


def test_next_sector_waits_for_its_gap_then_transfers():
    dev = BlockDevice.memory(100)
    dev.read(0)
    dev.read(1)
    assert dev.clock.ns == SECTOR + TRANSFER_NS


def test_same_sector_again_waits_almost_a_revolution():
    dev = BlockDevice.memory(100)
    dev.read(0)
    dev.read(1)
    dev.read(0)
    assert dev.clock.ns == 40_000_000 + TRANSFER_NS


def test_next_cylinder_costs_a_track_seek_then_latency():
    # Block 24 is cylinder 1, sector 0; the seek ends 10 ms into the revolution.
    dev = BlockDevice.memory(100)
    dev.read(24)
    assert dev.clock.ns == 10_000_000 + 30_000_000 + TRANSFER_NS
    assert dev.cylinder == 1


def test_other_surface_needs_no_seek():
    dev = BlockDevice.memory(100)
    dev.read(13)                      # cylinder 0, surface 1, sector 1
    assert dev.clock.ns == SECTOR + TRANSFER_NS
    assert dev.cylinder == 0


def test_time_is_charged_to_a_shared_clock_and_counted():
    clock = SimClock(5)
    dev = BlockDevice.memory(100, clock=clock)
    dev.write(0, bytes(512))
    dev.read(0)
    assert clock.ns > 5 and dev.busy_ns == clock.ns - 5
    assert (dev.reads, dev.writes) == (1, 1)


def test_blocks_outside_the_device_are_refused():
    dev = BlockDevice.memory(10)
    for bad in (10, 11, -1, 65535):
        with pytest.raises(Corrupt, match="beyond the end"):
            dev.read(bad)
        with pytest.raises(Corrupt, match="beyond the end"):
            dev.write(bad, bytes(512))
    assert dev.snapshot() == bytes(10 * 512)


def test_read_only_device_refuses_writes():
    dev = BlockDevice.memory(10, readonly=True)
    with pytest.raises(FsError) as exc:
        dev.write(1, bytes(512))
    assert exc.value.errno == EROFS


def test_file_images(tmp_path):
    path = tmp_path / "pack.img"
    dev = BlockDevice.create(path, 7)
    dev.write(6, b"\x01" * 512)
    dev.close()
    assert path.stat().st_size == 7 * 512
    path.write_bytes(path.read_bytes() + b"xyz")       # a trailing partial block
    dev = BlockDevice.open(path, readonly=True)
    assert dev.nblocks == 7 and dev.read(6) == b"\x01" * 512
    dev.close()


def test_missing_image_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        BlockDevice.open(tmp_path / "nope.img")


def test_a_short_image_can_stand_for_a_whole_pack(tmp_path):
    path = tmp_path / "short.img"
    path.write_bytes(b"\x07" * 512 * 3)
    dev = BlockDevice.open(path, nblocks=4872)
    assert dev.nblocks == 4872 and dev.read(4871) == bytes(512) and dev.read(2)[0] == 7
    dev.write(4000, b"\x01" * 512)                 # e.g. the swap area past the fs
    dev.close()
    assert path.stat().st_size == 4001 * 512
    dev = BlockDevice.open(path, nblocks=4872)
    with pytest.raises(Corrupt):
        dev.read(4872)
    dev.close()
