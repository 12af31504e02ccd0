"""A day written as an ordinal word: "في الثالث من سبتمبر", "العاشر من هذا الشهر".

A "when" question is refused when no sentence near its words holds a date. The sentence
picker's date patterns read days in digits only, so "تقام المسيرة في الثالث من سبتمبر"
held no date to it and the question was refused, though the event extractor reads such days
(and resolves them). The picker now takes them from the extractor's reader, in a text with
no date in digits, beside the dates said relative to the day of publication. "الاحد"
without its hamza is a weekday as well.
"""

from __future__ import annotations

import pytest

from assistant.offline.extract import date_candidates
from tests.conftest import service_over


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("وتقيم الفرقة عرضها الجديد في الخامس من أكتوبر المقبل.", ["الخامس من أكتوبر المقبل"]),
        (
            "انطلق المخيم في العاشر من هذا الشهر على أن يختتم يوم الجمعة القادمة.",
            ["العاشر من هذا الشهر", "يوم الجمعة القادم"],
        ),
        ("وقال إن اللقاء الذي عقد اليوم (الاحد) كان مثمرا.", ["الاحد"]),
    ],
)
def test_days_written_in_words_are_dates(text, dates):
    assert [c.text for c in date_candidates(text, dated=True)] == dates


@pytest.mark.parametrize(
    "text", ["وهو الأول من نوعه في المنطقة.", "وحل الفريق في المركز الثالث من بين عشرين فريقا."]
)
def test_ordinals_of_no_month_are_not(text):
    assert date_candidates(text, dated=True) == []


def test_a_day_in_words_answers_when(tmp_path):
    article = {
        "id": "parade",
        "title": "عرض جوي في ذكرى تأسيس القوات الجوية",
        "date": "2015-08-02",
        "text": (
            "أعلنت أمانة العاصمة أنها ستغلق بعض الطرق المؤدية إلى ساحة العرض في العاصمة "
            "عندما تقيم القوات الجوية عرضا جويا في الثالث من سبتمبر في ذكرى تأسيسها. "
            "وسيغلق المطار الرئيسي ثلاث ساعات خلال العرض."
        ),
    }
    service = service_over(tmp_path, [article], event_answers=False)
    answer = service.ask("متى تقيم القوات الجوية عرضها الجوي في ذكرى تأسيسها؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "الثالث من سبتمبر", answer.answer
    assert answer.citations[0].doc_id == "parade"
