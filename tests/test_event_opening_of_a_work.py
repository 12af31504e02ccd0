"""The opening ceremony of a work is an event of its own; an event's opening is a part of it.

Invented sentences in the style of Saudi and Egyptian news. "حفل افتتاح المهرجان" is the
festival's own opening, a part of the festival, and makes no card of its own. But "حفل
افتتاح الجسر الجديد" opens a bridge, not an event: the ceremony is the event the article
reports, and was missed because every opening ceremony was taken for an event's part. An
ordinal after the work ("الجسر الثاني") numbers the work, not an edition of the ceremony.
"""

from __future__ import annotations

from tests.conftest import event_cards, event_names

_BRIDGE = (
    "يشارك رؤساء عشر دول في حفل افتتاح جسر النيل الثاني الذي يقام يوم الخميس المقبل في مدينة "
    "أسوان، وسط إجراءات أمنية مشددة.\n"
    "وأكد المتحدث باسم الحكومة أن الاستعدادات لحفل الافتتاح اكتملت، وأن الجسر سيفتح للسير "
    "بعد الحفل مباشرة."
)


def test_the_opening_ceremony_of_a_bridge_makes_its_card():
    cards = event_cards(_BRIDGE, "رؤساء عشر دول في حفل افتتاح جسر النيل الثاني", "2015-08-03")
    assert [(c.name, c.kind, c.city, c.edition) for c in cards] == [
        ("حفل افتتاح جسر النيل الثاني", "ceremony", "أسوان", None)
    ]
    assert cards[0].start_date == "2015-08-06"


def test_an_events_own_opening_is_still_its_part():
    assert event_names("وأقيم حفل افتتاح المهرجان مساء أمس بحضور المحافظ.") == ["المهرجان"]
    assert event_names("وأقيم حفل افتتاح فعاليات ملتقى الشباب مساء أمس.") == ["ملتقى الشباب"]
    assert event_names("ورعى الأمير حفل افتتاح سوق عكاظ مساء أمس.") == ["سوق عكاظ"]
