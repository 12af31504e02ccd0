"""The machine-readable card that `qimma events --json` prints and `GET /v1/events` returns.

The published keys come first, in a fixed order, so scripts can rely on them; the card's other
fields (people, topics, figures, conflicts, …) follow.
"""

from __future__ import annotations

from typing import Any

from ingest.events.card import EventCard

PUBLIC_KEYS = (
    "id",
    "name",
    "series",
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
    "partners",
    "slogan",
    "status",
    "sources",
    "evidence",
)


def card_json(card: EventCard) -> dict[str, Any]:
    """The card as a JSON object: `PUBLIC_KEYS` first, then every other field."""
    data = card.to_dict()
    ordered = {key: data.pop(key) for key in PUBLIC_KEYS}
    return {**ordered, **data}
