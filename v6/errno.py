"""V6: user.h (the u_error codes) and intro(II) — the system's error numbers.

The kernel stores one of these in ``u.u_error`` and a failing system call
returns it in r0 with the carry bit set; the file system raises ``FsError``
carrying one of them so the kernel can do exactly that.  Numbers and names
are V6's (checked against the u_error list of V6's user.h and the error list
of intro(II)); the messages are short descriptions in the wording perror used
in the following years, for the host tools' one-line errors.  The C header
``userland/include/errno.h`` says the same numbers, and a test holds it to that.

V6 had no error 14 in intro(II): its user.h defined ``EFAULT`` as 106, a value
outside the perror table, and that is what a V6 program saw for a bad address.
"""

EPERM = 1
ENOENT = 2
ESRCH = 3
EINTR = 4
EIO = 5
ENXIO = 6
E2BIG = 7
ENOEXEC = 8
EBADF = 9
ECHILD = 10
EAGAIN = 11
ENOMEM = 12
EACCES = 13
ENOTBLK = 15
EBUSY = 16
EEXIST = 17
EXDEV = 18
ENODEV = 19
ENOTDIR = 20
EISDIR = 21
EINVAL = 22
ENFILE = 23
EMFILE = 24
ENOTTY = 25
ETXTBSY = 26
EFBIG = 27
ENOSPC = 28
ESPIPE = 29
EROFS = 30
EMLINK = 31
EPIPE = 32
EMODEL = 33
"""New: a process-creation model's call while another model is current, in strict mode."""
EFAULT = 106

MESSAGES: dict[int, str] = {
    EPERM: "Not owner",
    ENOENT: "No such file or directory",
    ESRCH: "No such process",
    EINTR: "Interrupted system call",
    EIO: "I/O error",
    ENXIO: "No such device or address",
    E2BIG: "Arg list too long",
    ENOEXEC: "Exec format error",
    EBADF: "Bad file number",
    ECHILD: "No children",
    EAGAIN: "No more processes",
    ENOMEM: "Not enough core",
    EACCES: "Permission denied",
    ENOTBLK: "Block device required",
    EBUSY: "Mount device busy",
    EEXIST: "File exists",
    EXDEV: "Cross-device link",
    ENODEV: "No such device",
    ENOTDIR: "Not a directory",
    EISDIR: "Is a directory",
    EINVAL: "Invalid argument",
    ENFILE: "File table overflow",
    EMFILE: "Too many open files",
    ENOTTY: "Not a typewriter",
    ETXTBSY: "Text file busy",
    EFBIG: "File too large",
    ENOSPC: "No space left on device",
    ESPIPE: "Illegal seek",
    EROFS: "Read-only file system",
    EMLINK: "Too many links",
    EPIPE: "Broken pipe",
    EMODEL: "Not the current creation model",
    EFAULT: "Bad address",
}
"""A one-line description of each error number."""


def strerror(errno: int) -> str:
    """The message for ``errno`` (``Unknown error N`` for a number V6 did not have)."""
    return MESSAGES.get(errno, f"Unknown error {errno}")
