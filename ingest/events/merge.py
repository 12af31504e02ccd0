"""Merging the mentions of one event from several articles into one card, and its status today.

Each article contributes a *mention* (an `EventCard` built from that article alone); the store
keeps mentions and merges them when a card is read, so re-ingesting or removing one article
changes only its share. Rules:

- mentions merge by `event_id` (place, series and edition, else year); a mention that numbers
  no edition joins the one edition of its series another mention numbers that year, and one
  placed only by its country the one mention of its series placed in a town of that country,
  and a numbered one the one of its town and edition whose series words hold all of its own
  and more (`event_aliases`: "kaz-2015" into "kaz-9", "sa-kaz-9" into "taif-kaz-9",
  "dhahran-rb-lalmnywm-19" into "dhahran-rb-lalmnywm-rbal-19"); the card takes the fuller id.
- `sources` and `evidence` are the union of the mentions'.
- list fields are unioned, deduplicated on the normalized form (the first wording is kept).
- a scalar that every mention states alike (after normalization; a date that only refines
  another, `2025-04` and `2025-04-10`, agrees with it and the more precise one is kept) is
  merged silently. Fact fields that disagree (`FACT_FIELDS`: dates, place, edition, slogan)
  keep every value in `conflicts[field]` as `{"value", "doc_ids", "shown"}`; the value shown is
  the one most sources state, then the more precise, then the one of the first doc_id in sort
  order, and `conflicts` says which was shown. Wordings (name, series, date_text) are not
  conflicts: the most stated, then longest, wording is shown.
- `status` is not stored: it is computed when the card is read, relative to today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ingest.events.card import EventCard, Figure, Person
from ingest.events.dates import event_status
from language.analyzer import normalize

FACT_FIELDS = ("kind", "edition", "city", "country", "venue", "start_date", "end_date", "slogan")
WORDING_FIELDS = ("name", "series", "series_en", "date_text", "date_resolution")
# names that follow the value they describe (country -> country_ar / country_en, city -> city_en)
COMPANION_FIELDS = {"country": ("country_ar", "country_en"), "city": ("city_en",)}
LIST_FIELDS = ("organizers", "patrons", "partners", "topics", "outcomes")
DATE_FIELDS = ("start_date", "end_date")


def _key(value: Any) -> str:
    if isinstance(value, str):
        return normalize(value)
    return str(value)


def _refines(fine: str, coarse: str) -> bool:
    """True when ISO date `fine` is `coarse` stated more precisely (2025-04-10 refines 2025-04)."""
    return fine.startswith(coarse) and len(fine) >= len(coarse)


def _distinct(field: str, stated: list[tuple[Any, str]]) -> list[dict[str, Any]]:
    """The distinct values of one field with the doc_ids stating each, best first."""
    groups: list[dict[str, Any]] = []
    for value, doc_id in stated:
        for group in groups:
            same = _key(group["value"]) == _key(value)
            if field in DATE_FIELDS and not same:
                if _refines(str(value), str(group["value"])):
                    group["value"] = value
                    same = True
                elif _refines(str(group["value"]), str(value)):
                    same = True
            if same:
                if doc_id not in group["doc_ids"]:
                    group["doc_ids"].append(doc_id)
                break
        else:
            groups.append({"value": value, "doc_ids": [doc_id]})
    for group in groups:
        group["doc_ids"].sort()
    groups.sort(key=lambda g: (-len(g["doc_ids"]), -len(str(g["value"])), g["doc_ids"][0]))
    return groups


def _words(value: str) -> frozenset[str]:
    """A value's words, normalized, with "عبد" joined to the name after it ("بن عبد العزيز"
    and "بن عبدالعزيز" are one spelling)."""
    text = re.sub(r"(?<!\S)عبد\s+", "عبد", _key(value))
    return frozenset(re.findall(r"\w+", text))


def _union_list(values: Iterable[str]) -> list[str]:
    """Each value once, in order; a value whose words all stand in a fuller one that the
    merged reports also state is that one ("الأمير نواف بن راكان" and "الأمير نواف بن راكان بن
    عبد العزيز" are one patron, "أمير المنطقة" the title before his name)."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(_key(value), value)
    kept = list(seen.values())
    words = [_words(v) for v in kept]
    out = []
    for i, value in enumerate(kept):
        fuller = any(
            j != i and words[i] <= words[j] and (words[i] < words[j] or j < i)
            for j in range(len(kept))
        )
        if not fuller or not words[i]:
            out.append(value)
    return out


def _merge_group(mentions: list[EventCard]) -> EventCard:  # noqa: C901 - one rule per card field, in card order
    mentions = sorted(mentions, key=lambda m: (m.sources[:1] or [""])[0])
    first = mentions[0]
    card = EventCard(event_id=first.event_id, name=first.name)

    def stated(field: str, among: list[EventCard]) -> list[tuple[Any, str]]:
        out: list[tuple[Any, str]] = []
        for m in among:
            value = getattr(m, field)
            if value not in (None, ""):
                out.extend((value, doc_id) for doc_id in (m.sources or [""]))
        return out

    for field in WORDING_FIELDS:
        groups = _distinct(field, stated(field, mentions))
        if groups:
            setattr(card, field, groups[0]["value"])
    for field in FACT_FIELDS:
        among = mentions
        if field == "end_date" and card.start_date:
            # an end date goes with the start date shown, when some source gives both
            paired = [m for m in mentions if m.start_date and _agree(m.start_date, card.start_date)]
            among = paired if any(m.end_date for m in paired) else mentions
        groups = _distinct(field, stated(field, among))
        if not groups:
            continue
        setattr(card, field, groups[0]["value"])
        if len(groups) > 1:
            card.conflicts[field] = [
                {"value": g["value"], "doc_ids": g["doc_ids"], "shown": i == 0}
                for i, g in enumerate(groups)
            ]
        shown_by = set(groups[0]["doc_ids"])
        for companion in COMPANION_FIELDS.get(field, ()):
            for m in mentions:
                if set(m.sources) & shown_by and getattr(m, companion):
                    setattr(card, companion, getattr(m, companion))
                    break
    for field in LIST_FIELDS:
        setattr(card, field, _union_list(v for m in mentions for v in getattr(m, field)))
    people: dict[str, Person] = {}
    figures: dict[tuple[int, str], Figure] = {}
    for m in mentions:
        for p in m.people:
            people.setdefault(_key(p.name), p)
        for f in m.figures:
            figures.setdefault((f.value, _key(f.counts)), f)
    card.people, card.figures = list(people.values()), list(figures.values())
    card.sources = sorted({doc_id for m in mentions for doc_id in m.sources})
    for m in mentions:
        for field, items in m.evidence.items():
            for evidence in items:
                card.cite(field, evidence)
    return card


def _agree(a: str, b: str) -> bool:
    return _refines(a, b) or _refines(b, a)


def merge_cards(
    mentions: list[EventCard],
    today: dt.date | None = None,
    published: dict[str, str] | None = None,
    aliases: dict[str, str] | None = None,
) -> list[EventCard]:
    """One card per event from all its mentions (`event_aliases`, unless the caller has them),
    with `status` computed for `today`.

    `published` maps doc_id to the article's publication date (ISO), which the status rule
    may use (an event announced without a date). Cards come out in first-seen order.
    """
    if aliases is None:
        aliases = event_aliases(mentions, published)
    groups: dict[str, list[EventCard]] = {}
    for mention in mentions:
        groups.setdefault(aliases.get(mention.event_id, mention.event_id), []).append(mention)
    today = today or dt.date.today()
    cards = []
    for event_id, group in groups.items():
        card = _merge_group(group)
        card.event_id = event_id
        dates = sorted((published or {}).get(d, "") for d in card.sources)
        card.status = card_status(card.start_date, card.end_date, today, dates[-1] or None)
        cards.append(card)
    return cards


_YEAR_ID = re.compile(r"(.+)-(\d{4})$")


def event_aliases(
    mentions: Iterable[EventCard], published: dict[str, str] | None = None
) -> dict[str, str]:
    """The ids of mentions of one event that another mention names more fully, mapped to that
    mention's id (the end of a chain):

    - one placed only by its country, to the one of its series placed in a town of that
      country (`_placed`: "sa-kaz-9" into "taif-kaz-9");
    - a numbered one, to the one of its town and edition whose series words hold all of its
      own and more (`_named_in_full`);
    - one that numbers no edition ("kaz-2015": سوق عكاظ, by its year), to the one edition of
      its series another mention numbers that year ("kaz-9", the ninth, dated 2015). A year
      with two numbered editions of the series maps nowhere. The edition's year is its start
      date's, else its articles' publication year (`published`: doc_id -> ISO date).
    """
    mentions = list(mentions)
    editions: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        suffix = f"-{m.edition}"
        if not m.edition or not m.event_id.endswith(suffix):
            continue
        slug = m.event_id.removesuffix(suffix)
        years = (
            {m.start_date[:4]}
            if m.start_date
            else {(published or {}).get(doc_id, "")[:4] for doc_id in m.sources}
        )
        for year in years - {""}:
            editions.setdefault((slug, year), set()).add(m.event_id)
    aliases = _placed(mentions)
    for short, full in _named_in_full(mentions).items():
        aliases.setdefault(short, full)
    for m in mentions:
        found = _YEAR_ID.match(aliases.get(m.event_id, m.event_id))
        if m.edition or found is None:
            continue
        numbered = editions.get((found.group(1), found.group(2)), set())
        if len(numbered) == 1:
            aliases[m.event_id] = next(iter(numbered))
    return {short: _chain_end(aliases, full) for short, full in aliases.items()}


def _chain_end(aliases: dict[str, str], event_id: str) -> str:
    """Where a chain of aliases ends ("albahah-sl-2015" -> "…-8" -> "…-mntq-8"); each rule
    maps to a fuller id, so a chain has no loop (one is cut all the same)."""
    seen = {event_id}
    while event_id in aliases and aliases[event_id] not in seen:
        event_id = aliases[event_id]
        seen.add(event_id)
    return event_id


def _named_in_full(mentions: list[EventCard]) -> dict[str, str]:
    """The ids of numbered mentions mapped to the one id of the same town and edition whose
    series words hold all of theirs and more ("dhahran-rb-lalmnywm-19" into
    "dhahran-rb-lalmnywm-rbal-19": the 19th Arab aluminium conference, once with its acronym)."""
    by_edition: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        if m.edition and m.city and m.event_id.endswith(f"-{m.edition}"):
            by_edition.setdefault((m.event_id.partition("-")[0], m.edition), set()).add(m.event_id)
    aliases = {}
    for (_, edition), ids in by_edition.items():
        words = {i: set(i.removesuffix(f"-{edition}").split("-")[1:]) for i in ids}
        for i in ids:
            fuller = [j for j in ids if j != i and words[i] and words[i] < words[j]]
            if len(fuller) == 1:
                aliases[i] = fuller[0]
    return aliases


def _placed(mentions: list[EventCard]) -> dict[str, str]:
    """The ids of mentions placed only by their country ("sa-kaz-9": no town read) mapped to
    the one id of the same series and edition or year placed in a town of that country
    ("taif-kaz-9"); not for a series named by its kind alone ("sa-festival-2015")."""
    towns: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.city and m.country:
            rest = m.event_id.partition("-")[2]
            towns.setdefault((m.country.lower(), rest), set()).add(m.event_id)
    aliases = {}
    for m in mentions:
        country = (m.country or "").lower()
        if m.city or not country or not m.event_id.startswith(country + "-"):
            continue
        rest = m.event_id.removeprefix(country + "-")
        if _YEAR_ID.sub(r"\1", rest) == m.kind or re.fullmatch(rf"{m.kind}-\d+", rest):
            continue  # "مهرجان" of no topic: which town's cannot be told
        placed = towns.get((country, rest), set())
        if len(placed) == 1:
            aliases[m.event_id] = next(iter(placed))
    return aliases


def iso_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day an ISO date of any precision covers; None when it cannot be read."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        day = dt.date(*parts[:3])
        return day, day
    except (TypeError, ValueError):
        return None


def card_status(
    start_date: str | None, end_date: str | None, today: dt.date, published: str | None
) -> str:
    """upcoming / ongoing / past / announced / unknown relative to `today`: the extraction's
    own rule (`dates.event_status`), so that a card and an answer agree; `unknown` for dates
    it cannot read."""
    try:
        return event_status(start_date, end_date, today, published)
    except ValueError:
        return "unknown"
