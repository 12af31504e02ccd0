"""A play or a show is an event a question asks a person, a day or a count of: "من مؤلف
مسرحية «…»", "كم يوما تعرض مسرحية «…»" (from articles nobody here tuned on). "مسرحية" and
"عرض" were no activity, so the question asked no role and no article was read for it."""

from __future__ import annotations

from assistant.events.questions import parse_question
from tests.conftest import service_over

_PLAY = {
    "id": "play",
    "title": "فرقة مسرحية تعرض «بيت الجد» في الدمام",
    "date": "2015-08-06",
    "text": (
        "تعرض فرقة النخيل المسرحية اليوم الخميس مسرحية «بيت الجد» على مسرح جمعية الثقافة "
        "والفنون بالدمام، وتستمر ثلاثة أيام.\n"
        "وأوضح مخرج المسرحية سامي الدوسري أن العمل من تأليف الكاتب فهد العمري، ويشارك فيه "
        "12 ممثلا."
    ),
}


def test_a_play_asks_a_role():
    q = parse_question("من مؤلف مسرحية «بيت الجد» التي تعرضها فرقة النخيل في الدمام؟", "ar")
    assert q is not None and q.field == "person" and q.role[:1] == ["مءلف"], q


def test_a_show_asks_a_role():
    q = parse_question("من مخرج عرض «بيت الجد» في الدمام؟", "ar")
    assert q is not None and q.field == "person", q


def test_the_director_of_the_play_is_answered(tmp_path):
    service = service_over(tmp_path, [_PLAY])
    answer = service.ask("من مخرج مسرحية «بيت الجد» في الدمام؟")
    assert answer.short_answer is not None, answer.answer
    assert "سامي الدوسري" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["play"]


_SHOW = {
    "id": "show",
    "title": "عرض مسرح الشارع «درب القوافل» يفتتح سوق الطائف",
    "date": "2015-08-06",
    "text": (
        "بدأ فريق عمل عرض مسرح الشارع «درب القوافل» الذي تفتتح به فعاليات سوق الطائف "
        "بروفاته أمس.\n"
        "ويأتي العرض بقيادة المخرج خالد بن سعد الزهراني، بمعاونة 120 من الممثلين والفنيين."
    ),
}


def test_the_director_of_a_show_said_without_the_show(tmp_path):
    # the role is "مخرج عرض"; the report says "المخرج فلان" with the show named before
    service = service_over(tmp_path, [_SHOW])
    answer = service.ask("من مخرج عرض مسرح الشارع «درب القوافل» في سوق الطائف؟")
    assert answer.short_answer is not None, answer.answer
    assert "خالد بن سعد الزهراني" in answer.short_answer, answer.answer
