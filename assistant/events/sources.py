"""Event cards as numbered sources for the LLM: a compact text of the card with its evidence.

The LLM answerer cites sources by number and its citations are checked against the source
text; a card's source text therefore carries, beside each value, the article sentence that
states it, so a claim drawn from the card is checked against the article's own words.
"""

from __future__ import annotations

from assistant.events import render as r
from assistant.events.cite import ArticleLike, ArticleLookup, sentence_span
from ingest.events.card import EventCard, Evidence
from prompts import render as render_prompt
from store.types import Hit

_FIELDS = (
    ("name", "name"),
    ("edition", "edition"),
    ("date", "start_date"),
    ("venue", "venue"),
    ("city", "city"),
    ("country", "country"),
    ("slogan", "slogan"),
    ("patrons", "patrons"),
    ("organizers", "organizers"),
    ("partners", "partners"),
    ("topics", "topics"),
    ("outcomes", "outcomes"),
)


def _value(card: EventCard, label: str) -> str:
    if label == "edition":
        return r.edition_text(card.edition, "en") if card.edition else ""
    if label == "date":
        return r.card_dates(card, "en")
    if label == "country":
        return card.country_en or card.country_ar or card.country or ""
    if label == "city":
        return " / ".join(v for v in (card.city, card.city_en) if v)
    value = getattr(card, label)
    return "; ".join(value) if isinstance(value, list) else (value or "")


def card_source(card: EventCard, articles: ArticleLookup) -> Hit | None:
    """The card as a `Hit` on its first source article (None when no article holds it)."""
    lines: list[str] = []
    quoted: set[tuple[str, int]] = set()
    anchor: tuple[Evidence, ArticleLike, int, int] | None = None
    for label, key in _FIELDS:
        value = _value(card, label)
        fallback = "date_text" if key == "start_date" else key
        evidence = card.evidence.get(key) or card.evidence.get(fallback) or []
        if not value or not evidence:
            continue
        ev = evidence[0]
        record = articles(ev.doc_id)
        if record is None:
            continue
        start, end = sentence_span(record.text, ev.start, ev.end)
        anchor = anchor or (ev, record, start, end)
        line = f"- {r.label(label, 'en')}: {value}"
        if (ev.doc_id, start) not in quoted:  # each sentence once: the prompt stays short
            quoted.add((ev.doc_id, start))
            line += f" — «{record.text[start:end]}»"
        lines.append(line)
    if anchor is None:
        return None
    ev, record, start, end = anchor
    return Hit(
        doc_id=ev.doc_id,
        title=f"{card.name} (event card)",
        source=record.source,
        text=render_prompt("event_card", fields="\n".join(lines)),
        start=start,
        end=end,
        score=1.0,
        chunk_id=f"event:{card.event_id}",
        date=record.date,
    )
