"""The C compiler: pcpp preprocesses, pycparser parses, our code generator emits V6 assembler.

Modules: ``front`` (pcpp and pycparser), ``decl``, ``check``, ``types``,
``tree`` and ``fold`` (declarations, types and typed trees), ``unit`` (one
file's shared state), ``compiler`` (a file to assembler text), the code
generator ``genstmt`` with ``genexpr``, ``gencond``, ``genwide``,
``gendata``, ``regs``, ``regalloc``, ``loc`` and ``emit``; ``libc`` (the
library as cached objects) and ``link`` (objects through ld); ``cli``.
"""
