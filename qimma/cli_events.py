"""`qimma events`: the event cards as a table, as JSON, or one whole card with its quotes.

Only argparse at import: the service and the card types load inside the command, so that
`qimma --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

EVENTS_HELP = "List the event cards built from the articles (or: qimma events show ID)."
NAME_WIDTH = 44


def add_events_parser(
    sub: Any,
    common: Callable[[argparse.ArgumentParser], None],
    service_factory: Callable[[argparse.Namespace], Any],
) -> None:
    """Add `events` (list, filters, --json) and `events show ID` to the main parser."""
    p = sub.add_parser(
        "events",
        usage="qimma events [filters] [--json]\n       qimma events show ID [--json]",
        help=EVENTS_HELP,
        description=EVENTS_HELP,
    )
    common(p)
    p.add_argument("target", nargs="*", metavar="show ID", help="print one whole card")
    p.add_argument("--country", help="ISO code or name (MA, Morocco, المغرب)")
    p.add_argument("--city", help="city as the articles write it, or its English name")
    p.add_argument("--year", type=int, help="events taking place in this year")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="ending on or after DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="starting on or before DATE")
    p.add_argument("--upcoming", action="store_true", help="events not over yet")
    p.add_argument("--kind", help="summit, forum, conference, exhibition, …")
    p.add_argument("--series", help="one series (all its editions)")
    p.add_argument("--json", action="store_true", help="print a JSON array of cards")
    p.set_defaults(func=lambda args: run_events_command(args, service_factory))


def run_events_command(args: argparse.Namespace, service_factory: Callable) -> int:
    from assistant.errors import NotFoundError
    from ingest.events.public import card_json

    target = list(args.target)
    if target and (target[0] != "show" or len(target) != 2):
        print(
            "qimma events: use `qimma events [filters]` or `qimma events show ID`", file=sys.stderr
        )
        return 2
    service = service_factory(args)
    if target:
        try:
            card = service.event(target[1])
        except NotFoundError:
            print(f"qimma events: no event {target[1]!r} (see `qimma events`)", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps(card_json(card), ensure_ascii=False))
        else:
            print("\n".join(card_lines(card)))
        return 0
    cards = service.events(
        country=args.country,
        city=args.city,
        year=args.year,
        date_from=args.date_from,
        date_to=args.date_to,
        upcoming=args.upcoming,
        kind=args.kind,
        series=args.series,
    )
    if args.json:
        print(json.dumps([card_json(c) for c in cards], ensure_ascii=False))
        return 0
    if not cards:
        print("no event cards match (ingest articles about events, or loosen the filters)")
        return 0
    print("\n".join(table_lines(cards)))
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def date_span(card) -> str:
    """`2025-04-10 → 2025-04-11`, one date, or `?` when the card has none."""
    if card.start_date and card.end_date and card.end_date != card.start_date:
        return f"{card.start_date} → {card.end_date}"
    return card.start_date or card.end_date or "?"


def table_lines(cards: list) -> list[str]:
    """The cards as rows: id, event, edition, city, country, dates, status."""
    rows = [("id", "event", "ed.", "city", "country", "dates", "status")]
    for c in cards:
        rows.append(
            (
                c.event_id,
                _clip(c.name, NAME_WIDTH),
                "" if c.edition is None else str(c.edition),
                c.city or "",
                c.country or "",
                date_span(c) + (" (!)" if {"start_date", "end_date"} & set(c.conflicts) else ""),
                c.status,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(
        f"{len(cards)} events"
        + ("; (!) = sources disagree on the dates" if any("(!)" in r[5] for r in rows) else "")
    )
    return lines


def _value_text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_value_text(v) for v in value)
    if hasattr(value, "counts"):
        return f"{value.value} {value.counts}"
    if hasattr(value, "role"):
        return f"{value.name} ({value.role})" if value.role else value.name
    return str(value)


def card_lines(card) -> list[str]:
    """The whole card: every stated field, the quote behind it, and any disagreement."""
    from ingest.events.card import LIST_FIELDS, SCALAR_FIELDS

    lines = [f"{card.name}  [{card.event_id}]", f"status: {card.status}"]
    for field in (*SCALAR_FIELDS, *LIST_FIELDS):
        value = getattr(card, field)
        if value in (None, "", []):
            continue
        lines.append(f"{field}: {_value_text(value)}")
        for ev in card.evidence.get(field, []):
            lines.append(f"    « {' '.join(ev.quote.split())} »  — {ev.doc_id} {ev.start}-{ev.end}")
        for option in card.conflicts.get(field, []):
            mark = "shown" if option.get("shown") else "also stated"
            sources = ", ".join(option["doc_ids"])
            lines.append(f"    ! {mark}: {option['value']}  ({sources})")
    if card.conflicts:
        lines.append(
            "! sources disagree: the value shown is the one most sources state, then the most "
            "precise, then that of the first article id"
        )
    if card.date_resolution:
        lines.append(f"dates read: {card.date_resolution}")
    lines.append("sources: " + ", ".join(card.sources))
    return lines


def iso_date_argument(value: str) -> str:
    """argparse type for `--date`: an ISO day, month or year."""
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (use YYYY-MM-DD)")
    return value.strip()


def run_eval_cards_command(args: argparse.Namespace, service_factory: Callable) -> int:
    """`qimma eval cards GOLD.jsonl`: per-field extraction precision/recall of the stored cards."""
    from assistant.errors import NotFoundError
    from qimma.evaluation.cards import load_gold, report_lines, score_cards

    if len(args.targets) != 2:
        print("qimma eval cards: give one gold card file", file=sys.stderr)
        return 2
    gold = load_gold(args.targets[1])
    service = service_factory(args)

    def predicted_of(doc_id: str) -> list[dict] | None:
        try:
            return [card.to_dict() for card in service.article_events(doc_id)]
        except NotFoundError:
            return None

    summary = score_cards(gold, predicted_of)
    if getattr(args, "json", False):
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print("\n".join(report_lines(summary)))
    return 0 if summary["articles"] else 1
