"""Choosing the sentence that answers: lexical overlap, embedding similarity and answer type.

Every retrieved passage is split into sentences (deduplicated across overlapping chunks),
then scored by a small linear model of: IDF-weighted overlap with the question's analyzer
terms, cosine similarity with the question (computed for the most promising sentences only:
each costs a model call the first time it is seen), how far each falls behind the best
sentence on those two, the rank of its article among the retrieved ones, and whether the
sentence holds a candidate of the asked-for type.

A sentence is read with its article's title: the question's words the title holds count as
words of each of its sentences. They name what the article is about and its lead repeats
them, so they do not single out the lead from the sentence that answers with the question's
other words ("من ألقى القصيدة في حفل افتتاح الأندية الطلابية؟": "وألقى الطالب فلان قصيدة …"),
while a report of the event still outranks an article that only mentions it. A title made of
the article's own opening words (it came without one) is its lead, and is not read so.

A news report (a dated article) is read with its lead too, when retrieval found it: the
lead names the event the report is about, often with words its headline leaves out (a
headline "فلان يتأهل إلى النهائي" over a lead naming the championship), and the report's
later sentences speak of that event without naming it again. A paragraph of an
encyclopaedia (undated) opens with no such lead: its first sentence is one fact among others.

A sentence in the question's language and one in the other language (an English question over
Arabic articles, where only names and glossary words can match) are scored by two models; an
Arabic question over an English sentence, whose words are translated, by the first. The
weights are fitted by `bench/fit_answerer.py`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np

from assistant.fitted import linear_weights
from assistant.offline.embed import SentenceEmbedder
from assistant.offline.extract import has_typed_candidate
from assistant.offline.qtype import QType
from assistant.offline.terms import Term, term_in
from assistant.offline.text import Word, strip_span, words
from language.analyzer import detect_language
from language.sentences import split_sentences
from store.types import CUT_TITLE, Hit


@dataclass(frozen=True)
class LinearModel:
    """Log-odds = bias + weights · features (a logistic regression fitted offline)."""

    weights: tuple[float, ...]
    bias: float

    def __call__(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))

    @classmethod
    def fitted(cls, name: str, features: Sequence[str]) -> LinearModel:
        """The model `assistant/fitted/<name>.json` (written by bench/fit_answerer.py)."""
        weights, bias = linear_weights(name, features)
        return cls(weights, bias)


SENTENCE_FEATURES = ("lexical", "coverage", "dense", "dense_gap", "lexical_gap", "rank", "typed")
EMBED_TOP = 24  # sentences compared with the question by embedding (the rest get the lowest seen)


@cache
def sentence_model(cross: bool = False) -> LinearModel:
    """Log-odds that a sentence holds the answer: fitted on XQuAD-ar questions (same language)
    or on its English questions over the Arabic paragraphs (`cross`)."""
    return LinearModel.fitted("sentence_cross" if cross else "sentence", SENTENCE_FEATURES)


@dataclass
class Weights:
    """The sentence models and how many sentences get an embedding comparison."""

    model: LinearModel = field(default_factory=sentence_model)
    cross_model: LinearModel = field(default_factory=lambda: sentence_model(cross=True))
    embed_top: int = EMBED_TOP


@dataclass
class Sentence:
    """A sentence of a retrieved passage; start/end are offsets in the passage (hit.text)."""

    rank: int  # of the sentence's article among the distinct articles retrieved (0 = best)
    hit: Hit
    start: int
    end: int
    text: str
    words: list[Word]
    keys: frozenset[str]
    language: str = "ar"
    lexical: float = 0.0
    coverage: float = 0.0
    dense: float | None = None
    typed: bool = False
    score: float = 0.0  # log-odds that the sentence holds the answer
    features: tuple[float, ...] = ()  # what the score was computed from (SENTENCE_FEATURES)
    matched: set[Term] = field(default_factory=set)
    # the question terms its article's title and, past a report's lead, the lead lend it
    lent: set[Term] = field(default_factory=set)
    # the same sentence word for word in other retrieved articles (a reprinted agency story):
    # scored once, here, and cited from each (see `answerer._reprinted`)
    copies: list[Sentence] = field(default_factory=list)

    @property
    def doc_start(self) -> int:
        return self.hit.start + self.start


def split_hits(hits: Sequence[Hit]) -> list[Sentence]:
    """The sentences of all hits, best hit first, each sentence once (chunks overlap); the
    same words in another article are kept among the first one's `copies`."""
    seen: set[tuple[str, int]] = set()
    first: dict[str, Sentence] = {}
    out = []
    doc_rank: dict[str, int] = {}
    for hit in hits:
        doc_rank.setdefault(hit.doc_id, len(doc_rank))
    for hit in hits:
        rank = doc_rank[hit.doc_id]
        for s, e in split_sentences(hit.text):
            s, e = strip_span(hit.text, s, e)
            if e - s < 2:
                continue
            text = hit.text[s:e]
            key = (hit.doc_id, hit.start + s)
            if key in seen:
                continue
            ws = words(text)
            if not ws:
                continue
            seen.add(key)
            keys = frozenset(k for w in ws for k in w.keys)
            sentence = Sentence(rank, hit, s, e, text, ws, keys, detect_language(text))
            if text not in first:
                first[text] = sentence
                out.append(sentence)
            elif first[text].hit.doc_id != hit.doc_id:
                first[text].copies.append(sentence)
    return out


def matched_terms(terms: Iterable[Term], keys: frozenset[str]) -> set[Term]:
    """The question terms found among a sentence's word keys."""
    return {t for t in terms if term_in(t, keys)}


def idf_weights(terms: Sequence[Term], sentences: Sequence[Sentence]) -> dict[Term, float]:
    """IDF of each question term over the retrieved sentences (rare there = informative)."""
    return _idf(terms, [s.matched for s in sentences])


def _idf(terms: Sequence[Term], matched: Sequence[set[Term]]) -> dict[Term, float]:
    """IDF of each term over the sentences whose matched terms are `matched`."""
    n = len(matched)
    weights = {}
    for t in terms:
        # a term no sentence has is weighted as if one had it: its rarity is unknown
        df = max(1, sum(1 for m in matched if t in m))
        weights[t] = math.log(1.0 + (n + 1) / (df + 0.5))
    # a Latin name weighs as one word: "Who won the music award at the South Bank Show
    # Awards?" is answered by the sentence about the music award, not the one naming the show
    sizes = Counter(t.name for t in terms if t.name)
    for t in terms:
        if t.name:
            weights[t] /= sizes[t.name]
    return weights


def score_sentences(
    question: str,
    qtype: QType,
    terms: Sequence[Term],
    sentences: list[Sentence],
    embedder: SentenceEmbedder | None,
    weights: Weights | None = None,
    query_vec: np.ndarray | None = None,
    lang: str = "ar",
) -> tuple[list[Sentence], dict[Term, float]]:
    """Scores every sentence in place; returns them best first and the term weights used."""
    w = weights or Weights()
    for s in sentences:
        s.matched = matched_terms(terms, s.keys)
    idf = idf_weights(terms, sentences)
    # each sentence read with its article's title and a report's lead (see the module's doc)
    leads = lead_terms(sentences)
    for s in sentences:
        led = set() if s.doc_start == 0 else leads.get(s.hit.doc_id, set())
        s.lent = matched_terms(terms, title_keys(s.hit.title)) | led
    read = [s.matched | s.lent for s in sentences]
    read_idf = _idf(terms, read)
    total = sum(read_idf[t] for t in terms if any(t in m for m in read)) or 1.0
    total_all = sum(read_idf[t] for t in terms if t.checkable) or 1.0
    for s, got in zip(sentences, read, strict=True):
        s.lexical = sum(read_idf[t] for t in got) / total
        s.coverage = sum(read_idf[t] for t in got if t.checkable) / total_all
        s.typed = has_typed_candidate(s.text, qtype, question, bool(s.hit.date))
    if embedder is not None and sentences:
        # the most promising sentences by words and passage rank get an embedding comparison
        order = sorted(sentences, key=lambda s: (-(s.lexical + 0.1 / (1 + s.rank)), s.rank))
        order = order[: w.embed_top]
        qv = query_vec if query_vec is not None else embedder.query(question)
        vecs = embedder.passages([s.text for s in order])
        for s, v in zip(order, vecs, strict=True):
            s.dense = float(v @ qv)
    seen = [s.dense for s in sentences if s.dense is not None]
    floor = min(seen, default=0.0)
    best_dense = max(seen, default=0.0)
    best_lexical = max((s.lexical for s in sentences), default=0.0)
    for s in sentences:
        dense = s.dense if s.dense is not None else floor
        # the cross model was fitted on English questions over Arabic sentences, which share
        # only names and glossary words; an Arabic question over an English sentence has its
        # words translated (terms.py) and is scored like one in its own language
        model = w.model if s.language == lang or lang == "ar" else w.cross_model
        s.features = sentence_features(s, dense, best_dense, best_lexical)
        s.score = model(s.features)
    return sorted(sentences, key=lambda s: -s.score), idf


def lead_terms(sentences: Sequence[Sentence]) -> dict[str, set[Term]]:
    """The question terms the lead (first sentence) of each dated article holds, where
    retrieval found it."""
    return {s.hit.doc_id: s.matched for s in sentences if s.doc_start == 0 and s.hit.date}


@lru_cache(maxsize=4096)
def title_keys(title: str) -> frozenset[str]:
    """The word keys of an article's title (cached: every sentence of the article asks); none
    for a title made of the article's opening words, which are its lead's own."""
    if title.endswith(CUT_TITLE):
        return frozenset()
    return frozenset(k for w in words(title) for k in w.keys)


def sentence_features(
    s: Sentence, dense: float, best_dense: float, best_lexical: float
) -> tuple[float, ...]:
    """The inputs of the sentence model, in the order of SENTENCE_FEATURES."""
    return (
        s.lexical,
        s.coverage,
        dense,
        dense - best_dense,
        s.lexical - best_lexical,
        1.0 / (1 + s.rank),
        1.0 if s.typed else 0.0,
    )
