""" "ممثلة في معهد …" names the body an organiser acts through, not where the event is held
(from articles nobody here tuned on): the card's venue was that institute."""

from __future__ import annotations

from ingest.events.extract import extract_events
from ingest.events.places import find_venues

_TEXT = (
    "تنظم وزارة الشؤون البلدية ممثلة في معهد التدريب البلدي بالوزارة دورة "
    "توعوية لمراقبي المساجد في منطقة تبوك يوم الثلاثاء المقبل بمشاركة 80 مراقبا."
)


def test_the_representing_body_is_no_venue():
    assert find_venues(_TEXT) == []


def test_the_course_has_no_venue_from_it():
    cards = extract_events("course", _TEXT, "دورة لمراقبي المساجد", "2015-08-06")
    assert [c.venue for c in cards] == [None]


def test_a_venue_after_in_still_is():
    text = _TEXT.replace("ممثلة في معهد", "وتقام في معهد")
    assert [text[a:b] for a, b in find_venues(text)] == ["معهد التدريب البلدي بالوزارة"]
