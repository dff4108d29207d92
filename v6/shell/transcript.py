"""New: transcripts — scripted shell sessions with their expected output, cram-style.

A transcript (``*.t``) is read line by line:

- ``  $ COMMAND`` (two spaces, dollar, space): typed at the shell's prompt,
  then RETURN.
- ``  > TEXT``: typed as the next input line of the running program, after
  its ``$`` line, each when no process can run (so timing never changes the
  output).  ``  > ^D``, ``  > ^?`` and ``  > ^\\`` type EOT, DEL (interrupt)
  and FS (quit) alone, with no RETURN; ``  >`` alone types an empty line.
  A command's ``>`` lines come right after its ``$`` line.
- ``  TEXT`` (two spaces, anything else): a line the terminal must show for
  the last ``$`` command — what programs printed, without the echo of what
  was typed and without the shell's prompts.  A line ending in `` (re)`` is
  a Python regular expression matching the whole line; `` (no-eol)`` marks
  output that ends without a newline; ``  `` alone is an empty line.
  Control characters in output are written ``\\xNN`` inside ``(re)`` lines.
- Any other line is commentary.  Before the first command, ``user: NAME``
  logs in as NAME (default root), ``model: NAME`` pins a process-creation
  model, ``strict: yes`` asks for strict mode (the key in either case).

Each transcript runs on a fresh copy of an image; ``run(transcript, image)``
gives a ``Failure`` per command whose output differs, with a unified diff.
"""

from __future__ import annotations

import difflib
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from v6.errors import V6Error
from v6.shell import mkroot
from v6.shell.session import Session
from v6.shell.system import System

KEYS = {"^D": b"\x04", "^?": b"\x7f", "^\\": b"\x1c"}
"""``>`` lines that type one key alone."""
REGEX, NO_EOL = " (re)", " (no-eol)"


class TranscriptError(V6Error):
    """A transcript that cannot be read (a ``>`` line before any command, say)."""


@dataclass
class Command:
    """One ``$`` line, what is typed to it, and what it must show."""

    line: str
    where: int
    """Its line number in the file."""
    inputs: list[bytes] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    """The expected lines, with their ``(re)``/``(no-eol)`` marks."""


@dataclass
class Transcript:
    """A parsed transcript."""

    name: str
    commands: list[Command]
    user: str = "root"
    model: str | None = None
    strict: bool = False


@dataclass
class Options:
    """How ``v6 script`` runs transcripts: a model for those that pin none, strict mode,
    a file for the kernel's events."""

    model: str | None = None
    strict: bool = False
    events: str | None = None


@dataclass
class Failure:
    """A command whose output was not what the transcript says."""

    command: Command
    diff: str


def parse(text: str, name: str = "<transcript>") -> Transcript:
    """Read a transcript (see the module docstring)."""
    t = Transcript(name, [])
    for n, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("  $ "):
            t.commands.append(Command(raw[4:], n))
        elif raw == "  >" or raw.startswith("  > "):
            if not t.commands or t.commands[-1].expected:
                raise TranscriptError(f"{name}:{n}: a '>' line must follow its '$' line")
            typed = raw[4:]
            t.commands[-1].inputs.append(KEYS.get(typed, typed.encode("latin-1") + b"\r"))
        elif raw.startswith("  "):
            if not t.commands:
                raise TranscriptError(f"{name}:{n}: expected output before any command")
            t.commands[-1].expected.append(raw[2:])
        elif not t.commands:
            _header(t, raw)
    return t


def _header(t: Transcript, raw: str) -> None:
    key, _, value = raw.partition(":")
    key, value = key.lower(), value.strip()      # "User: ken" as well as "user: ken"
    if key == "user":
        t.user = value
    elif key == "model":
        t.model = value
    elif key == "strict":
        t.strict = value == "yes"


def shown_lines(shown: bytes) -> list[str]:
    """The terminal's output as transcript lines (a last line without newline marked)."""
    text = shown.decode("latin-1")
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        return lines[:-1]
    return [*lines[:-1], lines[-1] + NO_EOL]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Do the actual lines satisfy the expected ones (``(re)`` lines are patterns)?"""
    if len(expected) != len(actual):
        return False
    for want, got in zip(expected, actual, strict=True):
        if want.endswith(REGEX):
            pattern = want[:-len(REGEX)]
            if pattern.endswith(NO_EOL) != got.endswith(NO_EOL):
                return False
            if got.endswith(NO_EOL):
                # The mark is no part of the pattern: "(no-eol)" would be a regex group.
                pattern, got = pattern[:-len(NO_EOL)], got[:-len(NO_EOL)]
            if not re.fullmatch(pattern, got):
                return False
        elif want != got:
            return False
    return True


def run(t: Transcript, image: Path, options: Options | None = None) -> list[Failure]:
    """Run ``t`` on ``image`` (used as it is: pass a fresh copy); the failures."""
    options = options or Options()
    system = System(image)
    failures = []
    try:
        system.set_model(t.model or options.model, t.strict or options.strict)
        if options.events:
            system.record_events(options.events)
        system.boot()
        session = Session(system, user=t.user)
        for cmd in t.commands:
            actual = shown_lines(session.command(cmd.line, cmd.inputs))
            if not matches(cmd.expected, actual):
                failures.append(Failure(cmd, _diff(t.name, cmd, actual)))
    finally:
        system.shutdown()
    return failures


def _diff(name: str, cmd: Command, actual: list[str]) -> str:
    header = [f"  $ {cmd.line}"]
    return "".join(difflib.unified_diff(
        [f"{x}\n" for x in header + [f"  {e}" for e in cmd.expected]],
        [f"{x}\n" for x in header + [f"  {a}" for a in actual]],
        f"{name}:{cmd.where} (expected)", f"{name}:{cmd.where} (got)"))


def run_file(path: Path, image: Path | None = None,
             options: Options | None = None) -> list[Failure]:
    """Run the transcript at ``path`` on a fresh copy of ``image`` (default: the root image)."""
    t = parse(path.read_text(encoding="latin-1"), str(path))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "disk.img"
        shutil.copyfile(image if image is not None else mkroot.default_image(), copy)
        return run(t, copy, options)
