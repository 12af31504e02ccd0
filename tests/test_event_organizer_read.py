"""Who organised an event no card names an organiser for, read from its report (from
articles nobody here tuned on).

"من نظم حفل المعايدة لمنسوبي وزارة …؟" got no answer: the report, of a reception the
ministry's undersecretary held, says the party was organised by its public relations
department ("في حفل معايدة نظمته إدارة الاتصال"), and no card was built from it. The organiser is now read as a person or a venue
is: the organiser the extractor reads in the whole article whose role is stated in the
sentence most like the question; a body noun alone ("المكتبة") is none.
"""

from __future__ import annotations

import assistant.events.reading as reading
from assistant.events.questions import parse_question
from tests.conftest import service_over

_JUSTICE = {
    "id": "justice",
    "title": "وكيل العدل يستقبل المهنئين",
    "date": "2015-07-23",
    "text": (
        "استقبل وكيل وزارة العدل الدكتور سامي الحربي أمس المهنئين بعيد الفطر من موظفي "
        "الوزارة، في حفل معايدة نظمته إدارة الاتصال المؤسسي بمبنى الوزارة في حي "
        "المربع.\nوتبادل الحضور التهاني."
    ),
}
_LIBRARY = (
    "تطلق مكتبة الملك فهد الوطنية غدا برنامج «حافلة الكتاب» في حي النسيم، والذي تنظمه "
    "المكتبة سنويا للأطفال.\nويستمر البرنامج أسبوعا."
)


def test_the_organiser_of_a_report_no_card_holds(tmp_path):
    service = service_over(tmp_path, [_JUSTICE])
    answer = service.ask("من نظم حفل المعايدة لمنسوبي وزارة العدل؟")
    assert answer.short_answer is not None, answer.answer
    assert "إدارة الاتصال المؤسسي" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["justice"]


def test_a_body_noun_alone_is_no_organiser():
    # "والذي تنظمه المكتبة": the noun alone names no body; nothing is read rather than it
    words = ["ينظم", "برنامج", "حافله", "الكتاب"]
    assert reading.organizer_phrase(words, ["library"], lambda _: _LIBRARY) is None


def test_the_partner_of_who_held_it_is_not_asked_as_the_organiser():
    # "مع من أقام" holds "من أقام", the organiser's cue; the partner's is read first
    for question in (
        "بالاشتراك مع من أقام المستشفى حفل معايدة المرضى؟",
        "بالتعاون مع من نظمت الجمعية الملتقى؟",
    ):
        assert parse_question(question, "ar").field == "partners", question
    assert parse_question("من أقام حفل معايدة المرضى؟", "ar").field == "organizers"
