"""Run the ``v6`` command line as ``python -m v6``."""

from v6.cli import main

raise SystemExit(main())
