"""A question about something no card knows is not answered with a list of the library's
events (from articles nobody here tuned on).

"من المدير العام لشركة … الذي تحدث عن ندوات …؟" was read as "list the seminars in the
Kingdom", and "في أي المدن عقدت شركة … ندوات …؟" listed every seminar of the library: the
company's own report, which no card is built from, was never read. A "من ال…" question asks
a person; a list whose question names much that no card holds lists nothing. Invented text.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.events.questions import FIELD, LIST, parse_question
from tests.conftest import service_over

_SEMINAR = {
    "id": "seminar",
    "title": "ندوة الأمن المائي في جدة",
    "date": "2015-07-20",
    "text": (
        "نظمت الغرفة التجارية بجدة مساء أمس ندوة الأمن المائي الأولى في فندق الشاطئ بجدة "
        "بمشاركة 12 متحدثا من خبراء المياه."
    ),
}
_COMPANY = {
    "id": "company",
    "title": "شركة النخيل للأنظمة الهندسية تعرض حلولها",
    "date": "2015-07-22",
    "text": (
        'شارك أكثر من 60 مهندسا في ندوات قدمتها شركة "النخيل" للأنظمة الهندسية في كل من '
        "الدمام وأبها خلال الشهر الماضي لعرض تقنيات العزل الحراري.\n"
        'ويقول سامر حداد المدير العام لشركة "النخيل" للأنظمة الهندسية في المملكة إن الإقبال '
        "فاق التوقعات."
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("who"), [_SEMINAR, _COMPANY])


def test_a_who_question_is_no_list_of_events():
    q = parse_question(
        "من المدير العام لشركة النخيل للأنظمة الهندسية في المملكة الذي تحدث عن ندوات العزل؟",
        "ar",
        date(2015, 7, 25),
    )
    assert q is None or q.intent == FIELD, q


def test_the_company_report_answers_who(service):
    answer = service.ask(
        "من المدير العام لشركة النخيل للأنظمة الهندسية في المملكة الذي تحدث عن ندوات العزل؟"
    )
    assert "سامر حداد" in answer.answer, answer.answer
    assert "ندوة الأمن المائي" not in answer.answer, answer.answer


def test_no_list_answers_what_no_card_knows(service):
    answer = service.ask("في أي المدن قدمت شركة النخيل للأنظمة الهندسية ندوات العزل الحراري؟")
    assert "ندوة الأمن المائي" not in answer.answer, answer.answer
    assert "company" in [c.doc_id for c in answer.citations], answer.answer


def test_a_list_of_what_cards_hold_still_lists(service):
    # (guard) the seminars held in Jeddah are still listed
    q = parse_question("ما الندوات التي تعقد في جدة؟", "ar", date(2015, 7, 25))
    assert q is not None and q.intent == LIST
    answer = service.ask("ما الندوات التي تعقد في جدة؟")
    assert "ندوة الأمن المائي" in answer.answer, answer.answer
