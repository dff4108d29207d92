# ruff: noqa
"""TEMPORARY: machine APIs until the machine branch lands. Not to be committed."""
from v6.pdp11 import aout as _aout
from v6.pdp11 import machine as _m
from v6.pdp11 import mmu as _mmu


class UserFault(Exception):
    pass


def _tr(self, va, write):
    try:
        return self.mmu.translate(va & 0o177777, _mmu.USER, write)
    except _mmu.Abort:
        raise UserFault(va) from None


def copyin(self, va, n):
    out = bytearray()
    for i in range(n):
        pa = _tr(self, va + i, False)
        if pa >= self.ramsize:
            raise UserFault(va)
        out.append(self.mem[pa])
    return bytes(out)


def copyout(self, va, data):
    for i, b in enumerate(data):
        pa = _tr(self, va + i, True)
        if pa >= self.ramsize:
            raise UserFault(va)
        self.load(pa, bytes([b]))


def fuword(self, va):
    if va & 1:
        raise UserFault(va)
    return int.from_bytes(copyin(self, va, 2), "little")


def suword(self, va, w):
    if va & 1:
        raise UserFault(va)
    copyout(self, va, (w & 0xFFFF).to_bytes(2, "little"))


def copyinstr(self, va, maxlen):
    out = bytearray()
    while True:
        c = copyin(self, va + len(out), 1)[0]
        if c == 0:
            return bytes(out)
        out.append(c)
        if len(out) > maxlen:
            raise UserFault(va)


def move(self, dst, src, n):
    self.load(dst, bytes(self.mem[src:src + n]))


def clear(self, pa, n):
    self.load(pa, bytes(n))


def backup(self):
    return False


def clear_abort(self):
    self.mmu.mmr0 &= ~0o160000


for name in ("copyin", "copyout", "fuword", "suword", "copyinstr", "move", "clear", "backup",
             "clear_abort"):
    if not hasattr(_m.Machine, name):
        setattr(_m.Machine, name, globals()[name])
if not hasattr(_m, "UserFault"):
    _m.UserFault = UserFault


class ArgsTooLong(Exception):
    pass


def exec_stack(args):
    strings = [a + b"\0" for a in args]
    size = sum(map(len, strings))
    if size > 510:
        raise ArgsTooLong
    size += size & 1
    sp = 0o200000 - size - 2 * len(args) - 4
    words = [len(args)]
    at = 0o200000 - size
    for s in strings:
        words.append(at)
        at += len(s)
    words.append(0o177777)
    img = b"".join(w.to_bytes(2, "little") for w in words) + b"".join(strings)
    img = img.ljust(0o200000 - sp, b"\0")
    return sp, img


if not hasattr(_aout, "exec_stack"):
    _aout.exec_stack = exec_stack
    _aout.ArgsTooLong = ArgsTooLong
