"""uniq: V6's binary is the oracle (the SIMH recordings, and every option run with V6's
uniq and ours on the same input); a last line without its newline, which V6's uniq
dropped, by hand."""

from __future__ import annotations

import pytest

from tests.userland.helpers import exec_both, exec_on, pack_with
from tests.userland.recorded import run_recorded

UNIQ = ["/bin/uniq"]
LINES = b"a x\nb x\nc y\nc y\n d y\nq\nq\n\n\nab\nab\nb\n"
VARIANTS = ["", "-u", "-d", "-c", "-1", "+1", "-1 -c", "-c -1", "+2", "-ud", "-du", "-cu",
            "-1 +1", "-x", "-d -c", "-u -d", "-10", "-1x", "+1x", "-0", "- /f"]


@pytest.mark.parametrize("name", ["uniq", "uniq-c"])
def test_recorded(name, tmp_path):
    ours, v6 = run_recorded(UNIQ, name, tmp_path)
    assert (ours.stdout, ours.stderr, ours.status) == (v6.stdout, v6.stderr, 0)


def test_like_v6(tmp_path):
    script = "".join(f'echo "== {v}"\nuniq {v} /f\n' for v in VARIANTS)
    v6, ours = exec_both(UNIQ, ["/bin/sh", "/script"], tmp_path,
                         files={"/f": LINES, "/script": script.encode()})
    assert ours.stdout == v6.stdout
    assert ours.stdout.count(b"== ") == len(VARIANTS)
    assert b"   2 c y\n" in ours.stdout


def test_files_and_errors(tmp_path):
    script = b"uniq -c /f /o; cat /o; uniq /nosuch; uniq /f /nodir/o\n"
    v6, ours = exec_both(UNIQ, ["/bin/sh", "-c", script.decode()], tmp_path, files={"/f": b"k\nk\nl\n"})
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)
    assert ours.stdout == b"   2 k\n   1 l\ncannot open /nosuch\ncannot create /nodir/o\n"


def test_a_last_line_without_its_newline(tmp_path):
    image = pack_with(UNIQ, tmp_path)
    r = exec_on(image, ["/bin/uniq", "-c"], b"a\na\nb")
    assert (r.stdout, r.status) == (b"   2 a\n   1 b\n", 0)
