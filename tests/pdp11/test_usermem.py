"""User memory for the kernel (copyin, copyout, fuword ...) and the physical
write path (load, move, clear), with the translated code they overwrite.

The user mapping, worked out by hand from the KT11 description (PAR: base in
64-byte units; PDR: length field bits 14-8, downward bit 3, access bits 2-1):

- segment 0, text: physical 010000, read-only, full (0-017777);
- segment 1, data: physical 040000, read/write, full (020000-037777);
- segment 2, more data: physical 0120000 (not after segment 1's core),
  read/write, length field 3: 040000-040377;
- segment 7, stack: physical 0100000, downward, read/write, length field
  0170: 0177000-0177777;
- segments 3-6: not there.
"""

import pytest

from v6.pdp11.machine import Machine, Reason, StringTooLong, UserFault

ENGINES = ["interp", "translate"]
RO, RW, ED = 0o2, 0o6, 0o10
PAR = [0o100, 0o400, 0o1200, 0, 0, 0, 0, 0o1000]
PDR = [0o177 << 8 | RO, 0o177 << 8 | RW, 3 << 8 | RW, 0, 0, 0, 0, 0o170 << 8 | ED | RW]


def user_machine(engine: str = "translate") -> Machine:
    m = Machine(0o200000, hosted=True, engine=engine)
    m.set_psw(0o170000)
    m.sureg(PAR, PDR)
    return m


# --- copyin / copyout ---------------------------------------------------------------

def test_copyin_crosses_segments_to_different_core():
    """037770-040007: the last 8 bytes of segment 1 (physical 057770) and the
    first 8 of segment 2 (physical 0120000)."""
    m = user_machine()
    m.load(0o57770, b"ABCDEFGH")
    m.load(0o120000, b"abcdefgh")
    assert m.copyin(0o37770, 16) == b"ABCDEFGHabcdefgh"
    assert m.copyin(0o37774, 1) == b"E"
    assert m.copyin(0o20000, 0) == b""


@pytest.mark.parametrize(("va", "n", "bad"), [
    (0o40370, 0o20, 0o40400),     # runs past segment 2's four blocks
    (0o60000, 2, 0o60000),        # segment 3 is not there
    (0o176770, 0o20, 0o176770),   # below the stack segment
    (0o177770, 0o20, 0o200000),   # past the top of the address space
    (0o37770, 0o1000, 0o40400),   # segment 1 fine, segment 2 too short
])
def test_copyin_faults_at_the_first_inaccessible_byte(va, n, bad):
    m = user_machine()
    with pytest.raises(UserFault) as fault:
        m.copyin(va, n)
    assert fault.value.va == bad


def test_copyout_crosses_segments():
    m = user_machine()
    m.copyout(0o37774, b"12345678")
    assert m.read_bytes(0o57774, 4) == b"1234" and m.read_bytes(0o120000, 4) == b"5678"
    m.copyout(0o177000, b"top")                      # the stack segment's lowest bytes
    assert m.read_bytes(0o100000 + 0o17000, 3) == b"top"


@pytest.mark.parametrize(("va", "bad"), [
    (0o100, 0o100),               # the read-only text
    (0o40376, 0o40400),           # the last two bytes fit, the rest does not
    (0o176776, 0o176776),         # below the stack
])
def test_copyout_stores_all_or_nothing(va, bad):
    m = user_machine()
    core = bytes(m.mem)
    with pytest.raises(UserFault) as fault:
        m.copyout(va, b"abcd")
    assert fault.value.va == bad
    assert m.mem == core


# --- words and bytes -----------------------------------------------------------------

def test_words_and_bytes_go_through_the_mapping():
    m = user_machine()
    m.suword(0o20010, 0o123456)
    assert m.read_word(0o40010) == 0o123456 and m.fuword(0o20010) == 0o123456
    m.subyte(0o40001, 0o1777)                        # only the low byte is stored
    assert m.mem[0o120001] == 0o377 and m.fubyte(0o40001) == 0o377
    m.write_word(0o10000, 0o4321)                    # text: readable, not writable
    assert m.fuword(0) == 0o4321 and m.fubyte(1) == 0o4321 >> 8


@pytest.mark.parametrize("call", [
    lambda m: m.fuword(0o20001),                     # odd
    lambda m: m.suword(0o20001, 0),
    lambda m: m.suword(0, 0),                        # the text is read-only
    lambda m: m.subyte(0o17777, 0),
    lambda m: m.fubyte(0o60000),                     # not mapped
    lambda m: m.fuword(0o200000),                    # beyond 64 KB
    lambda m: m.fubyte(-1),
])
def test_words_and_bytes_fault(call):
    m = user_machine()
    core = bytes(m.mem)
    with pytest.raises(UserFault):
        call(m)
    assert m.mem == core


# --- strings -----------------------------------------------------------------------------

def test_copyinstr_stops_at_the_nul():
    m = user_machine()
    m.load(0o40100, b"/bin/sh\0junk")
    assert m.copyinstr(0o20100, 100) == b"/bin/sh"
    assert m.copyinstr(0o20100, 8) == b"/bin/sh"        # the NUL is the 8th byte
    with pytest.raises(StringTooLong) as too_long:
        m.copyinstr(0o20100, 7)
    assert isinstance(too_long.value, UserFault) and too_long.value.va == 0o20107


def test_copyinstr_reads_no_further_than_the_nul():
    """A string whose NUL is the last byte of segment 2 (040377): fine; one
    without a NUL there runs into the end of the segment: a fault at 040400."""
    m = user_machine()
    m.load(0o120377 - 5, b"abcde\0")
    assert m.copyinstr(0o40372, 510) == b"abcde"
    m.load(0o120377, b"f")
    with pytest.raises(UserFault) as fault:
        m.copyinstr(0o40372, 510)
    assert fault.value.va == 0o40400


def test_copyinstr_across_segments():
    m = user_machine()
    m.load(0o57775, b"abc")
    m.load(0o120000, b"def\0")
    assert m.copyinstr(0o37775, 510) == b"abcdef"


# --- stores invalidate translated code --------------------------------------------------

def code_machine(engine: str) -> Machine:
    """A writable text (0407): ``inc r0; sys 0`` at 0, run once so it is translated."""
    m = Machine(0o200000, hosted=True, engine=engine)
    m.set_psw(0o170000)
    m.sureg([0o100] + [0] * 7, [0o177 << 8 | RW] + [0] * 7)
    m.write_word(0o10000, 0o005200)
    m.write_word(0o10002, 0o104400)
    run_from_zero(m)
    assert m.regs[0] == 1
    return m


def run_from_zero(m: Machine) -> None:
    m.pc = 0
    assert m.run(10).reason is Reason.TRAP


@pytest.mark.parametrize("store", [
    lambda m: m.copyout(0, (0o005300).to_bytes(2, "little")),     # dec r0
    lambda m: m.suword(0, 0o005300),
    lambda m: m.subyte(0, 0o300),                                # 005200 -> 005300
    lambda m: m.load(0o10000, (0o005300).to_bytes(2, "little")),
    lambda m: (m.write_word(0o30000, 0o005300), m.move(0o10000, 0o30000, 2)),
])
@pytest.mark.parametrize("engine", ENGINES)
def test_every_store_path_drops_the_code_it_overwrites(engine, store):
    m = code_machine(engine)
    store(m)
    run_from_zero(m)
    assert m.regs[0] == 0                                        # dec r0 ran, not inc r0


@pytest.mark.parametrize("engine", ENGINES)
def test_clear_drops_the_code_it_overwrites(engine):
    """Zeroed, the first word is HALT, a reserved instruction in user mode."""
    m = code_machine(engine)
    m.clear(0o10000, 0o100)
    m.pc = 0
    stop = m.run(10)
    assert (stop.reason, stop.vector) == (Reason.FAULT, 0o10)


# --- move and clear ------------------------------------------------------------------------

def test_move_handles_overlap_both_ways():
    m = Machine(0o10000)
    m.load(0o1000, b"abcdefgh")
    m.move(0o1002, 0o1000, 6)
    assert m.read_bytes(0o1000, 8) == b"ababcdef"
    m.load(0o1000, b"abcdefgh")
    m.move(0o1000, 0o1002, 6)
    assert m.read_bytes(0o1000, 8) == b"cdefghgh"


def test_clear_and_move_stay_inside_core():
    m = Machine(0o10000)
    m.load(0o7770, b"\1" * 8)
    m.clear(0o7774, 4)
    assert m.read_bytes(0o7770, 8) == b"\1\1\1\1\0\0\0\0"
    for bad in (lambda: m.clear(0o7774, 6), lambda: m.move(0, 0o7776, 4),
                lambda: m.move(0o7776, 0, 4), lambda: m.read_bytes(0o7777, 2),
                lambda: m.load(-2, b"ab")):
        with pytest.raises(ValueError):
            bad()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_moved_image_runs_where_it_was_moved(engine):
    """fork as V6 does it: copy the image, map the child onto the copy."""
    m = code_machine(engine)
    m.move(0o50000, 0o10000, 0o100)
    m.sureg([0o500] + [0] * 7, [0o177 << 8 | RW] + [0] * 7)
    m.write_word(0o10000, 0o005300)          # the parent's text changes; the child's not
    run_from_zero(m)
    assert m.regs[0] == 2
