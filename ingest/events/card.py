"""The event card: what Qimma knows about one edition of one event, each value with its evidence.

One article yields zero or more `EventCard`s (its *mentions* of events); cards of the same
`event_id` from several articles are merged by `merge_cards`. Every value that a card states
carries `Evidence` pointing at the words of the cleaned article text it came from
(`text[start:end] == quote`); a value with no evidence is never stored.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# the fields a card may state, in the order `qimma events show` prints them
SCALAR_FIELDS = (
    "name",
    "series",
    "series_en",
    "kind",
    "edition",
    "city",
    "country",
    "venue",
    "start_date",
    "end_date",
    "date_text",
    "slogan",
)
LIST_FIELDS = ("organizers", "patrons", "partners", "people", "topics", "figures", "outcomes")
KINDS = (
    "summit",
    "forum",
    "symposium",
    "conference",
    "exhibition",
    "festival",
    "day",
    "workshop",
    "meeting",
    "competition",
    "ceremony",
    "course",
    "event",
)
STATUSES = ("announced", "upcoming", "ongoing", "past", "unknown")


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: `quote == cleaned_text[start:end]` of article `doc_id`."""

    doc_id: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(str(data["doc_id"]), int(data["start"]), int(data["end"]), str(data["quote"]))


@dataclass
class Person:
    """A person the article names with the role it gives (minister, governor, speaker, …)."""

    name: str
    role: str = ""


@dataclass
class Figure:
    """A number the article states with what it counts ("20 speakers")."""

    value: int
    counts: str


@dataclass
class EventCard:
    """One edition of one event series, with evidence for every stated field.

    Dates are ISO strings whose length gives their precision (`YYYY-MM-DD`, `YYYY-MM`,
    `YYYY`); `date_resolution` says how they were read ("absolute", "relative to the
    publication date 2024-02-28", "unresolved: relative date and no publication date").
    `conflicts` keeps, per field, every value that a merged source disagreed on with the
    doc_ids stating it, so a card shows a disagreement rather than picking silently.
    """

    event_id: str
    name: str
    series: str = ""
    series_en: str | None = None
    kind: str = "event"
    edition: int | None = None
    city: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    country_ar: str | None = None
    country_en: str | None = None
    city_en: str | None = None
    venue: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    date_text: str | None = None
    date_resolution: str | None = None
    organizers: list[str] = field(default_factory=list)
    patrons: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    slogan: str | None = None
    topics: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    status: str = "unknown"
    sources: list[str] = field(default_factory=list)
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    conflicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def cite(self, name: str, evidence: Evidence) -> None:
        """Record the evidence behind field `name` (no duplicates)."""
        items = self.evidence.setdefault(name, [])
        if evidence not in items:
            items.append(evidence)

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable card (`qimma events --json`, `GET /v1/events`)."""
        data = asdict(self)
        data["id"] = data.pop("event_id")
        data["evidence"] = {k: [e.to_dict() for e in v] for k, v in self.evidence.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventCard:
        data = dict(data)
        data["event_id"] = data.pop("id", data.get("event_id"))
        data["people"] = [Person(**p) for p in data.get("people") or []]
        data["figures"] = [Figure(**f) for f in data.get("figures") or []]
        data["evidence"] = {
            k: [Evidence.from_dict(e) for e in v] for k, v in (data.get("evidence") or {}).items()
        }
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})
