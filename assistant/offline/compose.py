"""What to quote: the pieces of the best sentences most likely to hold the answer, in a budget.

A reader wants the answer, not the article: one long news sentence can run to sixty words,
and the best sentence is not always the one that answers. So the candidates are pieces of
the top sentences (clauses, pairs of neighbouring clauses, and word windows of clauses too
long to quote whole), each scored by a small linear model of how likely it is to hold the
answer: how its sentence scored, how much of the question's weight it carries, words beside
the question's words that the question lacks (the answer is usually there), and whether it
holds a number or date the question asks for. The question's words that the article's title
holds (or, past a report's lead, its lead) are not counted: they say which sentence answers,
not where in it the answer is.
Pieces are taken best first while they fit the word budget; a piece beside one already taken
joins it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from assistant.offline.extract import (
    Candidate,
    date_candidates,
    noun_candidates,
    number_candidates,
)
from assistant.offline.qtype import QType
from assistant.offline.select import LinearModel, Sentence
from assistant.offline.terms import Term, term_in
from assistant.offline.text import clause_spans

ANSWER_WORDS = 30  # words an answer may quote, the short lead answer included
TOP_SENTENCES = 5  # sentences whose pieces compete
WINDOW_WORDS = 12  # a clause longer than LONG_CLAUSE words is also offered in windows of this
WINDOW_STEP = 4
LONG_CLAUSE = 16
SHORT_WINDOW = (6, 3, 8)  # and every clause over 8 words in windows of 6, every 3 words
# a further piece is quoted only when it is not much less likely to hold the answer than the
# best one (log-odds): filler from unrelated sentences helps no reader (XQuAD-ar: -2.6 words
# on average for -0.6 points of answers holding the gold answer)
MIN_EXTRA_SCORE = -3.0
EXTRA_GAP = 3.0
NEAR_WORDS = 3  # question words this close outside a piece still count for it

UNIT_FEATURES = (
    "sentence",
    "sentence_gap",
    "weight_share",
    "matched_words",
    "new_words",
    "near_share",
    "at_start",
    "at_end",
    "typed",
    "words",
    "log_words",
    "new_share",
)


@cache
def piece_model(cross: bool = False) -> LinearModel:
    """Log-odds that a piece holds the answer, fitted by bench/fit_answerer.py as the sentence
    models are (same-language and cross-language questions)."""
    return LinearModel.fitted("piece_cross" if cross else "piece", UNIT_FEATURES)


@dataclass
class Unit:
    """A stretch of a sentence, as word indices lo..hi-1 of `sentence.words`."""

    sentence: Sentence
    lo: int
    hi: int
    score: float = 0.0
    features: tuple[float, ...] = ()  # what the score was computed from (UNIT_FEATURES)

    @property
    def n_words(self) -> int:
        return self.hi - self.lo


@dataclass
class Piece:
    """What gets quoted: a character span of one sentence."""

    sentence: Sentence
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.sentence.text[self.start : self.end]


def word_weights(sent: Sentence, idf: Mapping[Term, float]) -> list[float]:
    """For each word of the sentence, the IDF weight of the question term it matches (or 0).

    A term the article's title holds weighs nothing here, nor, past a report's lead, one the
    lead holds: it names the article's event, which says which sentence answers
    (`select.py`), not where in it the answer is ("من كرم المتطوعين في مهرجان …؟": the clause
    naming the festival again is not the one saying "وكرم في الحفل المحافظ فلان المتطوعين")."""
    asked = sent.matched - sent.lent
    return [
        max((idf.get(t, 1.0) for t in asked if term_in(t, w.keys)), default=0.0) for w in sent.words
    ]


def units_of(sent: Sentence) -> list[tuple[int, int]]:
    """Candidate pieces of a sentence as word ranges: clauses, neighbouring pairs, windows."""
    n = len(sent.words)
    clauses: list[tuple[int, int]] = []
    for s, e in clause_spans(sent.text):
        idx = [i for i, w in enumerate(sent.words) if w.start >= s and w.end <= e]
        if not idx:
            continue
        if clauses and clauses[-1][1] - clauses[-1][0] <= 2:  # glue a one- or two-word clause
            clauses[-1] = (clauses[-1][0], idx[-1] + 1)
        else:
            clauses.append((idx[0], idx[-1] + 1))
    if not clauses:
        clauses = [(0, n)]
    out = list(clauses)
    out += [(clauses[k][0], clauses[k + 1][1]) for k in range(len(clauses) - 1)]
    for lo, hi in clauses:
        for size, step, longer in ((WINDOW_WORDS, WINDOW_STEP, LONG_CLAUSE), SHORT_WINDOW):
            if hi - lo > longer:
                out += [(a, a + size) for a in range(lo, hi - size + 1, step)]
                if (hi - lo - size) % step:
                    out.append((hi - size, hi))
    return list(dict.fromkeys(out))


def typed_spans(
    text: str, qtype: QType, question: str = "", dated: bool = False
) -> list[Candidate]:
    """Where the sentence has something of the asked-for type: a number, a date, or a word
    that introduces a place or a person (`dated`: its article has a publication date)."""
    if qtype is QType.NUMBER:
        return number_candidates(text)
    if qtype is QType.DATE:
        return date_candidates(text, dated)
    if qtype in (QType.PLACE, QType.PERSON):
        return noun_candidates(text, qtype, question)
    return []


def unit_features(
    unit: Unit, weights: Sequence[float], best_score: float, typed: Sequence[Candidate]
) -> tuple[float, ...]:
    """The inputs of the piece model, in the order of UNIT_FEATURES."""
    sent, lo, hi = unit.sentence, unit.lo, unit.hi
    total = sum(weights) or 1.0
    inside = weights[lo:hi]
    new = sum(1 for w, x in zip(sent.words[lo:hi], inside, strict=True) if x == 0 and w.stems)
    near = sum(weights[max(0, lo - NEAR_WORDS) : lo]) + sum(weights[hi : hi + NEAR_WORDS])
    a, b = sent.words[lo].start, sent.words[hi - 1].end
    n = hi - lo
    return (
        sent.score,
        sent.score - best_score,
        sum(inside) / total,
        float(sum(1 for x in inside if x > 0)),
        float(new),
        near / total,
        1.0 if lo == 0 else 0.0,
        1.0 if hi == len(sent.words) else 0.0,
        1.0 if any(a <= c.start < b for c in typed) else 0.0,
        float(n),
        math.log(n),
        new / n,
    )


def score_units(
    ranked: Sequence[Sentence],
    idf: Mapping[Term, float],
    qtype: QType,
    question: str = "",
    lang: str = "ar",
    top: int = TOP_SENTENCES,
) -> list[Unit]:
    """The candidate pieces of the top sentences, scored, best first."""
    if not ranked:
        return []
    best_score = ranked[0].score
    units: list[Unit] = []
    for sent in ranked[:top]:
        weights = word_weights(sent, idf)
        typed = typed_spans(sent.text, qtype, question, bool(sent.hit.date))
        # as in select.score_sentences: an Arabic question's words are translated for English
        model = piece_model(cross=sent.language != lang and lang != "ar")
        for lo, hi in units_of(sent):
            unit = Unit(sent, lo, hi)
            unit.features = unit_features(unit, weights, best_score, typed)
            unit.score = model(unit.features)
            units.append(unit)
    return sorted(units, key=lambda u: -u.score)


def best_unit(units: Sequence[Unit], budget: int = ANSWER_WORDS) -> Unit:
    """The best sentence whole when it fits the budget, else its best-scored piece that does
    (the best piece of all when none does): which sentence answers is the sentence model's
    call, where in it the piece model's."""
    top = max(units, key=lambda u: u.sentence.score).sentence
    if len(top.words) <= budget:  # short enough to read whole
        return Unit(top, 0, len(top.words))
    return next(
        (u for u in units if u.sentence is top and u.n_words <= budget),
        next((u for u in units if u.n_words <= budget), units[0]),
    )


def choose_pieces(
    units: Sequence[Unit], budget: int = ANSWER_WORDS, must: Candidate | None = None
) -> list[Piece]:
    """Pieces to quote, best first, together at most `budget` words; further pieces only
    while they score within EXTRA_GAP of the best.

    `must` is a span of the best sentence (the short lead answer) that the first piece has
    to contain. Word ranges taken from the same sentence that touch are merged. Only when no
    piece fits the budget does the best one go over it.
    """
    if not units:
        return []
    fitting = [u for u in units if u.n_words <= budget] or list(units)
    first = best_unit(units, budget)
    if must is not None:
        holding = [
            u
            for u in fitting
            if u.sentence is first.sentence
            and u.sentence.words[u.lo].start <= must.start
            and must.end <= u.sentence.words[u.hi - 1].end
        ]
        if holding:
            first = holding[0]
        elif any(w.start >= must.start and w.end <= must.end for w in first.sentence.words):
            first = around(first.sentence, must, min(budget, WINDOW_WORDS))
    taken: dict[int, tuple[Sentence, set[int]]] = {
        id(first.sentence): (first.sentence, set(range(first.lo, first.hi)))
    }
    total = first.n_words
    floor = max(MIN_EXTRA_SCORE, units[0].score - EXTRA_GAP)
    for unit in units:
        if total >= budget or unit.score < floor:
            break
        sent_words = taken.get(id(unit.sentence), (unit.sentence, set()))[1]
        new = set(range(unit.lo, unit.hi)) - sent_words
        if not new or total + len(new) > budget:
            continue
        taken[id(unit.sentence)] = (unit.sentence, sent_words | new)
        total += len(new)
    pieces = []
    for sent, idx in taken.values():
        for lo, hi in _runs(sorted(idx)):
            pieces.append(Piece(sent, sent.words[lo].start, sent.words[hi - 1].end))
    return pieces


def around(sent: Sentence, span: Candidate, size: int) -> Unit:
    """A piece of `size` words (or the span alone, if longer) centred on a character span."""
    inside = [i for i, w in enumerate(sent.words) if w.start >= span.start and w.end <= span.end]
    lo, hi = inside[0], inside[-1] + 1
    while hi - lo < size and (lo > 0 or hi < len(sent.words)):
        if lo > 0:
            lo -= 1
        if hi - lo < size and hi < len(sent.words):
            hi += 1
    return Unit(sent, lo, hi)


def _runs(idx: list[int]) -> list[tuple[int, int]]:
    """Consecutive stretches of sorted word indices, as (lo, hi) ranges."""
    out: list[tuple[int, int]] = []
    for i in idx:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out
