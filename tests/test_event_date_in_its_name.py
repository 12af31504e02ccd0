"""A year written in an event's own name is that event's, whatever event the sentence named
before it (invented sentences in the style of Saudi news; each test fails without the rule)."""

from __future__ import annotations

from ingest.events.extract import extract_events


def test_the_year_in_a_festivals_name_is_its_year_after_another_event():
    text = (
        "تواصلت العروض المقدمة للزوار في ملتقى الأسر المنتجة، وفعاليات مهرجان صيف الجنوب 2015 "
        "التي تنظمها أمانة المنطقة في الواجهة البحرية بجازان، حيث استمتع عدد كبير من الأطفال "
        "بالألعاب والمسابقات."
    )
    cards = extract_events(
        "x", text, title="الأطفال يستمتعون بمهرجان صيف الجنوب", published="2015-07-22"
    )
    assert [(c.name, c.start_date, c.city) for c in cards] == [
        ("مهرجان صيف الجنوب 2015", "2015", "جازان")
    ]
    assert cards[0].evidence["start_date"][0].quote == "2015"


def test_a_year_in_another_events_name_is_still_not_this_ones():
    # the guard the rule narrows: a year in the name of another event stays that event's
    text = (
        "The Tech Summit will open in Leeds. Organisers of the Film Festival 2014 said it drew "
        "record crowds."
    )
    cards = extract_events("x", text, title="Tech Summit opens in Leeds", published="2015-03-02")
    assert [(c.name, c.start_date) for c in cards] == [("Tech Summit", None)]
