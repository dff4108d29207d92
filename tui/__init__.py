"""New: the Textual TUI — V6's terminals, process table, core map, creation log, file system.

How the simulation and the screen share the host (issue 20: typing must
echo within 100 ms even while every terminal runs a CPU-bound loop or a
fork bomb fills the process table):

- The kernel runs in one worker thread (``runner.Runner``), the only code
  that touches it, in slices of at most 20 ms of host time through
  ``v6.shell.control.Control``.  A slice ends early as soon as a request
  comes in (a key, a model switch, pause), so a key reaches V6's terminal
  driver within one turn of the scheduler — a clock tick of simulated
  time, a few milliseconds of host time — and its echo is in the
  terminal's output buffer at once.
- The screen is drawn on Textual's event loop.  A timer (20 times a second)
  takes the terminals' output and the kernel's events from ``Control``
  (thread-safe buffers), and every 100 ms the runner freezes a
  ``Snapshot`` (process table, core map, totals, status) that the widgets
  draw from; tables update only the cells that changed.  No
  ``call_from_thread``: neither side ever waits for the other, and
  CPython's switch interval (5 ms) keeps the loop responsive while the
  worker computes.
- Tests use the same runner without its thread (``Runner(threaded=False)``):
  ``advance(until)`` runs the system on the test's thread, so a Pilot test
  is deterministic in simulated time.

Layout: ``app.V6App`` (one screen, tabbed: Terminals, Processes, Core,
Creations, File system; a model bar and a status line), ``actions`` (the
one table of actions: bindings, footer, help and command palette come from
it), ``commands`` (the palette's provider), ``widgets/`` and ``screens/``,
``v6.tcss`` (layout and colour, theme variables only), ``cli`` (``v6 tui``,
``v6 web``, and ``v6`` with no arguments).
"""
