"""Answer text for a terminal: the answerers' one markdown habit, **bold**, rendered or dropped.

A terminal shows `**` literally. On a TTY the emphasis becomes ANSI bold; piped into a file or
another program, the stars are simply removed. Streamed text can split a `**` across two
pieces, so `BoldFilter` carries a lone `*` over to the next piece.
"""

from __future__ import annotations

import sys
from typing import TextIO

BOLD_ON, BOLD_OFF = "\033[1m", "\033[0m"


class BoldFilter:
    """Turns `**` pairs into ANSI bold (or nothing) across streamed pieces of one answer."""

    def __init__(self, ansi: bool):
        self.ansi = ansi
        self.bold = False
        self.pending = ""

    def feed(self, piece: str) -> str:
        text = self.pending + piece
        self.pending = ""
        if text.endswith("*") and not text.endswith("**"):
            text, self.pending = text[:-1], "*"
        out = []
        parts = text.split("**")
        for i, part in enumerate(parts):
            if i:
                self.bold = not self.bold
                if self.ansi:
                    out.append(BOLD_ON if self.bold else BOLD_OFF)
            out.append(part)
        return "".join(out)

    def close(self) -> str:
        tail = self.pending
        self.pending = ""
        if self.bold and self.ansi:
            tail += BOLD_OFF
        self.bold = False
        return tail


def uses_ansi(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def terminal_text(text: str, ansi: bool | None = None) -> str:
    """`text` with **bold** as ANSI bold on a terminal, or without the stars elsewhere."""
    f = BoldFilter(uses_ansi() if ansi is None else ansi)
    return f.feed(text) + f.close()
