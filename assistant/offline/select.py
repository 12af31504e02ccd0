"""Choosing the sentence that answers: lexical overlap, embedding similarity and answer type.

Every retrieved passage is split into sentences (deduplicated across overlapping chunks),
then scored by IDF-weighted overlap with the question's analyzer terms, by cosine similarity
with the question (computed for the most promising sentences only: each costs a model call
the first time it is seen) and by whether it holds a candidate of the asked-for type.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.offline.embed import SentenceEmbedder
from assistant.offline.extract import has_typed_candidate
from assistant.offline.qtype import QType
from assistant.offline.terms import Term, term_in
from assistant.offline.text import Word, strip_span, words
from ingest.chunking import split_sentences
from store.types import Hit


@dataclass
class Weights:
    """How the sentence score mixes its evidence: set on the sample articles, checked on XQuAD-ar
    (where a heavier embedding weight, 3.0 against 0.5 for words, gains about one point)."""

    lexical: float = 1.0
    dense: float = 2.0
    rank: float = 0.08
    typed: float = 0.15
    embed_top: int = 8


@dataclass
class Sentence:
    """A sentence of a retrieved passage; start/end are offsets in the passage (hit.text)."""

    rank: int
    hit: Hit
    start: int
    end: int
    text: str
    words: list[Word]
    keys: frozenset[str]
    lexical: float = 0.0
    coverage: float = 0.0
    dense: float | None = None
    typed: bool = False
    score: float = 0.0
    matched: set[Term] = field(default_factory=set)

    @property
    def doc_start(self) -> int:
        return self.hit.start + self.start


def split_hits(hits: Sequence[Hit]) -> list[Sentence]:
    """The sentences of all hits, best hit first, each sentence once (chunks overlap)."""
    seen: set[tuple[str, int]] = set()
    seen_text: set[str] = set()
    out = []
    for rank, hit in enumerate(hits):
        for s, e in split_sentences(hit.text):
            s, e = strip_span(hit.text, s, e)
            if e - s < 2:
                continue
            text = hit.text[s:e]
            key = (hit.doc_id, hit.start + s)
            if key in seen or text in seen_text:
                continue
            ws = words(text)
            if not ws:
                continue
            seen.add(key)
            seen_text.add(text)
            keys = frozenset(k for w in ws for k in w.keys)
            out.append(Sentence(rank, hit, s, e, text, ws, keys))
    return out


def matched_terms(terms: Iterable[Term], keys: frozenset[str]) -> set[Term]:
    """The question terms found among a sentence's word keys."""
    return {t for t in terms if term_in(t, keys)}


def idf_weights(terms: Sequence[Term], sentences: Sequence[Sentence]) -> dict[Term, float]:
    """IDF of each question term over the retrieved sentences (rare there = informative)."""
    n = len(sentences)
    weights = {}
    for t in terms:
        # a term no sentence has is weighted as if one had it: its rarity is unknown
        df = max(1, sum(1 for s in sentences if t in s.matched))
        weights[t] = math.log(1.0 + (n + 1) / (df + 0.5))
    return weights


def score_sentences(
    question: str,
    qtype: QType,
    terms: Sequence[Term],
    sentences: list[Sentence],
    embedder: SentenceEmbedder | None,
    weights: Weights | None = None,
    query_vec: np.ndarray | None = None,
) -> tuple[list[Sentence], dict[Term, float]]:
    """Scores every sentence in place; returns them best first and the term weights used."""
    w = weights or Weights()
    for s in sentences:
        s.matched = matched_terms(terms, s.keys)
    idf = idf_weights(terms, sentences)
    present = [t for t in terms if any(t in s.matched for s in sentences)]
    total = sum(idf[t] for t in present) or 1.0
    total_all = sum(idf[t] for t in terms if t.checkable) or 1.0
    for s in sentences:
        got = sum(idf[t] for t in s.matched)
        s.lexical = got / total
        s.coverage = sum(idf[t] for t in s.matched if t.checkable) / total_all
        s.typed = has_typed_candidate(s.text, qtype, question)
        s.score = w.lexical * s.lexical + w.rank / (1 + s.rank) + (w.typed if s.typed else 0.0)
    if embedder is not None and sentences:
        order = sorted(sentences, key=lambda s: -s.score)[: w.embed_top]
        qv = query_vec if query_vec is not None else embedder.query(question)
        vecs = embedder.passages([s.text for s in order])
        for s, v in zip(order, vecs, strict=True):
            s.dense = float(v @ qv)
            s.score += w.dense * s.dense
        # sentences left out of the embedding step compete with the lowest similarity seen
        floor = min(s.dense for s in order if s.dense is not None)
        for s in sentences:
            if s.dense is None:
                s.score += w.dense * floor
    return sorted(sentences, key=lambda s: -s.score), idf
