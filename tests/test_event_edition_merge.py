"""One event reported with its edition's number and without it is one card.

"سوق عكاظ" was two cards: "kaz-9" from the article that numbers the ninth edition and
"kaz-2015" from one that does not (a card's id is its series and its edition, else its year).
A mention that numbers no edition is merged into the one edition of its series another
article numbers that year; the old id still finds the card. The articles are invented.
"""

from __future__ import annotations

import datetime as dt

from ingest.events.card import EventCard
from ingest.events.merge import event_aliases, merge_cards
from tests.conftest import service_over

_OPENING = {
    "id": "opening",
    "title": "انطلاق الدورة الخامسة لملتقى أبها للشعر الشعبي",
    "date": "2016-03-01",
    "text": (
        "تنطلق في أبها يوم 10 مارس 2016 فعاليات الدورة الخامسة لملتقى أبها للشعر الشعبي "
        "بمشاركة 30 شاعرا من مناطق المملكة.\n"
        "وتستمر فعاليات الملتقى ثلاثة أيام في مركز الملك فهد الثقافي."
    ),
}
_CLOSING = {
    "id": "closing",
    "title": "اختتام ملتقى أبها للشعر الشعبي",
    "date": "2016-03-13",
    "text": (
        "اختتم ملتقى أبها للشعر الشعبي أمس فعالياته في مركز الملك فهد الثقافي بأبها بتكريم "
        "الشعراء المشاركين.\n"
        "وشهد الملتقى حضورا كبيرا من أهالي المنطقة وزوارها."
    ),
}


def test_the_unnumbered_report_joins_the_numbered_edition(tmp_path):
    service = service_over(tmp_path, [_OPENING, _CLOSING])
    cards = service.events()
    assert [(c.name, c.edition, c.sources) for c in cards] == [
        ("ملتقى أبها للشعر الشعبي", 5, ["closing", "opening"])
    ]
    event_id = cards[0].event_id
    assert event_id.endswith("-5")
    # the card by its id, by the id the closing report's mention has, and through a filter
    assert service.event(event_id).sources == ["closing", "opening"]
    assert service.event(event_id.removesuffix("-5") + "-2016").event_id == event_id
    assert [c.event_id for c in service.events(year=2016, city="أبها")] == [event_id]


def _mention(event_id: str, doc_id: str, edition: int | None, start: str | None) -> EventCard:
    card = EventCard(event_id=event_id, name="ملتقى أبها للشعر الشعبي", edition=edition)
    card.start_date, card.sources = start, [doc_id]
    return card


def test_two_numbered_editions_in_a_year_keep_the_unnumbered_apart():
    # (guard) which edition it is cannot be told: three cards
    mentions = [
        _mention("abha-5", "a", 5, "2016-03-10"),
        _mention("abha-6", "b", 6, "2016-11-02"),
        _mention("abha-2016", "c", None, None),
    ]
    assert event_aliases(mentions) == {}
    assert len(merge_cards(mentions, today=dt.date(2017, 1, 1))) == 3


def test_another_years_report_stays_its_own():
    # (guard) the unnumbered report of 2017 is not the fifth edition of 2016
    mentions = [_mention("abha-5", "a", 5, "2016-03-10"), _mention("abha-2017", "c", None, None)]
    assert event_aliases(mentions) == {}
    published = {"a": "2016-03-01"}
    mentions[0].start_date = None
    assert event_aliases(mentions, published) == {}
    assert event_aliases([*mentions, _mention("abha-2016", "d", None, None)], published) == {
        "abha-2016": "abha-5"
    }


def _placed_mention(event_id: str, doc_id: str, city: str | None, kind: str = "forum") -> EventCard:
    card = EventCard(event_id=event_id, name="سوق عكاظ", kind=kind, edition=9)
    card.city, card.country, card.sources = city, "SA", [doc_id]
    return card


def test_a_report_placed_only_by_its_country_joins_the_towns():
    # "sa-kaz-9": an article that names no town; "taif-kaz-9": one that names Taif
    mentions = [
        _placed_mention("sa-kaz-9", "a", None),
        _placed_mention("taif-kaz-9", "b", "الطائف"),
    ]
    assert event_aliases(mentions) == {"sa-kaz-9": "taif-kaz-9"}
    cards = merge_cards(mentions, today=dt.date(2016, 1, 1))
    assert [(c.event_id, c.sources) for c in cards] == [("taif-kaz-9", ["a", "b"])]


def test_two_towns_or_a_bare_kind_keep_a_countrys_report_apart():
    # (guard) two towns hold the series: which cannot be told; "مهرجان" of no topic neither
    two = [
        _placed_mention("sa-kaz-9", "a", None),
        _placed_mention("taif-kaz-9", "b", "الطائف"),
        _placed_mention("jeddah-kaz-9", "c", "جدة"),
    ]
    assert event_aliases(two) == {}
    bare = [
        _placed_mention("sa-festival-2015", "a", None, kind="festival"),
        _placed_mention("jeddah-festival-2015", "b", "جدة", kind="festival"),
    ]
    bare[0].edition = bare[1].edition = None
    assert event_aliases(bare) == {}


def _numbered(event_id: str, doc_id: str, edition: int, city: str = "الظهران") -> EventCard:
    card = EventCard(event_id=event_id, name="المؤتمر العربي للألمنيوم", edition=edition)
    card.city, card.country, card.sources = city, "SA", [doc_id]
    return card


def test_a_numbered_report_joins_the_one_that_names_the_event_in_full():
    # the same town and edition, the other's series words holding all of these and more
    # (the conference once with its acronym)
    mentions = [
        _numbered("dhahran-alu-19", "a", 19),
        _numbered("dhahran-alu-arabal-19", "b", 19),
        _mention("dhahran-alu-2016", "c", None, None),
    ]
    mentions[2].city, mentions[2].country = "الظهران", "SA"
    published = {"a": "2016-05-01", "b": "2016-05-02"}
    aliases = event_aliases(mentions, published)
    # the unnumbered report goes through the short id to the full one
    assert aliases == {
        "dhahran-alu-19": "dhahran-alu-arabal-19",
        "dhahran-alu-2016": "dhahran-alu-arabal-19",
    }
    cards = merge_cards(mentions, today=dt.date(2017, 1, 1), published=published)
    assert [(c.event_id, c.sources) for c in cards] == [("dhahran-alu-arabal-19", ["a", "b", "c"])]


def test_two_fuller_names_or_another_edition_keep_a_numbered_report_apart():
    # (guard) two conferences could be meant; another edition is another event
    two = [
        _numbered("dhahran-alu-19", "a", 19),
        _numbered("dhahran-alu-arabal-19", "b", 19),
        _numbered("dhahran-alu-gulf-19", "c", 19),
    ]
    assert event_aliases(two) == {}
    other = [_numbered("dhahran-alu-18", "a", 18), _numbered("dhahran-alu-arabal-19", "b", 19)]
    assert event_aliases(other) == {}


def test_a_year_written_with_its_letter_is_no_word_of_the_series():
    from ingest.events.names import series_topic

    assert series_topic("معرض وظائف 2016م") == series_topic("معرض وظائف 2016")
