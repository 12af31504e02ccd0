"""The event store and card merging, run the same against embedded Chroma and a Chroma server.

Cards are built by hand from the sample articles (quotes found in their text), so these tests
hold whatever the extractor does; the pipeline tests monkeypatch the extractor the same way.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid

import pytest

from ingest.events.card import EventCard, Evidence
from ingest.events.merge import merge_cards
from store.events import EventFilter, EventStore
from tests.conftest import REPO, SAMPLES

BERKANE = "berkane-smart-cities-forum-2025"
CASA = "casablanca-smart-city-forum"
BAHRAIN = "bahrain-smart-cities-summit"
TODAY = dt.date(2025, 4, 10)


def text_of(doc_id: str) -> str:
    return (SAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8")


def cited(card: EventCard, doc_id: str, field: str, quote: str, text: str | None = None):
    """Cite `quote` (found in article `doc_id`, or in `text`) for `field` of `card`."""
    body = text if text is not None else text_of(doc_id)
    start = body.index(quote)
    card.cite(field, Evidence(doc_id, start, start + len(quote), quote))


def berkane_card(doc_id: str = BERKANE, start: str = "2025-04-10") -> EventCard:
    card = EventCard(
        event_id="berkane-smart-cities-forum-3",
        name="الملتقى الدولي حول المدن الذكية",
        series="الملتقى الدولي حول المدن الذكية",
        kind="forum",
        edition=3,
        city="بركان",
        city_en="Berkane",
        country="MA",
        country_ar="المغرب",
        country_en="Morocco",
        start_date=start,
        end_date="2025-04-11" if start == "2025-04-10" else None,
        date_text="يومي 10 و 11 أبريل 2025",
        patrons=["صاحب الجلالة الملك محمد السادس"],
        sources=[doc_id],
    )
    if doc_id == BERKANE:
        cited(card, doc_id, "name", "الملتقى الدولي حول المدن الذكية")
        cited(card, doc_id, "start_date", "يومي 10 و 11 أبريل 2025")
        cited(card, doc_id, "patrons", "صاحب الجلالة الملك محمد السادس")
    return card


def casablanca_card() -> EventCard:
    card = EventCard(
        event_id="casablanca-smart-city-forum-7",
        name="ملتقى المدينة الذكية للدار البيضاء",
        kind="forum",
        edition=7,
        city="الدار البيضاء",
        country="MA",
        venue="فندق حياة ريجنسي",
        start_date="2025-06-07",
        end_date="2025-06-08",
        organizers=["شركة التنمية المحلية الدار البيضاء للتنشيط والتظاهرات"],
        sources=[CASA],
    )
    cited(card, CASA, "name", "ملتقى المدينة الذكية للدار البيضاء")
    cited(card, CASA, "venue", "فندق حياة ريجنسي")
    return card


def bahrain_card() -> EventCard:
    card = EventCard(
        event_id="bahrain-smart-cities-summit-5",
        name="قمة المدن الذكية",
        kind="summit",
        edition=5,
        country="BH",
        venue="مركز الخليج للمؤتمرات",
        start_date="2024-03",
        sources=[BAHRAIN],
    )
    cited(card, BAHRAIN, "name", "قمة المدن الذكية")
    return card


@pytest.fixture(scope="module", params=["embedded", "server"])
def client(request, tmp_path_factory):
    from store.chroma import make_client

    url = request.getfixturevalue("chroma_server_url") if request.param == "server" else None
    return make_client(tmp_path_factory.mktemp("events"), url)


@pytest.fixture
def events(client):
    from store.collections import IndexCollections

    return EventStore(IndexCollections(client, f"t{uuid.uuid4().hex[:10]}"))


def ids_of(cards: list[EventCard]) -> list[str]:
    return [c.event_id for c in cards]


def put_in_another_process(events: EventStore, doc_id: str, card: str) -> None:
    """`events.put(doc_id, [card()])` run by another Python process on the same index."""
    settings = events._cols._client.get_settings()
    if settings.is_persistent:
        where = f"make_client(Path({settings.persist_directory!r}).parent, None)"
    else:
        url = f"http://{settings.chroma_server_host}:{settings.chroma_server_http_port}"
        where = f"make_client(Path('.'), {url!r})"
    script = (
        "from pathlib import Path\n"
        "from store.chroma import make_client\n"
        "from store.collections import IndexCollections\n"
        "from store.events import EventStore\n"
        "from tests import test_events_store as t\n"
        f"cols = IndexCollections({where}, {events._cols.name!r})\n"
        f"EventStore(cols).put({doc_id!r}, [t.{card}()])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_two_articles_merge_into_one_card_with_the_date_conflict_shown(events):
    events.put(BERKANE, [berkane_card()], published="2025-03-01")
    other = berkane_card("hespress-berkane", start="2025-04-12")
    other.patrons = ["صاحب الجلالة الملك محمد السادس", "وزارة الداخلية"]
    events.put("hespress-berkane", [other], published="2025-03-02")

    cards = events.cards(today=TODAY)
    assert [c.event_id for c in cards] == ["berkane-smart-cities-forum-3"]
    card = cards[0]
    assert card.sources == [BERKANE, "hespress-berkane"]
    assert card.patrons == ["صاحب الجلالة الملك محمد السادس", "وزارة الداخلية"]
    # a tie on sources: the first doc_id in sort order is shown, and the card says so
    assert card.start_date == "2025-04-10" and card.end_date == "2025-04-11"
    assert card.conflicts["start_date"] == [
        {"value": "2025-04-10", "doc_ids": [BERKANE], "shown": True},
        {"value": "2025-04-12", "doc_ids": ["hespress-berkane"], "shown": False},
    ]
    assert card.status == "ongoing"
    quote = card.evidence["start_date"][0]
    assert text_of(BERKANE)[quote.start : quote.end] == quote.quote


def test_a_less_precise_date_agrees_and_the_majority_value_is_shown():
    a, b, c = (berkane_card(d) for d in ("a", "b", "c"))
    b.start_date, b.end_date = "2025-04", None
    c.start_date, c.end_date = "2025-05-02", None
    card = merge_cards([c, b, a], today=TODAY)[0]
    assert card.start_date == "2025-04-10"
    assert card.conflicts["start_date"][0] == {
        "value": "2025-04-10",
        "doc_ids": ["a", "b"],
        "shown": True,
    }
    assert "edition" not in card.conflicts and "city" not in card.conflicts


def test_one_body_or_person_spelled_shorter_in_another_report_is_listed_once():
    a, b, c = (berkane_card(d) for d in ("a", "b", "c"))
    a.patrons = ["الأمير منصور بن ماجد", "أمير المنطقة"]
    b.patrons = ["الأمير منصور بن ماجد بن عبد الرحمن"]
    c.patrons = ["الأمير منصور بن ماجد بن عبدالرحمن", "أمير المنطقة الأمير منصور بن ماجد"]
    a.organizers, b.organizers = ["وزارة الثقافة"], ["وزارة الثقافة والإعلام", "هيئة السياحة"]
    card = merge_cards([a, b, c], today=TODAY)[0]
    assert card.patrons == [
        "الأمير منصور بن ماجد بن عبد الرحمن",
        "أمير المنطقة الأمير منصور بن ماجد",
    ]
    assert card.organizers == ["وزارة الثقافة والإعلام", "هيئة السياحة"]


def test_reput_replaces_and_remove_deletes_the_share(events):
    events.put(BERKANE, [berkane_card()])
    events.put("hespress-berkane", [berkane_card("hespress-berkane")])
    events.put(CASA, [casablanca_card()])
    events.put(BERKANE, [])  # re-ingested, and no longer about the forum
    assert events.card("berkane-smart-cities-forum-3").sources == ["hespress-berkane"]

    events.remove("hespress-berkane")
    assert events.card("berkane-smart-cities-forum-3") is None
    assert [c.event_id for c in events.cards()] == ["casablanca-smart-city-forum-7"]
    assert events.count() == 1


def test_every_card_is_merged_once_until_a_write(events, monkeypatch):
    events.put(BERKANE, [berkane_card()])
    reads: list[object] = []
    read = events.mentions
    monkeypatch.setattr(events, "mentions", lambda where=None: reads.append(where) or read(where))
    assert ids_of(events.cards(today=TODAY)) == ["berkane-smart-cities-forum-3"]
    assert ids_of(events.cards(today=TODAY)) == ["berkane-smart-cities-forum-3"]
    assert len(reads) == 1  # the second question found the merged cards of the first

    events.put(CASA, [casablanca_card()])
    both = ["berkane-smart-cities-forum-3", "casablanca-smart-city-forum-7"]
    assert ids_of(events.cards(today=TODAY)) == both
    assert events.cards(today=TODAY)[0].status == "ongoing"
    assert events.cards(today=dt.date(2025, 5, 1))[0].status == "past"  # a new day, new status
    events.remove(BERKANE)
    assert ids_of(events.cards(today=TODAY)) == ["casablanca-smart-city-forum-7"]
    assert events.count() == 1  # the version record is no mention


def test_merged_cards_follow_a_write_by_another_process(events):
    events.put(BERKANE, [berkane_card()])
    assert ids_of(events.cards(today=TODAY)) == ["berkane-smart-cities-forum-3"]
    put_in_another_process(events, CASA, "casablanca_card")
    assert ids_of(events.cards(today=TODAY)) == [
        "berkane-smart-cities-forum-3",
        "casablanca-smart-city-forum-7",
    ]
    put_in_another_process(events, BERKANE, "bahrain_card")  # re-ingested, another event
    assert ids_of(events.cards(today=TODAY)) == [
        "bahrain-smart-cities-summit-5",
        "casablanca-smart-city-forum-7",
    ]


def test_filters_run_in_chroma(events):
    events.put(BERKANE, [berkane_card()])
    events.put(CASA, [casablanca_card()])
    events.put(BAHRAIN, [bahrain_card()])

    def ids(**filters) -> list[str]:
        return [c.event_id for c in events.cards(EventFilter(**filters), today=TODAY)]

    morocco = ["berkane-smart-cities-forum-3", "casablanca-smart-city-forum-7"]
    assert ids(country="MA") == morocco
    assert ids(country="ma") == morocco
    assert ids(country="Morocco") == morocco
    assert ids(country="المغرب") == morocco
    assert ids(country="Bahrain") == ["bahrain-smart-cities-summit-5"]
    assert ids(city="Berkane") == ids(city="بركان") == ["berkane-smart-cities-forum-3"]
    assert ids(year=2024) == ["bahrain-smart-cities-summit-5"]
    assert ids(date_from="2025-04-11", date_to="2025-06") == morocco
    assert ids(date_from="2025-04-12") == ["casablanca-smart-city-forum-7"]
    assert ids(upcoming=True) == morocco  # the Berkane forum is on today
    assert ids(kind="summit") == ["bahrain-smart-cities-summit-5"]
    assert ids(country="MA", kind="summit") == []
    with pytest.raises(ValueError):
        ids(date_from="April")


def test_card_json_has_the_published_keys_first():
    from ingest.events.public import PUBLIC_KEYS, card_json

    data = card_json(merge_cards([casablanca_card()], today=TODAY)[0])
    assert list(data)[: len(PUBLIC_KEYS)] == list(PUBLIC_KEYS)
    assert data["id"] == "casablanca-smart-city-forum-7"
    assert data["status"] == "upcoming"
    assert data["evidence"]["venue"] == [
        {
            "doc_id": CASA,
            "start": text_of(CASA).index("فندق حياة ريجنسي"),
            "end": text_of(CASA).index("فندق حياة ريجنسي") + len("فندق حياة ريجنسي"),
            "quote": "فندق حياة ريجنسي",
        }
    ]
