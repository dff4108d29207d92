"""The C compiler: pcpp preprocesses, pycparser parses, our code generator emits V6 assembler."""
