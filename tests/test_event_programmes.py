"""Training and summer programmes as events (from articles nobody here tuned on; the
sentences are invented in the style of Saudi news).

"برنامج" was no event noun, so a training programme held in a town on given days made no
card, and questions about it fell to the sentence picker. It is a course now when its first
words call it a training, qualifying or summer programme; a broadcast, a plan or an app is
not one.
"""

from __future__ import annotations

from ingest.events import names
from ingest.events.extract import extract_events


def _names(text: str) -> list[str]:
    return [m.text for m in names.find_names(text)]


def test_a_training_programme_held_abroad_makes_a_card():
    text = (
        "تنفذ أكاديمية الدراسات الأمنية بالتعاون مع وزارة الداخلية الإيطالية خلال الفترة من 3 إلى "
        "14 سبتمبر 2031م، في مدينة بولونيا الإيطالية، أعمال البرنامج التدريبي «كشف التزييف في "
        "الأختام الرسمية».\nويستفيد من البرنامج التدريبي منسوبو الأجهزة الأمنية."
    )
    cards = extract_events(
        "x", text, title="الأكاديمية تنظم برنامجا تدريبيا في بولونيا", published="2031-08-30"
    )
    assert [(c.name, c.kind) for c in cards] == [
        ("البرنامج التدريبي «كشف التزييف في الأختام الرسمية»", "course")
    ]
    assert cards[0].city == "بولونيا"
    assert (cards[0].start_date, cards[0].end_date) == ("2031-09-03", "2031-09-14")


def test_a_programme_is_one_people_attend_when_its_first_words_say_so():
    assert _names("اختتم أمس برنامج الفرسان التدريبي في مركز الأبحاث بالدمام") == [
        "برنامج الفرسان التدريبي"
    ]
    assert _names("ينطلق غدا برنامج نجوم الصيفي للطلاب الموهوبين") == [
        "برنامج نجوم الصيفي للطلاب الموهوبين"
    ]


def test_a_broadcast_a_plan_or_an_app_is_no_programme():
    assert _names("يقدم المذيع برنامج «صباح الخير» على القناة الأولى") == []
    assert _names("أطلقت الوزارة برنامج التحول الوطني لخفض الإنفاق") == []
    assert _names("حملت الأسرة برنامج المحادثة على هواتفها") == []


def test_how_an_event_began_is_no_part_of_its_name():
    # "بكلمة ترحيبية" ran into the name of the event it opened
    assert _names("واستهلت الندوة العلمية بكلمة ترحيبية لمدير الإدارة") == ["الندوة العلمية"]
    assert _names("وبدأ حفل المعايدة بتلاوة آيات من القرآن الكريم") == ["حفل المعايدة"]


def test_the_screen_lets_a_training_programme_through_and_not_a_broadcast():
    assert names.has_head("اختتم البرنامج التأهيلي للمعلمين أمس")
    assert names.has_head("تنظم الجمعية برنامجا تدريبيا للشباب")
    assert not names.has_head("يقدم المذيع برنامج «صباح الخير» على القناة الأولى")
