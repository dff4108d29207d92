"""The machine: a PDP-11/40 with EIS and the KT11 MMU, and its toolchain.

Modules: ``isa`` (the instruction table every other module derives from),
``machine`` (core, registers, PSW, MMU, traps, line clock, ``run``),
``interp`` and ``translate`` (the two execution engines), ``timing``,
``asm`` (the V6 assembler), ``disasm``, ``aout`` (the a.out format),
``runner`` (the bare runner for programs before the kernel exists).
"""
