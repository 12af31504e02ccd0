"""Sentence spans of cleaned text, shared by ingest (chunking, sentence vectors) and assistant.

Sentences end at . ? ! ؟ (not inside numbers, abbreviations or ellipses) and at every line
break; spans are character offsets into the text given.
"""

from __future__ import annotations

import re

# A run of sentence-ending marks plus any closing quotes or brackets stuck to it.
_TERMINATOR_RE = re.compile(r"[.!?؟۔…]+[\"'”’»)\]]*")
_LINE_RE = re.compile(r"[^\n]+")
# Words that end in "." without ending a sentence (compared in lower case, without the dot).
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "approx",
        "est",
        "fig",
        "figs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "ص.ب",
        "ق.م",
    }
)


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    """Whether a terminator run in `line` ends a sentence (not 2.5, Dr., ENIAD.ma or "..")."""
    end = match.end()
    if end < len(line) and not line[end].isspace():
        return False  # 2.5, example.com, ص.ب
    marks = match.group(0).rstrip("\"'”’»)]")
    if "…" in marks or marks.count(".") > 1:
        return False  # an ellipsis, often inside a title in Arabic news
    if marks != ".":
        return True
    word = line[: match.start()].rsplit(None, 1)[-1] if line[: match.start()].strip() else ""
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return False  # an initial: J. Smith, د. أحمد
    if word.lower() in _ABBREVIATIONS:
        return False
    rest = line[end:].lstrip()
    return not (rest[:1].islower() and rest[:1].isascii())  # "approx. three" goes on


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, each without surrounding whitespace.

    Sentences end at . ? ! ؟ (not inside numbers, abbreviations or ellipses) and at every line
    break. Commas and semicolons are left to `chunk_text`, which cuts there only when needed.
    """
    spans: list[tuple[int, int]] = []
    for line_match in _LINE_RE.finditer(text):
        line, offset = line_match.group(0), line_match.start()
        start = 0
        for match in _TERMINATOR_RE.finditer(line):
            if _ends_sentence(line, match):
                _add_span(spans, line, offset, start, match.end())
                start = match.end()
        _add_span(spans, line, offset, start, len(line))
    return spans


def _add_span(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))
