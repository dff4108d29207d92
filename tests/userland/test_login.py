"""Boot and login on our init, getty and login: the default root image boots to
``login:``, users log in to their homes and shells, passwords set with passwd are then
required by login and su; and the same sessions typed on V6's own programs and on ours
(on copies of the genuine pack with two terminals) show the same thing."""

from __future__ import annotations

import re

import pytest

from tests.userland.helpers import exec_both
from tests.userland.logins import Terminals, lines_pack, our_image
from v6.kernel import clock

OURS = ["/etc/init", "/etc/getty", "/bin/login", "/bin/who", "/bin/tty", "/bin/stty",
        "/bin/write", "/usr/bin/mesg", "/bin/su", "/etc/wall"]
BORROWED = ("/bin/sh", "/etc/glob", "/usr/bin/pwd", "/bin/echo", "/bin/cat", "/bin/ls", "/bin/rm")
"""What the default image does not have yet and the tests need: V6's."""
MOTD = "Unix Sixth Edition, recreated in Python.\n"
SINGLE = 0o173030


@pytest.fixture
def ours(tmp_path):
    t = Terminals(our_image(tmp_path, BORROWED))
    t.booted = t.shown("tty8")
    yield t
    t.close()


def test_the_default_image_boots_to_login_on_the_console_and_four_lines(ours):
    assert ours.booted == "\n\rlogin: "
    for line in "0123":
        # A DH11 line: 300 baud, the greeting puts a 1975 terminal in full duplex.
        assert ours.type(f"tty{line}") == "\n\r\033;\007login: "


def test_rc_starts_update_which_sleeps_between_syncs(ours):
    update = [p for p in ours.system.k.procs if p is not None and p.command == "update"]
    assert len(update) == 1
    # Its parent exited at once: init inherited it.  It keeps no file open.
    assert update[0].ppid == 1 and not any(update[0].u.ofile)
    assert update[0].wchan == clock.TOUT


def test_root_logs_in_to_a_super_user_shell_in_the_root(ours):
    assert ours.login("tty8", "root") == f"root\n{MOTD}# "
    assert ours.type("tty8", "pwd\r") == "pwd\n/\n# "


def test_ken_and_dmr_log_in_to_their_homes(ours):
    assert ours.login("tty8", "ken") == f"ken\n{MOTD}% "
    assert ours.type("tty8", "pwd\r") == "pwd\n/usr/ken\n% "
    ours.type("tty0")
    assert ours.login("tty0", "dmr") == f"dmr\n{MOTD}% "
    assert ours.type("tty0", "pwd\r") == "pwd\n/usr/dmr\n% "
    # The terminal is the user's now; init gave it back to root before getty.
    assert ours.type("tty0", "ls -l /dev/tty0\r").split("\n")[1].split()[2] == "dmr"


def test_an_unknown_name_is_refused_and_asked_again(ours):
    assert ours.login("tty8", "nobody") == "nobody\nLogin incorrect.\nName: \0"
    assert ours.login("tty8", "ken") == f"ken\n{MOTD}% "


def test_logging_out_brings_getty_back(ours):
    ours.login("tty8", "ken")
    assert ours.type("tty8", "\x04") == "\n\rlogin: "
    assert ours.login("tty8", "root").endswith("# ")


def test_an_upper_case_name_makes_an_upper_case_terminal(ours):
    assert ours.login("tty8", "KEN") == f"KEN\n{MOTD.upper()}% "
    assert ours.type("tty8", "PWD\r") == "PWD\n/USR/KEN\n% "


def test_a_password_set_with_passwd_is_then_required_by_login(ours):
    ours.login("tty8", "ken")
    assert ours.type("tty8", "passwd ken sesame\r") == "passwd ken sesame\n% "
    assert re.fullmatch(r"ken:[./0-9A-Za-z]{13}:6:1::/usr/ken:",
                        ours.type("tty8", "cat /etc/passwd\r").split("\n")[4])
    ours.type("tty8", "login\r")
    # The password is not echoed; the RETURN after it is.
    assert ours.login("tty8", "ken", "wrong") == (
        "ken\nPassword: \nLogin incorrect.\nName: \0")
    assert ours.login("tty8", "ken", "sesame") == f"ken\nPassword: \n{MOTD}% "


def test_su_asks_for_roots_password_once_it_has_one(ours):
    ours.login("tty8", "ken")
    assert ours.type("tty8", "su\r") == "su\n# "
    assert ours.type("tty8", "passwd root toor\r") == "passwd root toor\n# "
    assert ours.type("tty8", "\x04") == "% "
    assert ours.type("tty8", "su\r") == "su\npassword: "
    assert ours.type("tty8", "guess\r") == "\nsorry\n% "
    assert ours.type("tty8", "su\r") == "su\npassword: "
    assert ours.type("tty8", "toor\r") == "\n# "
    assert ours.type("tty8", "\x04") == "% "
    # ken may not change root's password; root's login now wants it too.
    assert ours.type("tty8", "passwd root x\r") == "passwd root x\nPermission denied\n% "
    ours.type("tty8", "login root\r")
    assert ours.type("tty8", "\r") == "\nLogin incorrect.\nName: \0"


def test_who_shows_both_users_in_terminal_order(ours):
    ours.login("tty8", "root")
    ours.type("tty0")
    ours.login("tty0", "ken")
    who = ours.type("tty8", "who\r").split("\n")
    assert [line[:13] for line in who[1:3]] == ["ken     tty0 ", "root    tty8 "]
    assert all(re.fullmatch(r"Aug 14 22:0\d", line[13:]) for line in who[1:3])
    assert ours.type("tty0", "who am I\r").split("\n")[1].startswith("ken     tty0 ")
    # A logout clears the entry.
    ours.type("tty0", "\x04")
    assert ours.type("tty8", "who\r").split("\n")[1:3] == [who[2], "# "]


def test_write_from_one_user_to_another(ours):
    ours.login("tty8", "root")
    ours.type("tty1")
    ours.login("tty1", "dmr")
    assert ours.type("tty8", "write dmr\r") == "write dmr\n"
    assert ours.shown("tty1") == "\n\a\a\aMessage from root...\n"
    assert ours.type("tty8", "are you there?\r") == "are you there?\n"
    assert ours.shown("tty1") == "are you there?\n"
    assert ours.type("tty8", "\x04") == "# "
    assert ours.shown("tty1") == "EOT\n"
    assert ours.type("tty1", "mesg n\r") == "mesg n\nwas y\n% "
    assert ours.type("tty8", "write dmr\r") == "write dmr\nPermission denied.\n# "
    assert ours.type("tty8", "write ken\r") == "write ken\nken not logged in.\n# "


def test_wall_reaches_every_terminal(ours):
    ours.login("tty8", "root")
    ours.type("tty2")
    ours.login("tty2", "ken")
    assert ours.type("tty8", "echo now | /etc/wall\r") == (
        "echo now | /etc/wall\n\a\a\aBroadcast Message ...\n\nnow\n# ")
    assert ours.shown("tty2") == "\a\a\aBroadcast Message ...\n\nnow\n"


def test_single_user_gives_the_console_a_shell_at_once(tmp_path):
    t = Terminals(our_image(tmp_path, BORROWED), switches=SINGLE)
    try:
        assert t.shown("tty8").endswith("# ")
        # No getty set the console's modes: it is still upper-case only, as on V6.
        assert t.type("tty8", "who\r") == "WHO\n# "
        # Leaving it goes multi-user.
        assert t.type("tty8", "\x04") == "\n\rlogin: "
    finally:
        t.close()


def test_wtmp_gets_boot_login_and_logout(tmp_path):
    image = our_image(tmp_path, BORROWED)
    t = Terminals(image)
    try:
        t.login("tty8", "root")
        t.type("tty8", "cat </dev/null >/usr/adm/wtmp\r")
        t.type("tty8", "login ken\r")
        t.type("tty8", "\x04")
        t.login("tty8", "dmr")
        who = t.type("tty8", "who /usr/adm/wtmp\r").split("\n")[1:-1]
    finally:
        t.close()
    assert [line[:12] for line in who] == ["ken     tty8", "        tty8", "dmr     tty8"]


# The same keys typed on V6's programs and on ours, on the pack with four lines enabled.

SCRIPT = [
    ("tty8", "root\r"), ("tty0", ""), ("tty0", "ken\r"), ("tty8", "who\r"),
    ("tty8", "write ken\r"), ("tty8", "hello there\r"), ("tty8", "\x04"),
    ("tty0", "mesg n\r"), ("tty8", "write ken\r"), ("tty0", "mesg\r"), ("tty0", "mesg y\r"),
    ("tty0", "write root\r"), ("tty0", "hi\r"), ("tty0", "!echo yo\r"), ("tty0", "\x7f"),
    ("tty0", "ls -l /dev/tty0\r"), ("tty0", "stty\r"), ("tty0", "tty\r"),
    ("tty0", "who am i\r"), ("tty8", "stty\r"),
    ("tty8", "stty raw -echo nl tab2 ff1 nl3 cr3 1200 hup -even lcase; stty; "
             "stty -raw echo -nl 110 -hup -lcase bogus; stty\r"),
    ("tty8", "stty even ek -tabs cr0 tab1 nl1 ff0 erase x kill y; stty; stty ek\r"),
    ("tty1", ""), ("tty1", "rOOT\r"), ("tty1", "STTY\r"), ("tty2", ""), ("tty2", "KEN\r"),
    ("tty2", "STTY\r"), ("tty2", "LOGIN\r"), ("tty2", "NOBODY\r"), ("tty2", "\r"),
]


def typed(image, script) -> list[str]:
    t = Terminals(image)
    try:
        return [f"{name}: {t.type(name, keys)}" for name, keys in script]
    finally:
        t.close()


def both(tmp_path, script, commands=OURS) -> tuple[list[str], list[str]]:
    """What ``script`` showed on V6's programs and on ours: (V6's, ours)."""
    (tmp_path / "v6").mkdir()
    (tmp_path / "ours").mkdir()
    return (typed(lines_pack(tmp_path / "v6"), script),
            typed(lines_pack(tmp_path / "ours", commands), script))


def test_a_break_steps_getty_through_its_speeds_as_v6s(tmp_path):
    # A break arrives as a NUL: 300 baud, then 150, 110, 300 again, each with its greeting.
    script = [("tty3", ""), *[("tty3", "\0")] * 4, ("tty3", "ken\r"), ("tty3", "stty\r")]
    v6, got = both(tmp_path, script, ["/etc/init", "/etc/getty", "/bin/login", "/bin/stty"])
    assert got == v6
    assert got[-1].startswith("tty3: stty\nspeed 150 baud\n")


def test_sessions_on_our_programs_show_what_v6s_showed(tmp_path):
    v6, got = both(tmp_path, SCRIPT)
    # Logins happen a minute apart or not, as the two systems' timing goes.
    minute = re.compile(r"Aug 14 22:0\d")
    assert [minute.sub("TIME", x) for x in got] == [minute.sub("TIME", x) for x in v6]


@pytest.mark.parametrize("argv", [
    ["/bin/who"], ["/bin/who", "am", "I"],
    ["/bin/write"], ["/bin/write", "ken"], ["/usr/bin/mesg"],
])
def test_without_a_terminal_as_v6(argv, tmp_path):
    v6, ours = exec_both(OURS, argv, tmp_path)
    assert (ours.stdout, ours.stderr) == (v6.stdout, v6.stderr)


def test_tty_says_not_a_tty_as_its_manual_does(tmp_path):
    # V6's binary printed "ttyx" (and exit status 5); its manual promised "not a tty".
    v6, ours = exec_both(["/bin/tty"], ["/bin/tty"], tmp_path)
    assert v6.stdout == b"ttyx\n"
    assert (ours.stdout, ours.status) == (b"not a tty\n", 1 << 8)


@pytest.mark.parametrize("argv,uid", [
    (["/bin/passwd"], 0), (["/bin/passwd", "ken"], 0), (["/bin/passwd", "nosuch", "x"], 0),
    (["/bin/passwd", "root", "x"], 6),
])
def test_passwd_refusals_as_v6(argv, uid, tmp_path):
    v6, ours = exec_both(["/bin/passwd"], argv, tmp_path, uid=uid)
    assert (ours.stdout, ours.stderr, ours.status) == (v6.stdout, v6.stderr, v6.status)
