"""Who opened an event when a long role comes before the opener's name: "الدورة التي
افتتحها وكيل مدير عام الخدمات الطبية بمنطقة … للشؤون الوقائية الدكتور فلان بن فلان الفلاني"
(from articles nobody here tuned on).

A person phrase is read over at most twelve words; the role took them all, and the card's
opener was "الدكتور سالم بن". The name after the title now runs on to its end.
"""

from __future__ import annotations

from ingest.events.extract import extract_events
from tests.conftest import service_over

_COURSE = {
    "id": "course",
    "title": "دورة تدريبية في مكافحة العدوى بصحة حائل",
    "date": "2015-08-06",
    "text": (
        "اختتمت إدارة الصحة العامة بصحة حائل أمس أعمال الدورة التدريبية الأولى في مكافحة "
        "العدوى بالمستشفيات.\n"
        "وشهدت الدورة التي افتتحها وكيل مدير عام الخدمات الطبية بمنطقة حائل للشؤون "
        "الوقائية الدكتور سالم بن مرزوق العنزي بمشاركة 60 متدربا من المستشفيات."
    ),
}
_FAIR = {
    "id": "fair",
    "title": "معرض للكتاب المستعمل في تبوك",
    "date": "2015-08-06",
    "text": (
        "نظمت مكتبة تبوك العامة معرض الكتاب المستعمل الثاني بمشاركة 15 دار نشر.\n"
        "وكان المعرض الذي زاره أكثر من ألف زائر قد افتتحه وكيل الإمارة يوسف الحربي."
    ),
}


def test_the_opener_after_a_long_role(tmp_path):
    service = service_over(tmp_path, [_COURSE, _FAIR])
    answer = service.ask("من افتتح الدورة التدريبية الأولى في مكافحة العدوى بحائل؟")
    assert answer.short_answer is not None, answer.answer
    assert "سالم بن مرزوق العنزي" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["course"]


def test_a_relative_verb_without_the_event_as_object_keeps_the_name_before(tmp_path):
    text = (
        "وأكد أن وكيل الإمارة يوسف الحربي الذي سيدشن المعرض الثالث للكتاب المستعمل غدا "
        "سيتجول في أجنحته."
    )
    fair = {**_FAIR, "text": _FAIR["text"].split("\n")[0] + "\n" + text}
    service = service_over(tmp_path, [fair])
    answer = service.ask("من سيدشن معرض الكتاب المستعمل في تبوك؟")
    assert answer.short_answer is not None, answer.answer
    assert "يوسف الحربي" in answer.short_answer, answer.answer


def test_the_card_holds_the_whole_name_after_a_long_role():
    cards = extract_events("course", _COURSE["text"], _COURSE["title"], _COURSE["date"])
    assert [p.name for c in cards for p in c.people] == ["الدكتور سالم بن مرزوق العنزي"]
