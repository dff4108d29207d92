"""What the genuine V6 prints, recorded under SIMH: the oracle for our kernel's tests.

Two kinds of recording, both in ``data/v6record/`` (its README gives every
field and how they were made):

- **Command cases** (``cases.json`` → ``exec.json``): a program of the root
  pack run with given arguments, working directory, user, standard input and
  files, as ``v6 exec`` will run it; V6's standard output and standard error
  (raw bytes), wait status, and the state of named files afterwards.
- **Console sessions** (``sessions.json`` → ``sessions/NAME.txt``): V6 booted
  to ``login:``, keys typed at given points, the console's text.

For the kernel's tests: ``cases()``, ``results()``, ``sessions()`` and
``transcript(name)`` load the committed data; ``install(image, case)`` puts
a case's files on a copy of the pack exactly as the recording did;
``file_state(image, path)`` reads a file back in the form recorded.

Recording (needs SIMH and the pack): ``record_case`` and ``record_session``;
``python -m tests.v6record record [NAME...]`` records every case and session
(or the named ones) again and rewrites the data.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.simh import BOOT_IMAGE, Console, booted, genuine_pack
from v6.cc import link
from v6.fs.errors import FsError
from v6.fs.fsys import Fsys
from v6.fs.iget import Inode
from v6.fs.namei import ROOT, namei
from v6.fs.ops import chown, creat, encode_path, mkdir, read_file, readdir
from v6.fs.rdwri import writei

DATA = Path(__file__).parent / "data" / "v6record"
V6_TIME = 177300292
"""The pack's superblock time (Thu Aug 14 22:04:52 EDT 1975): every file the
recorder puts on a pack is stamped with it, and the superblock keeps it."""
USERS = {0: "root", 1: "daemon", 3: "bin", 6: "ken"}
"""The pack's /etc/passwd: whom to log in as for a case's uid."""
RUN, STDIN, STDOUT, STDERR = "/tmp/run", "/tmp/in", "/tmp/out", "/tmp/err"
"""The recorder's own files on the pack (put there after the case's files)."""
STATUS = re.compile(rb"=status ([0-7]{6}) at (\d+)\r\n")
"""What the wrapper (data/v6record/run.c) prints: the wait status and the start time."""


# --- the data ----------------------------------------------------------------------

def _bytes(lines: list[str]) -> bytes:
    """Bytes stored as a JSON list of lines, one character per byte."""
    return "".join(lines).encode("latin-1")


def _lines(data: bytes) -> list[str]:
    """Bytes as a list of lines, each ending at a newline (the last perhaps not)."""
    return re.findall(r"[^\n]*\n|[^\n]+", data.decode("latin-1"))


@dataclass(frozen=True)
class Entry:
    """A file (``data`` its bytes) or, when ``data`` is None, a directory to make."""

    path: str
    data: bytes | None
    mode: int
    uid: int = 0
    gid: int = 0

    @classmethod
    def from_json(cls, d: dict) -> Entry:
        data = _bytes(d["data"]) if "data" in d else None
        mode = int(d.get("mode", "644" if data is not None else "755"), 8)
        return cls(d["path"], data, mode, d.get("uid", 0), d.get("gid", 0))


@dataclass(frozen=True)
class Case:
    """A program run as ``v6 exec --cwd CWD --uid UID -- ARGV...`` would run it."""

    name: str
    argv: list[str]
    """argv[0] is the program's path, exec'd and passed as argv[0]."""
    cwd: str
    uid: int
    stdin: bytes
    setup: list[Entry]
    """The common entries, then the case's own, made in this order."""
    check: list[str]
    """Paths whose state after the run is recorded."""
    depends: list[str]
    """What the output shows beyond the program and its input (README: "depends")."""


@dataclass(frozen=True)
class FileState:
    """A file as it was found after a run: its inode, and its bytes or entries."""

    mode: int
    """The inode's whole i_mode (IALLOC 0100000 included)."""
    nlink: int
    uid: int
    gid: int
    size: int
    data: bytes | None = None
    """A plain file's bytes (None for a directory or a device)."""
    entries: list[str] | None = None
    """A directory's live names, in slot order."""


@dataclass(frozen=True)
class Result:
    """What V6 did with a case."""

    stdout: bytes
    stderr: bytes
    status: int
    """The wait status: exit code << 8, or the signal number (| 0200 with a core)."""
    clock: int
    """Seconds V6's clock had run (from the superblock's time) when the program started."""
    files: dict[str, FileState | None]
    """The state of each checked path (None: there is none)."""


@dataclass(frozen=True)
class Session:
    """Keys typed on the console of V6 booted to ``login:``."""

    name: str
    steps: list[tuple[str, str]]
    """(wait, keys): wait until the console has printed ``wait`` since the
    previous step, then press ``keys`` ("\\n" is RETURN)."""
    depends: list[str]


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text())


def cases() -> list[Case]:
    """The committed command cases."""
    d = _load("cases.json")
    common = [Entry.from_json(e) for e in d["common"]]
    return [Case(c["name"], c["argv"], c.get("cwd", "/"), c.get("uid", 0),
                 _bytes(c.get("stdin", [])), common + [Entry.from_json(e) for e in c.get("setup", [])],
                 c.get("check", []), c.get("depends", [])) for c in d["cases"]]


def _state_from_json(d: dict | None) -> FileState | None:
    if d is None:
        return None
    data = _bytes(d["data"]) if "data" in d else None
    return FileState(int(d["mode"], 8), d["nlink"], d["uid"], d["gid"], d["size"], data,
                     d.get("entries"))


def _state_to_json(s: FileState | None) -> dict | None:
    if s is None:
        return None
    d = {k: v for k, v in asdict(s).items() if v is not None}
    d["mode"] = f"{s.mode:06o}"
    if s.data is not None:
        d["data"] = _lines(s.data)
    return d


def results() -> dict[str, Result]:
    """The committed recordings of the command cases, by case name."""
    return {name: Result(_bytes(r["stdout"]), _bytes(r["stderr"]), r["status"], r["clock"],
                         {p: _state_from_json(s) for p, s in r["files"].items()})
            for name, r in _load("exec.json")["results"].items()}


def _result_to_json(r: Result) -> dict:
    return {"stdout": _lines(r.stdout), "stderr": _lines(r.stderr), "status": r.status,
            "clock": r.clock, "files": {p: _state_to_json(s) for p, s in r.files.items()}}


def sessions() -> list[Session]:
    """The committed console sessions."""
    return [Session(s["name"], [(w, k) for w, k in s["steps"]], s.get("depends", []))
            for s in _load("sessions.json")["sessions"]]


def transcript(name: str) -> str:
    """The committed console text of session ``name`` (CR LF made LF)."""
    return (DATA / "sessions" / f"{name}.txt").read_bytes().decode("latin-1")


# --- putting files on a pack and reading them back ---------------------------------------

@contextmanager
def _mounted(image: Path, *, write: bool = False) -> Iterator[Fsys]:
    with Fsys.open_image(image, readonly=not write, now=lambda: V6_TIME) as fsys:
        yield fsys


def put(image: Path, entries: Sequence[Entry]) -> None:
    """Make each entry on ``image``, every time stamp (the superblock's too) V6_TIME."""
    with _mounted(image, write=True) as fsys:
        for e in entries:
            if e.data is None:
                mkdir(fsys, e.path, e.mode, ROOT)
            else:
                ip = creat(fsys, e.path, e.mode, ROOT)
                writei(ip, 0, e.data)
                fsys.inodes.iput(ip)
            chown(fsys, e.path, e.uid, e.gid, ROOT)


def install(image: Path, case: Case) -> None:
    """Put the case's files on ``image`` (a copy of the pack), as the recording did."""
    put(image, case.setup)


def _state(ip: Inode) -> FileState:
    data = read_file(ip) if not ip.is_dir and not ip.is_special else None
    entries = [e.name.decode("latin-1") for e in readdir(ip)] if ip.is_dir else None
    return FileState(ip.mode, ip.nlink, ip.uid, ip.gid, ip.size, data, entries)


def file_state(image: Path, path: str) -> FileState | None:
    """The state of ``path`` on ``image`` (None if there is no such file)."""
    with _mounted(image) as fsys:
        try:
            ip = namei(fsys, encode_path(path), ROOT)
        except FsError:
            return None
        try:
            return _state(ip)
        finally:
            fsys.inodes.iput(ip)


# --- recording under SIMH -------------------------------------------------------------

_SPECIAL = set(" \t;&|^<>()*?[]$'\"")


def _quoted(arg: str) -> str:
    """``arg`` as typed to V6's sh (quoted when it must be) and through the tty
    (``#`` and ``@``, the erase and kill keys, escaped with a backslash)."""
    if "\\" in arg or "\n" in arg:
        raise ValueError(f"cannot type {arg!r} to V6")
    if not arg or _SPECIAL & set(arg):
        quote = "'" if "'" not in arg else '"'
        arg = quote + arg + quote
    return arg.replace("#", "\\#").replace("@", "\\@")


def command_line(case: Case) -> str:
    """What the recorder types to V6's sh to run the case."""
    words = [RUN, *case.argv[:1], *case.argv]
    return " ".join(map(_quoted, words)) + f" <{STDIN} >{STDOUT}"


def _shell(console: Console, line: str, prompt: str) -> bytes:
    """Type ``line``; what was printed after its echo, up to the next prompt."""
    console.type(line)
    console.read_until(b"\n")
    return console.read_until(prompt.encode(), timeout=120)[:-len(prompt)]


def _run_case(console: Console, case: Case) -> tuple[int, int]:
    """Run the case on a single-user V6 just booted: its wait status and when it ran."""
    console.read_until(b"# ")
    prompt = "# "
    _shell(console, "stty -lcase", prompt)
    if case.uid:
        prompt = "% "
        _shell(console, f"login {USERS[case.uid]}", prompt)
    _shell(console, f"chdir {_quoted(case.cwd)}", prompt)
    printed = _shell(console, command_line(case), prompt)
    found = STATUS.fullmatch(printed)
    if not found:
        raise RuntimeError(f"{case.name}: V6 printed {printed!r} on the console")
    _shell(console, "sync", prompt)
    return int(found[1], 8), int(found[2]) - V6_TIME


@functools.cache
def wrapper() -> bytes:
    """The wrapper, data/v6record/run.c, compiled by our cc."""
    return link.build([("run.c", (DATA / "run.c").read_text())])


def record_case(case: Case, pack: bytes, workdir: Path) -> Result:
    """Boot V6 single-user from the pack with the case's files and run it."""
    image = workdir / "pack.img"
    image.write_bytes(pack)
    install(image, case)
    put(image, [Entry(STDIN, case.stdin, 0o644), Entry(RUN, wrapper(), 0o755)])
    with booted(image, workdir, single_user=True) as console:
        status, clock = _run_case(console, case)
    ran = workdir / BOOT_IMAGE
    out, err = file_state(ran, STDOUT), file_state(ran, STDERR)
    return Result(out.data, err.data, status, clock,
                  {p: file_state(ran, p) for p in case.check})


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("latin-1")


def record_session(session: Session, pack: bytes, workdir: Path) -> str:
    """Boot V6 multi-user, follow the session's steps; the console text, CR LF made LF."""
    image = workdir / "pack.img"
    image.write_bytes(pack)
    seen = b""
    with booted(image, workdir) as console:
        for wait, keys in session.steps:
            seen += console.read_until(_crlf(wait), timeout=600) if wait else b""
            console.keys(keys)
    return seen.replace(b"\r\n", b"\n").decode("latin-1")


# --- python -m tests.v6record record [NAME...] -----------------------------------------

def _record_cases(names: set[str], pack: bytes) -> None:
    """Record the named cases (all when none is named) into exec.json; keep the others."""
    kept = _load("exec.json")["results"] if (DATA / "exec.json").exists() else {}
    found = {}
    for case in cases():
        if names and case.name not in names and case.name in kept:
            found[case.name] = kept[case.name]
            continue
        with tempfile.TemporaryDirectory() as tmp:
            found[case.name] = _result_to_json(record_case(case, pack, Path(tmp)))
        print(case.name, file=sys.stderr)
    doc = {"format": "v6record-exec/1", "results": found}
    (DATA / "exec.json").write_text(json.dumps(doc, indent=1) + "\n")


def _record_sessions(names: set[str], pack: bytes) -> None:
    """Record the named sessions (all when none is named) into sessions/NAME.txt."""
    for session in sessions():
        if not names or session.name in names:
            with tempfile.TemporaryDirectory() as tmp:
                text = record_session(session, pack, Path(tmp))
            (DATA / "sessions" / f"{session.name}.txt").write_bytes(text.encode("latin-1"))
            print(session.name, file=sys.stderr)


def main(argv: list[str]) -> int:
    if argv[:1] != ["record"]:
        print("usage: python -m tests.v6record record [NAME...]", file=sys.stderr)
        return 2
    pack = genuine_pack()
    if pack is None:
        print("the genuine V6 root pack is not to be found", file=sys.stderr)
        return 1
    _record_cases(set(argv[1:]), pack)
    _record_sessions(set(argv[1:]), pack)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
