"""A festival named after its town, where the town is small: "مهرجان البندقية السينمائي".

Festival towns are often small (geonames counts 51,000 people in Venice), and a foreign town
named right after an event's head noun counted only from 100,000 people: the card took the
town of a fund that backs the festival's films. From 50,000 it counts. Invented sentences.
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def test_the_festivals_own_town_places_it():
    text = (
        "أعلن صندوق لدعم الأفلام في دبي أنه يشارك بستة أفلام عربية في مهرجان البندقية "
        "السينمائي الدولي في دورته 72 التي تفتتح يوم 2 سبتمبر 2015.\n"
        "وقال الصندوق إن مهرجان البندقية اختار فيلمين من الأفلام التي دعمها."
    )
    cards = extract_events(
        "doc", text, title="أفلام عربية في مهرجان البندقية السينمائي", published="2015-07-30"
    )
    assert [(c.name, c.city, c.country) for c in cards] == [
        ("مهرجان البندقية السينمائي الدولي", "البندقية", "IT")
    ]
