"""Date layer of event cards against the gold of ../shared/events, per half (dev / test).

    python bench/event_dates.py [--events ../shared/events] [--show] [--dateparser]

For each gold event with a `date_text`, runs `find_dates` on the article text with the
article's `date` as the publication date, takes the mentions overlapping the first occurrence
of `date_text` (read together with `date_span`), and compares them with the gold
start_date/end_date. An end counts as matched when it equals the gold end, or when the gold
states none and the mention is a single day/period. "both with duration_after": a single day
extended by a length stated later in its sentence, as the extractor may do.
dev = articles whose sha1(id)[0] is even (tuned on); test = the rest (never tuned on).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.events.dates import (  # noqa: E402
    date_span,
    duration_after,
    find_dates,
    publication_date,
)

DEFAULT_EVENTS = REPO.parent / "shared" / "events"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
PROBE = [
    "يومي 10 و 11 أبريل 2025", "يومي (10- 11 ) من الشهر المقبل", "7 و8 يونيو المقبل",
    "يومه الثلاثاء 27 فبراير", "2024 فبراير 28", "28/02/2024", "الأحد المقبل", "اليوم", "أمس",
    "غدا", "الشهر المقبل", "الثامن من كانون الأول", "تشرين الثاني المقبل", "15 نونبر 2024",
    "3 شتنبر", "19 - 21 شوال الحالي", "من 5 إلى 7 مايو", "27 أكتوبر 2015", "March 3rd 2005",
    "on Tuesday", "١٥ مارس ٢٠٢٤", "12 ديسمبر 2015م", "الخميس",
]  # fmt: skip


def half(doc_id: str) -> str:
    return "dev" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_gold(events_dir: Path, show: bool) -> None:
    articles = load_jsonl(events_dir / "articles.jsonl")
    golds = load_jsonl(events_dir / "gold.jsonl")
    keys = ("events", "found", "start", "end", "both", "both+duration")
    stats = {h: dict.fromkeys(keys, 0) for h in ("dev", "test")}
    for article, gold in zip(articles, golds, strict=True):
        text, published = article["text"], article["date"] or None
        mentions = find_dates(text, published)
        for event in gold["events"]:
            if not event.get("date_text"):
                continue
            s = stats[half(article["id"])]
            s["events"] += 1
            at = text.find(event["date_text"])
            lo, hi = at, at + len(event["date_text"])
            near = [m for m in mentions if m.start < hi and m.end > lo]
            start, end = date_span(near)
            s["found"] += bool(near)
            ok_start = start == event["start_date"]
            ok_end = end == event["end_date"] or (event["end_date"] is None and end == start)
            s["start"] += ok_start
            s["end"] += ok_end
            s["both"] += ok_start and ok_end
            lasting = duration_after(text, max(m.end for m in near)) if near else None
            if start and start == end and len(start) == 10 and lasting:
                end = (date.fromisoformat(start) + timedelta(days=lasting[0] - 1)).isoformat()
            ok_end = end == event["end_date"] or (event["end_date"] is None and end == start)
            s["both+duration"] += ok_start and ok_end
            if show and half(article["id"]) == "dev" and not (ok_start and ok_end):
                print(
                    f"  {half(article['id'])} {article['id']} pub={published} "
                    f"{event['date_text']!r}: gold {event['start_date']}..{event['end_date']}"
                    f" got {start}..{end} {[m.text for m in near]}"
                )
    started = time.perf_counter()
    for article in articles:
        find_dates(article["text"], article["date"] or None)
    per_article = (time.perf_counter() - started) / len(articles) * 1000
    print(f"find_dates: {per_article:.2f} ms per article ({len(articles)} articles)")
    for name, s in stats.items():
        n = s["events"] or 1
        print(
            f"{name:5} events with date_text {s['events']:3}  mention found {s['found'] / n:.2f}"
            f"  start exact {s['start'] / n:.2f}  end exact {s['end'] / n:.2f}"
            f"  both {s['both'] / n:.2f}  both with duration_after {s['both+duration'] / n:.2f}"
        )


def show_samples(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published = publication_date(text)
        print(f"{path.stem}: dateline {published}")
        for m in find_dates(text, published):
            print(f"    {m.text!r} -> {m.start_date}..{m.end_date} ({m.resolution})")


def probe_dateparser() -> None:
    import datetime

    import dateparser

    base = datetime.datetime(2015, 7, 22)
    ours = sum(
        bool(find_dates(e, "2015-07-22")) and find_dates(e, "2015-07-22")[0].start_date is not None
        for e in PROBE
    )
    theirs = 0
    for expression in PROBE:
        parsed = dateparser.parse(
            expression,
            languages=["ar", "en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"},
        )
        theirs += parsed is not None
        print(f"  {expression!r:40} dateparser: {parsed.date() if parsed else None}")
    print(
        f"dateparser parses {theirs}/{len(PROBE)}; find_dates resolves {ours}/{len(PROBE)}"
        " (dateparser gives one date: ranges lose their end)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, default=DEFAULT_EVENTS)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print each dev miss and the samples")
    parser.add_argument("--dateparser", action="store_true", help="compare with dateparser")
    args = parser.parse_args()
    if not (args.events / "gold.jsonl").exists():
        sys.exit(f"skipped: {args.events / 'gold.jsonl'} not found")
    score_gold(args.events, args.show)
    if args.show and args.corpus.exists():
        show_samples(args.corpus)
    if args.dateparser:
        probe_dateparser()


if __name__ == "__main__":
    main()
