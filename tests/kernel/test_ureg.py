"""estabur and sureg: process images in the KT11 user registers, worked out by hand.

PDR fields (KT11): bits 14-8 the page length field, bit 3 expansion down,
bits 2-1 access (01 read-only, 11 read/write).  An upward segment of n
clicks has length field n-1; a downward one of n clicks has 128-n.
"""

import pytest

from v6.errno import ENOMEM
from v6.kernel.errors import SysError
from v6.kernel.ureg import DATA, NONE, STACK, TEXT, estabur, sureg


def test_pure_program_text_data_and_stack():
    # 3 KB of text (48 clicks), 1 KB data+bss (16 clicks), 20 clicks of stack.
    lay = estabur(48, 16, 20)
    assert lay.kind == (TEXT, DATA, NONE, NONE, NONE, NONE, NONE, STACK)
    assert lay.pdr[0] == (47 << 8) | 0o2          # read-only, 48 clicks
    assert lay.pdr[1] == (15 << 8) | 0o6          # read/write, 16 clicks
    assert lay.pdr[7] == (108 << 8) | 0o16        # down, read/write, top 20 clicks
    # Text at click 700, data at 1000 (1000-1015), stack at 2000 (2000-2019).
    par, pdr = sureg(lay, 700, 1000, 2000)
    assert par[0] == 700
    assert par[1] == 1000
    # Address 0177777 (segment 7, click 127) must be the stack's last click, 2019:
    # par7 + 127 = 2019, so par7 = 1892 = 2000 + 20 - 128.
    assert par[7] == 1892
    assert pdr == list(lay.pdr)


def test_0407_image_has_its_text_in_the_data_segment():
    lay = estabur(0, 130, 20)                     # 130 clicks: two data segments
    assert lay.kind[:3] == (DATA, DATA, NONE)
    assert lay.pdr[0] == (127 << 8) | 0o6 and lay.pdr[1] == (1 << 8) | 0o6
    par, _ = sureg(lay, 0, 2000, 3000)
    assert par[0] == 2000 and par[1] == 2128


def test_a_stack_of_more_than_a_segment():
    lay = estabur(0, 10, 150)                     # 128 clicks in seg 7, 22 in seg 6
    assert lay.kind[6] == lay.kind[7] == STACK
    assert lay.pdr[7] == (0 << 8) | 0o16          # all 128 clicks valid
    assert lay.pdr[6] == (106 << 8) | 0o16        # its top 22 clicks
    par, _ = sureg(lay, 0, 900, 1000)
    # The stack's bottom (address 0200000 - 150*64 = 0155200, seg 6 click 106)
    # is the stack's click 0, at 1000: par6 + 106 = 1000.
    assert par[6] == 894
    assert par[7] == 1022                         # seg 7 click 0 = stack click 22


@pytest.mark.parametrize("nt,nd,ns", [(8 * 128, 1, 1), (3 * 128, 4 * 128 + 1, 2)])
def test_too_many_segments_is_enomem(nt, nd, ns):
    with pytest.raises(SysError) as e:
        estabur(nt, nd, ns)
    assert e.value.errno == ENOMEM
