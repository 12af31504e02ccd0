"""A camp is an activity a question asks a count, a day or a person of (from articles nobody
here tuned on; the sentences are invented).

"كم شخصاً … في مخيم …؟" was left to the sentence picker, which gave another count of the
same noun from the camp's report; "مخيم" and "معسكر" now name an activity, so the count
said with the question's words is read.
"""

from __future__ import annotations

from tests.conftest import service_over

_CAMP = {
    "id": "camp",
    "title": "حصاد مخيم النور لإفطار الصائمين",
    "date": "2031-07-20",
    "text": (
        "اختتم مخيم النور الثالث لإفطار الصائمين بمحافظة الخفجي أعماله بعد شهر حافل بالبرامج "
        "الدعوية للجاليات.\n"
        "ونظم المخيم صلاة العيد ومعايدة للجاليات حضرها 2400 شخصا من جنسيات مختلفة.\n"
        "وأوضح مدير المخيم أن حصيلة الشهر شملت إسلام 86 شخصا من العمالة الوافدة، وتوزيع 90 "
        "ألف وجبة إفطار، وإلقاء 300 محاضرة توعوية."
    ),
}
_TRIP = {
    "id": "trip",
    "title": "رحلة طلابية إلى الأحساء",
    "date": "2031-07-21",
    "text": (
        "نظمت إدارة التعليم بالخفجي رحلة للطلاب المتفوقين إلى الأحساء شارك فيها 40 طالبا، "
        "وزاروا خلالها عددا من المواقع التاريخية."
    ),
}


def test_a_count_asked_of_a_camp_is_read_with_the_questions_words(tmp_path):
    service = service_over(tmp_path, [_CAMP, _TRIP])
    answer = service.ask("كم شخصا أسلم في مخيم النور الثالث لإفطار الصائمين بالخفجي؟")
    assert "86" in (answer.short_answer or ""), answer.answer
    assert "2400" not in (answer.short_answer or ""), answer.answer
    assert [c.doc_id for c in answer.citations][:1] == ["camp"]


def test_camp_and_training_camp_name_an_activity():
    from assistant.events.questions import mentions_an_activity

    assert mentions_an_activity("كم عدد المشاركين في المخيم الصيفي؟")
    assert mentions_an_activity("متى ينطلق معسكر المنتخب؟")
    assert not mentions_an_activity("كم عدد سكان المدينة؟")
