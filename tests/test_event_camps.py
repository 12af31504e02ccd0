"""A camp people go to is an event: "المخيم الكشفي العالمي", "مخيم صيفي", "مخيم «…»".

"مخيم" was no event noun (only "جامبوري" was), so an article about scouts leaving for a world
camp, or a summer camp for gifted students, made no card. A camp is one when the word after
it says what kind it is (scouts, summer, students, training …) or a quoted name follows; a
camp named by a place ("مخيم اليرموك") or of refugees is not an event.
"""

from __future__ import annotations

import pytest

from ingest.events.extract import extract_events
from ingest.events.names import find_names

_SCOUTS = (
    "تشارك جمعية الكشافة في المخيم الكشفي العالمي الخامس والعشرين الذي تنطلق فعالياته "
    "الأحد المقبل في مدينة سول الكورية بمشاركة 40 ألف كشاف من 150 دولة.\n"
    "وقال رئيس الوفد إن الجمعية تشارك في المخيم بثلاثين كشافا وستقدم ركنا للتعريف بالتراث."
)


def test_a_world_scout_camp_makes_a_card():
    (card,) = extract_events(
        "scouts", _SCOUTS, title="كشافتنا في المخيم العالمي", published="2015-07-26"
    )
    assert card.name == "المخيم الكشفي العالمي الخامس والعشرين"
    assert card.edition == 25
    assert card.start_date == "2015-08-02"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("انطلق أمس المخيم الصيفي للطلبة الموهوبين في الطائف.", "المخيم الصيفي للطلبة الموهوبين"),
        ("ينطلق مخيم «نور» الثالث لخدمة المعتمرين غدا.", "مخيم «نور» الثالث"),
    ],
)
def test_a_camp_of_a_kind_is_named(text, name):
    assert [m.text for m in find_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "عاد آلاف اللاجئين إلى مخيم اليرموك جنوب دمشق.",
        "تعيش الأسر في مخيم للاجئين على الحدود منذ عامين.",
    ],
)
def test_a_place_called_a_camp_is_no_event(text):
    assert find_names(text) == []
