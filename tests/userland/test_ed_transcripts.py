"""The transcripts of ed, grep and expr, on a copy of the pack with our builds in place of
V6's: tests/transcripts/v6/ed-*.t and grep-*.t pass with V6's own binaries too (the
transcript collector runs them on the genuine pack), expr-*.t only with ours (V6 had no
expr).  Until our /etc/init exists the default image cannot run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.userland.helpers import pack_with
from v6.shell import transcript

HERE = Path(__file__).parent.parent / "transcripts"
FILES = sorted([*HERE.glob("v6/ed-*.t"), *HERE.glob("v6/grep-*.t"),
                *HERE.glob("ed-*.t"), *HERE.glob("expr-*.t")])


@pytest.fixture(scope="module")
def our_pack(tmp_path_factory):
    return pack_with(["/bin/ed", "/usr/bin/grep", "/bin/expr"], tmp_path_factory.mktemp("edpack"))


def test_there_are_transcripts():
    assert len(FILES) >= 19


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_transcript_with_ours(our_pack, path):
    failures = transcript.run_file(path, our_pack)
    assert not failures, "".join(f.diff for f in failures)
