"""Memory: the stack grows on demand, break, and swapping with more processes than fit."""

from tests.kernel.helpers import run
from v6.kernel import events


def test_stack_grows_twenty_kilobytes_deep(image):
    r = run(image, ["/bin/stack", "180"])
    # Sum over 181 frames n, 100 bytes i of (n + i) & 0377, computed apart.
    assert r.stdout == b"2448150\n"
    assert r.status == 0


def test_swapping_keeps_every_byte(image, monkeypatch):
    swaps = []
    real = events.Bus.publish

    def publish(bus, event):
        if isinstance(event, events.Swap):
            swaps.append(event)
        real(bus, event)

    monkeypatch.setattr(events.Bus, "publish", publish)
    monkeypatch.setattr(events.Bus, "__bool__", lambda bus: True)
    # 72 KB of core: 40 KB kernel, room for two of these 13 KB processes.
    r = run(image, ["/bin/swapper", "6"], core=72 * 1024)
    assert r.stdout == b"6 children, 0 bad; parent's data intact\n"
    assert any(e.out for e in swaps) and any(not e.out for e in swaps)
    k = r.kernel
    assert k.coremap.available() == k.coremap.total
    assert k.swapmap.available() == k.swapmap.total
