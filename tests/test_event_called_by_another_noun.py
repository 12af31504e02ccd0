"""An event the question calls by another event noun than the card of its town (from
articles nobody here tuned on).

"من أقام أمسية «كلنا الوطن» في أبها؟" was refused: no card knew the evening, and the only
card of Abha, a shopping festival's, was taken for it because the question named its town
and called what it asked about an event; that festival's article says nothing of the
evening. A card that holds none of the question's words but its places is now the event asked
about only when the question's event noun could name it: "مؤتمر" may call a "ملتقى", an
"أمسية" is no "مهرجان".

"من 2 شوال إلى 9 ذوالقعدة": a Hijri month written as one word was no month, and the card of
the festival had no dates.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "مهرجان تبوك الثالث للعسل يفتح أبوابه بعد العيد",
    "date": "2015-07-10",
    "text": (
        "تنطلق فعاليات مهرجان تبوك الثالث للعسل في ساحة الحديقة المركزية بتبوك، خلال "
        "الفترة من 2 شوال إلى 9 ذوالقعدة من العام الجاري.\n"
        "ويعرض النحالون في المهرجان أكثر من عشرين نوعا من العسل المحلي."
    ),
}
_EVENING = {
    "id": "evening",
    "title": "شعراء يتغنون بالوطن في تبوك",
    "date": "2015-07-11",
    "text": (
        "تغنى ثلاثة شعراء بالوطن في أمسية «نبض الشمال» التي أقامها نادي تبوك الأدبي "
        "مساء أمس على مسرح النادي.\n"
        "وقرأ الشعراء قصائد عن الجنود المرابطين على الحدود."
    ),
}


def test_an_evening_is_not_the_festival_of_its_town(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL, _EVENING])
    assert [c.sources for c in service.events()] == [["festival"]]
    for question in ("من أقام أمسية نبض الشمال في تبوك؟", "متى أقيمت الأمسية في تبوك؟"):
        answer = service.ask(question)
        assert not answer.refused, answer.answer
        assert [c.doc_id for c in answer.citations] == ["evening"], answer.answer
    assert answer.short_answer == "مساء أمس (10 يوليو 2015)"  # the day beside the words
    # the festival is still the one an "مهرجان" of its town asks about
    answer = service.ask("متى يقام المهرجان في تبوك؟")
    assert [c.doc_id for c in answer.citations] == ["festival"], answer.answer


@pytest.mark.parametrize(
    ("nouns", "name", "otherwise"),
    [
        ({"امسيه"}, "مهرجان تبوك للعسل", True),
        ({"مءتمر"}, "ملتقى تبوك الاقتصادي", False),  # meetings are called by each other's names
        ({"مهرجان"}, "المهرجان الثالث للعسل", False),
        ({"فعاليه"}, "مهرجان تبوك للعسل", False),  # any event is a "فعالية"
        (set(), "مهرجان تبوك للعسل", False),
        ({"امسيه"}, "Tabuk Honey Festival", False),  # a name with no Arabic noun says nothing
    ],
)
def test_which_nouns_call_which_events(nouns, name, otherwise):
    from assistant.events.questions import called_otherwise

    assert called_otherwise(nouns, name) is otherwise


def test_a_hijri_month_written_as_one_word():
    from ingest.events.dates import find_dates

    found = find_dates("تقام الأنشطة من 2 شوال إلى 9 ذوالقعدة هذا العام", "2015-07-24")
    assert [(m.start_date, m.end_date) for m in found] == [("2015-07-18", "2015-08-24")]
    found = find_dates("يقام الحفل يوم 12 ذيالحجة 1436هـ", None)
    assert [m.start_date for m in found] == ["2015-09-25"]


def test_the_festival_card_has_its_hijri_dates(tmp_path):
    service = service_over(tmp_path, [_FESTIVAL])
    (card,) = service.events()
    assert (card.start_date, card.end_date) == ("2015-07-18", "2015-08-24")
    answer = service.ask("متى يقام مهرجان تبوك الثالث للعسل؟")
    assert "ذوالقعدة" in (answer.short_answer or ""), answer.answer
