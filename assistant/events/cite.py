"""Numbered citations for card evidence: the article sentence that holds each quoted value.

A card's evidence is a character span of an article's cleaned text. The citation a reader
clicks shows the whole sentence around it (the passage the value was read from), and is
marked supported only when the article still holds the quote at those offsets: an article
re-ingested with other text since the card was built does not back the card any more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from assistant.types import Citation
from ingest.events.card import Evidence
from language.sentences import split_sentences

_WORD = re.compile(r"\S+")
QUOTE_WORDS = 40  # a quoted sentence longer than this is cut to a window around the value


class ArticleLike(Protocol):
    text: str
    title: str
    source: str
    date: str


ArticleLookup = Callable[[str], "ArticleLike | None"]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentences of `text` that overlap [start, end)."""
    spans = [(s, e) for s, e in split_sentences(text) if s < max(end, start + 1) and e > start]
    if not spans:
        return start, end
    return min(spans[0][0], start), max(spans[-1][1], end)


def quote_window(text: str, start: int, end: int, value: tuple[int, int]) -> str:
    """`text[start:end]`, cut to QUOTE_WORDS words around `value` with … where cut."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if len(words) <= QUOTE_WORDS:
        return text[start:end]
    lo, hi = word_window(words, value, QUOTE_WORDS)
    out = text[words[lo][0] : words[hi - 1][1]]
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(words) else "")


def word_window(words: list[tuple[int, int]], value: tuple[int, int], size: int) -> tuple[int, int]:
    """(lo, hi): the `size` words of `words` (character spans) around `value`, grown on both
    sides alike, fewer only when there are fewer; the first words when none overlaps it."""
    inside = [i for i, (s, e) in enumerate(words) if e > value[0] and s < value[1]] or [0]
    lo, hi = inside[0], inside[-1] + 1
    while hi - lo < size and (lo > 0 or hi < len(words)):
        if lo > 0:
            lo -= 1
        if hi - lo < size and hi < len(words):
            hi += 1
    return lo, hi


@dataclass
class CitationBook:
    """Citations numbered in the order values are cited; one number per sentence."""

    articles: ArticleLookup
    citations: list[Citation] = field(default_factory=list)
    quotes: dict[int, str] = field(default_factory=dict)  # marker -> quoted words
    _cache: dict[str, ArticleLike | None] = field(default_factory=dict)

    def article(self, doc_id: str) -> ArticleLike | None:
        if doc_id not in self._cache:
            self._cache[doc_id] = self.articles(doc_id)
        return self._cache[doc_id]

    def cite(self, ev: Evidence) -> int | None:
        """The marker of the sentence holding `ev` (a new one the first time); None when the
        article is gone from the store."""
        record = self.article(ev.doc_id)
        if record is None:
            return None
        text = record.text
        start, end = sentence_span(text, ev.start, ev.end)
        for c in self.citations:
            if c.doc_id == ev.doc_id and c.start <= ev.start and ev.end <= c.end:
                return c.marker
        marker = len(self.citations) + 1
        holds = text[ev.start : ev.end] == ev.quote and start <= ev.start and ev.end <= end
        self.citations.append(
            Citation(
                marker=marker,
                doc_id=ev.doc_id,
                title=record.title,
                source=record.source,
                passage=text[start:end],
                start=start,
                end=end,
                supported=holds,
                date=record.date,
                score=1.0,
            )
        )
        self.quotes[marker] = quote_window(text, start, end, (ev.start, ev.end))
        return marker
