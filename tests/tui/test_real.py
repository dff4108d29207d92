"""Slow: ``v6 tui`` in a real terminal (tmux), and ``v6 web`` in a real browser (headless Chromium).

The tmux test types through the host terminal as a person does, reads the
screen with capture-pane, writes a file in V6 and quits with Ctrl-Q: the
file must be on the disk image afterwards (quitting syncs).  The browser
test serves the app with ``v6 web``, opens it in headless Chromium driven
over the DevTools protocol, and reads what the app sent the page over its
websocket: the login prompt must be there.  Each skips, saying why, when
its program is not installed.
"""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from v6.fs import ops
from v6.fs.fsys import Fsys
from v6.fs.namei import ROOT

pytestmark = pytest.mark.slow
V6 = [sys.executable, "-m", "v6"]
WAIT_S = 180


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(check, what: str, timeout: float = WAIT_S):  # noqa: ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


class Tmux:
    """A detached tmux session running one command."""

    def __init__(self, name: str, command: list[str]) -> None:
        self.name = name
        subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
                        subprocess.list2cmdline(command)], check=True)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True).stdout

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name],
                              capture_output=True).returncode == 0

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_v6_tui_in_a_real_terminal(pack_image):
    term = Tmux(f"v6-tui-{pack_image.parent.name}",
                [*V6, "tui", "--image", str(pack_image)])
    try:
        _until(lambda: "login:" in term.screen(), "the login prompt")
        term.keys("root", "Enter")
        _until(lambda: "# " in term.screen(), "the shell's prompt")
        term.keys("echo kept >/tmp/typed", "Enter")
        # The next line only at the next prompt: typed ahead, its output could follow
        # that prompt on one line.
        _until(lambda: _prompts(term.screen()) >= 2, "the prompt after the first command")
        term.keys("echo all-done", "Enter")
        _until(lambda: _printed(term.screen(), "all-done"), "the echo's output")
        term.keys("C-q")
        _until(lambda: not term.alive(), "v6 tui to quit")
    finally:
        term.kill()
    with Fsys.open_image(pack_image, readonly=True) as fsys:
        ip = ops.open_file(fsys, "/tmp/typed", ROOT)
        assert ops.read_file(ip) == b"kept\n"
        fsys.inodes.iput(ip)


def _prompts(screen: str) -> int:
    """How many lines of the teletype begin with the shell's prompt."""
    return sum(1 for line in screen.splitlines() if line.strip("│ ").startswith("#"))


def _printed(screen: str, text: str) -> bool:
    """A line of the teletype (inside its border) is exactly ``text``: output, not echo."""
    return any(line.strip("│ ") == text for line in screen.splitlines())


async def _frames_until(cdp_url: str, page: str, text: bytes) -> bytes:
    """Open ``page`` in the browser behind ``cdp_url``; the websocket frames it received
    once one of them holds ``text``."""
    import aiohttp
    received = b""
    async with aiohttp.ClientSession() as http, http.ws_connect(cdp_url, max_msg_size=0) as ws:
        await ws.send_json({"id": 1, "method": "Network.enable"})
        await ws.send_json({"id": 2, "method": "Page.navigate", "params": {"url": page}})
        deadline = time.monotonic() + WAIT_S
        while text not in received and time.monotonic() < deadline:
            msg = await ws.receive(timeout=WAIT_S)
            event = json.loads(msg.data)
            if event.get("method") == "Network.webSocketFrameReceived":
                frame = event["params"]["response"]
                data = frame["payloadData"]
                received += base64.b64decode(data) if frame["opcode"] == 2 else data.encode()
    return received


def _page_target(port: int) -> str:
    import urllib.request
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as r:
        targets = json.load(r)
    return next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="chromium is not installed (Debian: apt-get install chromium)")
def test_v6_web_in_a_browser_shows_the_login_prompt(pack_image, tmp_path: Path):
    web_port, cdp_port = _free_port(), _free_port()
    server = subprocess.Popen([*V6, "web", "--port", str(web_port), "--image", str(pack_image)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         f"--remote-debugging-port={cdp_port}", f"--user-data-dir={tmp_path / 'profile'}",
         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _until(lambda: _listening(web_port), "v6 web to listen")
        cdp = _until(lambda: _listening(cdp_port) and _page_target(cdp_port), "chromium")
        frames = asyncio.run(_frames_until(cdp, f"http://localhost:{web_port}", b"login:"))
        assert b"login:" in frames
    finally:
        browser.terminate()
        server.terminate()
        browser.wait(30)
        server.wait(30)


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0
