"""A question that counts or asks of a plural noun about one named thing is a question about
that thing, not about the library's events (from articles nobody here tuned on).

"كم عدد الفعاليات التي تتضمنها حملة «…»؟" was counted as a question over all events and got
"1" with a conference listed; "من ينظم الدورات التدريبية … في غرفة أبها؟" was read as a list of
courses by their organiser, found no card, and refused although the report says who.
"""

from __future__ import annotations

from tests.conftest import service_over

_CAMPAIGN = {
    "id": "campaign",
    "title": "حملة توعوية في خمس مدن",
    "date": "2015-08-02",
    "text": (
        "تواصل جمعية الصحة الأهلية حملتها التوعوية تحت شعار «صحتك أولا» وتتضمن 45 فعالية "
        "متنوعة في خمس مدن هي تبوك وجدة والطائف والخبر وبريدة.\n"
        "وتستهدف الحملة طلاب المدارس وأسرهم، وتستمر حتى نهاية الشهر الجاري."
    ),
}
_COURSES = {
    "id": "courses",
    "title": "دورات صيفية للشباب في غرفة تبوك",
    "date": "2015-08-02",
    "text": (
        "تستهدف غرفة تبوك هذا الصيف شباب وفتيات منطقة تبوك بالدورات التدريبية التي ينظمها "
        "مركز التأهيل المهني، حيث أوضح أمين عام الغرفة سالم العنزي أن التسجيل مفتوح.\n"
        "وتشمل الدورات مهارات الحاسب الآلي وخدمة العملاء."
    ),
}
_CONFERENCE = {
    "id": "conference",
    "title": "مؤتمر طبي في الدمام",
    "date": "2015-08-02",
    "text": (
        "تنطلق في الدمام الأربعاء المقبل أعمال المؤتمر الثالث لطب الأسرة بمشاركة 300 طبيب.\n"
        "ويناقش المؤتمر على مدى يومين الرعاية الأولية."
    ),
}


def _service(tmp_path):
    service = service_over(tmp_path, [_CAMPAIGN, _COURSES, _CONFERENCE])
    # the scene: the conference is a card, the campaign and the courses are not
    assert {c.sources[0] for c in service.events()} == {"conference"}
    return service


def test_a_count_of_what_a_quoted_campaign_holds_is_its_figure(tmp_path):
    service = _service(tmp_path)
    answer = service.ask("كم عدد الفعاليات التي تتضمنها حملة «صحتك أولا»؟")
    assert answer.short_answer is not None, answer.answer
    assert "45" in answer.short_answer, answer.answer
    assert "المؤتمر الثالث لطب الأسرة" not in answer.answer
    assert [c.doc_id for c in answer.citations] == ["campaign"]


def test_a_count_of_events_is_still_a_count(tmp_path):
    service = _service(tmp_path)
    answer = service.ask("كم عدد المؤتمرات التي تعقد في الدمام؟")
    assert answer.short_answer == "1", answer.answer
    assert [c.doc_id for c in answer.citations] == ["conference"]


def test_who_holds_courses_no_card_lists_is_read_from_their_report(tmp_path):
    service = _service(tmp_path)
    answer = service.ask("من ينظم الدورات التدريبية الصيفية لشباب منطقة تبوك في غرفة تبوك؟")
    assert not answer.refused, answer.answer
    assert "مركز التأهيل المهني" in answer.answer
    assert [c.doc_id for c in answer.citations] == ["courses"]
