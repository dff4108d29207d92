"""The transcripts of sort, uniq, tr, cal, date, sleep, nice, kill, diff and ps, run under
V6's own init, getty, login and sh on a copy of the pack holding our builds of these
commands (until the default image has an init of its own).  Those in transcripts/v6/
also run with V6's binaries on the genuine pack (tests/transcripts/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.userland.helpers import pack_with
from v6.shell import transcript

OURS = ["/bin/sort", "/bin/uniq", "/usr/bin/tr", "/usr/bin/cal", "/bin/date", "/usr/bin/sleep",
        "/usr/bin/nice", "/bin/kill", "/usr/bin/diff", "/bin/ps"]
HERE = Path(__file__).parent.parent / "transcripts"
V6 = ["sort-keys", "sort-pipeline", "uniq-options", "tr-strings", "tr-pipeline", "cal-month",
      "cal-year", "date", "sleep-nice", "diff-edits", "kill-messages"]
NEW = ["ps-kill", "ps-long"]


@pytest.mark.parametrize("name", V6 + NEW)
def test_transcript(name, tmp_path):
    path = HERE / ("v6" if name in V6 else "") / f"{name}.t"
    failures = transcript.run_file(path, pack_with(OURS, tmp_path))
    assert not failures, "".join(f.diff for f in failures)
