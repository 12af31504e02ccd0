"""A model's reply checked a sentence at a time, so only verified text reaches the reader.

The model's deltas are buffered until a sentence is complete (its end, then the markers that
follow it, then the start of the next sentence or the end of the reply); each complete
sentence is checked against the sources it cites and emitted when it holds, with its markers
renumbered, or dropped when it does not. The same code checks a non-streamed reply, fed in one
piece, so a question answered with and without streaming gets the same text, and the emitted
pieces joined are exactly the final answer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from assistant.citations import ClaimChecker
from assistant.support import to_ascii_digits

log = logging.getLogger(__name__)

_BOUNDARY = re.compile(r"[.!?؟۔]+(?=\s|$)|\n")
_MARKER = re.compile(r"\[\s*\d{1,2}(?:\s*(?:,|،|;|؛|-|–)\s*\d{1,2})*\s*\][.،,;:!?؟۔]*")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_WORD = re.compile(r"\w")
MAX_MARKER_CHARS = 12
"""An opening bracket with no closing one within this many characters starts no marker."""

Reject = Callable[[str], "str | None"]
"""A sentence -> why it must not be shown (before any citation check), or None."""


def sentence_end(text: str, start: int, final: bool) -> int | None:
    """Where the sentence beginning at `start` ends, or None while more text could change it.

    The sentence takes the markers right after its full stop (`A. [1]` cites A); a line break
    ends a sentence too. At the end of the reply (`final`) the rest is the last sentence.
    """
    ascii_text = to_ascii_digits(text)
    for match in _BOUNDARY.finditer(text, start):
        if not _WORD.search(text, start, match.start()):
            continue  # nothing said yet ("---", a blank line): the next boundary decides
        end = match.start() if match.group() == "\n" else match.end()
        while True:
            nxt = end
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            marker = _MARKER.match(ascii_text, nxt)
            if marker:
                end = marker.end()
                continue
            if nxt >= len(text) or (
                text[nxt] == "["
                and "]" not in text[nxt : nxt + MAX_MARKER_CHARS]
                and len(text) - nxt < MAX_MARKER_CHARS
            ):
                return len(text) if final else None  # a marker may still follow
            return end
    return len(text) if final and _WORD.search(text, start) else None


class CheckedStream:
    """Feed it the model's deltas; it returns the checked text to show, piece by piece."""

    def __init__(self, checker: ClaimChecker, reject: Reject):
        self.checker = checker
        self.reject = reject
        self.pieces: list[str] = []
        self.dropped: list[tuple[str, str]] = []  # (sentence, why)
        self._raw = ""
        self._done = 0  # offset in the visible text up to which sentences were handled

    @property
    def text(self) -> str:
        """Everything emitted so far (the final answer once the reply has ended)."""
        return "".join(self.pieces)

    def feed(self, delta: str) -> list[str]:
        """Add a delta of the reply; the pieces that can now be shown."""
        self._raw += delta
        return self._drain(final=False)

    def close(self) -> list[str]:
        """The reply has ended: check what is left."""
        return self._drain(final=True)

    def _drain(self, final: bool) -> list[str]:
        visible = _THINK.sub("", self._raw)  # a reasoning model's thoughts are not the answer
        out = []
        while True:
            end = sentence_end(visible, self._done, final)
            if end is None or end <= self._done:
                break
            piece = self._check(visible[self._done : end])
            self._done = end
            if piece:
                self.pieces.append(piece)
                out.append(piece)
        return out

    def _check(self, raw: str) -> str:
        sentence = raw.strip()
        if not _WORD.search(sentence):
            return ""
        why = self.reject(sentence)
        checked = None if why else self.checker.check_sentence(sentence)
        if checked is None:
            why = why or "no source supports it"
            log.info("dropped from the answer (%s): %r", why, sentence[:200])
            self.dropped.append((sentence, why))
            return ""
        if not self.pieces:
            return checked
        leading = raw[: len(raw) - len(raw.lstrip())]
        breaks = min(leading.count("\n"), 2)
        return ("\n" * breaks or " ") + checked
