"""A town the gazetteer lacks, said after "مدينة" with its country's adjective (from articles
nobody here tuned on; the sentences are invented).

"المقام في مدينة … البولندية" gave the card no town: the gazetteer has no Arabic name for
it. The words between "مدينة" and a country's adjective are the town, in that country.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _card(text: str):
    cards = extract_events("x", text, title="مهرجان الطائرات الورقية", published="2031-07-01")
    assert len(cards) == 1, cards
    return cards[0]


def test_a_town_said_with_its_countrys_adjective_places_the_event():
    card = _card(
        "يقام مهرجان الطائرات الورقية في مدينة فالبرغ السويدية يومي 5 و6 أغسطس 2031، "
        "بمشاركة آلاف الزوار."
    )
    assert (card.city, card.country) == ("فالبرغ", "SE")


def test_a_two_word_town_with_its_countrys_adjective():
    card = _card(
        "يقام مهرجان الطائرات الورقية في مدينة بورت ويلم الكندية يومي 5 و6 أغسطس 2031، "
        "بمشاركة آلاف الزوار."
    )
    assert (card.city, card.country) == ("بورت ويلم", "CA")
