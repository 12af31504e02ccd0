"""Event extraction against gold cards: per-field precision/recall, events found, false cards.

Sets: the five sample articles (gold in tests/data/events_gold_samples.jsonl); the shared event
articles (../shared/events) split by `sha1(id)[0] % 2` into a dev half (even, the only part
tuned on, with the samples) and a held-out test half; false cards per 100 on the XQuAD-ar
paragraphs and on N SaudiNewsNet articles that are not in the shared event set.

Matching (the rules of `qimma eval cards`, in qimma/evaluation/cards.py): values are compared after the project's Arabic normalizer.
*strict*: equal after normalization. *lenient*: the two token sets share at least 80% of the
larger one (so a value that contains the other and adds at most one word in five still
counts), ordinal words, numbers and years left out of both (the edition and date fields
carry them; the gold writes "مهرجان العسل الدولي" in one article and "… الثامن" in another). kind, country, edition and dates compare exactly. A gold event is matched to at most
one predicted card of the same article, the one whose name shares the most words with it
(at least half of the shorter name, article and clitics stripped). Field counts: every
predicted value counts toward precision (values of unmatched cards are wrong), every gold
value toward recall; list fields (organizers, patrons) count item by item.

False cards on SaudiNewsNet: the archive holds real event reports too (the summer festivals of
August 2015), and the issue's bar is false cards per 100 articles that report no event. A
separate annotator (an assistant given only the articles, the card names and the criteria)
judged every card of three slices: lines 0–999 (the distractors of every benchmark, tuned on),
20,000–20,999 (tuned on) and 22,000–22,999 (measured only) as *report* (the article reports that event), *passing* (it mentions it in passing) or
*not-event* (the name names no event: "ورشة عمل", a topic). Verdicts are kept in
`bench/data/snn_card_verdicts.jsonl` by article id and a hash of the card's name (no archive
text); a card nobody judged counts as false, so a changed name must be judged again.

    python bench/events_extract.py [--snn 1000] [--snn-from 0] [--show 20]
    python bench/events_extract.py --set DIR [--misses all]   # a labelled set of your own

`--set DIR` scores a folder holding `articles.jsonl` and `gold.jsonl` in the shared set's format
(the whole set, no halves: nobody holds it out, so its misses may be printed).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ingest.clean import clean_article  # noqa: E402
from ingest.events.dates import publication_date  # noqa: E402
from ingest.events.extract import extract_events  # noqa: E402
from language.analyzer import normalize  # noqa: E402
from qimma.evaluation.cards import match_events, same  # noqa: E402  (the rules `qimma eval cards` uses)

SHARED = REPO.parent / "shared"
SAMPLES_GOLD = REPO / "tests" / "data" / "events_gold_samples.jsonl"
SAMPLES_DIR = REPO / "data" / "articles"
# a reader's verdict on SaudiNewsNet cards: did the article report the event, mention it in
# passing, or is the "event" none at all? Keyed by article id and a hash of the card's name
# (no archive text in the repo); a card nobody judged counts as false.
SNN_VERDICTS = REPO / "bench" / "data" / "snn_card_verdicts.jsonl"
LIST_FIELDS = ("organizers", "patrons")
FIELDS: tuple[str, ...] = ("name", "kind", "edition", "city", "country", "venue")
FIELDS += ("start_date", "end_date", "organizers", "patrons", "slogan")
# the fields the targets name (names, place, dates, organisers, patrons, slogan, edition)
TARGET_FIELDS = tuple(f for f in FIELDS if f != "kind")


def _list_hits(pred: list[str], gold: list[str], lenient: bool) -> int:
    hits, used = 0, set()
    for p in pred:
        for k, g in enumerate(gold):
            if k not in used and same(p, g, lenient):
                used.add(k)
                hits += 1
                break
    return hits


def score(items: Iterable[tuple[list[dict], list[dict]]]) -> dict[str, Any]:
    """Per-field P/R (strict and lenient), overall, and events found over (gold, pred) pairs."""
    counts = {f: {"pred": 0, "gold": 0, "strict": 0, "lenient": 0} for f in FIELDS}
    gold_events = pred_events = matched = 0
    for golds, preds in items:
        gold_events += len(golds)
        pred_events += len(preds)
        pairs = match_events(golds, preds)
        matched += len(pairs)
        for f in FIELDS:
            for g in golds:
                counts[f]["gold"] += (
                    len(g.get(f) or []) if f in LIST_FIELDS else g.get(f) is not None
                )
            for p in preds:
                counts[f]["pred"] += (
                    len(p.get(f) or []) if f in LIST_FIELDS else p.get(f) is not None
                )
            for gi, pi in pairs:
                g, p = golds[gi], preds[pi]
                for mode in ("strict", "lenient"):
                    lenient = mode == "lenient"
                    if f in LIST_FIELDS:
                        counts[f][mode] += _list_hits(p.get(f) or [], g.get(f) or [], lenient)
                    else:
                        counts[f][mode] += same(p.get(f), g.get(f), lenient)
    fields = {}
    for f, c in counts.items():
        fields[f] = {
            mode: {
                "p": c[mode] / c["pred"] if c["pred"] else None,
                "r": c[mode] / c["gold"] if c["gold"] else None,
            }
            for mode in ("strict", "lenient")
        } | {"pred": c["pred"], "gold": c["gold"]}
    overall = {}
    for mode in ("strict", "lenient"):
        tp = sum(counts[f][mode] for f in TARGET_FIELDS)
        npred = sum(counts[f]["pred"] for f in TARGET_FIELDS)
        ngold = sum(counts[f]["gold"] for f in TARGET_FIELDS)
        overall[mode] = {"p": tp / npred if npred else None, "r": tp / ngold if ngold else None}
    return {
        "fields": fields,
        "overall": overall,
        "events_found": matched / gold_events if gold_events else None,
        "events_precision": matched / pred_events if pred_events else None,
        "gold_events": gold_events,
        "pred_events": pred_events,
    }


def _cards(doc_id: str, text: str, title: str, published: str | None) -> list[dict]:
    return [c.to_dict() for c in extract_events(doc_id, text, title=title, published=published)]


def samples() -> list[tuple[list[dict], list[dict]]]:
    """(gold events, predicted cards) for the five sample articles."""
    out = []
    for line in SAMPLES_GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        raw = (SAMPLES_DIR / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        # the dateline is page chrome that cleaning drops: read it from the raw text, as ingest
        # keeps it on the article
        published = publication_date(raw)
        out.append((gold["events"], _cards(gold["doc_id"], clean_article(raw), "", published)))
    return out


def is_dev(doc_id: str) -> bool:
    return hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0


def article_language(text: str) -> str:
    """ "ar" when the article is mostly Arabic letters, else "en" (the shared set has only these)."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ar" if arabic >= latin else "en"


def shared_events(
    half: str, lang: str | None = None, base: Path = SHARED / "events"
) -> list[tuple[list[dict], list[dict]]]:
    """(gold, predicted) for the dev or test half of ../shared/events (one language if given).

    `half` "all" takes every article (a labelled set of one's own, under `base`).
    """
    articles = [json.loads(x) for x in (base / "articles.jsonl").open(encoding="utf-8")]
    golds = {g["doc_id"]: g for g in map(json.loads, (base / "gold.jsonl").open(encoding="utf-8"))}
    out = []
    for a in articles:
        if half != "all" and is_dev(a["id"]) != (half == "dev"):
            continue
        if lang is not None and article_language(a["text"]) != lang:
            continue
        published = a["date"][:10] or None
        cards = _cards(a["id"], clean_article(a["text"]), a["title"], published)
        out.append((golds[a["id"]]["events"], cards))
    return out


def show_misses(half: str = "dev", base: Path = SHARED / "events") -> None:  # noqa: C901 - a report printer
    """Print, per article of one half, each field where prediction and gold differ (lenient).

    Only for the dev half of the shared set while tuning: reading the test half's misses would
    tune on it. A set of one's own (`base`) prints every article's misses.
    """
    own = base.resolve() != (SHARED / "events").resolve()
    if half != "dev" and not own:
        raise SystemExit("--misses reads the dev half only (the test half stays unseen)")
    articles = [json.loads(x) for x in (base / "articles.jsonl").open(encoding="utf-8")]
    golds = {g["doc_id"]: g for g in map(json.loads, (base / "gold.jsonl").open(encoding="utf-8"))}
    for a in articles:
        if not own and not is_dev(a["id"]):
            continue
        published = a["date"][:10] or None
        preds = _cards(a["id"], clean_article(a["text"]), a["title"], published)
        gold = golds[a["id"]]["events"]
        pairs = match_events(gold, preds)
        lines = []
        for gi, pi in pairs:
            g, p = gold[gi], preds[pi]
            for f in FIELDS:
                gv, pv = g.get(f), p.get(f)
                if f in LIST_FIELDS:
                    ok = _list_hits(pv or [], gv or [], True) == len(gv or []) == len(pv or [])
                else:
                    ok = same(pv, gv, True) or (pv is None and gv is None)
                if not ok:
                    lines.append(f"   {f:11} gold={gv!r}\n   {'':11} pred={pv!r}")
        for gi, g in enumerate(gold):
            if gi not in {x for x, _ in pairs}:
                lines.append(f"   MISSED gold event {g['name']!r}")
        for pi, p in enumerate(preds):
            if pi not in {y for _, y in pairs}:
                lines.append(f"   EXTRA card {p['name']!r} {p.get('city')} {p.get('start_date')}")
        if lines:
            print(f"\n## {a['id']} {a['title'][:70]} ({published})")
            print("\n".join(lines))


def false_cards_xquad() -> tuple[int, int, list[tuple[str, str]]]:
    """(paragraphs, cards, [(id, name)]) over the XQuAD-ar paragraphs."""
    rows = [json.loads(x) for x in (SHARED / "bench/xquad-ar/corpus.jsonl").open(encoding="utf-8")]
    found = []
    for r in rows:
        for c in _cards(r["id"], r["text"], r["title"], None):
            found.append((r["id"], c["name"]))
    return len(rows), len(found), found


def false_cards_snn(n: int, start: int = 0) -> tuple[int, int, list[tuple[str, str, str]], float]:
    """(articles, cards, [(id, title, name)], ms per article) over N SaudiNewsNet articles,
    from line START of the archive."""
    exclude = {json.loads(x)["id"] for x in (SHARED / "events/articles.jsonl").open()}
    found: list[tuple[str, str, str]] = []
    seen, elapsed = 0, 0.0
    with gzip.open(SHARED / "bench/saudinewsnet/corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if seen >= n:
                break
            if i < start:
                continue
            a = json.loads(line)
            if a["id"] in exclude:
                continue
            seen += 1
            text = clean_article(a["text"])
            t0 = time.perf_counter()
            cards = _cards(a["id"], text, a["title"], a["date"][:10] or None)
            elapsed += time.perf_counter() - t0
            found.extend((a["id"], a["title"], c["name"]) for c in cards)
    return seen, len(found), found, 1000 * elapsed / max(seen, 1)


def card_key(doc_id: str, name: str) -> str:
    """How a verdict names a card: article id + 12 hex digits of its normalized name's sha1."""
    return f"{doc_id}#{hashlib.sha1(normalize(name).encode()).hexdigest()[:12]}"


def load_verdicts(path: Path | None = None) -> dict[str, str]:
    path = path or SNN_VERDICTS
    if not path.is_file():
        return {}
    rows = (json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return {f"{r['id']}#{r['card']}": r["verdict"] for r in rows}


def judge_snn(articles: int, found: list[tuple[str, str, str]]) -> dict[str, Any]:
    """False cards per 100 articles that report no event: a card from an article a reader
    judged to report that event is no false card, and its article leaves the denominator."""
    verdicts = load_verdicts()
    by = {"report": 0, "passing": 0, "not-event": 0, "unjudged": 0}
    reporting = set()
    for doc_id, _title, name in found:
        verdict = verdicts.get(card_key(doc_id, name), "unjudged")
        by[verdict] += 1
        if verdict == "report":
            reporting.add(doc_id)
    false = by["passing"] + by["not-event"] + by["unjudged"]
    others = articles - len(reporting)
    return {"verdicts": by, "reporting_articles": len(reporting), "false": false,
            "false_per_100": 100 * false / max(others, 1)}  # fmt: skip


def run(snn: int = 1000, snn_from: int = 0) -> dict[str, Any]:
    """Every figure the benchmark prints, as a dict (sets missing from ../shared are skipped)."""
    figures: dict[str, Any] = {"samples": score(samples())}
    if (SHARED / "events/gold.jsonl").exists():
        figures["dev"] = score(shared_events("dev"))
        figures["test"] = score(shared_events("test"))
        figures["by_language"] = {
            f"{half}/{lang}": score(shared_events(half, lang))
            for half in ("dev", "test")
            for lang in ("ar", "en")
        }
    if (SHARED / "bench/xquad-ar/corpus.jsonl").exists():
        n, k, xfound = false_cards_xquad()
        figures["xquad"] = {"paragraphs": n, "cards": k, "per_100": 100 * k / n, "found": xfound}
    if snn and (SHARED / "bench/saudinewsnet/corpus.jsonl.gz").exists():
        n, k, sfound, ms = false_cards_snn(snn, snn_from)
        figures["snn"] = {
            "from": snn_from, "articles": n, "cards": k, "per_100": 100 * k / max(n, 1),
            "found": sfound, "ms_per_article": ms, **judge_snn(n, sfound),
        }  # fmt: skip
    return figures


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def print_figures(figures: dict[str, Any], show: int) -> None:
    for name in ("samples", "dev", "test", "set"):
        if name not in figures:
            continue
        s = figures[name]
        print(f"\n== {name}: events found {_fmt(s['events_found'])} "
              f"({s['gold_events']} gold, {s['pred_events']} cards, "
              f"card precision {_fmt(s['events_precision'])})")  # fmt: skip
        print(f"{'field':12} {'P strict':>8} {'R strict':>8} {'P len':>8} {'R len':>8} "
              f"{'#pred':>6} {'#gold':>6}")  # fmt: skip
        for f, v in s["fields"].items():
            st, le = v["strict"], v["lenient"]
            print(f"{f:12} {_fmt(st['p']):>8} {_fmt(st['r']):>8} {_fmt(le['p']):>8} "
                  f"{_fmt(le['r']):>8} {v['pred']:>6} {v['gold']:>6}")  # fmt: skip
        o = s["overall"]
        print(
            f"{'overall':12} {_fmt(o['strict']['p']):>8} {_fmt(o['strict']['r']):>8} "
            f"{_fmt(o['lenient']['p']):>8} {_fmt(o['lenient']['r']):>8}  (all but kind)"
        )
    if "by_language" in figures:
        print("\n== by language (overall is all fields but kind)")
        print(f"{'half/lang':10} {'gold':>5} {'cards':>5} {'found':>6} {'card P':>6} "
              f"{'P strict':>8} {'R strict':>8} {'P len':>8} {'R len':>8}")  # fmt: skip
        for key, s in figures["by_language"].items():
            o = s["overall"]
            print(f"{key:10} {s['gold_events']:>5} {s['pred_events']:>5} "
                  f"{_fmt(s['events_found']):>6} {_fmt(s['events_precision']):>6} "
                  f"{_fmt(o['strict']['p']):>8} {_fmt(o['strict']['r']):>8} "
                  f"{_fmt(o['lenient']['p']):>8} {_fmt(o['lenient']['r']):>8}")  # fmt: skip
    if "xquad" in figures:
        x = figures["xquad"]
        print(f"\nXQuAD-ar: {x['cards']} cards from {x['paragraphs']} paragraphs "
              f"({x['per_100']:.2f} per 100)")  # fmt: skip
        for row in x["found"][:show]:
            print("   ", *row)
    if "snn" in figures:
        x = figures["snn"]
        v = x["verdicts"]
        print(
            f"\nSaudiNewsNet (archive lines from {x['from']}): {x['cards']} cards from "
            f"{x['articles']} articles ({x['per_100']:.2f} per 100); extraction "
            f"{x['ms_per_article']:.1f} ms/article\n"
            f"  judged reports of their event: {v['report']} cards from "
            f"{x['reporting_articles']} articles; false: {x['false']} (passing mention "
            f"{v['passing']}, no event {v['not-event']}, not yet judged {v['unjudged']}) = "
            f"{x['false_per_100']:.2f} per 100 of the other "
            f"{x['articles'] - x['reporting_articles']} articles"
        )
        verdicts = load_verdicts()
        for doc_id, title, name in x["found"][:show]:
            print("   ", verdicts.get(card_key(doc_id, name), "unjudged"), doc_id, title, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--snn", type=int, default=1000, help="SaudiNewsNet articles (0: skip)")
    ap.add_argument(
        "--snn-from", type=int, default=0, metavar="LINE",
        help="first archive line of the SaudiNewsNet slice (default 0)",
    )  # fmt: skip
    ap.add_argument("--show", type=int, default=20, help="false-card examples to list")
    ap.add_argument(
        "--misses",
        metavar="HALF",
        help="print field misses: of the dev half (the held-out half is refused); with --set, "
        "of the whole set",
    )
    ap.add_argument(
        "--set", type=Path, help="score a labelled set of your own (articles.jsonl, gold.jsonl)"
    )
    args = ap.parse_args()
    if args.set is not None:
        for name in ("articles.jsonl", "gold.jsonl"):
            if not (args.set / name).is_file():
                raise SystemExit(f"{args.set / name} is missing")
        if args.misses:
            show_misses(args.misses, args.set)
            return
        print_figures({"set": score(shared_events("all", base=args.set))}, args.show)
        return
    if args.misses:
        show_misses(args.misses)
        return
    print_figures(run(args.snn, args.snn_from), args.show)


if __name__ == "__main__":
    main()
