"""How a transcript's expected lines match what a terminal showed."""

from __future__ import annotations

from v6.shell.transcript import matches, shown_lines


def test_a_pattern_matches_a_last_line_without_newline():
    got = shown_lines(b"Login incorrect.\nName: \0")
    assert got == ["Login incorrect.", "Name: \0 (no-eol)"]
    assert matches(["Login incorrect.", r"Name: \x00 (no-eol) (re)"], got)


def test_the_no_eol_mark_must_agree_with_the_output():
    assert not matches([r"Name: \x00 (re)"], ["Name: \0 (no-eol)"])
    assert not matches([r"Name: \x00 (no-eol) (re)"], ["Name: \0"])
    assert not matches([r"Name: x (no-eol) (re)"], ["Name: \0 (no-eol)"])
