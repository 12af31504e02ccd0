"""A venue's name over a second genitive joined by "و", and not over the week it is held in.

Invented sentences in the style of Saudi news. "مركز … للمنتديات والفعاليات" is one venue:
the word after "و" is a second object of its "لل", though an event word ends a venue
elsewhere ("بساحة العروض فعاليات …"). "الأسبوع المقبل" after a venue says when, not where.
Each test fails without the rule it names, except the one that guards its limit.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


def test_a_second_genitive_joined_to_the_first_is_part_of_the_venue():
    assert _venues("ويقام الملتقى بمركز الدمام للمعارض والفعاليات برعاية المحافظ.") == [
        "مركز الدمام للمعارض والفعاليات"
    ]


def test_the_week_after_a_venue_is_when_not_where():
    assert _venues("ينطلق المعرض في مركز أبها للمؤتمرات والمعارض الأسبوع المقبل.") == [
        "مركز أبها للمؤتمرات والمعارض"
    ]


def test_an_event_word_after_a_plain_venue_still_ends_it():
    assert _venues("شهدت ساحة البلدية بالنماص فعاليات متنوعة للأطفال.") == []
    assert _venues("أقيم الحفل بقاعة الأمير سلطان فعاليات متنوعة.") == ["قاعة الأمير سلطان"]
