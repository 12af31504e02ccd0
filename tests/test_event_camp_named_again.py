"""A camp named with its kind, then "المخيم" alone (from archive articles nobody here tuned on;
the sentences are invented).

"مخيم" counts as an event only with its kind ("المخيم الصيفي", "مخيم «…»"): a refugee camp
or a place called so is none. After a camp so named, "وسيقام المخيم في مدينة الرياض …"
refers back to it, and its place and days are the camp's: a summer camp whose lead named
neither made no card. Its other editions ("بالمخيم الكشفي العالمي الـ22 بالسويد") are not
where this one is held.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import _named_as_event, extract_events

_CAMP = (
    "افتتحت وكيلة الوزارة أمس فعاليات المخيم الصيفي الأول لرعاية 100 طالب وطالبة من "
    "الموهوبين، بحضور عدد من المسؤولين وأولياء الأمور.\n"
    "وسيقام المخيم في مدينة الرياض بمدارس الرواد في الفترة من 8 إلى 21 أغسطس 2031."
)


def test_the_camp_alone_after_the_named_camp_refers_to_it():
    found = [m.text for m in names.find_names(_CAMP)]
    assert found[-1] == "المخيم" and found[0].startswith("المخيم الصيفي الأول")


def test_a_camp_alone_with_no_named_camp_is_no_event():
    assert names.find_names("وزار الوفد المخيم في الأردن واطلع على أحوال اللاجئين") == []


def test_the_camp_gets_its_place_and_days():
    cards = extract_events("camp", _CAMP, title="انطلاق مخيم الموهوبين", published="2031-08-06")
    assert [(c.city, c.start_date, c.end_date) for c in cards] == [
        ("الرياض", "2031-08-08", "2031-08-21")
    ]


def test_another_edition_of_the_camp_is_not_its_venue():
    assert _named_as_event("المخيم الكشفي العالمي الـ22", "المخيم الكشفي العالمي الـ23")
    assert not _named_as_event("قرية المفتاحة", "مهرجان قرية المفتاحة")
