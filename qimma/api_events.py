"""The event routes: `GET /v1/events` (filters as query parameters) and `GET /v1/events/{id}`.

They return the same objects as `qimma events --json`, typed so that `/docs` shows every field.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from ingest.events.public import card_json


class EvidenceModel(BaseModel):
    """Where a value was read: `quote` is the article's cleaned text from `start` to `end`."""

    doc_id: str
    start: int
    end: int
    quote: str


class PersonModel(BaseModel):
    name: str
    role: str = ""


class FigureModel(BaseModel):
    value: int
    counts: str = Field(description="What the number counts, as the article writes it.")


class ConflictModel(BaseModel):
    value: Any = Field(description="One value the sources state.")
    doc_ids: list[str]
    shown: bool = Field(description="True for the value the card shows.")


class EventCardModel(BaseModel):
    """One event (one edition of one series), merged over every article that reports it.

    Text values are as the article writes them; dates are `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    """

    model_config = ConfigDict(extra="allow")

    id: str = Field(description="Stable, readable id: series slug and edition or year.")
    name: str
    series: str = ""
    kind: str = Field(description="summit, forum, symposium, conference, exhibition, day, …")
    edition: int | None = None
    city: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-2.")
    venue: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    date_text: str | None = Field(None, description="The dates as the article writes them.")
    organizers: list[str] = []
    patrons: list[str] = []
    partners: list[str] = []
    slogan: str | None = None
    status: str = Field(description="upcoming, ongoing, past or unknown, relative to today.")
    sources: list[str] = Field(description="doc_ids of the articles the card was built from.")
    evidence: dict[str, list[EvidenceModel]] = Field(
        description="For each stated field, the quotes it was read from."
    )
    series_en: str | None = None
    city_en: str | None = None
    country_ar: str | None = None
    country_en: str | None = None
    date_resolution: str | None = None
    people: list[PersonModel] = []
    topics: list[str] = []
    figures: list[FigureModel] = []
    outcomes: list[str] = []
    conflicts: dict[str, list[ConflictModel]] = Field(
        {}, description="Fields the sources disagree on: every value, the shown one marked."
    )


def events_router(service) -> APIRouter:
    """The `/v1/events` routes over one service."""
    router = APIRouter(prefix="/v1", tags=["events"])

    @router.get("/events", response_model=list[EventCardModel])
    def list_events(
        country: str | None = Query(None, description="ISO code or name (MA, Morocco, المغرب)."),
        city: str | None = Query(None, description="City as written, or its English name."),
        year: int | None = Query(None, description="Events taking place in this year."),
        date_from: str | None = Query(
            None, alias="from", description="Events ending on or after this ISO date."
        ),
        date_to: str | None = Query(
            None, alias="to", description="Events starting on or before this ISO date."
        ),
        upcoming: bool = Query(False, description="Only events not over yet."),
        kind: str | None = Query(None, description="summit, forum, conference, …"),
        series: str | None = Query(None, description="All editions of one series."),
    ) -> list[dict[str, Any]]:
        """The event cards matching every filter given, by date."""
        cards = service.events(
            country=country,
            city=city,
            year=year,
            date_from=date_from,
            date_to=date_to,
            upcoming=upcoming,
            kind=kind,
            series=series,
        )
        return [card_json(c) for c in cards]

    @router.get("/events/{event_id:path}", response_model=EventCardModel)
    def get_event(event_id: str) -> dict[str, Any]:
        """One event's card; 404 when no indexed article states it."""
        return card_json(service.event(event_id))

    return router
