"""Who opened an event no card holds, read from "افتتح <role> <body> <name> <event>" (from
articles nobody here tuned on).

"من افتتح معرض … بغرفة الشرقية؟" over "وافتتح رئيس غرفة <المنطقة> <اسمه> المعرض":
the opener was read as "رئيس غرفة الشرقية" and dropped, for its body's words are the
question's. And "افتتح مدير جامعة … الدكتور … صباح اليوم الأحد الندوة" named the seminar
too far from the verb (the name is long). The role, its body and the name are now one opener,
the name ending at the event's word, and the event may follow a long name and its time.
"""

from __future__ import annotations

from tests.conftest import service_over

_EXHIBITION = {
    "id": "exhibition",
    "title": "شركات يابانية تعرض تقنياتها في تبوك",
    "date": "2015-07-24",
    "text": (
        "عرضت مجموعة من الشركات اليابانية اليوم أحدث الآلات الزراعية في معرض للمعدات تنظمه "
        "غرفة تبوك بمقرها.\n"
        "وافتتح رئيس غرفة تبوك سلمان بن فهد الحربي المعرض بحضور عدد من رجال الأعمال."
    ),
}
_SEMINAR = {
    "id": "seminar",
    "title": "ندوة عن التطوع في جامعة تبوك",
    "date": "2015-07-26",
    "text": (
        "افتتح وكيل جامعة تبوك للشؤون التعليمية الدكتور خالد بن سعد العمري صباح اليوم الأحد "
        "الندوة التي نظمها نادي التطوع بالجامعة بعنوان «التطوع طريق النجاح».\n"
        "وشارك في الندوة عدد من المتطوعين من مختلف مناطق المملكة."
    ),
}


def test_the_role_and_its_body_go_with_the_name(tmp_path):
    service = service_over(tmp_path, [_EXHIBITION])
    answer = service.ask("من افتتح معرض المعدات الزراعية بغرفة تبوك؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "رئيس غرفة تبوك سلمان بن فهد الحربي", answer.answer


def test_the_event_after_a_long_name(tmp_path):
    service = service_over(tmp_path, [_SEMINAR])
    answer = service.ask("من افتتح ندوة التطوع طريق النجاح؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and "خالد بن سعد العمري" in answer.short_answer
    assert "صباح" not in answer.short_answer
