"""Ingest time with and without event extraction: the 5 samples and 100 news articles.

    python bench/events_ingest.py [--events ../shared/events] [--snn ../shared/bench/saudinewsnet]
                                  [--repeat 1]

The 100 articles are the 81 of `../shared/events/articles.jsonl` and the first 19 of the
SaudiNewsNet corpus. Each set is ingested into a fresh temporary index twice per repeat, once
with the extractor replaced by one that finds nothing and once with the real one, through
the same service the product uses (the embedding model is loaded and warmed first). Also
printed: the time spent inside `extract_events` itself, which on a busy machine is a steadier
measure of the extraction's share than the difference of two ingest runs. Issue 9 allows a
throughput drop of at most 10%.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"


def write_hundred(events_dir: Path, snn_dir: Path, folder: Path) -> Path:
    """A jsonl of the 81 event articles and the first 19 SaudiNewsNet articles."""
    lines = (events_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip()]
    with gzip.open(snn_dir / "corpus.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(lines) >= 100:
                break
            record = json.loads(line)
            lines.append(
                json.dumps(
                    {k: record.get(k, "") for k in ("id", "title", "date", "url", "text")},
                    ensure_ascii=False,
                )
            )
    path = folder / "hundred.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed_ingest(paths: list[Path], extract: bool) -> tuple[float, float, int, int]:
    """(ingest seconds, seconds inside extract_events, articles, cards) into a fresh index."""
    import ingest.events.extract as extraction
    from assistant.config import Settings
    from assistant.service import QimmaService

    real = extraction.extract_events
    spent = [0.0]

    def measured(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="qimma-bench-events-") as tmp:
        service = QimmaService(Settings(data_dir=Path(tmp), answerer="offline"))
        service.embed_model.get_text_embedding_batch(["تسخين النموذج", "warm up"])
        extraction.extract_events = measured if extract else (lambda *a, **k: [])
        try:
            t0 = time.perf_counter()
            report = service.ingest(paths)
            seconds = time.perf_counter() - t0
        finally:
            extraction.extract_events = real
        assert not report.failed, report.failed[:3]
        mentions = service.store.events.count()
    return seconds, spent[0], report.succeeded, mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, default=SHARED / "events")
    parser.add_argument("--snn", type=Path, default=SHARED / "bench" / "saudinewsnet")
    parser.add_argument("--repeat", type=int, default=1, help="runs per set and mode")
    args = parser.parse_args()
    for needed in (args.events / "articles.jsonl", args.snn / "corpus.jsonl.gz"):
        if not needed.exists():
            print(f"skipped: {needed} is missing")
            return 0
    with tempfile.TemporaryDirectory() as tmp:
        sets = {
            "5 samples": [REPO / "data" / "articles"],
            "100 articles": [write_hundred(args.events, args.snn, Path(tmp))],
        }
        print(
            f"{'set':<14} {'without s':>9} {'with s':>8} {'extract s':>9} {'drop':>6} "
            f"{'extract share':>13} {'mentions':>8}"
        )
        for name, paths in sets.items():
            without, with_, inside = [], [], []
            for _ in range(args.repeat):
                seconds, _, n, _ = timed_ingest(paths, extract=False)
                without.append(seconds)
                seconds, spent, n, mentions = timed_ingest(paths, extract=True)
                with_.append(seconds)
                inside.append(spent)
            a, b, e = (statistics.median(x) for x in (without, with_, inside))
            drop = 1 - a / b
            print(
                f"{name:<14} {a:>9.1f} {b:>8.1f} {e:>9.2f} {drop:>6.1%} {e / b:>13.1%} "
                f"{mentions:>8}   ({n} articles; {n / a:.2f} vs {n / b:.2f} articles/s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
