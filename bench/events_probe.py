"""Every card asked for its own fields by name: does the answer find the event among its namesakes?

The gold questions (bench/events_answers.py) are 170; this asks many more, on articles nobody
wrote questions for. SaudiNewsNet articles from `--skip` on are read with the extractor; the
first `--events` whose articles yield cards are indexed with `--others` articles that yield
none. Then every card is asked, offline, for each field it has, by its name as written and by
its first three words ("في أي مدينة يقام …؟", "أين يقام …؟", "متى يقام …؟", "من ينظم …؟",
"من يرعى …؟", "ما شعار …؟", "ما رقم دورة …؟").

A question counts when the answer holds the card's value (an edition also as "النسخة …") and
cites one of the card's articles, or an article with a card of the same three-word name (a
namesake the question cannot tell apart). The expected values are the extractor's, so this
measures question matching and answer composition, not extraction.

    python bench/events_probe.py --data-dir /tmp/probe            # build once (~15 min)
    python bench/events_probe.py --data-dir /tmp/probe --show 20  # reuse, print failures
    python bench/events_probe.py --data-dir /tmp/probe --reextract # cards by the current code

SaudiNewsNet is CC BY-NC-SA: it is read from ../shared, never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.events_answers import SNN, ingest_missing, reextract  # noqa: E402 - after the path

EVENTS = SNN.parents[2] / "events" / "articles.jsonl"


def pick_articles(skip: int, events: int, others: int) -> list[dict]:
    """SaudiNewsNet articles after the first `skip`: `events` with cards, `others` without
    (titles seen once; the shared event articles left out)."""
    from ingest.clean import clean_article
    from ingest.events.extract import extract_events

    exclude = set()
    if EVENTS.is_file():
        exclude = {json.loads(line)["id"] for line in EVENTS.open(encoding="utf-8")}
    with_cards: list[dict] = []
    without: list[dict] = []
    titles: set[str] = set()
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip:
                continue
            if len(with_cards) >= events and len(without) >= others:
                break
            a = json.loads(line)
            if a["id"] in exclude or a["title"] in titles or not a.get("text", "").strip():
                continue
            titles.add(a["title"])
            record = {k: a.get(k, "") for k in ("id", "title", "date", "url", "text")}
            cards = extract_events(
                a["id"], clean_article(a["text"]), a["title"], (a["date"] or "")[:10] or None
            )
            if cards and len(with_cards) < events:
                with_cards.append(record)
            elif not cards and len(without) < others:
                without.append(record)
    return with_cards + without


def short_name(name: str, words: int) -> str:
    return " ".join(re.sub(r"[«»\"“”()]", "", name).split()[:words])


def questions(card) -> list[tuple[str, str, list[str]]]:
    """(field, question, accepted values) for each field the card has, by its full and its
    three-word name."""
    out = []
    for words in (99, 3):
        if words == 3 and len(card.name.split()) <= 3:
            continue
        name = short_name(card.name, words)
        asked = [
            ("city", card.city, f"في أي مدينة يقام {name}؟", [card.city]),
            ("venue", card.venue, f"أين يقام {name}؟", [card.venue]),
            ("date", card.date_text, f"متى يقام {name}؟", [card.date_text]),
            ("organizer", card.organizers, f"من ينظم {name}؟", card.organizers),
            ("patron", card.patrons, f"من يرعى {name}؟", card.patrons),
            ("slogan", card.slogan, f"ما شعار {name}؟", [card.slogan]),
            ("edition", card.edition, f"ما رقم دورة {name}؟", [str(card.edition)]),
        ]
        out += [(field, q, [str(v) for v in want]) for field, has, q, want in asked if has]
    return out


def main() -> int:  # noqa: C901 - one flat sequence of benchmark steps
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="index folder to build or reuse"
    )
    parser.add_argument("--skip", type=int, default=1000, help="SaudiNewsNet articles passed over")
    parser.add_argument("--events", type=int, default=300, help="articles with cards to index")
    parser.add_argument("--others", type=int, default=700, help="articles without cards to index")
    parser.add_argument("--show", type=int, default=0, help="print this many failures")
    parser.add_argument(
        "--reextract", action="store_true", help="re-read the indexed articles' cards first"
    )
    args = parser.parse_args()
    if not SNN.is_file():
        print(f"skipped: {SNN} is missing", file=sys.stderr)
        return 0

    from assistant.config import Settings
    from assistant.service import QimmaService
    from language.analyzer import normalize

    service = QimmaService(Settings(data_dir=args.data_dir, answerer="offline"))
    if not service.documents():
        with tempfile.TemporaryDirectory(prefix="qimma-probe-") as folder:
            articles = pick_articles(args.skip, args.events, args.others)
            ingest_missing(service, articles, Path(folder))
    elif args.reextract:
        print(f"re-extracted {reextract(service, [d.doc_id for d in service.documents()])} cards")
    cards = [c for c in service.events() if c.sources and c.sources[0].startswith("snn-")]
    by_doc: dict[str, set[str]] = defaultdict(set)
    for card in cards:
        for doc_id in card.sources:
            by_doc[doc_id].add(normalize(short_name(card.name, 3)))

    held_by: Counter[str] = Counter()
    asked_by: Counter[str] = Counter()
    failures = []
    times = []
    for card in cards:
        own = normalize(short_name(card.name, 3))
        for field, question, want in questions(card):
            t0 = time.perf_counter()
            answer = service.ask(question, mode="offline")
            times.append((time.perf_counter() - t0) * 1000)
            text = normalize(answer.answer)
            held = any(normalize(w) in text for w in want) or (
                field == "edition" and "**النسخة" in answer.answer
            )
            docs = {c.doc_id for c in answer.citations}
            cited = bool(docs & set(card.sources)) or any(own in by_doc[d] for d in docs)
            asked_by[field] += 1
            if held and cited:
                held_by[field] += 1
            else:
                failures.append((field, question, want, held, cited, answer.answer))
    total = sum(asked_by.values())
    print(f"events probe: {len(cards)} cards of SaudiNewsNet articles, {total} questions")
    for field in sorted(asked_by):
        print(
            f"{field:<10} {held_by[field]:>4} / {asked_by[field]:<4} {held_by[field] / asked_by[field]:.3f}"
        )
    kept = sum(held_by.values())
    times.sort()
    print(
        f"all        {kept:>4} / {total:<4} {kept / max(total, 1):.3f}; p50 {times[len(times) // 2]:.0f} ms"
    )
    for field, question, want, held, cited, text in failures[: args.show]:
        print(
            f"\n{field}: {question}  want {want}  (value {'held' if held else 'missing'}, "
            f"{'cited' if cited else 'another article cited'})"
        )
        print("   ", text[:300].replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
