"""v6: Unix Sixth Edition recreated in Python.

Layers, bottom to top (nothing calls upward; see DESIGN.md):

- ``v6.param``, ``v6.errors``, ``v6.simclock``: limits, the error hierarchy and
  simulated time, shared by every layer; ``v6.errno``, ``v6.signals``,
  ``v6.sysent``: the error, signal and system-call numbers (the C headers say
  the same, and a test holds them to it).
- ``v6.pdp11``: the machine (CPU, KT11 MMU, memory, line clock), the
  assembler, the disassembler and the a.out format.
- ``v6.fs``: the V6 i-list file system on a disk-image file.
- ``v6.cc``: the C compiler that builds the userland.
- ``v6.kernel``, ``v6.shell``: the kernel and the shell (stage two).
"""
