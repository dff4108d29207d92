"""V6 dates: Eastern time with 1974-75's daylight-saving rules, and ls -l's date column."""

from calendar import timegm
from datetime import datetime

from v6.fs.v6time import localtime, ls_date


def _gmt(*fields: int) -> int:
    """V6 time of a GMT date and time."""
    return timegm(datetime(*fields).timetuple())


def test_the_superblock_time_of_the_genuine_pack():
    # FACTS.md: date on a fresh boot prints Thu Aug 14 22:04:52 EDT 1975.
    assert localtime(177300292) == (datetime(1975, 8, 14, 22, 4, 52), True)


def test_winter_is_five_hours_west():
    assert localtime(_gmt(1976, 1, 15, 12, 0)) == (datetime(1976, 1, 15, 7, 0), False)


def test_energy_crisis_rules():
    assert localtime(_gmt(1974, 1, 10, 12, 0))[1] is True        # from 6 January 1974
    assert localtime(_gmt(1974, 11, 20, 12, 0))[1] is True       # until late November
    assert localtime(_gmt(1975, 3, 1, 12, 0))[1] is True         # from 23 February 1975
    assert localtime(_gmt(1976, 3, 1, 12, 0))[1] is False        # back to late April
    assert localtime(_gmt(1975, 11, 5, 12, 0))[1] is False


def test_transitions_at_two_in_the_morning():
    # 1976: last Sunday of April is the 25th, of October the 31st.
    assert localtime(_gmt(1976, 4, 25, 6, 59)) == (datetime(1976, 4, 25, 1, 59), False)
    assert localtime(_gmt(1976, 4, 25, 7, 0)) == (datetime(1976, 4, 25, 3, 0), True)
    assert localtime(_gmt(1976, 10, 31, 5, 59)) == (datetime(1976, 10, 31, 1, 59), True)
    assert localtime(_gmt(1976, 10, 31, 6, 0)) == (datetime(1976, 10, 31, 1, 0), False)


def test_ls_shows_the_year_for_files_older_than_245_high_words():
    now = 177300292
    recent = ((now >> 16) - 245) << 16
    old = ((now >> 16) - 246) << 16
    assert ls_date(now, now) == "Aug 14 22:04"
    assert ls_date(recent, now)[6:] != ls_date(old, now)[6:]
    assert ls_date(recent, now)[6] == " " and ":" in ls_date(recent, now)
    assert ls_date(old, now) == "Feb  8  1975"          # 186 days before
    assert ls_date(_gmt(1975, 8, 4, 12, 0), now) == "Aug  4 08:00"
    assert ls_date(now + 10_000_000, now).count(":") == 1           # the future is "recent"
