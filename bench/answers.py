"""Offline-answer benchmark on XQuAD Arabic: does the answer hold the gold answer, how long is it.

    python bench/answers.py [--limit N] [--lang ar|en|both] [--xquad DIR] [--data-dir DIR]

Indexes the 240 Arabic paragraphs into a fresh temporary data directory through the service
the product uses, retrieves the top passages for each question as `ask` does, answers
offline, and prints: share of answers that contain the gold answer (language.analyzer.normalize
on both sides), mean answer length in words, share of answers that lead with a short
answer and share of those that match the gold answer (token F1 >= 0.5), share of first
citations on the gold paragraph, refusals, and the time per answer (p50/p95). As a check
of the refusal calibration it also answers each question with its gold paragraph withheld
from the passages (SQuAD 2.0 style) and prints how often it then refuses.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar"
_MARKER = re.compile(r"\[\d+\]")


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def answer_words(text: str) -> int:
    """Words of an answer as a reader sees them: citation markers and emphasis left out."""
    return len(re.findall(r"\w+", _MARKER.sub(" ", text)))


def contains_gold(text: str, golds: list[str]) -> bool:
    from language.analyzer import normalize

    hay = normalize(_MARKER.sub(" ", text))
    return any(normalize(g) and normalize(g) in hay for g in golds)


def token_f1(pred: str, golds: list[str]) -> float:
    from language.analyzer import tokenize

    best = 0.0
    p = tokenize(pred)
    for gold in golds:
        g = tokenize(gold)
        common = sum((collections.Counter(p) & collections.Counter(g)).values())
        if common:
            precision, recall = common / len(p), common / len(g)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else 0.0


def evaluate(answerer, items: list[dict], hits_of, lang: str, withheld: bool = True) -> dict:
    """Answer every item from `hits_of(item)` and return the metrics the bench prints."""
    n = len(items)
    contain = words = leads = leads_right = gold_cited = refused = refused_withheld = 0
    times: list[float] = []
    for item in items:
        hits = hits_of(item)
        t0 = time.perf_counter()
        answer = answerer.answer(item["question"], hits, [], lang)
        times.append((time.perf_counter() - t0) * 1000)
        refused += answer.refused
        contain += (not answer.refused) and contains_gold(answer.answer, item["answers"])
        words += answer_words(answer.answer)
        if answer.citations and answer.citations[0].doc_id == item["context_id"]:
            gold_cited += 1
        if answer.short_answer:
            leads += 1
            leads_right += token_f1(answer.short_answer, item["answers"]) >= 0.5
        if withheld:
            rest = [h for h in hits if h.doc_id != item["context_id"]]
            refused_withheld += answerer.answer(item["question"], rest, [], lang).refused
    return {
        "n": n,
        "contains_gold": contain / n,
        "mean_words": words / n,
        "leads": leads / n,
        "leads_right": leads_right / leads if leads else 0.0,
        "gold_cited": gold_cited / n,
        "refused": refused / n,
        "refused_withheld": refused_withheld / n if withheld else float("nan"),
        "p50_ms": statistics.median(times) if times else 0.0,
        "p95_ms": percentile(times, 0.95),
    }


def format_metrics(lang: str, m: dict) -> str:
    return (
        f"{lang}: n={m['n']} contains_gold={m['contains_gold']:.3f} mean_words={m['mean_words']:.1f} "
        f"leads={m['leads']:.3f} leads_right={m['leads_right']:.3f} gold_cited={m['gold_cited']:.3f} "
        f"refused={m['refused']:.3f} refused_when_gold_withheld={m['refused_withheld']:.3f} "
        f"p50_ms={m['p50_ms']:.1f} p95_ms={m['p95_ms']:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    parser.add_argument(
        "--limit", type=int, default=0, help="only the first N questions per language"
    )
    parser.add_argument("--lang", choices=("ar", "en", "both"), default="ar")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="reuse an index (default: fresh temp dir)"
    )
    parser.add_argument(
        "--no-withheld", action="store_true", help="skip the gold-withheld refusal check"
    )
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.service import QimmaService

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="qimma-answers-"))
    service = QimmaService(Settings(data_dir=data_dir, answerer="offline"))
    t0 = time.perf_counter()
    report = service.ingest([args.xquad / "corpus.jsonl"])
    print(
        f"indexed {len(report.added) + len(report.updated)} new, {len(report.unchanged)} unchanged "
        f"({service.store.count_passages()} passages) in {time.perf_counter() - t0:.1f} s"
    )
    answerer = service.answerer("offline")
    k = service.settings.top_k
    results = {}
    for lang in ("ar", "en") if args.lang == "both" else (args.lang,):
        items = load_jsonl(args.xquad / ("qa.jsonl" if lang == "ar" else "qa_en.jsonl"))
        if args.limit:
            items = items[: args.limit]
        metrics = evaluate(
            answerer,
            items,
            lambda item: service.search(item["question"], k),
            lang,
            withheld=not args.no_withheld,
        )
        results[lang] = metrics
        print(format_metrics(lang, metrics))
    print(
        json.dumps(
            {lang: {key: round(v, 4) for key, v in m.items()} for lang, m in results.items()}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
