"""``python -m newsparse``: the command line."""

from newsparse.cli import main

raise SystemExit(main())
