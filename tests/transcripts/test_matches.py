"""How a transcript's expected lines match what a terminal showed, and what its header asks."""

from __future__ import annotations

from v6.shell.transcript import matches, parse, shown_lines


def test_a_pattern_matches_a_last_line_without_newline():
    got = shown_lines(b"Login incorrect.\nName: \0")
    assert got == ["Login incorrect.", "Name: \0 (no-eol)"]
    assert matches(["Login incorrect.", r"Name: \x00 (no-eol) (re)"], got)


def test_the_no_eol_mark_must_agree_with_the_output():
    assert not matches([r"Name: \x00 (re)"], ["Name: \0 (no-eol)"])
    assert not matches([r"Name: \x00 (no-eol) (re)"], ["Name: \0"])
    assert not matches([r"Name: x (no-eol) (re)"], ["Name: \0 (no-eol)"])


def test_the_header_keys_in_either_case():
    # "User: ken" was taken for commentary, and three transcripts meant
    # for ken ran as root.
    for header in ("User: ken\nModel: spawn\nStrict: yes", "user: ken\nmodel: spawn\nstrict: yes"):
        t = parse(f"{header}\n\n  $ tty\n  tty8\n", "t.t")
        assert (t.user, t.model, t.strict) == ("ken", "spawn", True)
    assert parse("Users of V6 wrote this.\n\n  $ tty\n", "t.t").user == "root"
