"""New: the root of the project's exception hierarchy.

Every failure that a user of the command line can cause (a bad file, a bad
image, a bad program) is a ``V6Error`` or a subclass; the CLI prints its
message on one line and exits non-zero.  Each layer derives its own family
from it (``AsmError``, ``AoutError``, ``FsError``, ``CompileError`` ...).
Faults of *emulated* programs are never exceptions that leave the machine:
they are stop reasons of ``Machine.run``.
"""


class V6Error(Exception):
    """A failure to report to the user as one line: ``v6: <message>``."""
