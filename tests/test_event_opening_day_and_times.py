"""Readings of an event's lead: the day it was opened, how many years it has run, a split "ب".

"ألقاها أمس في افتتاح أعمال الندوة": a day said before the event's opening is the day it
started, though no verb that holds the event comes before the day (a speech given "أمس" is
otherwise a day while the event runs, not its start).

"راعيا للمهرجان للسنة الثالثة على التوالي": how many years a sponsor has backed the event.
The event's name does not run on into it: "مهرجان للسنة الثالثة" is no name, and as one it
made a card of its own that outranked the event's real name.

"ملتقى السياحة ب 22 فعالية": a preposition written apart from the number after it ends a name,
as it does written joined; the name had kept a dangling "ب".
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events

_OPENED = (
    "دعا وكيل وزارة المياه المهندس سامي الحربي الدول العربية إلى توحيد جهودها في ترشيد "
    "استهلاك المياه.\n"
    "جاء ذلك في كلمته التي ألقاها أمس في افتتاح أعمال الندوة العربية لإدارة الموارد المائية "
    "التي بدأت في مدينة تونس بمشاركة خبراء من 14 دولة عربية.\n"
    "وتناقش الندوة على مدى يومين تقنيات تحلية المياه وإعادة استخدامها.\n"
    "وقال الحربي إن الندوة فرصة لتبادل الخبرات بين الدول المشاركة."
)


def test_a_day_said_before_the_events_opening_is_its_start():
    (card,) = extract_events(
        "water", _OPENED, title="دعوة عربية لترشيد استهلاك المياه", published="2015-07-20"
    )
    assert card.name == "الندوة العربية لإدارة الموارد المائية"
    assert card.start_date == "2015-07-19"
    assert card.city == "تونس"


def test_a_day_said_before_another_word_is_still_a_day_it_runs():
    text = _OPENED.replace("أمس في افتتاح أعمال", "أمس في جلسة من جلسات")
    cards = extract_events(
        "water", text, title="دعوة عربية لترشيد استهلاك المياه", published="2015-07-20"
    )
    assert all(card.start_date != "2015-07-19" for card in cards)


_SPONSOR = (
    "كرم محافظ الطائف مساء أمس شركة الواحة للتأمين نظير رعايتها مهرجان الورد للتسوق بوصفها "
    "الراعي الرسمي للمهرجان للسنة الثالثة على التوالي، بحضور مديري الإدارات الحكومية.\n"
    "ويضم المهرجان الذي يقام في حديقة الملك فهد معرضا للأسر المنتجة وعروضا للأطفال.\n"
    "وقال مدير المهرجان إن مهرجان الورد للتسوق يستقبل زواره يوميا حتى نهاية أغسطس."
)


def test_how_many_years_in_a_row_is_no_part_of_the_name():
    found = [m.text for m in names.find_names(_SPONSOR)]
    assert not any("للسنة" in name for name in found), found


def test_the_event_keeps_its_name_beside_a_sponsors_years():
    cards = extract_events(
        "roses", _SPONSOR, title="محافظ الطائف يكرم شركة الواحة", published="2015-08-01"
    )
    assert [card.name for card in cards] == ["مهرجان الورد للتسوق"]


def test_a_preposition_written_apart_from_its_number_ends_the_name():
    text = "انطلاقة فعاليات ملتقى الشباب الريادي ب 15 فعالية علمية في مركز الأمير سلطان."
    assert [m.text for m in names.find_names(text)] == ["ملتقى الشباب الريادي"]
