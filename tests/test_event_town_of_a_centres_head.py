"""The head of a centre who patronizes an event governs the town it is held in.

Invented sentences in the style of Saudi news. "رعى رئيس مركز X …": a centre (مركز) is the
administrative unit below a governorate, named after its town, as a governor's title names
his ("برعاية محافظ سميراء"), so the event is placed in X though the gazetteer lacks it (a
card with a name and no place or time is no card). A centre said after another title is no
such head ("رئيس مركز التدريب"): a verbal noun or a plural is what a centre is for, and a
town is one the article names again ("… بالوسيطاء").
"""

from __future__ import annotations

from ingest.events.extract import extract_events


def _cards(text: str, title: str):
    return extract_events("d1", text, title=title, published="2016-07-10")


def test_the_centres_town_places_the_event():
    text = (
        "رعى رئيس مركز الوسيطاء الشيخ فهد بن سالم، حفل معايدة سكان البلدة الذي نظمته جمعية "
        "البر بالوسيطاء احتفاء بعيد الفطر، وسط حضور كبير من المواطنين."
    )
    (card,) = _cards(text, "رئيس مركز الوسيطاء يرعى حفل معايدة سكان البلدة")
    assert card.city == "الوسيطاء"
    assert card.evidence["city"][0].quote == "الوسيطاء"


def test_a_training_centre_is_no_town():
    text = (
        "رعى رئيس مركز التدريب الشيخ فهد بن سالم، حفل معايدة سكان البلدة الذي نظمته جمعية "
        "البر احتفاء بعيد الفطر، وسط حضور كبير من المواطنين."
    )
    assert all(c.city != "التدريب" for c in _cards(text, "رئيس المركز يرعى حفل معايدة سكان البلدة"))
