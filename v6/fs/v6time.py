"""New: V6 times as V6's ctime showed them — Eastern time with the daylight-saving rules of 1974-75.

V6 kept time as seconds since 00:00 GMT, 1 Jan 1970 (unsigned 32 bits on
disk).  Its libc ctime showed US Eastern time: standard time 5 hours west,
plus an hour of daylight saving from the last Sunday in April to the last
Sunday in October — except in 1974 (6 January to the last Sunday in
November) and 1975 (last Sunday in February to the last Sunday in October),
the years of the energy-crisis rules.  Saving starts at 2:00 standard time
and ends at 2:00 daylight time.

- ``localtime(t)`` → (a naive ``datetime`` of the wall-clock time, is_dst).
- ``ls_date(t, now)`` → the 12 columns ``ls -l`` printed: ``Mmm dd hh:mm``,
  or ``Mmm dd  yyyy`` when ``t``'s high 16 bits are more than 245 below
  ``now``'s (about 185 days old), as V6's ls decided.
"""

from __future__ import annotations

from datetime import datetime, timedelta

EPOCH = datetime(1970, 1, 1)
"""Time 0, 00:00 GMT."""
ZONE_WEST = 5 * 3600
"""Seconds Eastern standard time is behind GMT."""
RECENT_HIGH_WORDS = 245
"""ls shows the time of day for files whose mtime's high word is within this of now's."""
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _last_sunday(year: int, month: int) -> datetime:
    """Midnight of the last Sunday of ``month``."""
    first_next = datetime(year + month // 12, month % 12 + 1, 1)
    last = first_next - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _dst_span(year: int) -> tuple[datetime, datetime]:
    """When daylight saving starts and ends in ``year``, in standard time."""
    if year == 1974:
        start, end = datetime(1974, 1, 6), _last_sunday(1974, 11)
    elif year == 1975:
        start, end = _last_sunday(1975, 2), _last_sunday(1975, 10)
    else:
        start, end = _last_sunday(year, 4), _last_sunday(year, 10)
    return start + timedelta(hours=2), end + timedelta(hours=1)


def localtime(t: int) -> tuple[datetime, bool]:
    """Eastern wall-clock time of V6 time ``t``, and whether daylight saving applied."""
    standard = EPOCH + timedelta(seconds=t - ZONE_WEST)
    start, end = _dst_span(standard.year)
    if start <= standard < end:
        return standard + timedelta(hours=1), True
    return standard, False


def ls_date(t: int, now: int) -> str:
    """``ls -l``'s date column for modification time ``t`` seen at time ``now``."""
    when, _ = localtime(t)
    day = f"{_MONTHS[when.month - 1]} {when.day:2d}"
    if (t >> 16) >= (now >> 16) - RECENT_HIGH_WORDS:
        return f"{day} {when.hour:02d}:{when.minute:02d}"
    return f"{day}  {when.year}"
