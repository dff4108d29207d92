"""The machine's tests run the translator eagerly.

A translated block is made the first time the dispatcher reaches an
address (``translate.HOT`` is 1 here, where it is more for everyone else), so
that the short programs of these tests run translated code and exercise it.
Tests of the tiering itself set a translator's ``hot`` back.
"""

import pytest

from v6.pdp11 import translate


@pytest.fixture(autouse=True)
def _translate_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translate, "HOT", 1)
