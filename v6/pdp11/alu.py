"""New: the EIS arithmetic (DIV, ASH, ASHC) as pure functions.

The instruction table's bodies for these three instructions call these
functions (MUL's body is its arithmetic, written out), so both execution engines share one statement of their rules.  Each
takes unsigned 16-bit register and operand values and returns the new register
values followed by the condition codes N, Z, V, C.  A register operand that
names an odd register makes ``reg`` and ``reg1`` the same register; the
bodies assign ``reg`` first and ``reg1`` last, so the low word wins, as on
the machine.

The rules are the PDP-11/40 processor handbook's, with the corners the SIMH
recording of the 11/40 settles (see tests/pdp11/test_oracle.py).
"""

from __future__ import annotations

WORD = 0o177777


def _signed16(x: int) -> int:
    return x - 0o200000 if x & 0o100000 else x


def _signed32(x: int) -> int:
    return x - (1 << 32) if x & (1 << 31) else x


def div(reg: int, reg1: int, src: int) -> tuple[int, int, int, int, int, int]:
    """DIV: 32-bit by 16-bit signed, truncating toward zero.

    Division by zero sets V and C (and Z); a quotient that does not fit in
    16 bits sets V, and N to the sign the quotient would have had.  In both
    cases the registers are left as they were.
    """
    dividend = _signed32((reg << 16) | reg1)
    divisor = _signed16(src)
    if divisor == 0:
        return reg, reg1, 0, 1, 1, 1
    quotient = abs(dividend) // abs(divisor)
    if (dividend < 0) != (divisor < 0):
        quotient = -quotient
    remainder = dividend - quotient * divisor
    if not -0o100000 <= quotient <= 0o77777:
        return reg, reg1, (dividend < 0) != (divisor < 0), 0, 1, 0
    return quotient & WORD, remainder & WORD, quotient < 0, quotient == 0, 0, 0


def _shift(value: int, count: int, bits: int) -> tuple[int, int, int]:
    """Arithmetic shift of a ``bits``-wide value by a 6-bit signed count.

    Returns the result, V (the sign changed during a left shift) and C (the
    last bit shifted out).
    """
    mask = (1 << bits) - 1
    count &= 0o77
    signed = value - (1 << bits) if value >> (bits - 1) else value
    if count == 0:
        return value, 0, 0
    if count < 0o40:
        full = signed << count
        carry = (full >> bits) & 1
        result = full & mask
        # The sign changed at some step unless every bit shifted through the
        # sign position equals the final sign.
        top = full >> (bits - 1)
        overflow = top not in (0, -1)
        return result, overflow, carry
    count = 0o100 - count
    carry = (signed >> (count - 1)) & 1
    return (signed >> count) & mask, 0, carry


def ash(reg: int, src: int) -> tuple[int, int, int, int, int]:
    """ASH: shift one register by the low six bits of ``src`` (signed)."""
    res, v, c = _shift(reg, src, 16)
    return res, res >> 15, res == 0, v, c


def ashc(reg: int, reg1: int, src: int) -> tuple[int, int, int, int, int, int]:
    """ASHC: shift the register pair as one 32-bit value."""
    res, v, c = _shift((reg << 16) | reg1, src, 32)
    return res >> 16, res & WORD, res >> 31, res == 0, v, c
