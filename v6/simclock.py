"""New: simulated time, the only clock any behaviour may depend on.

One ``SimClock`` is shared by a machine and the devices attached to it: the
CPU advances it by each instruction's cost, the disk by its seek, rotation and
transfer times.  Time is an integer count of nanoseconds, so sums are exact and
runs are reproducible.  Host time is never read here.
"""


class SimClock:
    """A monotonic simulated clock counting nanoseconds from power-on."""

    __slots__ = ("ns",)

    def __init__(self, ns: int = 0) -> None:
        self.ns = ns
        """Nanoseconds of simulated time since power-on."""

    def advance(self, ns: int) -> None:
        """Let ``ns`` nanoseconds of simulated time pass."""
        self.ns += ns

    @property
    def us(self) -> int:
        """Whole microseconds elapsed."""
        return self.ns // 1000
