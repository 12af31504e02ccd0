"""An event named in a list of events is no second event the article is about.

Invented article in the style of Saudi news: a painter shown at a festival, whose career lists
the exhibitions she took part in ("شاركت بمعرض «…»، كما شاركت في …، ومعرض …، ومعرض …").
The first of them has facts of its own (a quoted name, the body that runs the next one) and
had become a second card. A conference held in the festival, named on its own with facts of its own, still is.
"""

from __future__ import annotations

from ingest.events.extract import extract_events

LEAD = (
    "استضاف منظمو مهرجان جدة للفنون الفنانة التشكيلية منى سالم في جناح خاص بمركز جدة للمعارض، "
    "حيث عرضت لوحاتها لزوار المهرجان.\n"
)
CAREER = (
    "وخاضت الفنانة مرحلة المنافسة مدة سنوات، حيث شاركت بمعرض «ألوان الصباح»، كما شاركت في "
    "صالون الربيع للفن بالقاهرة الذي تنظمه رابطة الفنانين العرب، ومعرض الكتاب بالرياض، "
    "وأيضا معرض إطلالة الفن، وشاركت بمعرض الفنون الأول بتبوك.\n"
)


def _names(text: str) -> list[str]:
    cards = extract_events("d1", text, title="لوحات منى تلفت زوار مهرجان جدة للفنون")
    return [c.name for c in cards]


def test_an_exhibition_in_a_list_of_a_career_makes_no_card():
    assert _names(LEAD + CAREER) == ["مهرجان جدة للفنون"]


def test_an_event_named_on_its_own_is_still_a_second_event():
    own = (
        "ويقام ضمن المهرجان مؤتمر الفن الحديث الأول الذي تنظمه رابطة الفنانين العرب يوم 5 "
        "أغسطس 2016.\n"
    )
    assert _names(LEAD + own) == ["مهرجان جدة للفنون", "مؤتمر الفن الحديث الأول"]
