"""Gold event questions answered offline among distractor news: the right fact, from the right article.

The 170 questions of `../shared/events/gold.jsonl` (two or three per event article, each with
verbatim answers and the field it asks about) are asked through the service, offline, with
the 81 event articles indexed among N SaudiNewsNet articles of the same newspapers. A question
counts when the answer contains an expected answer AND cites the article it was asked about.
Figures are printed per field and per half of the articles (dev: first byte of sha1(id) even;
test: odd), so figures on articles nobody tuned on are visible.

    python bench/events_answers.py --snn 200 --data-dir /tmp/ev200            # cards on
    python bench/events_answers.py --snn 200 --data-dir /tmp/ev200 --no-cards # retrieval only

`--set DIR` measures a labelled set of your own instead (a folder holding `articles.jsonl` and
`gold.jsonl` in the shared set's format): figures for the whole set, and its failures printable,
since nobody is holding it out.

An index is reused from `--data-dir` (only missing articles are ingested); `--reextract`
re-reads every indexed article's cards with the current extractor (distractors included, so
their false events compete) without re-indexing passages.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
EVENTS = SHARED / "events"
SNN = SHARED / "bench" / "saudinewsnet" / "corpus.jsonl.gz"
BATCH = 200  # articles per JSONL file handed to ingest


def half(doc_id: str) -> str:
    return "dev" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def snn_articles(n: int, skip: set[str]) -> Iterator[dict]:
    """The first `n` SaudiNewsNet articles that are not event articles (streamed)."""
    if n <= 0:
        return
    taken = 0
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in skip or not record.get("text", "").strip():
                continue
            yield {k: record.get(k, "") for k in ("id", "title", "date", "url", "text")}
            taken += 1
            if taken >= n:
                return


def ingest_missing(service, articles: list[dict], folder: Path) -> float:
    """Ingest the articles the index lacks, in JSONL batches; returns the seconds spent."""
    have = {doc.doc_id for doc in service.documents()}
    missing = [a for a in articles if a["id"] not in have]
    if not missing:
        return 0.0
    t0 = time.perf_counter()
    for i in range(0, len(missing), BATCH):
        path = folder / f"batch-{i // BATCH:04d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for article in missing[i : i + BATCH]:
                fh.write(json.dumps(article, ensure_ascii=False) + "\n")
        report = service.ingest([path])
        print(
            f"  ingested {min(i + BATCH, len(missing))}/{len(missing)} "
            f"({time.perf_counter() - t0:.0f} s, {len(report.failed)} failed)",
            file=sys.stderr,
            flush=True,
        )
    return time.perf_counter() - t0


def reextract(service, doc_ids: list[str]) -> int:
    """Re-read the event articles' cards with the current extractor; returns the card count."""
    from assistant.indexing import extract_article_events

    total = 0
    for doc_id in doc_ids:
        record = service.store.get_article(doc_id)
        if record is None:
            continue
        cards = extract_article_events(record, record.title)  # JSONL articles carry their title
        service.store.events.put(doc_id, cards, record.date)
        total += len(cards)
    return total


def main() -> int:  # noqa: C901 - one flat sequence of benchmark steps
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snn", type=int, default=1000, help="SaudiNewsNet distractor articles")
    parser.add_argument("--data-dir", type=Path, help="index folder to build or reuse")
    parser.add_argument("--no-cards", action="store_true", help="retrieval only (today's answers)")
    parser.add_argument(
        "--reextract", action="store_true", help="re-read every indexed article's cards first"
    )
    parser.add_argument(
        "--set",
        type=Path,
        default=EVENTS,
        help="labelled set: a folder with articles.jsonl and gold.jsonl (default ../shared/events)",
    )
    parser.add_argument("--show-failures", type=int, default=0, help="print this many failures")
    parser.add_argument(
        "--failures-of",
        choices=("dev", "test", "all"),
        default="dev",
        help="which half's failures to print (default dev: read the held-out half's misses "
        "and it is no longer held out; with --set, every failure of that set)",
    )
    args = parser.parse_args()

    own_set = args.set.resolve() != EVENTS.resolve()
    part = (lambda doc_id: "set") if own_set else half
    for path in (args.set / "articles.jsonl", args.set / "gold.jsonl"):
        if not path.is_file():
            print(f"skipped: {path} is missing", file=sys.stderr)
            return 0
    if args.snn and not SNN.is_file():
        print(f"skipped: {SNN} is missing", file=sys.stderr)
        return 0

    from assistant.config import Settings
    from assistant.service import QimmaService
    from qimma.evaluation.metrics import containment

    events = read_jsonl(args.set / "articles.jsonl")
    gold = read_jsonl(args.set / "gold.jsonl")
    event_ids = [a["id"] for a in events]
    skip = set(event_ids)
    if own_set and (EVENTS / "articles.jsonl").is_file():
        # the shared event articles are no distractors of a set of one's own
        skip |= {a["id"] for a in read_jsonl(EVENTS / "articles.jsonl")}
    articles = events + list(snn_articles(args.snn, skip))

    tmp = tempfile.TemporaryDirectory(prefix="qimma-events-")
    data_dir = args.data_dir or Path(tmp.name) / "index"
    settings = Settings(data_dir=data_dir, answerer="offline", event_answers=not args.no_cards)
    service = QimmaService(settings)
    with tempfile.TemporaryDirectory(prefix="qimma-events-jsonl-") as folder:
        seconds = ingest_missing(service, articles, Path(folder))
    if args.reextract:
        every = [doc.doc_id for doc in service.documents()]
        print(f"re-extracted {reextract(service, every)} cards", file=sys.stderr)
    n_cards = len(service.events())

    hits: dict[tuple[str, str], list[int]] = defaultdict(list)
    from_cards = 0
    failures = []
    latencies = []
    for record in gold:
        doc_id = record["doc_id"]
        for item in record["questions"]:
            t0 = time.perf_counter()
            answer = service.ask(item["question"], mode="offline")
            latencies.append((time.perf_counter() - t0) * 1000)
            from_cards += bool(answer.event_ids) and "cards_ms" in answer.timings
            held = max(
                containment(answer.answer, item["answers"]),
                containment(answer.short_answer or "", item["answers"]),
            )
            cited = doc_id in {c.doc_id for c in answer.citations}
            ok = int(held == 1.0 and cited)
            for key in ((item["field"], part(doc_id)), ("all", part(doc_id))):
                hits[key].append(ok)
            if not ok and (own_set or args.failures_of in ("all", half(doc_id))):
                failures.append((doc_id, item, answer.answer[:200], cited, held))

    print(
        f"events answers: {len(event_ids)} articles of {args.set.name} among {args.snn} SaudiNewsNet "
        f"articles, {n_cards} cards, cards {'off' if args.no_cards else 'on'}"
        + (f", ingest {seconds:.0f} s" if seconds else "")
    )
    parts: tuple[str, ...] = ("set",) if own_set else ("dev", "test", "all")
    print(f"{'field':<10} " + " ".join(f"{p:>13}" for p in parts))
    fields = sorted({f for f, _ in hits} - {"all"}) + ["all"]
    for name in fields:
        cells = []
        for p in parts:
            values = hits[(name, "dev")] + hits[(name, "test")] if p == "all" else hits[(name, p)]
            cells.append(f"{sum(values) / len(values):.3f} ({len(values):>3})" if values else "-")
        print(f"{name:<10} " + " ".join(f"{c:>13}" for c in cells))
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    print(f"answered from cards: {from_cards}/{len(latencies)}; p50 {p50:.0f} ms per question")
    for doc_id, item, text, cited, held in failures[: args.show_failures]:
        print(
            f"- {doc_id} [{item['field']}] {item['question']} | want {item['answers'][0]} | held={held:.2f} cited={cited}"
        )
        print(f"    {text}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
