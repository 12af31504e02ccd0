"""Offline event extraction: one article's cleaned text -> the event cards it is about.

The gate (`gate.py`) picks the event the article is about; each field family is then read by
its own extractor (`names`, `places`, `bodies`, `content`, and `dates` from the dates module)
and kept only where it belongs to that event: in a sentence that mentions it, or at the head
of the article. Every stored value carries its `Evidence`, a span of `text`.

Status is left "unknown": it depends on the day a card is read, so it is computed at read
time (`dates.event_status`), never stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.events import bodies, content, names, places
from ingest.events.card import EventCard, Evidence, Figure, Person
from ingest.events.gate import Cluster, clusters, is_event
from ingest.events.spans import sentence_bounds

try:  # the dates module is written beside this one; cards lose their dates without it
    from ingest.events.dates import find_dates, publication_date
except ImportError:  # pragma: no cover - only while the dates module is missing
    find_dates = publication_date = None  # type: ignore[assignment]

_LEAD = 400
# words that refer back to the event without naming it ("الحدث الذي يحتضنه فندق …")
_GENERIC_REFS = re.compile(r"(?<!\w)(?:ال|و|وال|هذه |هذا )?(?:حدث|فعالية|تظاهرة|دورة|نسخة)\b")  # chars at the head of an article whose facts belong to its main event


def extract_events(
    doc_id: str, text: str, title: str = "", published: str | None = None, lang: str = "ar"
) -> list[EventCard]:
    """The events article `doc_id` is about (none for an article that only mentions one).

    `text` is the cleaned article text that evidence offsets index; `published` is the
    article's publication date (ISO, any precision) that relative dates resolve against.
    """
    mentions = names.find_names(text)
    if not mentions:
        return []
    ranked = [g for g in clusters(text, title, mentions) if is_event(g)]
    if not ranked:
        return []
    card = _card(doc_id, text, ranked[0], published)
    return [card] if card is not None else []


class _Scope:
    """Where facts about the event may be read: its sentences and the article's lead."""

    def __init__(self, text: str, cluster: Cluster) -> None:
        current = [m.start for m in cluster.mentions if m.start not in cluster.earlier]
        self.anchors = current or [m.start for m in cluster.mentions]
        generic = [m.start() for m in _GENERIC_REFS.finditer(text)]
        self.spans = sorted({sentence_bounds(text, a) for a in self.anchors + generic})
        self.lead = _LEAD

    def contains(self, start: int) -> bool:
        return start < self.lead or any(lo <= start < hi for lo, hi in self.spans)

    def distance(self, start: int) -> int:
        return min(abs(start - a) for a in self.anchors)

    def pick(self, items: Sequence[Any], key: str = "start") -> list[Any]:
        """Items in scope, nearest to a mention of the event first."""
        inside = [x for x in items if self.contains(getattr(x, key))]
        return sorted(inside, key=lambda x: self.distance(getattr(x, key)))


def _card(doc_id: str, text: str, cluster: Cluster, published: str | None) -> EventCard | None:
    scope = _Scope(text, cluster)
    rep = cluster.representative
    slogans = _dedupe(content.find_slogans(text))
    name_span = (rep.start, rep.end)
    # "ورشة عمل بعنوان «…»": the title is the name when the head noun has no other
    for s in slogans:
        if rep.words <= 2 and 0 <= s.start - rep.end <= 40:
            name_span = (s.start, s.end)
    card = EventCard(event_id="", name=text[name_span[0] : name_span[1]], kind=cluster.kind)
    card.sources = [doc_id]
    cite = _citer(card, doc_id, text)
    cite("name", *name_span)

    # edition: in the name, else an edition cue next to a mention
    if rep.edition and rep.edition_span:
        card.edition = rep.edition
        cite("edition", *rep.edition_span)
    else:
        for m in cluster.mentions:
            found = names.edition_near(text, m.start if m.start else m.end)
            if found:
                card.edition = found[0]
                cite("edition", *found[1])
                break

    _place(card, cite, text, cluster, scope)
    _dates(card, cite, text, scope, published)
    _bodies(card, cite, text, scope)

    in_scope = scope.pick(slogans)
    if in_scope:
        s = in_scope[0]
        card.slogan = s.text
        cite("slogan", s.start, s.end)
    for f in scope.pick(content.find_figures(text)):
        card.figures.append(Figure(f.value or 0, f.counts))
        cite("figures", f.start, f.end)
    for o in scope.pick(content.find_outcomes(text)):
        card.outcomes.append(o.text)
        cite("outcomes", o.start, o.end)

    if not (card.city or card.country or card.venue or card.start_date or card.end_date):
        return None
    _identify(card, rep, published)
    card.evidence.setdefault("series", list(card.evidence["name"]))
    card.evidence.setdefault("kind", list(card.evidence["name"]))
    return card


def _citer(card: EventCard, doc_id: str, text: str):  # type: ignore[no-untyped-def]
    def cite(name: str, start: int, end: int) -> None:
        card.cite(name, Evidence(doc_id, start, end, text[start:end]))

    return cite


def _dedupe(items: list[content.Found]) -> list[content.Found]:
    seen: set[tuple[int, int]] = set()
    out = []
    for x in items:
        if (x.start, x.end) not in seen:
            seen.add((x.start, x.end))
            out.append(x)
    return out


def _place(card: EventCard, cite, text: str, cluster: Cluster, scope: _Scope) -> None:  # type: ignore[no-untyped-def]
    heads = frozenset(m.start + len(m.text.split()[0]) for m in cluster.mentions)
    cities = places.find_cities(text, heads)
    rep = cluster.representative
    inside = [c for c in cities if rep.start <= c.start < rep.end]
    chosen = inside[:1] or scope.pick(cities)[:1]
    if chosen:
        c = chosen[0]
        card.city, card.city_en, card.country = c.text, c.name_en, c.code
        cite("city", c.start, c.end)
        cite("country", c.start, c.end)
    else:
        countries = scope.pick(places.find_countries(text))
        if countries:
            c = countries[0]
            card.country = c.code
            cite("country", c.start, c.end)
    if card.country:
        card.country_ar, card.country_en = places.country_names(card.country)
    venues = [v for v in places.find_venues(text) if scope.contains(v[0])]
    venues.sort(key=lambda v: scope.distance(v[0]))
    if venues:
        s, e = venues[0]
        card.venue = text[s:e]
        cite("venue", s, e)


def _dates(card: EventCard, cite, text: str, scope: _Scope, published: str | None) -> None:  # type: ignore[no-untyped-def]
    if find_dates is None:
        return
    if published is None and publication_date is not None:
        published = publication_date(text)
    first_line = text.find("\n")
    found = []
    for d in find_dates(text, published):
        if 0 <= first_line < 40 and d.start < first_line:  # a dateline, not the event
            continue
        if scope.contains(d.start):
            found.append(d)
    if not found:
        return
    # nearest to a mention of the event; a bare year ("هذا العام", "2019") only when nothing
    # more precise is said
    penalty = {"day": 0, "month": 150, "year": 400}
    found.sort(key=lambda d: scope.distance(d.start) + penalty.get(d.precision, 400))
    d = found[0]
    card.start_date, card.end_date = d.start_date, d.end_date
    card.date_text, card.date_resolution = d.text, d.resolution
    for name in ("start_date", "end_date", "date_text"):
        if getattr(card, name):
            cite(name, d.start, d.end)


def _bodies(card: EventCard, cite, text: str, scope: _Scope) -> None:  # type: ignore[no-untyped-def]
    found = scope.pick(bodies.find_bodies(text))
    found.sort(key=lambda b: b.start)
    for b in found:
        if b.role == "opener":
            card.people.append(Person(b.text, "opened"))
            cite("people", b.start, b.end)
            continue
        target = {"organizer": card.organizers, "patron": card.patrons, "partner": card.partners}
        values = target[b.role]
        if b.text not in values:
            values.append(b.text)
            cite(b.role + "s", b.start, b.end)


def _identify(card: EventCard, rep: names.NameMention, published: str | None) -> None:
    """Series name, series id and event id (see `names` for how series are recognised)."""
    series = card.name
    if rep.edition_span and rep.start <= rep.edition_span[0] < rep.end:
        a, b = rep.edition_span[0] - rep.start, rep.edition_span[1] - rep.start
        series = re.sub(r"\s+", " ", (card.name[:a] + card.name[b:])).strip()
    card.series = series
    sid = names.series_id(card.name, card.kind, card.city, card.city_en, card.country)
    year = None
    if card.start_date:
        year = card.start_date[:4]
    elif m := re.search(r"\b(19|20)\d\d\b", card.name):
        year = m.group()
    elif published:
        year = published[:4]
    card.event_id = names.event_id(sid, card.edition, year)
