"""What every command of the `qimma` CLI shares: the common options and the service they build.

Only argparse at import: the settings and the service load when a command runs, so that
`qimma --help` and `qimma docs` start at once.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.service import QimmaService


def common_arguments(p: argparse.ArgumentParser) -> None:
    """--data-dir, --chroma-url and -v, on every command that opens the index."""
    p.add_argument(
        "--data-dir", help="data directory (default: $QIMMA_DATA_DIR or ~/.local/share/qimma)"
    )
    p.add_argument("--chroma-url", help="use a Chroma server at this URL ($QIMMA_CHROMA_URL)")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")


def settings_from(args: argparse.Namespace) -> Settings:
    """The environment's settings with the command line's overrides."""
    from assistant.config import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = Path(args.data_dir).expanduser()
    if getattr(args, "chroma_url", None):
        overrides["chroma_url"] = args.chroma_url
    if getattr(args, "mode", None):
        overrides["answerer"] = args.mode
    return Settings(**overrides)


def service_from(args: argparse.Namespace) -> QimmaService:
    """The one service a command works through."""
    from assistant.service import QimmaService

    return QimmaService(settings_from(args))


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))
