"""Madinah by its epithet: "طيبة الطيبة", and "طيبة" in its festivals' names ("عيد طيبة
36", "مهرجان صيف طيبة"). Invented sentences.

Madinah's Eid and summer festivals are named by the epithet, which the gazetteer lacks: their
cards had no town, and a report whose only place was the festival's name made no card. The
two-word epithet is the city wherever a town may be said; "طيبة" alone only right after
"عيد" or "صيف" (elsewhere it is mostly "good": "نتائج طيبة", "جامعة طيبة" is a university).
"""

from __future__ import annotations

from ingest.events import places
from ingest.events.extract import extract_events


def _towns(text: str, within: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [m.name_en for m in places.find_cities(text, frozenset(), within)]


def test_the_epithet_is_madinah():
    assert _towns("وتوافد الزوار على الحدائق في طيبة الطيبة") == ["Madinah"]


def test_the_festivals_name_places_it_in_madinah():
    text = "ضمن احتفالات عيد طيبة 36 أقيمت عروض شعبية"
    assert _towns(text, ((text.index("عيد"), text.index("36") + 2),)) == ["Madinah"]


def test_good_results_are_no_town():
    assert _towns("حقق الفريق في طيبة نتائج طيبة") == []


def test_a_report_of_the_festival_gets_its_town():
    text = (
        "انطلقت مساء أمس فعاليات عيد طيبة 36 بتنظيم أمانة المنطقة في حديقة الملك فهد "
        "المركزية، وسط حضور كبير من الأهالي والزوار."
    )
    cards = extract_events("d", text, title="انطلاق عيد طيبة", published="2015-07-18")
    assert [(c.name, c.city_en, c.country) for c in cards] == [("عيد طيبة 36", "Madinah", "SA")]


def test_a_town_called_by_its_epithet_is_named_where_the_article_names_it():
    text = (
        "انطلقت أمس احتفالات عيد طيبة 36 بحديقة الملك فهد، وتشرف عليها أمانة منطقة المدينة "
        "المنورة، وتستمر الاحتفالات عشرة أيام وسط حضور كبير من الأهالي والزوار."
    )
    cards = extract_events("x", text, title="انطلاق احتفالات عيد طيبة", published="2015-07-18")
    assert [(c.city, c.city_en) for c in cards] == [("المدينة المنورة", "Madinah")]
    # written with a clitic, the name is still where the article says it
    clitic = text.replace(
        "وتشرف عليها أمانة منطقة المدينة المنورة", "ويقبل عليها زوار من الطائف والمدينة المنورة"
    )
    cards = extract_events("x", clitic, title="انطلاق احتفالات عيد طيبة", published="2015-07-18")
    assert [(c.city, c.evidence["city"][0].quote) for c in cards] == [
        ("المدينة المنورة", "المدينة المنورة")
    ]
    assert cards[0].evidence["city"][0].quote == "المدينة المنورة"
    # an article that names it only by its epithet keeps that
    alone = text.replace("أمانة منطقة المدينة المنورة", "الأمانة")
    cards = extract_events("x", alone, title="انطلاق احتفالات عيد طيبة", published="2015-07-18")
    assert [(c.city, c.city_en) for c in cards] == [("طيبة", "Madinah")]
