"""The TUI driven as a person would: log in, type a pipeline, switch the model, select a process,
pause and single-step.  Every test runs the app headless over the genuine pack (skipped without
it) with the system advanced by the test itself, in simulated time (see conftest)."""

from __future__ import annotations

import re

from textual import events

from tests.tui.conftest import command, login, reading, settle
from tui.widgets.processes import ProcessTable, uarea_table
from v6.kernel.events import Syscall


async def test_log_in_and_run_a_pipeline(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await login(pilot)
        shown = await command(pilot, "echo one two three | wc")
        assert re.search(r"^\s*1\s+3\s*$", shown, re.M), shown   # V6 wc: lines and words
        assert app.teletypes["tty8"].lines[-1] == "# "


async def test_two_users_at_once_on_the_lines(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await login(pilot, "tty0")
        await login(pilot, "tty1")
        assert "tty1" in await command(pilot, "tty", "tty1")
        app.choose_terminal("tty0")
        assert "tty0" in await command(pilot, "tty", "tty0")
        shown = [n for n, t in app.teletypes.items() if t.has_class("shown")]
        assert sorted(shown) == ["tty0", "tty1"]      # side by side on a wide screen


async def test_the_screen_keys_on_a_wide_screen(app):
    # With two teletypes shown, focus leaving the hidden one went to the
    # other and brought the terminals back: F3 showed nothing new.
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, reading("tty8"))
        tabs = app.query_one("#tabs")
        for key, screen in [("f3", "processes"), ("f4", "core"), ("f5", "creations"),
                            ("f6", "filesystem"), ("f2", "terminals")]:
            await pilot.press(key)
            await pilot.pause()
            assert tabs.active == screen
        assert app.focused is app.teletypes["tty8"]


async def test_a_paste_is_typed(app):
    async with app.run_test() as pilot:
        await login(pilot)
        tele = app.teletypes["tty8"]
        tele.post_message(events.Paste("echo pasted one\necho two\n"))
        await pilot.pause()
        await settle(pilot, reading("tty8"))
        await settle(pilot, reading("tty8"))
        # Both lines echo as they arrive (typed ahead, as on a real terminal),
        # then each command's output follows, the second after its prompt.
        assert tele.text.splitlines()[-5:] == ["# echo pasted one", "echo two", "pasted one",
                                               "# two", "# "]


async def test_backspace_types_the_erase_character(app):
    async with app.run_test() as pilot:
        await login(pilot)
        await pilot.press(*"echo abx", "backspace", "c")
        assert "c" in await command(pilot, "")
        assert "abc" in app.teletypes["tty8"].text.splitlines()[-2]


def _created(app):
    return app.log_view.entries


async def test_switching_the_model_changes_the_next_commands_creations(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await login(pilot)
        assert "forkexec made" in await command(pilot, "launch /bin/echo hi")
        fork = _created(app)[-1]
        assert fork.model == "forkexec" and fork.bytes_copied > 0
        await pilot.press("f10")                   # forkexec -> rfork
        await pilot.press("f10")                   # rfork -> spawn
        await settle(pilot, lambda c: True)
        assert app.runner.latest.status.model == "spawn"
        assert "spawn made" in await command(pilot, "launch /bin/echo hi")
        spawn = _created(app)[-1]
        assert spawn.model == "spawn"
        assert spawn.bytes_copied == 0 and spawn.ppid != fork.ppid
        app.action_set_model("vfork")             # as the palette's entry does
        assert "vfork made" in await command(pilot, "launch /bin/echo hi")
        vfork = _created(app)[-1]
        assert vfork.model == "vfork" and vfork.bytes_copied == 0 and vfork.bytes_shared > 0


async def test_selecting_a_process_shows_its_registers(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await login(pilot)
        await pilot.press("f3")
        await settle(pilot, lambda c: True)
        table = app.screen.query_one(ProcessTable)
        shell = next(r for r in app.runner.latest.procs if r.command == "-")
        table.move_cursor(row=table.get_row_index(str(shell.pid)))
        await pilot.pause()
        await settle(pilot, lambda c: True)
        u = app.runner.latest.uarea
        p = app.control.k.proc_by_pid(shell.pid)
        assert u.pid == shell.pid and u.regs == tuple(p.u.context.regs[:8])
        shown = app.screen.query_one("#uarea").visual
        assert shown is not None
        text = "\n".join(str(row) for row in uarea_table(u).columns[1]._cells)
        assert f"{u.regs[7]:06o}" in text and f"{u.psw:06o}" in text
        assert u.par is not None and len(u.par) == 8


async def test_pause_then_step_one_instruction_and_one_call(app):
    async with app.run_test() as pilot:
        await login(pilot)
        await command(pilot, "spin x 1000 >/dev/null &")
        await pilot.press("f7")                    # pause
        await settle(pilot, lambda c: True)
        status = app.runner.latest.status
        assert status.paused
        await pilot.press("f8")
        await settle(pilot, lambda c: True)
        assert app.runner.latest.status.instructions == status.instructions + 1
        await pilot.press(*"date", "enter")        # typed while paused: nothing runs yet
        await settle(pilot, lambda c: True)
        seen = []
        app.control.k.bus.subscribe(seen.append)
        await pilot.press("f9")
        await settle(pilot, lambda c: True)
        calls = [e for e in seen if isinstance(e, Syscall)]
        assert len(calls) == 1, calls             # one call, whoever made it
        await pilot.press("f7")                    # run again: date prints the year
        await settle(pilot, reading("tty8"))
        assert app.runner.latest.status.paused is False
        assert re.search(r"19\d\d$", app.teletypes["tty8"].lines[-2])

