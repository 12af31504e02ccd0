"""When the offline answerer says the articles do not hold the answer.

Retrieval always returns something, so "no hits" is rarely the reason to refuse. The
evidence weighed here: how much of the question (IDF-weighted over the retrieved sentences)
the best article covers, which of the question's words appear nowhere in what was
retrieved (a city, a "ticket"), how similar the best sentence is to the question, and
whether a question asking for a number or a date finds one near its words.
Thresholds are calibrated on XQuAD-ar (all answerable, and the same questions with their
gold paragraph withheld) and on testsets/samples.jsonl; see bench/answers.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from assistant.fitted import linear_weights, load_fitted
from assistant.offline.qtype import QType
from assistant.offline.select import Sentence
from assistant.offline.terms import Term
from language.analyzer import detect_language
from store.types import Hit

TYPED_LOOKAHEAD = 3
# question types whose first content word names the asked-for thing ("كم سعر", "ما رابط")
FOCUS_TYPES = (
    QType.NUMBER,
)  # sentences searched for a number/date before calling it a type mismatch


@dataclass
class Evidence:
    """What the answerer knows about whether the retrieved sentences hold the answer."""

    qtype: QType
    n_terms: int  # checkable question terms
    best_coverage: float  # IDF-weighted share of them in the best sentence
    doc_coverage: float  # ... in the retrieved passages of the best sentence's article
    missing_weight: float  # IDF-weighted share found in no retrieved sentence at all
    best_dense: float  # cosine of the best sentence with the question (0 without a model)
    hit_dense: float  # best passage cosine reported by the store
    typed_ok: bool  # a number/date question found a number/date in a top sentence
    missing: list[str] = field(default_factory=list)
    missing_entities: list[str] = field(default_factory=list)  # place names no passage has
    focus_missing: bool = False  # the thing asked about ("سعر" in "كم سعر …") is not in the article


def evidence_of(
    qtype: QType,
    terms: Sequence[Term],
    ranked: Sequence[Sentence],
    hits: Sequence[Hit],
    idf: Mapping[Term, float],
    lang: str | None = None,
) -> Evidence:
    """What the ranked sentences say about answering; `lang` is the question's language."""
    best = ranked[0]
    # an English article is held to the English words of the question as well (the article's
    # language as ingest recorded it, else its best sentence's)
    english = (best.hit.lang or detect_language(best.text)) == "en"
    checkable = [t for t in terms if t.checkable or (english and t.role == "english")]
    if english and lang == "ar":
        # an Arabic question over an English article: only what English can spell is checked
        # (names, numbers, words the glossary translates)
        checkable = [t for t in checkable if t.crosses]
    total = sum(idf[t] for t in checkable) or 1.0
    doc_terms = set().union(*(s.matched for s in ranked if s.hit.doc_id == best.hit.doc_id))
    any_terms = set().union(*(s.matched for s in ranked))
    missing = [t for t in checkable if t not in any_terms]
    focus = next((t for t in checkable if t.role == "content"), None)
    typed_ok = True
    if qtype in (QType.NUMBER, QType.DATE):
        # the number or date must be in the best article, next to some of the question's words
        # (an English question may share no checkable word with an Arabic sentence)
        need_match = bool(checkable) and any(s.matched for s in ranked)
        typed_ok = any(
            s.typed and (s.matched or not need_match) and s.hit.doc_id == best.hit.doc_id
            for s in ranked[:TYPED_LOOKAHEAD]
        )
    return Evidence(
        qtype=qtype,
        n_terms=len(checkable),
        best_coverage=sum(idf[t] for t in checkable if t in best.matched) / total,
        doc_coverage=sum(idf[t] for t in checkable if t in doc_terms) / total,
        missing_weight=sum(idf[t] for t in missing) / total,
        best_dense=best.dense or 0.0,
        hit_dense=max((h.signals.get("dense", 0.0) for h in hits), default=0.0),
        typed_ok=typed_ok,
        missing=[t.label for t in missing],
        missing_entities=[t.label for t in missing if t.role == "entity"],
        focus_missing=focus is not None and focus not in doc_terms and qtype in FOCUS_TYPES,
    )


REFUSAL_FEATURES = ("doc_coverage", "best_coverage", "missing_weight", "best_dense", "hit_dense")


@dataclass
class RefusalPolicy:
    """Refuse on a missing place name, an unmet number/date type, or a low evidence score.

    The score is a logistic model of "the gold passage is not among the hits", fitted on
    XQuAD-ar questions answered with and without their gold paragraph by bench/fit_refusal.py,
    which writes `assistant/fitted/refusal.json` (weights and bias fitted; the thresholds are
    choices recorded beside them with the figures they give on held-out articles).
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float
    # a "how many/how much" whose quantity word the article lacks needs less to refuse
    focus_threshold: float
    # English questions: few words are checkable, so only a clearly weak match refuses
    min_terms_english: int
    min_dense_english: float
    threshold_english: float

    @classmethod
    def fitted(cls) -> RefusalPolicy:
        weights, bias = linear_weights("refusal", REFUSAL_FEATURES)
        choices = load_fitted("refusal")["choices"]
        return cls(
            weights=weights,
            bias=bias,
            threshold=float(choices["threshold"]),
            focus_threshold=float(choices["focus_threshold"]),
            min_terms_english=int(choices["min_terms_english"]),
            min_dense_english=float(choices["min_dense_english"]),
            threshold_english=float(choices["threshold_english"]),
        )

    def score(self, ev: Evidence) -> float:
        """Higher = more likely that the retrieved passages lack the answer."""
        return self.bias + sum(
            w * float(getattr(ev, name))
            for w, name in zip(self.weights, REFUSAL_FEATURES, strict=True)
        )

    def refuse(self, ev: Evidence, lang: str) -> bool:
        if ev.missing_entities or not ev.typed_ok:
            return True
        if lang == "en" and ev.n_terms < self.min_terms_english:
            return bool(ev.best_dense) and ev.best_dense < self.min_dense_english
        score = self.score(ev)
        if ev.focus_missing and score > self.focus_threshold:
            return True
        return score > (self.threshold_english if lang == "en" else self.threshold)
