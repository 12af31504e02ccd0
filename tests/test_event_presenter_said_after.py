"""Who gave a workshop or a lecture when the report names it long before "قدمها"/"يلقيها",
and which of several lectures the question means (from articles nobody here tuned on).

"ورشة عمل … للشباب المهتمين بالسرد (القصة- الرواية) قدمها القاص …": the workshop was named
more than five words before the verb, so its presenter was not read. A programme listing
lectures, each "محاضرة بعنوان: (…) يلقيها فلان", is read for the lecture whose title the
question gives.
"""

from __future__ import annotations

from tests.conftest import service_over

_WORKSHOP = {
    "id": "workshop",
    "title": "ورشة للكتابة المسرحية في أدبي الطائف",
    "date": "2015-08-06",
    "text": (
        "أقام نادي الطائف الأدبي ورشة عمل الكتابة المسرحية للشباب المهتمين بفنون الخشبة "
        "(النص- الحوار- الشخصيات) قدمها الكاتب سامي الغامدي، وهدفت الورشة إلى صقل "
        "المواهب الشابة.\nوشارك فيها 25 متدربا."
    ),
}
_FORUM = {
    "id": "forum",
    "title": "برنامج ملتقى الأسرة في حائل",
    "date": "2015-08-06",
    "text": (
        "ينطلق ملتقى الأسرة السنوي في حائل يوم الأحد المقبل في قاعة الأمير سعود، ويبدأ "
        "البرنامج بمحاضرة بعنوان: (حقوق الطفل في الإسلام) يلقيها الشيخ أحمد العمري، "
        "يتبعها محاضرة بعنوان: (تربية الأبناء في العصر الرقمي) يلقيها الدكتور خالد "
        "الزهراني، ثم محاضرة بعنوان: (الحوار بين الزوجين) يلقيها الأستاذ فهد الشمري.\n"
        "ويستمر الملتقى ثلاثة أيام."
    ),
}


def _service(tmp_path):
    return service_over(tmp_path, [_WORKSHOP, _FORUM])


def test_the_presenter_named_long_after_the_workshop(tmp_path):
    answer = _service(tmp_path).ask("من قدم ورشة عمل الكتابة المسرحية في نادي الطائف الأدبي؟")
    assert answer.short_answer is not None, answer.answer
    assert "سامي الغامدي" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["workshop"]


def test_the_lecture_whose_title_the_question_gives(tmp_path):
    answer = _service(tmp_path).ask(
        "من يلقي محاضرة (تربية الأبناء في العصر الرقمي) في ملتقى الأسرة؟"
    )
    assert answer.short_answer is not None, answer.answer
    assert "خالد الزهراني" in answer.short_answer, answer.answer
    assert [c.doc_id for c in answer.citations] == ["forum"]
