"""A country a person speaks for is not where the event is; a byline is not the lead.

Invented sentences in the style of Saudi news. "قال نائب مندوب اليمن لدى الأمم المتحدة إن
الرئيس سيلقي كلمة في قمة …" placed a New York summit in Yemen: the country after "مندوب",
"سفير", "وفد" … is the one the person represents. And a report that opens on a line naming
only its paper and town ("عين اليوم – الأمم المتحدة") had its lead pushed past the event's
name, which then fell short of the bar that the same report without the line passes.
"""

from __future__ import annotations

from tests.conftest import event_cards

_SUMMIT = (
    "قال نائب مندوب اليمن لدى الأمم المتحدة، الاثنين، إن رئيس الجمهورية يعتزم السفر في سبتمبر "
    "المقبل ليلقي كلمة أمام المنظمة الدولية في اجتماعاتها السنوية بعد غياب طويل عنها، "
    "وهي الزيارة الأولى له منذ سنوات، وسيرافقه فيها وزير الخارجية وعدد من المستشارين.\n"
    "ويورد جدول أعمال مبدئي لقمة المياه العالمية اسم الرئيس على أنه يبدأ كلمته في 26 سبتمبر "
    "أيلول. وينتظر أن تقر القمة خطة للمياه تمتد عشرة أعوام.\n"
    "ولدى سؤاله عما إذا كان الرئيس سيحضر القمة قال المندوب نعم."
)
_TITLE = "الرئيس ينوي إلقاء كلمة أمام قمة أممية"


def test_the_country_a_delegate_speaks_for_is_not_the_events():
    cards = event_cards(_SUMMIT, _TITLE, "2015-08-04")
    assert [c.name for c in cards] == ["قمة المياه العالمية"]
    assert cards[0].country != "YE"


def test_a_country_after_in_still_places_the_event():
    text = _SUMMIT.replace("26 سبتمبر أيلول", "26 سبتمبر أيلول في صنعاء")
    cards = event_cards(text, _TITLE, "2015-08-04")
    assert [(c.name, c.city, c.country) for c in cards] == [("قمة المياه العالمية", "صنعاء", "YE")]


def test_a_byline_line_does_not_push_the_event_out_of_the_lead():
    for byline in ("", "عين اليوم – الأمم المتحدة\n"):
        cards = event_cards(byline + _SUMMIT, _TITLE, "2015-08-04")
        assert [c.name for c in cards] == ["قمة المياه العالمية"], repr(byline)
