"""Event extraction with an LLM: the same `EventCard`s as the offline extractor, filled through
the openai client with structured output (a JSON schema of the card).

The model must quote the article for every value; a quote is looked up in the cleaned text
(exactly, else word by word after the project's Arabic normalization), and a value whose quote
is not in the article is dropped, so every stored value still carries evidence into the text.
Text values are replaced by the article's own words at the quoted offsets. Cards are held to
the offline rule: a name and one of place or time, or no card.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ingest.events import names, places
from ingest.events.card import KINDS, EventCard, Evidence
from ingest.events.spans import tokens
from language.analyzer import normalize
from prompts import render

_FIELD = {
    "type": ["object", "null"],
    "properties": {"value": {"type": ["string", "null"]}, "quote": {"type": ["string", "null"]}},
    "required": ["value", "quote"],
    "additionalProperties": False,
}
_INT_FIELD = {
    "type": ["object", "null"],
    "properties": {"value": {"type": ["integer", "null"]}, "quote": {"type": ["string", "null"]}},
    "required": ["value", "quote"],
    "additionalProperties": False,
}
_LIST = {"type": "array", "items": _FIELD}
_TEXT_FIELDS = ("name", "city", "venue", "slogan", "date_text")
_LIST_FIELDS = ("organizers", "patrons", "partners")
_EVENT_PROPERTIES: dict[str, Any] = {
    **{f: _FIELD for f in _TEXT_FIELDS},
    "kind": {"type": "string", "enum": list(KINDS)},
    "edition": _INT_FIELD,
    "country": _FIELD,
    "start_date": _FIELD,
    "end_date": _FIELD,
    **{f: _LIST for f in _LIST_FIELDS},
}
EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": _EVENT_PROPERTIES,
                "required": list(_EVENT_PROPERTIES),
                "additionalProperties": False,
            },
        }
    },
    "required": ["events"],
    "additionalProperties": False,
}
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def event_messages(
    text: str, title: str = "", published: str | None = None
) -> list[dict[str, str]]:
    """The chat messages asking for the cards of one article (the article fenced as data)."""
    prompt = render(
        "event_extract", article=text, title=title or "-", published=published or "unknown"
    )
    return [{"role": "user", "content": prompt}]


def extract_events_llm(
    client: Any,
    model: str,
    doc_id: str,
    text: str,
    title: str = "",
    published: str | None = None,
) -> list[EventCard]:
    """Cards for article `doc_id` from the model behind `client` (an `openai.OpenAI`)."""
    response = client.chat.completions.create(
        model=model,
        messages=event_messages(text, title, published),
        temperature=0,
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "event_cards", "schema": EVENT_SCHEMA, "strict": True},
        },
    )
    content = response.choices[0].message.content or ""
    return cards_from_reply(doc_id, text, content, published)


def cards_from_reply(
    doc_id: str, text: str, content: str, published: str | None = None
) -> list[EventCard]:
    """Cards from the model's JSON reply, keeping only values whose quotes are in `text`."""
    try:
        data = json.loads(_strip_fence(content))
    except json.JSONDecodeError:
        return []
    events = data.get("events") if isinstance(data, dict) else None
    cards = []
    for event in events if isinstance(events, list) else []:
        if isinstance(event, dict):
            card = _card(doc_id, text, event, published)
            if card is not None:
                cards.append(card)
    return cards


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of `quote` in `text`: exact, else the same normalized words in a row ("عبد
    العزيز" and "عبدالعزيز" alike)."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at != -1:
        return at, at + len(quote)
    want = [norm for norm, _, _ in _joined(quote)]
    if not want:
        return None
    words = _joined(text)
    for i in range(len(words) - len(want) + 1):
        if all(words[i + k][0] == w for k, w in enumerate(want)):
            return words[i][1], words[i + len(want) - 1][2]
    return None


_SERVANT = normalize("عبد")


def _joined(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` as (normalized, start, end), a name's "عبد" joined to the word
    after it ("عبد العزيز": one word, as "عبدالعزيز" is written)."""
    out: list[tuple[str, int, int]] = []
    for tok in tokens(text):
        if not tok.is_word:
            continue
        if out and out[-1][0] == _SERVANT and tok.norm.startswith("ال"):
            out[-1] = (_SERVANT + tok.norm, out[-1][1], tok.end)
        else:
            out.append((tok.norm, tok.start, tok.end))
    return out


def _strip_fence(content: str) -> str:
    match = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    return match.group(1) if match else content


def _quoted(text: str, item: Any) -> tuple[Any, int, int] | None:
    """(value, start, end) of a {"value", "quote"} item whose quote is in the article."""
    if not isinstance(item, dict) or item.get("value") in (None, ""):
        return None
    span = locate(text, str(item.get("quote") or item["value"]))
    return (item["value"], *span) if span else None


def _card(doc_id: str, text: str, event: dict[str, Any], published: str | None) -> EventCard | None:  # noqa: C901 - one rule per card field, in card order
    found = _quoted(text, event.get("name"))
    if found is None:
        return None
    _, start, end = found
    kind = event.get("kind") if event.get("kind") in KINDS else "event"
    card = EventCard(event_id="", name=text[start:end], kind=str(kind), sources=[doc_id])

    def cite(field: str, s: int, e: int) -> None:
        card.cite(field, Evidence(doc_id, s, e, text[s:e]))

    cite("name", start, end)
    cite("kind", start, end)
    for field in ("city", "venue", "slogan", "date_text"):
        got = _quoted(text, event.get(field))
        if got:
            setattr(card, field, text[got[1] : got[2]])
            cite(field, got[1], got[2])
    for field in _LIST_FIELDS:
        for item in event.get(field) or []:
            got = _quoted(text, item)
            if got and text[got[1] : got[2]] not in getattr(card, field):
                getattr(card, field).append(text[got[1] : got[2]])
                cite(field, got[1], got[2])
    got = _quoted(text, event.get("edition"))
    if got and isinstance(got[0], int) and 0 < got[0] < 1000:
        card.edition = got[0]
        cite("edition", got[1], got[2])
    got = _quoted(text, event.get("country"))
    if got and isinstance(got[0], str) and places.country_names(got[0].upper())[1]:
        card.country = got[0].upper()
        card.country_ar, card.country_en = places.country_names(card.country)
        cite("country", got[1], got[2])
    for field in ("start_date", "end_date"):
        got = _quoted(text, event.get(field))
        if got and isinstance(got[0], str) and _ISO_DATE.fullmatch(got[0]):
            setattr(card, field, got[0])
            cite(field, got[1], got[2])
    if card.start_date or card.end_date:
        card.date_resolution = "read by the language model"
    if not (card.city or card.country or card.venue or card.start_date or card.end_date):
        return None
    if card.city:
        city = places.city_of_word(normalize(card.city))
        card.city_en = city.name_en if city else None
    card.series = card.name
    sid = names.series_id(
        card.name, card.kind, card.city, card.city_en, card.country, card.organizers
    )
    year = (card.start_date or published or "")[:4] or None
    card.event_id = names.event_id(sid, card.edition, year)
    return card
