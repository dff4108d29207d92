"""The process-creation models: one module each, on the shared steps of ``primitives``.

The kernel has a *current model* (``Kernel.model``, the ``model`` system
call, ``v6 run --model``); each model's own system calls are always there,
except in strict mode (``Kernel.strict``), where the calls of the models
that are not current fail with EMODEL — the world without fork the paper
asks for, its cost in compatibility visible.  Every creation is accounted
(``account``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from v6.errno import EMODEL
from v6.kernel.errors import SysError
from v6.kernel.events import Refused

if TYPE_CHECKING:
    from v6.kernel.main import Kernel

MODELS: dict[str, str] = {
    "forkexec": "fork copies data and stack and shares the pure text; exec replaces the image "
                "(V6's own)",
    "vfork": "the child borrows the parent's core, nothing copied; the parent sleeps until "
             "the child execs or exits",
    "spawn": "one call makes a child from an a.out, its file actions applied in order; "
             "failures come back from the call, with no child",
    "xproc": "an empty embryo, built from outside by cross-process calls (exec, descriptors, "
             "directory, memory), then started",
    "rfork": "Plan 9's rfork: flags say what the child shares, copies or starts without "
             "(RFMEM shares data and bss; the stack stays private)",
}
"""Model name -> what it does, in one line."""
DEFAULT = "forkexec"
"""The model a system boots with: V6's own."""


def require(k: Kernel, model: str) -> None:
    """In strict mode, a call of ``model`` works only when it is the current model."""
    if k.strict and k.model != model:
        if k.bus:
            p = k.curproc
            k.bus.publish(Refused(k.m.clock.ns, p.pid, p.command, model, k.model))
        raise SysError(EMODEL)
