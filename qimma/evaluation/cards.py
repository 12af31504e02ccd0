"""Extraction precision and recall per card field, against a gold card file.

The gold file is in `../shared/events/gold.jsonl` form: one line per article,
`{"doc_id", "is_event", "events": [{name, kind, edition, city, country, venue, start_date,
end_date, organizers, patrons, slogan, ...}, ...]}`. What is scored is each article's own
share of the stored cards (its mentions, before merging), so one article's error is not hidden
by another's.

The matching rules are those of the extraction benchmark (`bench/events_extract.py`), so that
`qimma eval cards` over an index and the benchmark over the extractor give the same figures:

- values are compared after `language.analyzer.normalize`. *strict*: equal. *lenient*: the two
  sets of content words (ordinal words, numbers and years left out) share at least 80% of the
  larger one. kind, country, edition and dates compare exactly (they are not strings of words).
- a gold event is matched to at most one predicted event of the same article: pairs are taken
  best name overlap first, and need at least half of the shorter name's words (articles and
  clitics stripped).
- every predicted value counts toward precision (values of unmatched events are wrong), every
  gold value toward recall; organizers and patrons count item by item.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.events.names import ordinal_at
from ingest.events.spans import bases, tokens
from language.analyzer import normalize

FIELDS = (
    "name",
    "kind",
    "edition",
    "city",
    "country",
    "venue",
    "start_date",
    "end_date",
    "organizers",
    "patrons",
    "slogan",
)
LIST_FIELDS = ("organizers", "patrons")
MODES = ("strict", "lenient")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold lines of a gold card file (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _name_words(value: str) -> set[str]:
    return {
        bases(w)[-1] if w.startswith(("ال", "لل", "بال")) else w for w in normalize(value).split()
    }


def _content_words(value: str) -> set[str]:
    """Normalized words without ordinals, numbers and years (for the lenient rule)."""
    toks = tokens(value)
    drop: set[int] = set()
    for k in range(len(toks)):
        found = ordinal_at(toks, k)
        if found:
            drop.update(range(k, k + found[1]))
    return {
        t.norm
        for k, t in enumerate(toks)
        if t.is_word and k not in drop and not t.norm.rstrip("مه").isdigit()
    }


def same(predicted: Any, gold: Any, lenient: bool) -> bool:
    """Whether a predicted value counts as the gold value (see the module docstring)."""
    if predicted is None or gold is None:
        return False
    if not isinstance(gold, str) or not isinstance(predicted, str):
        return bool(predicted == gold)
    if normalize(predicted) == normalize(gold):
        return True
    if not lenient:
        return False
    a, b = _content_words(predicted), _content_words(gold)
    return bool(a and b) and len(a & b) >= 0.8 * max(len(a), len(b))


def match_events(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, best name overlap first, each used once."""
    scored = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            wg, wp = _name_words(g.get("name") or ""), _name_words(p.get("name") or "")
            overlap = len(wg & wp) / min(len(wg), len(wp)) if wg and wp else 0.0
            scored.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for overlap, gi, pi in sorted(scored, reverse=True):
        if overlap >= 0.5 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _count(event: dict, field: str) -> int:
    if field in LIST_FIELDS:
        return len(event.get(field) or [])
    return int(event.get(field) not in (None, ""))


def _hits(field: str, predicted: dict, gold: dict, lenient: bool) -> int:
    if field not in LIST_FIELDS:
        return int(same(predicted.get(field), gold.get(field), lenient))
    hits, used = 0, set()
    for p in predicted.get(field) or []:
        for k, g in enumerate(gold.get(field) or []):
            if k not in used and same(p, g, lenient):
                used.add(k)
                hits += 1
                break
    return hits


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def score_cards(
    gold_lines: list[dict[str, Any]], predicted_of: Callable[[str], list[dict[str, Any]] | None]
) -> dict[str, Any]:
    """Per-field P/R (strict and lenient) and events found; `predicted_of(doc_id)` gives an
    article's predicted events as card dicts, or None when it is not indexed (skipped)."""
    counts = {f: {"pred": 0, "gold": 0, "strict": 0, "lenient": 0} for f in FIELDS}
    gold_events = pred_events = matched = 0
    skipped = []
    for line in gold_lines:
        preds = predicted_of(line["doc_id"])
        if preds is None:
            skipped.append(line["doc_id"])
            continue
        golds = line.get("events") or []
        pairs = match_events(golds, preds)
        gold_events, pred_events, matched = (
            gold_events + len(golds),
            pred_events + len(preds),
            matched + len(pairs),
        )
        for field in FIELDS:
            counts[field]["gold"] += sum(_count(g, field) for g in golds)
            counts[field]["pred"] += sum(_count(p, field) for p in preds)
            for gi, pi in pairs:
                for mode in MODES:
                    counts[field][mode] += _hits(field, preds[pi], golds[gi], mode == "lenient")
    fields = {
        f: {
            **{m: {"p": _ratio(c[m], c["pred"]), "r": _ratio(c[m], c["gold"])} for m in MODES},
            "pred": c["pred"],
            "gold": c["gold"],
        }
        for f, c in counts.items()
    }
    return {
        "articles": len(gold_lines) - len(skipped),
        "not_indexed": skipped,
        "events": {
            "found": _ratio(matched, gold_events),
            "precision": _ratio(matched, pred_events),
            "gold": gold_events,
            "pred": pred_events,
        },
        "fields": fields,
    }


def report_lines(summary: dict[str, Any]) -> list[str]:
    """The scores as a table, one row per field."""

    def cell(value: float | None) -> str:
        return f"{'-' if value is None else f'{value:.3f}':>8}"

    lines = [f"{'field':<12}{'strict P':>9}{'R':>8}{'lenient P':>11}{'R':>8}{'pred':>6}{'gold':>6}"]
    for name, s in summary["fields"].items():
        lines.append(
            f"{name:<12} {cell(s['strict']['p'])}{cell(s['strict']['r'])}"
            f"   {cell(s['lenient']['p'])}{cell(s['lenient']['r'])}{s['pred']:>6}{s['gold']:>6}"
        )
    ev = summary["events"]
    lines.append(
        f"events found {cell(ev['found']).strip()} ({ev['gold']} gold), "
        f"precision {cell(ev['precision']).strip()} ({ev['pred']} predicted)"
    )
    lines.append(f"{summary['articles']} articles scored")
    if summary["not_indexed"]:
        lines.append(f"{len(summary['not_indexed'])} gold articles are not indexed (skipped)")
    return lines
