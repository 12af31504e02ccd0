"""How well a passage backs a claim: the score the citation check (`assistant.citations`) uses.

Two signals and a guard, weighed per language pair of claim and source:

- word overlap: the share of the claim's content words (normalized, stemmed Arabic/English
  from `language.analyzer.analyze`) that occur in the passage. Across languages only names and
  digits are shared, so there its fitted weight is small;
- embedding similarity (optional): cosine of the claim with the passage's sentences, from
  the same e5 model that indexes the articles;
- numbers: a number in the claim that the passage does not contain (a changed date, count
  or year) is the commonest hallucination and neither signal above notices it, so it cuts
  the score hard.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.verifier_params import VerifierParams, load_verifier_params
from language.analyzer import analyze, detect_language, normalize
from language.sentences import split_sentences
from store.types import Hit

log = logging.getLogger(__name__)

EmbedFn = Callable[[list[str]], np.ndarray]
"""Texts -> L2-normalized embedding rows (the service passes e5 passage embeddings)."""
KnownVectors = Callable[[list[str]], Mapping[str, Any]]
"""Article ids -> {sentence text: vector} stored at ingest (`ArticleStore.sentence_vectors`)."""

# The fitted numbers (per language pair: the share of word overlap in the score and the score
# a claim needs) live in assistant/fitted/verifier.json, written by bench/fit_verifier.py with
# their held-out precision and recall; see assistant/verifier_params.py. What stays here are
# the shapes of the score, not values fitted to data.
OVERLAP_SMOOTHING = 1.0
"""Added to the claim's word count, so a claim of one or two words cannot reach full overlap."""
MISSING_WORD_PENALTY = 0.05
"""Subtracted per claim word absent from the passage beyond the first (a swapped name)."""
MIN_CLAIM_WORDS = 2
"""Claims with fewer content words are too short to check ('HACKED' copied from a source)."""
NUMBER_MISMATCH_FACTOR = 0.3
"""Score multiplier when the claim states a number its passage does not contain."""

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_WORD = re.compile(r"\w")
_NUMBER = re.compile(r"\d+(?:[.٫]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[,٬](?=\d{3}\b)")
# passage side only: a claim's "7" matches an article's "سبعة" / "seven" / "السابعة"
_NUMBER_WORDS = """
واحد 1 اول 1 اثنان 2 اثنين 2 اثنتين 2 ثاني 2 ثلاث 3 ثالث 3 اربع 4 رابع 4 خمس 5 خامس 5
ست 6 سادس 6 سبع 7 سابع 7 ثماني 8 ثمان 8 ثامن 8 تسع 9 تاسع 9 عشر 10 عاشر 10 عشرون 20
عشرين 20 مئة 100 مائة 100 ألف 1000 one 1 first 1 two 2 second 2 three 3 third 3 four 4
fourth 4 five 5 fifth 5 six 6 sixth 6 seven 7 seventh 7 eight 8 eighth 8 nine 9 ninth 9
ten 10 tenth 10 twenty 20 hundred 100 thousand 1000
"""


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII (same length, so offsets stay valid)."""
    return text.translate(_DIGITS)


def _substantive(text: str) -> bool:
    return bool(_WORD.search(text))


@lru_cache(maxsize=4096)
def _content_tokens(text: str) -> frozenset[str]:
    return frozenset(analyze(text))


@lru_cache(maxsize=1)
def _number_words() -> dict[str, str]:
    items = _NUMBER_WORDS.split()
    return {normalize(word): value for word, value in zip(items[::2], items[1::2], strict=True)}


def _number_word(word: str) -> str | None:
    """The digits an Arabic/English number word stands for ('والخامسة' -> '5')."""
    table = _number_words()
    bare = re.sub(r"^[وبلف]?(?:ال)?", "", word) if len(word) > 4 else word
    for candidate in (word, bare, word.removesuffix("ه"), bare.removesuffix("ه")):
        if candidate in table:
            return table[candidate]
    return None


@lru_cache(maxsize=4096)
def _numbers(text: str, with_words: bool) -> frozenset[str]:
    plain = _THOUSANDS.sub("", to_ascii_digits(text))
    found = {n.replace("٫", ".").lstrip("0") or "0" for n in _NUMBER.findall(plain)}
    if with_words:
        words = (_number_word(w) for w in re.findall(r"\w+", normalize(plain).lower()))
        found.update(w for w in words if w)
    return frozenset(found)


def lexical_overlap(claim: str, passage: str) -> float:
    """Share of the claim's content words found in the passage (smoothed for short claims)."""
    words = _content_tokens(claim)
    if not words:
        return 0.0
    return len(words & _content_tokens(passage)) / (len(words) + OVERLAP_SMOOTHING)


def numbers_match(claim: str, passage: str) -> bool:
    """Whether every number the claim states also appears in the passage."""
    return _numbers(claim, False) <= _numbers(passage, True)


@lru_cache(maxsize=8192)
def _language(text: str) -> str:
    return detect_language(text)


def _embed_scaled(cosine: float, params: VerifierParams) -> float:
    """e5 cosines live in a narrow band; [embed_floor, embed_ceil] is stretched to [0, 1]."""
    span = params.embed_ceil - params.embed_floor
    return float(np.clip((cosine - params.embed_floor) / span, 0.0, 1.0))


def support_threshold(
    claim: str, passage: str, with_embedding: bool, params: VerifierParams | None = None
) -> float:
    """The score `claim` needs to count as supported by `passage` (fitted per language pair)."""
    params = params or load_verifier_params()
    if not with_embedding:
        return params.lexical_only_threshold
    return params.pair(_language(claim), _language(passage)).threshold


def support_score(
    claim: str,
    passage: str,
    cosine: float | None = None,
    check_numbers: bool = True,
    params: VerifierParams | None = None,
    source_lang: str | None = None,
) -> float:
    """How well `passage` backs `claim`; `cosine` is their embedding similarity if known.

    Compare with `support_threshold`. Across languages shared words are only names and
    digits, so the fitted weight of overlap there is small and no missing-word penalty applies.
    """
    params = params or load_verifier_params()
    words = _content_tokens(claim)
    if len(words) < MIN_CLAIM_WORDS:
        return 0.0
    claim_lang, source_lang = _language(claim), source_lang or _language(passage)
    overlap = lexical_overlap(claim, passage)
    penalty = MISSING_WORD_PENALTY * max(0, len(words - _content_tokens(passage)) - 1)
    if cosine is None:
        score = overlap - penalty
    else:
        pair = params.pair(claim_lang, source_lang)
        w = pair.lexical_weight
        score = w * overlap + (1 - w) * _embed_scaled(cosine, params)
        if claim_lang == source_lang:
            score -= penalty
    if check_numbers and not numbers_match(claim, passage):
        score *= NUMBER_MISMATCH_FACTOR
    return max(score, 0.0)


@dataclass
class _Support:
    score: float
    threshold: float
    sentence: tuple[int, int] | None  # best single supporting sentence, offsets in hit.text

    @property
    def holds(self) -> bool:
        return self.score >= self.threshold

    @property
    def excess(self) -> float:
        return self.score - self.threshold


class _Scorer:
    """Support of claims by hits. Embeds lazily: claims as they are added, a hit's sentences
    only when a claim is checked against that hit (embedding passages costs more than the rest).

    Cosines are taken against a passage's sentences, not the whole passage: a claim is
    usually one sentence, and this halves the embedding work for the same accuracy.
    """

    def __init__(self, hits: Sequence[Hit], embed: EmbedFn | None, params: VerifierParams):
        self.hits = hits
        self.embed = embed
        self.params = params
        self.sentences = [_sentence_spans(h.text) for h in hits]
        self.languages = [_language(h.text) for h in hits]
        self.vectors: dict[str, np.ndarray] = {}
        self._embedded: set[int] = set()
        self._lock = threading.Lock()  # `prepare` may run in another thread

    def add(self, texts: Sequence[str]) -> None:
        """Embed these claims now, in one batch."""
        with self._lock:
            self._embed_texts(texts)

    def prepare(self, known: KnownVectors | None = None) -> None:
        """Embed every hit's sentences now, in one batch (while the model is still writing).

        `known` gives the vectors stored at ingest for the hits' articles, by sentence text:
        those sentences need no embedding at all.
        """
        with self._lock:
            todo = [i for i in range(len(self.hits)) if i not in self._embedded]
            self._embedded.update(todo)
            texts = [self.hits[i].text[s:e] for i in todo for s, e in self.sentences[i]]
            if self.embed is None or not texts:
                return
            if known is not None:
                try:
                    stored = known(sorted({self.hits[i].doc_id for i in todo}))
                except Exception as exc:  # the store is only a shortcut: embed instead
                    log.warning("stored sentence vectors unavailable (%s); embedding", exc)
                    stored = {}
                for text in texts:
                    if text in stored and text not in self.vectors:
                        vec = np.asarray(stored[text], dtype=np.float32)
                        self.vectors[text] = vec / max(float(np.linalg.norm(vec)), 1e-12)
            self._embed_texts(texts)

    def _embed_texts(self, texts: Sequence[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if self.embed is None or not todo:
            return
        try:
            rows = np.asarray(self.embed(todo), dtype=np.float32)
        except Exception as exc:  # e.g. a remote embeddings endpoint that went away
            log.warning("embedding claims failed (%s); checking citations by words only", exc)
            self.embed = None
            self.vectors.clear()
            return
        self.vectors.update(zip(todo, rows, strict=True))

    def _cosine(self, a: str, b: str) -> float | None:
        if a not in self.vectors or b not in self.vectors:
            return None
        return float(self.vectors[a] @ self.vectors[b])

    def _cosines(self, claim: str, index: int) -> list[float | None]:
        """The claim's cosine with each sentence of hit `index` (None without embeddings)."""
        text = self.hits[index].text
        with self._lock:
            if index not in self._embedded:
                self._embedded.add(index)
                self._embed_texts([text[s:e] for s, e in self.sentences[index]])
        return [self._cosine(claim, text[s:e]) for s, e in self.sentences[index]]

    def best_cosine(self, claim: str, index: int) -> float | None:
        known = [c for c in self._cosines(claim, index) if c is not None]
        return max(known) if known else None

    def partial(self, claim: str, index: int) -> float:
        """How much of the claim this hit backs, ignoring what it lacks (for multi-cited claims)."""
        passage = self.hits[index].text
        cosine = self.best_cosine(claim, index)
        if cosine is not None and _language(claim) != self.languages[index]:
            return _embed_scaled(cosine, self.params)
        return lexical_overlap(claim, passage)

    def support(self, claim: str, index: int) -> _Support:
        """The claim's score against hit `index`, and the sentence that alone supports it."""
        text, lang = self.hits[index].text, self.languages[index]
        cosines = self._cosines(claim, index)
        known = [c for c in cosines if c is not None]
        threshold = support_threshold(claim, text, bool(known), self.params)
        best_span: tuple[int, int] | None = None
        best_span_score = -1.0
        for (s, e), cosine in zip(self.sentences[index], cosines, strict=True):
            score = support_score(claim, text[s:e], cosine, params=self.params, source_lang=lang)
            if score > best_span_score:
                best_span, best_span_score = (s, e), score
        score = support_score(
            claim, text, max(known) if known else None, params=self.params, source_lang=lang
        )
        span = best_span if best_span_score >= threshold else None
        return _Support(max(score, best_span_score), threshold, span)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = [(s, e) for s, e in split_sentences(text) if _substantive(text[s:e])]
    return spans or [(0, len(text))]
