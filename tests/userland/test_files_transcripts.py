"""The file commands' transcripts (tests/transcripts/v6/files-*.t) on a pack where our
builds replace V6's: the same sessions, under V6's own init, getty, login and sh, must
show what they show with V6's binaries (the transcript collector runs them there, and
on the default image once it has an init)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.userland.helpers import pack_with
from v6.shell import transcript

HERE = Path(__file__).resolve().parents[1] / "transcripts" / "v6"
OURS = ["/bin/echo", "/bin/cat", "/bin/sum", "/bin/cmp", "/bin/od", "/bin/ls", "/bin/cp",
        "/bin/mv", "/bin/rm", "/bin/ln", "/bin/mkdir", "/bin/rmdir", "/bin/chmod",
        "/bin/chown", "/bin/chgrp", "/bin/du", "/bin/sync", "/etc/mknod",
        "/usr/bin/wc", "/usr/bin/tee", "/usr/bin/pwd"]


@pytest.mark.parametrize("name", sorted(p.name for p in HERE.glob("files-*.t")))
def test_transcript_with_our_commands(name, tmp_path):
    t = transcript.parse((HERE / name).read_text(encoding="latin-1"), name)
    failures = transcript.run(t, pack_with(OURS, tmp_path))
    assert not failures, "".join(f.diff for f in failures)
