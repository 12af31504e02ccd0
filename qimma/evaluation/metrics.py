"""Per-item scores and their aggregation: plain functions over strings, ids and numbers.

Answers are compared the way the SQuAD/XQuAD scripts do (exact match, token F1, max over the
references), but on Qimma's own text normalization (`language.analyzer.normalize` + `tokenize`) so
that an evaluation and the search index agree on what "the same word" is: diacritics and
tatweel dropped, alef forms → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, lower case,
punctuation gone. There is deliberately NO stemming here (القمة and قمة differ): stemming would
let wrong answers score. As in SQuAD, the English articles a/an/the are dropped. Citation
markers `[n]` and Markdown bold `**` are removed from answers before any comparison.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from language.analyzer import tokenize

_MARKER_RE = re.compile(r"\[\d+(?:\s*[,،]\s*\d+)*\]")
_ENGLISH_ARTICLES = frozenset({"a", "an", "the"})


# --- answers ---------------------------------------------------------------------------------
def strip_markup(text: str) -> str:
    """Answer text without `[n]` / `[1, 2]` citation markers and `**` bold marks."""
    return _MARKER_RE.sub(" ", text or "").replace("**", "")


def answer_tokens(text: str) -> list[str]:
    """The comparison tokens of an answer or reference (normalized, unstemmed)."""
    return [t for t in tokenize(strip_markup(text)) if t not in _ENGLISH_ARTICLES]


def exact_match(prediction: str, references: Sequence[str]) -> float:
    """1.0 when the normalized prediction equals one normalized reference, else 0.0."""
    pred = answer_tokens(prediction)
    return max((1.0 if pred == answer_tokens(r) else 0.0 for r in references), default=0.0)


def _f1(pred: list[str], ref: list[str]) -> float:
    if not pred or not ref:
        return float(pred == ref)
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def token_f1(prediction: str, references: Sequence[str]) -> float:
    """SQuAD token-overlap F1 between prediction and the best-matching reference."""
    pred = answer_tokens(prediction)
    return max((_f1(pred, answer_tokens(r)) for r in references), default=0.0)


def _contains_seq(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def containment(answer: str, references: Sequence[str]) -> float:
    """1.0 when some reference appears, as a run of whole tokens, inside the answer text.

    Long extractive answers rarely match exactly; containment says whether the fact is there.
    """
    tokens = answer_tokens(answer)
    return max((float(_contains_seq(tokens, answer_tokens(r))) for r in references), default=0.0)


def word_count(text: str) -> int:
    """Answer length in words (markers and bold marks excluded)."""
    return len(strip_markup(text).split())


# --- retrieval -------------------------------------------------------------------------------
def dedupe(doc_ids: Iterable[str]) -> list[str]:
    """Document ids in first-seen order: several passages of one article count once."""
    return list(dict.fromkeys(doc_ids))


def first_gold_rank(ranked_docs: Sequence[str], gold: Iterable[str]) -> int | None:
    """1-based rank of the first gold document in a deduplicated ranking, None when absent."""
    gold = set(gold)
    for rank, doc_id in enumerate(dedupe(ranked_docs), 1):
        if doc_id in gold:
            return rank
    return None


def hit_at(ranked_docs: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1.0 when a gold document is among the first k distinct documents."""
    rank = first_gold_rank(ranked_docs, gold)
    return float(rank is not None and rank <= k)


def reciprocal_rank(ranked_docs: Sequence[str], gold: Iterable[str], k: int = 10) -> float:
    """1/rank of the first gold document within the first k distinct documents, else 0."""
    rank = first_gold_rank(ranked_docs, gold)
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def recall_at(ranked_docs: Sequence[str], gold: Iterable[str], k: int) -> float:
    """Share of the gold documents found among the first k distinct documents."""
    gold = set(gold)
    if not gold:
        return 0.0
    return len(gold & set(dedupe(ranked_docs)[:k])) / len(gold)


# --- citations -------------------------------------------------------------------------------
def citation_precision(cited_docs: Sequence[str], gold: Iterable[str]) -> float | None:
    """Share of the distinct cited documents that are gold; None when nothing was cited."""
    cited = dedupe(cited_docs)
    if not cited:
        return None
    gold = set(gold)
    return sum(d in gold for d in cited) / len(cited)


def citation_recall(cited_docs: Sequence[str], gold: Iterable[str]) -> float | None:
    """Share of the gold documents that the answer cites; None when there is no gold."""
    gold = set(gold)
    if not gold:
        return None
    return len(gold & set(cited_docs)) / len(gold)


def supported_share(supported_flags: Sequence[bool]) -> float | None:
    """Share of the citations the verifier found supported; None when nothing was cited."""
    if not supported_flags:
        return None
    return sum(bool(s) for s in supported_flags) / len(supported_flags)


# --- refusals --------------------------------------------------------------------------------
def refusal_scores(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float | None]:
    """Refusal precision/recall and wrong-refusal rate from (answerable, refused) pairs.

    precision: of the refusals, how many were on unanswerable items; recall: of the unanswerable
    items, how many were refused; wrong_refusal_rate: of the answerable items, how many were
    refused. None where the denominator is zero.
    """
    pairs = list(pairs)
    on_refused = [answerable for answerable, refused in pairs if refused]
    on_unanswerable = [refused for answerable, refused in pairs if not answerable]
    on_answerable = [refused for answerable, refused in pairs if answerable]
    return {
        "refusal_precision": _ratio(on_refused.count(False), len(on_refused)),
        "refusal_recall": _ratio(on_unanswerable.count(True), len(on_unanswerable)),
        "wrong_refusal_rate": _ratio(on_answerable.count(True), len(on_answerable)),
    }


# --- aggregation -----------------------------------------------------------------------------
def _ratio(num: float, den: int) -> float | None:
    return num / den if den else None


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def percentile(values: Iterable[float | None], q: float) -> float | None:
    """q-th percentile (0-100) with linear interpolation, as numpy's default; None when empty."""
    data = sorted(v for v in values if v is not None and not math.isnan(v))
    if not data:
        return None
    pos = (len(data) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)
