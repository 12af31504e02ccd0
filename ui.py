"""Qimma's web page: `python ui.py [--host H] [--port P]` serves it with the HTTP API.

The page itself is `qimma.page` (layout), `qimma.ui_handlers` (events), `qimma.ui_render`
and `qimma.ui_text`; `qimma serve` serves the same app. This script stays at the top of the
repository, as the design names it, and is not installed as a module: a top-level `ui` in
site-packages would collide with other distributions.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from qimma.cli import main

    sys.exit(main(["serve", *sys.argv[1:]]))
