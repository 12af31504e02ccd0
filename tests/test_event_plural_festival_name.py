"""A festival named with a plural noun is one event, not a list (from articles nobody here
tuned on; the sentences are invented).

"متى أحيت المطربة حفلها في مهرجانات … الدولية؟" was read as "list the festivals by date",
and the answer was the library's events in date order. A bare "مهرجانات" before a name's
word (a town's, not an adjective, a definite word or "في") names one event; "ما المهرجانات
التي …" and "مهرجانات صيفية" still list.
"""

from __future__ import annotations

from assistant.events.questions import LIST, parse_question
from tests.conftest import service_over

_CONCERT = {
    "id": "concert",
    "title": "سلمى نور تغني في زحلة",
    "date": "2031-08-03",
    "text": (
        "أحيت المطربة سلمى نور حفلها في «مهرجانات زحلة الدولية» مساء أول من أمس، أمام ثلاثة "
        "آلاف متفرج ملأوا المدرج الروماني.\n"
        "وقدمت المطربة خلال الحفل عشرين أغنية من ألبومها الجديد، ورافقتها فرقة من أربعين عازفا."
    ),
}
_FAIR = {
    "id": "fair",
    "title": "معرض الكتاب يفتح أبوابه",
    "date": "2031-08-01",
    "text": (
        "افتتح معرض الكتاب الدولي في بيروت أمس دورته الخامسة بمشاركة 200 دار نشر من 20 دولة، "
        "ويستمر المعرض حتى العاشر من أغسطس."
    ),
}


def test_a_plural_festival_before_a_name_asks_one_event():
    question = parse_question("متى أحيت سلمى نور حفلها في مهرجانات زحلة الدولية؟", "ar")
    assert question is not None and question.intent != LIST


def test_festivals_in_general_are_still_listed():
    for text in ("ما المهرجانات التي تقام في لبنان؟", "متى تقام مهرجانات صيفية في زحلة؟"):
        question = parse_question(text, "ar")
        assert question is not None and question.intent == LIST, text


def test_the_concert_date_is_answered_from_its_report(tmp_path):
    service = service_over(tmp_path, [_CONCERT, _FAIR])
    answer = service.ask("متى أحيت سلمى نور حفلها في مهرجانات زحلة الدولية؟")
    assert "بحسب التاريخ" not in answer.answer, answer.answer
    assert "أول من أمس" in answer.answer, answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["concert"]
