"""A country said of another edition is not where this one is held.

Invented sentences in the style of Saudi news. A report of a series' thirteenth edition often
recalls where an earlier one was held ("منذ مشاركتها الأولى في النسخة الخامسة من المؤتمر،
الذي استضافته الأردن"): that country was taken as the thirteenth's when the article placed
the event in a town the gazetteer lacks. A country in a sentence whose last edition named before
it is another number of the series now counts for nothing.
"""

from __future__ import annotations

from tests.conftest import one_event_card

_RECALLED = (
    "تشارك جمعية المرشدات في المؤتمر الإرشادي العالمي الـ 13 الذي تبدأ أعماله الثلاثاء المقبل "
    "في بلدة كوروشيما الجبلية، بمشاركة ثلاثة آلاف مرشدة.\n"
    "وقالت رئيسة الوفد إن الجمعية تشارك منذ مشاركتها الأولى في النسخة الخامسة من المؤتمر، "
    "الذي استضافته الأردن عام 1990، وحتى اليوم."
)


def test_the_country_of_an_edition_recalled_is_not_this_ones():
    card = one_event_card(_RECALLED, "المرشدات في المؤتمر الإرشادي العالمي", "2015-07-24")
    assert card.edition == 13
    assert card.country != "JO"


def test_a_country_said_of_this_edition_still_places_it():
    text = _RECALLED.replace("في بلدة كوروشيما الجبلية،", "في بلدة كوروشيما الجبلية باليابان،")
    card = one_event_card(text, "المرشدات في المؤتمر الإرشادي العالمي", "2015-07-24")
    assert card.country == "JP"


def test_a_town_said_after_an_earlier_edition_in_another_sentence_counts():
    text = (
        "انطلقت أمس أعمال المؤتمر الإرشادي العالمي الـ 13 في الدوحة بمشاركة ثلاثة آلاف مرشدة.\n"
        "وكانت النسخة الخامسة من المؤتمر قد أقيمت قبل خمسة وعشرين عاما."
    )
    card = one_event_card(text, "انطلاق المؤتمر الإرشادي العالمي", "2015-07-24")
    assert (card.city, card.country) == ("الدوحة", "QA")
