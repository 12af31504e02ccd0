"""What putting the events' articles first costs a search: plain hybrid search against the
same search with event cards, query by query on one index.

    OMP_WAIT_POLICY=PASSIVE python bench/event_search_cost.py --data-dir D [--questions N]

Questions: the gold questions of ../shared/events/gold.jsonl (every one names an event), or
the sample test set's with --samples. The two settings take turns per round (two rounds),
after a warm-up; prints p50/p95 of each and the cost of matching alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "events" / "gold.jsonl"


def questions(samples: bool, limit: int) -> list[str]:
    if samples:
        path = REPO / "testsets" / "samples.jsonl"
        out = [
            json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
        ]
    else:
        out = [
            q["question"]
            for line in GOLD.read_text(encoding="utf-8").splitlines()
            for q in json.loads(line)["questions"]
        ]
    return out[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--questions", type=int, default=80)
    parser.add_argument("--samples", action="store_true", help="the sample test set's questions")
    args = parser.parse_args()
    if not args.samples and not GOLD.exists():
        print(f"skipped: {GOLD} is missing")
        return 0
    sys.path.insert(0, str(REPO))
    from assistant.config import Settings
    from assistant.service import QimmaService

    service = QimmaService(Settings(data_dir=args.data_dir))
    asked = questions(args.samples, args.questions)
    for q in asked[:5]:
        service.search(q, 10)
    cards = service.events(today=service.today())
    print(f"{len(asked)} questions, {len(cards)} cards")
    for round_ in (1, 2):
        for events_first in (False, True):
            service.settings.event_answers = events_first
            times = []
            for q in asked:
                t0 = time.perf_counter()
                service.search(q, 10)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            name = "events first" if events_first else "plain"
            print(
                f"round {round_} {name:<12} p50 {statistics.median(times):.1f} ms,"
                f" p95 {times[int(0.95 * (len(times) - 1))]:.1f} ms"
            )
    t0 = time.perf_counter()
    for q in asked:
        parsed = service.card_answerer.parse(q, "en" if q.isascii() else "ar")
        if parsed is not None:
            service.card_answerer.events_asked(parsed, q, cards, [])
    print(f"matching alone: {(time.perf_counter() - t0) * 1000 / len(asked):.2f} ms per question")
    return 0


if __name__ == "__main__":
    sys.exit(main())
