"""The process-creation models, one module each, on the shared primitives of ``primitives``.

- ``forkexec``: V6's fork (copy data and stack, share the pure text) and
  exec (replace the image from an a.out).
"""
