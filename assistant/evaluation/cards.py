"""Extraction precision and recall per card field, against a gold card file.

The gold file is in `../shared/events/gold.jsonl` form: one line per article,
`{"doc_id", "is_event", "events": [{name, kind, edition, city, country, venue, start_date,
end_date, date_text, organizers, patrons, slogan}, ...]}`. What is scored is each article's
own share of the cards (its mentions, before merging), so one article's error is not hidden
by another's. Matching rules, kept simple on purpose:

- events: a predicted event matches the gold event of the same article whose name shares the
  most words with it, if they share at least half of the shorter name's words (normalized
  Arabic/English words); each gold event matches at most one prediction.
- text values (name, city, venue, date_text, slogan, organizers, patrons) match when their
  normalized forms are equal or one contains the other (spans cut at different words still
  name the same thing); kind, country, edition and dates must be equal (dates as ISO strings,
  so a month-precision `2025-04` does not match `2025-04-10`).
- list fields score each item; every value of an unmatched prediction is a false positive and
  every value of an unmatched gold event a miss.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.arabic import normalize

FIELDS = (
    "name",
    "kind",
    "edition",
    "city",
    "country",
    "venue",
    "start_date",
    "end_date",
    "date_text",
    "organizers",
    "patrons",
    "slogan",
)
EXACT_FIELDS = ("kind", "edition", "country", "start_date", "end_date")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold lines of a gold card file (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _words(text: str) -> set[str]:
    return set(normalize(text).split())


def names_match(a: str, b: str) -> bool:
    """True when two event names share at least half of the shorter one's words."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def values_match(field: str, predicted: Any, gold: Any) -> bool:
    if field in EXACT_FIELDS:
        return str(predicted).strip().upper() == str(gold).strip().upper()
    p, g = normalize(str(predicted)), normalize(str(gold))
    return bool(p and g) and (p == g or p in g or g in p)


def _values(event: dict[str, Any], field: str) -> list[Any]:
    value = event.get(field)
    if value in (None, "", []):
        return []
    return list(value) if isinstance(value, list) else [value]


def _pair_events(predicted: list[dict], gold: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """(prediction, gold) pairs: matched ones, then unmatched predictions and gold events."""
    pairs: list[tuple[dict | None, dict | None]] = []
    free = list(range(len(gold)))
    for p in predicted:
        best = max(
            (i for i in free if names_match(p.get("name", ""), gold[i].get("name", ""))),
            key=lambda i: len(_words(p.get("name", "")) & _words(gold[i].get("name", ""))),
            default=None,
        )
        if best is None:
            pairs.append((p, None))
        else:
            free.remove(best)
            pairs.append((p, gold[best]))
    pairs += [(None, gold[i]) for i in free]
    return pairs


def score_cards(
    gold_lines: list[dict[str, Any]], predicted_of: Callable[[str], list[dict[str, Any]] | None]
) -> dict[str, Any]:
    """Per-field and per-event precision/recall; `predicted_of(doc_id)` gives an article's
    predicted events as card dicts, or None when the article is not indexed (skipped)."""
    counts = {f: {"tp_p": 0, "pred": 0, "tp_g": 0, "gold": 0} for f in ("events", *FIELDS)}
    skipped = []
    for line in gold_lines:
        predicted = predicted_of(line["doc_id"])
        if predicted is None:
            skipped.append(line["doc_id"])
            continue
        for p, g in _pair_events(predicted, line.get("events") or []):
            ev = counts["events"]
            ev["pred"] += p is not None
            ev["gold"] += g is not None
            ev["tp_p"] += p is not None and g is not None
            ev["tp_g"] += p is not None and g is not None
            for field in FIELDS:
                pv = _values(p, field) if p else []
                gv = _values(g, field) if g else []
                c = counts[field]
                c["pred"] += len(pv)
                c["gold"] += len(gv)
                c["tp_p"] += sum(any(values_match(field, x, y) for y in gv) for x in pv)
                c["tp_g"] += sum(any(values_match(field, x, y) for x in pv) for y in gv)
    fields = {
        name: {
            "precision": round(c["tp_p"] / c["pred"], 3) if c["pred"] else None,
            "recall": round(c["tp_g"] / c["gold"], 3) if c["gold"] else None,
            "predicted": c["pred"],
            "gold": c["gold"],
        }
        for name, c in counts.items()
    }
    return {"articles": len(gold_lines) - len(skipped), "not_indexed": skipped, "fields": fields}


def report_lines(summary: dict[str, Any]) -> list[str]:
    """The scores as a table, one row per field."""
    lines = [f"{'field':<12} {'precision':>9} {'recall':>7} {'predicted':>9} {'gold':>5}"]
    for name, s in summary["fields"].items():
        p = "-" if s["precision"] is None else f"{s['precision']:.3f}"
        r = "-" if s["recall"] is None else f"{s['recall']:.3f}"
        lines.append(f"{name:<12} {p:>9} {r:>7} {s['predicted']:>9} {s['gold']:>5}")
    lines.append(f"{summary['articles']} articles scored")
    if summary["not_indexed"]:
        lines.append(f"{len(summary['not_indexed'])} gold articles are not indexed (skipped)")
    return lines
