"""Our ld against V6's: the same objects (made by V6's as) must link to the same bytes.

data/v6ld/v6/ holds what the genuine V6 ld made of the cases in
data/v6ld/cases.txt (recorded under SIMH by tests/pdp11/v6ld.py); the slow
test records them again and checks V6 still says so.
"""

import pytest

from tests.pdp11.v6ld import RECORDED, cases, load, record, sources
from tests.simh import SIMULATOR
from v6.pdp11 import aout, ld

CASES = cases()
FLAGS = {"-n": {"magic": aout.MAGIC_PURE}, "-s": {"strip": True}, "-x": {"globals_only": True},
         "-r": {"relocatable": True}}


def our_ld(args: list[str]) -> bytes:
    options: dict = {}
    objects = []
    for a in args:
        if a in FLAGS:
            options.update(FLAGS[a])
        else:
            name = a.rsplit("/", 1)[-1]
            objects.append(ld.Object.from_bytes((RECORDED / name).read_bytes(), a))
    return ld.link(objects, ld.Options(**options)).aout.to_bytes()


@pytest.mark.parametrize("name, args", CASES, ids=[n for n, _ in CASES])
def test_same_bytes_as_v6_ld(name, args):
    v6 = load(name)
    if v6.printed:
        # V6's ld printed its complaint and left an a.out all the same; ours
        # refuses (one line, no output file).
        with pytest.raises(ld.LdError):
            our_ld(args)
        return
    assert our_ld(args) == v6.aout


@pytest.mark.slow
@pytest.mark.skipif(SIMULATOR is None, reason="SIMH's pdp11 simulator is not installed")
def test_v6_still_says_so(tmp_path, v6root_bytes):
    objects, live = record(CASES, sources(), tmp_path, v6root_bytes)
    for name, raw in objects.items():
        assert raw == (RECORDED / name).read_bytes(), name
    for name, _ in CASES:
        assert live[name] == load(name), name
