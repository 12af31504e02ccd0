"""An exhibition's close and visitors as cues, a country by its adjective after a place noun,
a body's or an artist's own event ("ملتقاها", "معرضهما"), an English event the story compares
its own with, and an English event's how-manieth year.

Every sentence here is invented in the style of the news; each test fails without the rule it
names (the last assertion of a test may guard what the rule must leave alone).
"""

from __future__ import annotations

from ingest.events import gate, names, places
from ingest.events.extract import extract_events


def test_an_exhibition_s_close_and_visitors_make_the_article_about_it():
    text = (
        "شهد معرض فرص الإلكتروني للتوظيف زيارة 42 ألف زائر في ختامه الأسبوع الماضي، وبلغ "
        "عدد الباحثين عن عمل المسجلين في موقعه أكثر من 9 آلاف."
    )
    cards = extract_events("d", text, "42 ألف زائر لمعرض فرص الإلكتروني", "2015-07-21")
    assert [c.name for c in cards] == ["معرض فرص الإلكتروني للتوظيف"]


def test_a_place_noun_and_a_country_s_adjective_name_the_country():
    found = places.find_countries("أقام أهالي قرية «يشيل كوي» التركية مهرجانا للعسل")
    assert [(c.text, c.code) for c in found] == [("التركية", "TR")]
    # an adjective alone places nothing ("الحكومة التركية")
    assert places.find_countries("وقالت الحكومة التركية إن الاتفاق قريب") == []


def test_a_body_s_own_event_is_named_by_its_possessive_head():
    found = names.find_names("وتقيم الجمعية ملتقاها الثالث في مدينة الطائف الأسبوع المقبل.")
    assert [(m.text, m.kind, m.edition) for m in found] == [("ملتقاها الثالث", "forum", 3)]


def test_an_english_event_the_story_compares_its_own_with_is_passing():
    text = (
        "Vertigo is up for five Northern Screen Awards, the regional version of the Baftas. "
        "The awards are held on 12 March, the day before the Baftas, and the winners often "
        "go on to win at the Baftas."
    )
    baftas = [m for m in names.find_names(text) if m.text == "Baftas"]
    assert [gate._passing(text, m) for m in baftas] == [True, True, False]


def test_an_english_event_s_how_manieth_year_is_its_edition():
    text = (
        "Vertigo, a low-budget thriller, is up for five Northern Screen Awards on 12 March in "
        "Newcastle. The awards, now in their 15th year, honour films made in the north."
    )
    card = extract_events("d", text, "Thriller up for five regional prizes")[0]
    assert card.edition == 15


def test_an_english_name_may_hold_the_year_of_its_edition():
    found = names.find_names("The minister opened the Wings Asia 2005 air show on Tuesday.")
    assert [(m.text, m.kind) for m in found] == [("Wings Asia 2005 air show", "exhibition")]
