"""Sentence-aware chunking of cleaned article text into passages bounded in model tokens.

Every chunk is an exact slice of the cleaned text (`Chunk.text == text[start:end]`), so a cited
passage can be highlighted in the article. Chunks are whole sentences where possible; a sentence
longer than the budget is cut at commas, then between words, then (for a giant "word" such as a
URL) between characters; nothing is ever dropped.

`count_tokens` (the embedding model's tokenizer) can be slow, so each sentence or piece is
counted once and chunk sizes are sums of those counts; each finished chunk is counted once more
and split again in the rare case that the sum underestimated it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from language.sentences import split_sentences

_CLAUSE_RE = re.compile(r"[،؛;,]+(?=\s)")
_WORD_RE = re.compile(r"\S+")


# --- chunks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    """A passage: `text == cleaned_text[start:end]`, offsets into the cleaned article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Unit:
    """A sentence, or a piece of one, with its token count and whether a new line starts it."""

    start: int
    end: int
    tokens: int
    new_paragraph: bool


# A paragraph break lets a chunk end early once the chunk is this full and the next paragraph
# would not fit whole.
_PARAGRAPH_FILL = 0.75


def chunk_text(
    text: str,
    max_tokens: int,
    overlap_tokens: int,
    count_tokens: Callable[[str], int],
) -> list[Chunk]:
    """Pack whole sentences into chunks of at most `max_tokens`, overlapping by ≤ `overlap_tokens`.

    The next chunk starts with the trailing sentences of the previous one that fit in the
    overlap. Every non-whitespace character of `text` lies in at least one chunk; only a single
    character that alone counts more than `max_tokens` can make a chunk exceed the budget.
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
    if not text.strip():
        return []
    overlap_tokens = max(0, min(overlap_tokens, max_tokens - 1))
    units = _units(text, max_tokens, count_tokens)
    chunks: list[Chunk] = []
    for first, last in _pack(units, max_tokens, overlap_tokens):
        chunks += _verified(text, units[first : last + 1], max_tokens, count_tokens)
    return chunks


def _units(text: str, max_tokens: int, count: Callable[[str], int]) -> list[_Unit]:
    """Sentences with their token counts; sentences over the budget come in pieces."""
    units: list[_Unit] = []
    previous_end = 0
    for start, end in split_sentences(text):
        new_paragraph = "\n" in text[previous_end:start]
        previous_end = end
        tokens = count(text[start:end])
        if tokens <= max_tokens:
            units.append(_Unit(start, end, tokens, new_paragraph))
            continue
        for i, (p_start, p_end, p_tokens) in enumerate(
            _split_long(text, start, end, max_tokens, count)
        ):
            units.append(_Unit(p_start, p_end, p_tokens, new_paragraph and i == 0))
    return units


def _split_long(
    text: str, start: int, end: int, max_tokens: int, count: Callable[[str], int]
) -> list[tuple[int, int, int]]:
    """Pieces (start, end, tokens) of an over-long span: at clause marks, then words, then chars."""
    pieces: list[tuple[int, int, int]] = []
    for c_start, c_end in _sub_spans(text, start, end, _CLAUSE_RE):
        tokens = count(text[c_start:c_end])
        if tokens <= max_tokens:
            pieces.append((c_start, c_end, tokens))
            continue
        words = [(s, e, count(text[s:e])) for s, e in _word_spans(text, c_start, c_end)]
        for w_start, w_end in _group(words, max_tokens):
            tokens = count(text[w_start:w_end])
            if tokens <= max_tokens:
                pieces.append((w_start, w_end, tokens))
            else:  # one "word" over the budget, or a group the sum underestimated
                pieces += _split_chars(text, w_start, w_end, max_tokens, count)
    return pieces


def _sub_spans(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of text[start:end] cut after each match of `pattern`, trimmed of whitespace."""
    spans: list[tuple[int, int]] = []
    piece_start = start
    for match in pattern.finditer(text, start, end):
        spans.append((piece_start, match.end()))
        piece_start = match.end()
    spans.append((piece_start, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]


def _group(words: list[tuple[int, int, int]], max_tokens: int) -> list[tuple[int, int]]:
    """Consecutive words grouped greedily so that each group's summed count fits the budget."""
    groups: list[tuple[int, int]] = []
    g_start, g_end, g_tokens = words[0]
    for w_start, w_end, w_tokens in words[1:]:
        if g_tokens + w_tokens <= max_tokens:
            g_end, g_tokens = w_end, g_tokens + w_tokens
        else:
            groups.append((g_start, g_end))
            g_start, g_end, g_tokens = w_start, w_end, w_tokens
    groups.append((g_start, g_end))
    return groups


def _split_chars(
    text: str, start: int, end: int, max_tokens: int, count: Callable[[str], int]
) -> list[tuple[int, int, int]]:
    """Longest prefixes that fit, found by binary search (a few counts per piece)."""
    pieces: list[tuple[int, int, int]] = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            break
        lo, hi = start + 1, end  # text[start:lo] always kept, so each piece makes progress
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count(text[start:mid]) <= max_tokens:
                lo = mid
            else:
                hi = mid - 1
        piece_end = lo
        while piece_end > start + 1 and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end, count(text[start:piece_end])))
        start = lo
    return pieces


def _pack(units: list[_Unit], max_tokens: int, overlap_tokens: int) -> list[tuple[int, int]]:
    """(first, last) unit indexes of each chunk: greedy packing with sentence overlap."""
    spans: list[tuple[int, int]] = []
    current: list[int] = []
    tokens = 0
    fresh = 0  # units in `current` that are not overlap from the previous chunk
    i = 0
    while i < len(units):
        unit = units[i]
        if fresh and (
            tokens + unit.tokens > max_tokens
            or (
                unit.new_paragraph
                and tokens >= _PARAGRAPH_FILL * max_tokens
                and tokens + _paragraph_tokens(units, i) > max_tokens
            )
        ):
            spans.append((current[0], current[-1]))
            current, tokens = _overlap(units, current, overlap_tokens)
            fresh = 0
        while current and tokens + unit.tokens > max_tokens:  # overlap must leave room
            tokens -= units[current.pop(0)].tokens
        current.append(i)
        tokens += unit.tokens
        fresh += 1
        i += 1
    if fresh:
        spans.append((current[0], current[-1]))
    return spans


def _paragraph_tokens(units: list[_Unit], i: int) -> int:
    """Tokens of the paragraph that starts at unit `i`."""
    total = units[i].tokens
    for unit in units[i + 1 :]:
        if unit.new_paragraph:
            break
        total += unit.tokens
    return total


def _overlap(units: list[_Unit], current: list[int], overlap_tokens: int) -> tuple[list[int], int]:
    """The trailing units of a finished chunk that fit in the overlap budget."""
    kept: list[int] = []
    tokens = 0
    for index in reversed(current):
        if tokens + units[index].tokens > overlap_tokens:
            break
        kept.insert(0, index)
        tokens += units[index].tokens
    return kept, tokens


def _verified(
    text: str, units: list[_Unit], max_tokens: int, count: Callable[[str], int]
) -> list[Chunk]:
    """The chunk over `units`, counted once; halved again if the summed count was too low."""
    start, end = units[0].start, units[-1].end
    if len(units) == 1 or count(text[start:end]) <= max_tokens:
        return [Chunk(text[start:end], start, end)]
    half, total, running = 1, sum(u.tokens for u in units), 0
    for k, unit in enumerate(units[:-1], start=1):
        running += unit.tokens
        half = k
        if running * 2 >= total:
            break
    return _verified(text, units[:half], max_tokens, count) + _verified(
        text, units[half:], max_tokens, count
    )
