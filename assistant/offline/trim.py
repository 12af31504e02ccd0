"""Cutting a long sentence down to the clauses that answer.

News sentences in Arabic run long (a whole paragraph between two full stops is common), so
quoting the chosen sentence whole makes answers hard to read. The sentence is cut at commas
and clause openers; the clause holding the short answer (or most of the question's terms)
is kept, with neighbours that add more of the question's terms, within a word budget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assistant.offline.extract import Candidate
from assistant.offline.select import Sentence
from assistant.offline.terms import Term, term_in
from assistant.offline.text import clause_spans, strip_span

KEEP_WHOLE_WORDS = 30  # a sentence this short is quoted whole
MAX_WORDS = 30  # budget for a trimmed sentence
MARGIN_WORDS = 4  # words kept around the question's words when one clause is itself too long


@dataclass
class _Clause:
    start: int
    end: int
    n_words: int
    terms: set[Term]
    content: int  # words that are neither stopwords nor question terms


def trim_sentence(
    sent: Sentence,
    idf: Mapping[Term, float],
    lead: Candidate | None = None,
    max_words: int = MAX_WORDS,
    keep_whole: int = KEEP_WHOLE_WORDS,
) -> tuple[int, int]:
    """(start, end) of the part of `sent.text` to quote; the whole sentence when it is short."""
    if len(sent.words) <= keep_whole:
        return 0, len(sent.text)
    clauses = _clauses(sent)
    if not clauses:
        return 0, len(sent.text)
    weight = {t: idf.get(t, 1.0) for t in sent.matched}

    def gain(c: _Clause, covered: set[Term]) -> float:
        return sum(weight.get(t, 0.0) for t in c.terms - covered)

    if lead is not None:
        anchor = next((i for i, c in enumerate(clauses) if c.start <= lead.start < c.end), 0)
    else:
        anchor = max(range(len(clauses)), key=lambda i: (gain(clauses[i], set()), -i))
    lo = hi = anchor
    covered = set(clauses[anchor].terms)
    total = clauses[anchor].n_words
    if total > max_words:
        return _word_window(sent, clauses[anchor], lead, max_words)
    while True:
        options = []
        for j in (lo - 1, hi + 1):
            if 0 <= j < len(clauses) and total + clauses[j].n_words <= max_words:
                g = gain(clauses[j], covered)
                # the answer is rarely in the question's own words: without a short answer in
                # hand, the clause after the anchor (an apposition, an object) comes along
                needs_more = lead is None and j == hi + 1 == anchor + 1
                if g > 0 or needs_more:
                    options.append((g + (0.5 if needs_more else 0.0), j))
        if not options:
            break
        _, j = max(options)
        lo, hi = min(lo, j), max(hi, j)
        covered |= clauses[j].terms
        total += clauses[j].n_words
    start, end = clauses[lo].start, clauses[hi].end
    if lead is not None and not (start <= lead.start and lead.end <= end):
        return 0, len(sent.text)
    return start, end


def _clauses(sent: Sentence) -> list[_Clause]:
    out: list[_Clause] = []
    for s, e in clause_spans(sent.text):
        ws = [w for w in sent.words if w.start >= s and w.end <= e]
        if not ws:
            continue
        terms = {t for t in sent.matched for w in ws if term_in(t, w.keys)}
        content = sum(1 for w in ws if w.stems and not any(term_in(t, w.keys) for t in terms))
        out.append(_Clause(s, e, len(ws), terms, content))
    # a clause of one or two words is glued to the one after it
    merged: list[_Clause] = []
    for c in out:
        if merged and merged[-1].n_words <= 2:
            p = merged.pop()
            c = _Clause(
                p.start, c.end, p.n_words + c.n_words, p.terms | c.terms, p.content + c.content
            )
        merged.append(c)
    return merged


def _word_window(
    sent: Sentence, clause: _Clause, lead: Candidate | None, max_words: int
) -> tuple[int, int]:
    """A window of one over-long clause: from the first to the last question word, plus a margin."""
    ws = [w for w in sent.words if w.start >= clause.start and w.end <= clause.end]
    hits = [i for i, w in enumerate(ws) if any(term_in(t, w.keys) for t in clause.terms)]
    if lead is not None:
        hits += [i for i, w in enumerate(ws) if lead.start <= w.start < lead.end]
    if not hits:
        return clause.start, clause.end
    a = max(0, min(hits) - MARGIN_WORDS)
    b = min(len(ws) - 1, max(hits) + MARGIN_WORDS)
    while b - a + 1 > max_words and b > max(hits):
        b -= 1
    while b - a + 1 > max_words and a < min(hits):
        a += 1
    return strip_span(sent.text, ws[a].start, ws[b].end)
