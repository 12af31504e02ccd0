"""An event said with a year before the article's is one the article passes by.

Invented sentences in the style of Saudi news. "الخطة التي أقرتها القمة العربية الاقتصادية في
الكويت عام 2009" in a 2015 report of a ministers' meeting names a summit held six years
before: it made a card dated the article's day. A year said right after the name, or after
the town it was held in, makes that mention a passing one; a year said in a clause of its own
("… الذي بدأ عام 2005") may be the series' start, and leaves the mention alone.
Each test fails without the rule, except the one that guards its limit.
"""

from __future__ import annotations

from tests.conftest import event_cards

_MINISTERS = (
    "افتتح أمير البلاد اليوم أعمال الدورة الثالثة لمجلس وزراء الزراعة العرب في قاعة المؤتمرات. "
    "وأشار في كلمته إلى الخطة التي أقرتها القمة العربية الاقتصادية في الكويت عام 2009، "
    "داعيا إلى تنفيذها.\n"
    "وأكد الوزراء في ختام الجلسة أهمية الأمن الغذائي، وناقشوا عددا من المشاريع المشتركة."
)


def test_a_summit_said_with_a_past_year_makes_no_card():
    assert event_cards(_MINISTERS, "انطلاق اجتماعات وزراء الزراعة العرب", "2015-07-24") == []


def test_a_past_year_said_after_a_country_or_a_town_with_its_letter():
    for place in ("في المملكة المغربية", "بالمغرب", "بمراكش"):
        text = _MINISTERS.replace("في الكويت عام 2009", f"{place} عام 2009")
        assert event_cards(text, "انطلاق اجتماعات وزراء الزراعة العرب", "2015-07-24") == [], place


def test_a_summit_said_with_the_articles_own_year_is_reported():
    text = (
        "اختتمت القمة العربية الاقتصادية في الكويت عام 2015 أعمالها أمس بمشاركة عشرين دولة، "
        "وأقرت القمة في ختام أعمالها خطة للأمن الغذائي."
    )
    cards = event_cards(text, "ختام القمة العربية الاقتصادية", "2015-07-24")
    assert [(c.name, c.city) for c in cards] == [("القمة العربية الاقتصادية", "الكويت")]


def test_a_year_in_a_clause_of_its_own_leaves_the_reported_festival():
    text = (
        "انطلقت أمس فعاليات مهرجان الورد الطائفي في الطائف، بحضور المحافظ، ويستمر المهرجان "
        "الذي بدأ عام 2005 عشرة أيام."
    )
    cards = event_cards(text, "انطلاق مهرجان الورد الطائفي", "2015-04-01")
    assert [(c.name, c.city) for c in cards] == [("مهرجان الورد الطائفي", "الطائف")]
