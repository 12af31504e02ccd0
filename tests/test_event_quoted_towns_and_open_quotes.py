"""A slogan whose quotation is never closed, a town in quotation marks after "بمدينة", and a
foreign town whose first letter is written with ع.

Every sentence here is invented in the style of Arabic news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import content, places
from ingest.events.extract import extract_events


def test_a_slogan_whose_quotation_is_never_closed_runs_to_the_end_of_its_clause():
    text = (
        "افتتح رئيس المركز فعاليات مهرجان صيف الشملي، تحت شعار «الشملي بوابة الشمال والذي "
        "تنظمه البلدية بحضور جمع من الأهالي."
    )
    assert [f.text for f in content.find_slogans(text)] == ["الشملي بوابة الشمال"]


def test_a_town_in_quotation_marks_after_the_word_town_places_the_summit():
    text = (
        "تنعقد اليوم بمدينة «عنتيبي» الأوغندية القمة الخماسية لبحث أوضاع منطقة البحيرات، "
        "بعد قمة مماثلة عقدت الشهر الماضي في العاصمة الكينية نيروبي."
    )
    card = extract_events("d", text, "قمة خماسية في عنتيبي لبحث أوضاع البحيرات", "2015-08-11")[0]
    assert (card.city, card.country) == ("عنتيبي", "UG")


def test_an_initial_ain_sounds_like_an_initial_alif_in_a_foreign_town():
    city = places._sounded_city("عنتيبي")
    assert city is not None and city.name_en == "Entebbe"
    # a name spelled alike still wins over a bigger town of the same sound
    city = places._sounded_city("عنتاب")
    assert city is not None and city.name_en == "Gaziantep"
