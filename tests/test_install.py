"""A non-editable install carries everything ``v6`` needs: it compiles C and runs it.

The project is copied (without tests, caches and build leftovers), a few
files are added where later work will add sources — a command under
``userland/cmd``, a file and a hidden file under ``userland/etc``, the
shell's ``v6/shell/sh.c`` — and the copy is installed with pip into a fresh
virtual environment, as a user would: ``pip install DIR``, with pip's own
configuration (on this machine it resolves setuptools and the dependencies
from a local index).  Then, from outside any checkout, the installed ``v6``
compiles a program against the installed headers and a libc built from the
installed sources, and runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

LEFT_OUT = {".git", ".venv", "build", "tests", "tmp", ".pytest_cache", ".ruff_cache",
            ".hypothesis"}
"""Top-level entries of a checkout that are not sources of the distribution."""

ADDED = {
    "userland/cmd/probe.c": "main() { return 0; }\n",
    "userland/etc/probe": "root::0:3::/:\n",
    "userland/etc/.probe": "hidden\n",
    "v6/shell/sh.c": "/* the shell */\n",
}
"""Files later work will add, and what the test writes into them."""

HELLO = '#include <stdio.h>\nmain()\n{\n\tprintf("hello, %s %d\\n", "world", 6 * 7);\n\treturn 0;\n}\n'


def _ignore(directory: str, names: list[str]) -> set[str]:
    left_out = {"__pycache__"} | {n for n in names if n.endswith(".egg-info")}
    if Path(directory) == ROOT:
        left_out |= LEFT_OUT
    return left_out & set(names)


def _run(argv: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | env
    return subprocess.run(argv, cwd=cwd, env=environ, capture_output=True, text=True,
                          timeout=900)


@pytest.mark.slow
def test_an_installed_v6_compiles_and_runs_c(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_ignore)
    for name, text in ADDED.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text)
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    pip = _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(source)], tmp_path)
    assert pip.returncode == 0, pip.stderr
    shutil.rmtree(source)  # nothing may still be read from the copy

    where = _run([str(bin_dir / "python"), "-c", "import v6, userland; print(v6.__file__); "
                  "print(userland.path())"], tmp_path)
    assert where.returncode == 0, where.stderr
    v6_file, userland_dir = map(Path, where.stdout.split())
    assert v6_file.is_relative_to(env_dir) and userland_dir.is_relative_to(env_dir)
    site = userland_dir.parent
    for name, text in ADDED.items():
        assert (site / name).read_text() == text, name

    work = tmp_path / "work"
    work.mkdir()
    (work / "hello.c").write_text(HELLO)
    cache = tmp_path / "cache"
    cc = _run([str(bin_dir / "v6"), "cc", "hello.c", "-o", "hello"], work, V6_CACHE=str(cache))
    assert (cc.returncode, cc.stderr) == (0, "")
    assert list(cache.glob("libc-*.json")), "libc was not built from the installed sources"
    run = _run([str(bin_dir / "v6"), "pdp11", "run", "hello"], work)
    assert (run.returncode, run.stdout, run.stderr) == (0, "hello, world 42\n", "")
