"""Check, after generation, that each `[n]` claim in an answer is backed by the passage it cites.

Models cite loosely: they point at the wrong source, invent source numbers, or attach a
correct marker to a sentence whose date or name they changed. Every cited claim is scored
against its passage with two signals, and the score decides what the reader sees:

- word overlap: the share of the claim's content words (normalized, stemmed Arabic/English
  from `ingest.arabic.analyze`) that occur in the passage. Meaningless across languages, so
  an English claim about an Arabic passage is scored on the embedding alone;
- embedding similarity (optional): cosine of the claim with the passage and with its best
  sentence, from the same e5 model that indexes the articles;
- numbers: a number in the claim that the passage does not contain (a changed date, count
  or year) is the commonest hallucination and neither signal above notices it, so it cuts
  the score hard.

A claim its source does not support but another given source does is re-attached to that
source; otherwise its citation is kept and marked `supported=False`. How the signals are
weighed, and the score a claim needs, depend on the languages of claim and source and are
fitted by `bench/fit_verifier.py` (assistant/data/verifier.json).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from assistant.types import Citation
from assistant.verifier_params import VerifierParams, load_verifier_params
from ingest.arabic import analyze, detect_language, normalize
from ingest.chunking import split_sentences
from store.types import Hit

log = logging.getLogger(__name__)

EmbedFn = Callable[[list[str]], np.ndarray]
"""Texts -> L2-normalized embedding rows (the service passes e5 passage embeddings)."""
KnownVectors = Callable[[list[str]], Mapping[str, Any]]
"""Article ids -> {sentence text: vector} stored at ingest (`ArticleStore.sentence_vectors`)."""

# The fitted numbers (per language pair: the share of word overlap in the score and the score
# a claim needs) live in assistant/data/verifier.json, written by bench/fit_verifier.py with
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
PARTIAL_SUPPORT = 0.3
"""With several markers on one claim, each cited passage must reach this on its own."""
REATTACH_MARGIN = 0.1
"""Another source must beat the cited one by this much to take over its marker."""
UNCITED_MARGIN = 0.15
"""`attach_uncited`: a sentence gets a marker only at this much above the threshold."""

MAX_MARKER = 99  # [2019] is a year in brackets, not a citation

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MARKER = re.compile(r"\[\s*(\d{1,2}(?:\s*(?:,|،|;|؛|-|–)\s*\d{1,2})*)\s*\]")
_MARKER_SEPARATOR = re.compile(r"[\s,،]*")
_BOUNDARY = re.compile(r"[.!?؟۔]+(?=\s|$)|\n")
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


@dataclass
class _Claim:
    """A stretch of answer text and the marker occurrences that cite it."""

    text: str
    ranges: list[tuple[int, int]]  # where the claim's words sit in the answer
    numbers: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # its marker occurrences


@dataclass
class _Support:
    score: float
    sentence: tuple[int, int] | None  # best single supporting sentence, offsets in hit.text


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII (same length, so offsets stay valid)."""
    return text.translate(_DIGITS)


def parse_markers(text: str) -> list[tuple[int, int, list[int]]]:
    """Every citation marker as (start, end, source numbers): `[1]`, `[1, 2]`, `[١]`, `[1-3]`."""
    found = []
    for m in _MARKER.finditer(to_ascii_digits(text)):
        numbers: list[int] = []
        for part in re.split(r"\s*(?:,|،|;|؛)\s*", m.group(1)):
            lo, _, hi = re.sub(r"\s", "", part).replace("–", "-").partition("-")
            if hi and 0 <= int(hi) - int(lo) <= 10:
                numbers.extend(range(int(lo), int(hi) + 1))
            else:
                numbers.append(int(lo))
                if hi:
                    numbers.append(int(hi))
        found.append((m.start(), m.end(), [n for n in numbers if 0 < n <= MAX_MARKER]))
    return found


def strip_markers(text: str) -> str:
    """The text without citation markers (for history, refusal matching and scoring)."""
    out, last = [], 0
    for start, end, _ in parse_markers(text):
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    """No doubled spaces and no space before punctuation once markers are gone."""
    text = re.sub(r"(?<=\S)[ \t]+([.،,؛;:!?؟])", r"\1", text)
    return re.sub(r"(?<=\S)[ \t]{2,}", " ", text).strip()


def _substantive(text: str) -> bool:
    return bool(_WORD.search(text))


def _marker_runs(text: str) -> list[tuple[list[tuple[int, int]], list[int]]]:
    """Adjacent markers (`[1][2]`, `[1], [2]`) grouped: (their spans, their numbers)."""
    runs: list[tuple[list[tuple[int, int]], list[int]]] = []
    previous_end = -1
    for start, end, numbers in parse_markers(text):
        if runs and _MARKER_SEPARATOR.fullmatch(text[previous_end:start]):
            runs[-1][0].append((start, end))
            runs[-1][1].extend(numbers)
        else:
            runs.append(([(start, end)], list(numbers)))
        previous_end = end
    return runs


def split_claims(text: str) -> tuple[list[_Claim], list[_Claim]]:
    """(cited claims, uncited sentences) of an answer.

    A cited claim runs from the previous marker or sentence end up to a run of markers, plus
    any uncited rest of its sentence: `A [1] and B [2].` is two claims, `A. [1]` cites A, and
    `In Bahrain [1] the summit opens` cites the whole sentence.
    """
    boundaries = [m.end() for m in _BOUNDARY.finditer(text)]
    runs = _marker_runs(text)
    claims: list[_Claim] = []
    cut = 0
    for k, (spans, numbers) in enumerate(runs):
        start, end = spans[0][0], spans[-1][1]
        claim_start = cut
        for b in reversed(boundaries):
            if cut < b < start and _substantive(text[b:start]):
                claim_start = b
                break
        if not _substantive(text[claim_start:start]) and claims:
            claims[-1].numbers += numbers  # `A [1]. [2]`: still about A
            claims[-1].spans += spans
            cut = end
            continue
        ranges = [(claim_start, start)]
        sentence_end = next((b for b in boundaries if b > end), len(text))
        next_marker = runs[k + 1][0][0][0] if k + 1 < len(runs) else len(text)
        if sentence_end <= next_marker and _substantive(text[end:sentence_end]):
            ranges.append((end, sentence_end))
        body = " ".join(text[s:e].strip() for s, e in ranges)
        claims.append(_Claim(body, ranges, list(numbers), list(spans)))
        cut = end
    covered = [r for c in claims for r in (*c.ranges, *c.spans)]
    uncited = []
    sentence_start = 0
    for b in [*boundaries, len(text)]:
        free = [i for i in range(sentence_start, b) if not any(s <= i < e for s, e in covered)]
        piece = "".join(text[i] for i in free)
        if _substantive(piece):
            uncited.append(_Claim(piece.strip(), [(free[0], b)]))
        sentence_start = b
    return claims, uncited


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


def _citation(hit: Hit, support: _Support | None, supported: bool) -> Citation:
    passage, start, end = hit.text, hit.start, hit.end
    if support is not None and support.sentence is not None and supported:
        s, e = support.sentence
        passage, start, end = hit.text[s:e].strip(), hit.start + s, hit.start + e
    return Citation(
        marker=0,
        doc_id=hit.doc_id,
        title=hit.title,
        source=hit.source,
        passage=passage,
        start=start,
        end=end,
        supported=supported,
        date=hit.date,
        score=round(support.score, 3) if support is not None else 0.0,
    )


_Decided = list[tuple[int, _Support, bool]]
_Edit = tuple[int, int, _Decided]


def _decide(claim: _Claim, scorer: _Scorer, n_hits: int) -> _Decided:
    """(hit index, support, supported) for each valid source the claim ends up citing."""
    cited = [n - 1 for n in dict.fromkeys(claim.numbers) if 1 <= n <= n_hits]
    if not cited:
        return []
    supports = {i: scorer.support(claim.text, i) for i in cited}
    ok = {i: s.holds for i, s in supports.items()}
    if len(cited) > 1 and not all(ok.values()):
        joined = "\n".join(scorer.hits[i].text for i in cited)
        if support_score(claim.text, joined) >= scorer.params.lexical_only_threshold:
            # together they back the claim; each must still back a part of it on its own
            part = {i: scorer.partial(claim.text, i) for i in cited}
            ok = {i: ok[i] or part[i] >= PARTIAL_SUPPORT for i in cited}
    if not any(ok.values()):
        best_cited = max(s.excess for s in supports.values())
        others = [(scorer.support(claim.text, i), i) for i in range(n_hits) if i not in supports]
        better = [(s.excess, i, s) for s, i in others if s.holds]
        if better:
            excess, index, support = max(better, key=lambda t: t[0])
            if excess >= best_cited + REATTACH_MARGIN:
                return [(index, support, True)]
    return [(i, supports[i], ok[i]) for i in cited]


class ClaimChecker:
    """Checks an answer's claims against the sources it was written from.

    One checker serves one answer: citations are numbered 1..m in order of first appearance
    across every piece it rewrites, so an answer checked a sentence at a time while it streams
    gets the same markers as one checked whole.
    """

    def __init__(
        self,
        hits: Sequence[Hit],
        embed: EmbedFn | None = None,
        params: VerifierParams | None = None,
    ):
        self.hits = hits
        self.scorer = _Scorer(hits, embed, params or load_verifier_params())
        self.citations: list[Citation] = []
        self._numbers: dict[tuple, int] = {}

    def prepare_in_background(self, known: KnownVectors | None = None) -> threading.Thread:
        """Start embedding the sources' sentences, so the first check need not wait for it."""
        thread = threading.Thread(target=self.scorer.prepare, args=(known,), daemon=True)
        thread.start()
        return thread

    def _edits(self, text: str, attach_uncited: bool) -> tuple[list[_Edit], bool]:
        """Marker edits for `text`, and whether every claim in it holds (at least one does)."""
        claims, uncited = split_claims(text)
        self.scorer.add([c.text for c in claims + uncited])
        edits: list[_Edit] = []
        holds = bool(claims or uncited)
        for claim in claims:
            decided = _decide(claim, self.scorer, len(self.hits))
            holds = holds and bool(decided) and all(ok for _, _, ok in decided)
            # the whole run of markers is rewritten at its first occurrence; the rest vanish
            first, *rest = claim.spans
            edits.append((first[0], first[1], decided))
            for (_, previous_end), (s, e) in zip(claim.spans, rest, strict=False):
                joined = _MARKER_SEPARATOR.fullmatch(text[previous_end:s])
                edits.append((previous_end if joined else s, e, []))
        for sentence in uncited:
            attached = False
            if attach_uncited and self.hits:
                best = max(
                    ((self.scorer.support(sentence.text, i), i) for i in range(len(self.hits))),
                    key=lambda t: t[0].excess,
                )
                if best[0].excess >= UNCITED_MARGIN:
                    start, end = sentence.ranges[0]
                    at = start + len(text[start:end].rstrip(" \n.!?؟۔"))
                    edits.append((at, at, [(best[1], best[0], True)]))
                    attached = True
            holds = holds and attached
        return edits, holds

    def verify(self, text: str, attach_uncited: bool = False) -> tuple[str, list[Citation]]:
        """The whole text with its markers checked and renumbered; unsupported ones flagged."""
        edits, _ = self._edits(text, attach_uncited)
        return self._rewrite(text, edits)

    def check_sentence(self, text: str) -> str | None:
        """The sentence with its markers renumbered if every claim in it holds, else None.

        A sentence without markers holds only when a source clearly supports it (it then
        gets that source's marker); nothing is numbered for a sentence that does not hold.
        """
        edits, holds = self._edits(text, attach_uncited=True)
        if not holds:
            return None
        checked, _ = self._rewrite(text, edits)
        return checked

    def _rewrite(self, text: str, edits: list[_Edit]) -> tuple[str, list[Citation]]:
        """Apply marker edits in text order, numbering citations by first appearance."""
        added: list[Citation] = []
        out, last = [], 0
        for start, end, decided in sorted(edits, key=lambda t: (t[0], t[1])):
            before = text[last:start]
            labels = []
            for index, support, supported in decided:
                cite = _citation(self.hits[index], support, supported)
                key = (cite.doc_id, cite.start, cite.end, cite.supported)
                if key not in self._numbers:
                    self._numbers[key] = len(self.citations) + 1
                    cite.marker = self._numbers[key]
                    self.citations.append(cite)
                    added.append(cite)
                label = f"[{self._numbers[key]}]"
                if label not in labels:
                    labels.append(label)
            if labels:
                sep = "" if before.endswith((" ", "\n")) else " "
                out.append(before + (sep if start == end else "") + "".join(labels))
            else:
                out.append(
                    before.rstrip(" ")
                    if text[end : end + 1] in ".،,؟?!:;\n" or not before.strip()
                    else before
                )
            last = end
        out.append(text[last:])
        return _tidy("".join(out)), added


def verify_citations(
    answer_text: str,
    hits: Sequence[Hit],
    embed: EmbedFn | None = None,
    attach_uncited: bool = False,
) -> tuple[str, list[Citation]]:
    """The answer with checked markers renumbered 1..m, and the m citations they point at.

    `hits` are the sources in the order the model saw them numbered (1-based). Markers that
    point at no source are removed. With `attach_uncited`, a sentence the model left without
    a marker gets one when a source supports it clearly (small models forget markers).
    """
    return ClaimChecker(hits, embed).verify(answer_text, attach_uncited)
