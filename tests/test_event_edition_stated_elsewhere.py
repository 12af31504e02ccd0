"""A question about one edition that the library's cards hold only other editions of is not
refused when an article retrieval found says that edition (from articles nobody here tuned
on): "من استعرض … في اللقاء الثالث …" was refused because the one card named was the second
meeting's, while the report of the third meeting, carded or not, answers it."""

from __future__ import annotations

from tests.conftest import service_over

_SECOND = {
    "id": "second",
    "title": "اللقاء التعريفي الثاني بالانتخابات البلدية في تبوك",
    "date": "2015-08-04",
    "text": (
        "عقدت أمانة منطقة تبوك مساء أمس اللقاء التعريفي الثاني للمواطنين عن الانتخابات "
        "البلدية في قاعة الأمانة بتبوك بحضور 150 مواطنا."
    ),
}
_THIRD = {
    "id": "third",
    "title": "تعريف المواطنين بالانتخابات البلدية",
    "date": "2015-08-06",
    "text": (
        "واصلت اللجنة المحلية للانتخابات البلدية في تبوك لقاءاتها، وعرض في اللقاء الثالث "
        "منسق الانتخابات المهندس ماجد بن سالم العطوي قائمة الناخبين وقائمة المرشحين.\n"
        "وأجاب المنسق عن أسئلة الحضور حول مواعيد التسجيل."
    ),
}


def test_the_report_of_the_asked_edition_answers(tmp_path):
    service = service_over(tmp_path, [_SECOND, _THIRD])
    answer = service.ask(
        "من عرض قائمة الناخبين في اللقاء الثالث للتعريف بالانتخابات البلدية بتبوك؟"
    )
    assert not answer.refused, answer.answer
    assert "ماجد بن سالم العطوي" in answer.answer, answer.answer
    assert "third" in [c.doc_id for c in answer.citations]


def test_an_edition_no_article_states_is_still_refused(tmp_path):
    service = service_over(tmp_path, [_SECOND])
    answer = service.ask("أين عقد اللقاء التعريفي الخامس للانتخابات البلدية بتبوك؟")
    assert answer.refused, answer.answer
