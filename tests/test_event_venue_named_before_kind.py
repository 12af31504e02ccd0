"""A named place before the kind of place it is one of: "وذلك بحديقة الملز في الرياض" and,
later, "تقام عروضه في الحدائق العامة" (from articles nobody here tuned on).

The card's venue was "الحدائق العامة" (the public gardens), the one said nearer a mention of
the festival. A venue headed by a plural noun ("الحدائق", "المنتزهات") names a kind of place;
a named one comes first. Invented text.
"""

from __future__ import annotations

from ingest.events.extract import extract_events

_TEXT = (
    "انطلقت مساء أمس فعاليات مهرجان «صيفنا أحلى» الثالث الذي تنظمه أمانة منطقة الرياض لمدة "
    "أسبوعين، وذلك بحديقة الملز في حي الملز بجوار الملعب.\n"
    "وتشارك فيه فرق شعبية ومنشدون من المنطقة، وأوضح أن المهرجان تقام عروضه في الحدائق "
    "العامة بالرياض في عطلة نهاية كل أسبوع."
)


def test_the_named_garden_is_the_venue():
    cards = extract_events("doc", _TEXT, "انطلاق مهرجان صيفنا أحلى الثالث", "2015-08-06")
    assert cards, "no card"
    assert cards[0].venue == "حديقة الملز", cards[0].venue


def test_a_kind_of_place_alone_is_still_a_venue():
    # (guard) with no named place, the public gardens are where it is held
    text = (
        "انطلقت مساء أمس فعاليات مهرجان «صيفنا أحلى» الثالث الذي تنظمه أمانة منطقة الرياض، "
        "وتقام عروضه في الحدائق العامة بالرياض في عطلة نهاية كل أسبوع."
    )
    cards = extract_events("doc", text, "انطلاق مهرجان صيفنا أحلى الثالث", "2015-08-06")
    assert cards and cards[0].venue == "الحدائق العامة", cards and cards[0].venue
