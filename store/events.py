"""EventStore: event mentions in a Chroma collection beside the passages, merged when read.

One record per (article, event) in `<name>_events`: the mention's card JSON as the document
and scalar metadata that Chroma's `where` filters on, in embedded and server mode alike
(event_id, doc_id, country, city, kind, series, year, month, and the first and last day the
event covers as sortable ints such as 20250410). Keeping mentions rather than merged cards
means that re-ingesting or removing an article replaces or removes exactly its share; a card
whose last mention goes disappears. Record ids start with `mention:`, outside the article id
space, and live in their own collection. A state record beside the article records
(`__events_state__`, where no version of Qimma lists articles) changes version on every put
or remove, by any process: reading every card (what each card question does) merges them
once per version, not once per question.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from ingest.events.card import EventCard
from ingest.events.merge import event_aliases, iso_range, merge_cards
from language.analyzer import normalize
from store.collections import IndexCollections

_PAGE = 1000
STATE_ID = "__events_state__"  # in the articles collection: its ids are reserved there


def day_number(day: dt.date) -> int:
    """20250410 for 10 April 2025: sortable and comparable in a Chroma `where`."""
    return day.year * 10000 + day.month * 100 + day.day


@dataclass
class EventFilter:
    """What `qimma events`, `GET /v1/events` and the Events tab filter on (all optional).

    `country` is an ISO code or a country name in Arabic or English; `city` and `series` match
    as the article writes them (normalized) or by their English label; `year`, `date_from` and
    `date_to` (ISO, any precision) keep events whose dates overlap the range; `upcoming` keeps
    events not over by `today`. Undated events pass only filters that name no time.
    """

    country: str | None = None
    city: str | None = None
    year: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    upcoming: bool = False
    kind: str | None = None
    series: str | None = None

    def where(self, today: dt.date | None = None) -> dict[str, Any] | None:  # noqa: C901 - one clause per filter field
        """The Chroma `where` clause for these filters (None when there is none)."""
        clauses: list[dict[str, Any]] = []
        if self.country:
            code = country_code(self.country)
            key = normalize(self.country)
            clauses.append(
                {"country": code}
                if code
                else {"$or": [{"country_ar_key": key}, {"country_en_key": key}]}
            )
        if self.city:
            key = normalize(self.city)
            clauses.append({"$or": [{"city_key": key}, {"city_en_key": key}]})
        if self.series:
            key = normalize(self.series)
            clauses.append({"$or": [{"series_key": key}, {"series_en_key": key}]})
        if self.kind:
            clauses.append({"kind": self.kind.strip().lower()})
        lo, hi = None, None
        if self.year is not None:
            lo, hi = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        for value, side in ((self.date_from, 0), (self.date_to, 1)):
            if value:
                bounds = iso_range(value)
                if bounds is None:
                    raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
                if side == 0:
                    lo = max(lo, bounds[0]) if lo else bounds[0]
                else:
                    hi = min(hi, bounds[1]) if hi else bounds[1]
        if self.upcoming:
            now = today or dt.date.today()
            lo = max(lo, now) if lo else now
        if lo is not None:
            clauses.append({"end": {"$gte": day_number(lo)}})
        if hi is not None:
            clauses.append({"start": {"$lte": day_number(hi)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def country_code(value: str) -> str | None:
    """ISO alpha-2 for a code or a country name in Arabic or English (CLDR names via babel)."""
    value = value.strip()
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    from babel import Locale  # a dependency: CLDR names of every country

    key = normalize(value)
    for lang in ("en", "ar"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and normalize(name) == key:
                return code
    return None


def _metadata(card: EventCard, doc_id: str, published: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"event_id": card.event_id, "doc_id": doc_id, "kind": card.kind}
    for name, value in (
        ("country", (card.country or "").upper()),
        ("country_ar_key", normalize(card.country_ar or "")),
        ("country_en_key", normalize(card.country_en or "")),
        ("city_key", normalize(card.city or "")),
        ("city_en_key", normalize(card.city_en or "")),
        ("series_key", normalize(card.series or "")),
        ("series_en_key", normalize(card.series_en or "")),
        ("published", published),
    ):
        if value:
            meta[name] = value
    first = iso_range(card.start_date)
    last = iso_range(card.end_date) or first
    if first and last:
        meta.update(
            year=first[0].year,
            start=day_number(first[0]),
            end=day_number(max(last[1], first[0])),
        )
        if card.start_date and len(card.start_date) >= 7:
            meta["month"] = first[0].month
    return meta


class EventStore:
    """Put, remove and read event mentions; reads merge them into cards."""

    def __init__(self, cols: IndexCollections):
        # the collections of the article store: a lost (wiped) collection is re-created and a
        # stale embedded copy read again for the events too (IndexCollections.call)
        self._cols = cols
        # (state version, day) -> every merged card and the merged-away mention ids; status
        # depends on the day
        self._merged: tuple[tuple[str, dt.date], list[EventCard], dict[str, str]] | None = None
        self._merged_lock = threading.Lock()

    def _run(self, method: str, **kwargs: Any) -> Any:
        return self._cols.run("events", method, **kwargs)

    def put(self, doc_id: str, cards: list[EventCard], published: str = "") -> None:
        """Make `cards` the article's whole share of the event cards (replacing its old one)."""
        token = uuid.uuid4().hex[:12]
        if cards:
            # a mention is what one article says: its only source is that article
            bodies = [{**c.to_dict(), "sources": [doc_id]} for c in cards]
            self._run(
                "upsert",
                ids=[f"mention:{token}:{i}:{doc_id}" for i in range(len(cards))],
                embeddings=[[0.0]] * len(cards),
                documents=[json.dumps(b, ensure_ascii=False) for b in bodies],
                metadatas=[{**_metadata(c, doc_id, published), "put": token} for c in cards],
            )
        # the new share is visible before the old one goes
        self._run("delete", where={"$and": [{"doc_id": doc_id}, {"put": {"$ne": token}}]})
        self._wrote()

    def remove(self, doc_id: str) -> None:
        """Drop the article's share of every card (a card with no mention left is gone)."""
        self._run("delete", where={"doc_id": doc_id})
        self._wrote()

    def version(self) -> str:
        """The version of the mentions: it changes on every put or remove, in any process."""
        got = self._cols.run("articles", "get", ids=[STATE_ID], include=["metadatas"])
        return str((got["metadatas"][0] or {}).get("version", "")) if got["ids"] else ""

    def _wrote(self) -> None:
        with self._merged_lock:
            self._merged = None
            self._cols.run(
                "articles",
                "upsert",
                ids=[STATE_ID],
                embeddings=[[0.0]],
                metadatas=[{"kind": "events_state", "version": uuid.uuid4().hex}],
            )

    def mentions(self, where: dict[str, Any] | None = None) -> list[tuple[EventCard, dict]]:
        """(mention, metadata) pairs matching `where`, in a stable order."""
        rows = []
        offset = 0
        while True:
            got = self._run(
                "get", where=where, include=["documents", "metadatas"], limit=_PAGE, offset=offset
            )
            if not got["ids"]:
                break
            for doc, meta in zip(got["documents"], got["metadatas"], strict=True):
                rows.append((EventCard.from_dict(json.loads(doc)), dict(meta or {})))
            offset += len(got["ids"])
        rows.sort(
            key=lambda row: (row[1].get("start", 99999999), row[0].event_id, row[1]["doc_id"])
        )
        return rows

    def cards(
        self, filters: EventFilter | None = None, today: dt.date | None = None
    ) -> list[EventCard]:
        """Merged cards of the events with a mention matching `filters`, by date then id.

        A match on one mention brings in the event's other mentions too, so the card shown is
        always the whole card (conflicts included).
        """
        where = (filters or EventFilter()).where(today)
        every, aliases = self._every_card(today or dt.date.today())
        if where is None:
            return every
        # a mention merged into another event's card (`event_aliases`) matched that card
        ids = {aliases.get(meta["event_id"], meta["event_id"]) for _, meta in self.mentions(where)}
        return [card for card in every if card.event_id in ids]

    def _every_card(self, today: dt.date) -> tuple[list[EventCard], dict[str, str]]:
        """Every merged card, and the ids of the mentions merged into another event's card
        (`event_aliases`): merged again only when the mentions' version or the day changed."""
        key = (self.version(), today)
        cached = self._merged
        if cached is not None and cached[0] == key:
            return list(cached[1]), cached[2]
        cards, aliases = _merged(self.mentions(), today)
        with self._merged_lock:
            if self.version() == key[0]:  # nothing was written while these were read
                self._merged = (key, cards, aliases)
        return list(cards), aliases

    def card(self, event_id: str, today: dt.date | None = None) -> EventCard | None:
        """The merged card of one event, or None when no article states it; an id a mention
        had before it was merged into another event's card finds that card."""
        every, aliases = self._every_card(today or dt.date.today())
        event_id = aliases.get(event_id, event_id)
        return next((card for card in every if card.event_id == event_id), None)

    def count(self) -> int:
        """How many mentions are stored (not cards)."""
        return int(self._run("count"))


def _merged(
    rows: list[tuple[EventCard, dict]], today: dt.date | None
) -> tuple[list[EventCard], dict[str, str]]:
    """The mentions merged into cards, by date then id, and the mention ids merged into
    another event's card."""
    published = {meta["doc_id"]: str(meta.get("published", "")) for _, meta in rows}
    mentions = [card for card, _ in rows]
    aliases = event_aliases(mentions, published)
    cards = merge_cards(mentions, today=today, published=published, aliases=aliases)
    return sorted(cards, key=lambda c: (c.start_date or "9999", c.event_id)), aliases
