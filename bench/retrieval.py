"""Retrieval benchmark on XQuAD Arabic: R@1/5/10, MRR@10, index time, query latency.

    python bench/retrieval.py [--xquad ../shared/bench/xquad-ar] [--limit N] [--fusion rrf|minmax]

Indexes the 240 Arabic paragraphs into a fresh temporary data directory through the same
service the product uses, then runs the 1,190 Arabic and 1,190 English questions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar"


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def doc_ranking(hits) -> list[str]:
    """Article ids in the order of their best passage."""
    return list(dict.fromkeys(h.doc_id for h in hits))


def score(rankings: list[list[str]], golds: list[set[str]]) -> dict[str, float]:
    n = len(rankings)
    out = {}
    for k in (1, 5, 10):
        out[f"R@{k}"] = sum(bool(set(r[:k]) & g) for r, g in zip(rankings, golds, strict=True)) / n
    mrr = 0.0
    for r, g in zip(rankings, golds, strict=True):
        for i, d in enumerate(r[:10]):
            if d in g:
                mrr += 1 / (i + 1)
                break
    out["MRR@10"] = mrr / n
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    parser.add_argument(
        "--limit", type=int, default=0, help="only the first N questions per language"
    )
    parser.add_argument("--fusion", default=None, help="override the fusion method")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="reuse an index (default: fresh temp dir)"
    )
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.service import QimmaService

    if args.fusion:
        import store.fusion as fusion

        fusion.DEFAULT_METHOD = args.fusion

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="qimma-bench-"))
    service = QimmaService(Settings(data_dir=data_dir))
    t0 = time.perf_counter()
    report = service.ingest([args.xquad / "corpus.jsonl"])
    index_s = time.perf_counter() - t0
    print(
        f"indexed {len(report.added) + len(report.updated)} new, {len(report.unchanged)} unchanged "
        f"({service.store.count_passages()} passages) in {index_s:.1f} s; failed {len(report.failed)}"
    )

    service.search("تحمية", 10)  # load the keyword index and warm the model
    results = {}
    for lang, name in (("ar", "qa.jsonl"), ("en", "qa_en.jsonl")):
        items = load_jsonl(args.xquad / name)
        if args.limit:
            items = items[: args.limit]
        rankings, golds, latencies = [], [], []
        for item in items:
            t = time.perf_counter()
            hits = service.search(item["question"], 30)
            latencies.append((time.perf_counter() - t) * 1000)
            rankings.append(doc_ranking(hits))
            golds.append(set(item["gold_context_ids"]))
        metrics = score(rankings, golds)
        lat = sorted(latencies)
        metrics["p50_ms"] = statistics.median(lat)
        metrics["p95_ms"] = lat[int(0.95 * (len(lat) - 1))]
        results[lang] = metrics
        print(
            f"{lang}: n={len(items)} "
            + " ".join(
                f"{k}={v:.3f}" if not k.endswith("_ms") else f"{k}={v:.1f}"
                for k, v in metrics.items()
            )
        )
    print(json.dumps({"index_s": round(index_s, 1), **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
