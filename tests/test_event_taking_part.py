"""Taking part in an event says it is held.

Invented sentences in the style of Saudi news. "جاء ذلك خلال مشاركة اثني عشر خطاطا في ملتقى
ساحة الخطاطين" reports a forum held in a town's summer programme; with no verb that holds
it, the forum had no event cue and made no card though the headline names it. A word of taking
part ("مشاركة", "المشارك", "المشاركين") up to four words before "في" or "ب" and the event's
name now counts as one cue.
"""

from __future__ import annotations

from tests.conftest import event_cards

_FORUM = (
    "لفت عدد من الخطاطين الشباب أنظار الأهالي بلوحاتهم الكبيرة التي زينت جدران الساحة.\n"
    "جاء ذلك خلال مشاركة اثني عشر خطاطا في ملتقى ساحة الخطاطين الذي يعد جزءا من برنامج الصيف في "
    "محافظة الرس، حيث قدموا لوحات بالخط الكوفي والديواني نالت إعجاب الحضور.\n"
    "وقال المشرف عليهم إن الإقبال فاق التوقعات، وإن الخطاطين تلقوا طلبات كثيرة."
)
_TITLE = "12 خطاطا يلفتون الأنظار بملتقى ساحة الخطاطين بالرس"


def test_taking_part_in_a_named_forum_makes_its_card():
    cards = event_cards(_FORUM, _TITLE, "2015-08-04")
    assert [(c.name, c.city) for c in cards] == [("ملتقى ساحة الخطاطين", "الرس")]


def test_taking_part_said_far_from_the_name_is_no_cue():
    text = _FORUM.replace(
        "خلال مشاركة اثني عشر خطاطا في ملتقى",
        "خلال مشاركة اثني عشر خطاطا من طلاب المعهد الفني والكلية التقنية في ملتقى",
    )
    assert event_cards(text, _TITLE, "2015-08-04") == []
