"""New: the C and assembler sources of V6's userland, shipped as package data.

This directory is the home of every source that runs on the machine: the
system headers (``include/``), the C library (``lib/``), and the commands
and the files of the root image as they are added.  It is a Python package
only so that an installed ``v6`` has them: pyproject.toml ships every file
below it as package data of this package, so a file added anywhere here is
in the next install with nothing else to do.

``path(*parts)`` is the one way to reach them: the file or directory
``parts`` below this one.  Package data sits beside the package's own
``__init__.py`` in a checkout, in an editable install and in an installed
wheel (pip always unpacks a wheel), and the preprocessor needs real
directories to search, so the path is taken from this file rather than
through ``importlib.resources``, whose only gain — reading from a zip — the
compiler could not use.
"""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent
"""The directory that holds the sources."""


def path(*parts: str) -> Path:
    """The file or directory ``parts`` below the userland sources."""
    return _ROOT.joinpath(*parts)
