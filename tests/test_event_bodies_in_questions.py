"""A question that names a body by its country's adjective, about an event no card holds.

"أين أقيم حفل تخريج طلاب الأكاديمية السعودية للعلوم الصحية؟": "السعودية" says whose the
academy is, not where the ceremony is. Read as a place, it named a card of another Saudi event
(an exhibition whose only word in common is the country), whose articles said nothing of the
ceremony, and the answer was a refusal. A nisba adjective after a body's head noun describes
the body; and a ceremony ("حفل") names its event in the words after it, so a card that holds
none of them is not the event asked about: the ceremony is read from the articles retrieval
found.
"""

from __future__ import annotations

from tests.conftest import service_over

_EXHIBITION = {
    "id": "expo",
    "title": "افتتاح معرض الكتاب المدرسي في جدة",
    "date": "2016-04-02",
    "text": (
        "افتتح أمير المنطقة أمس معرض الكتاب المدرسي الذي تنظمه إدارة التعليم بجدة، "
        "ويستمر أسبوعا في مركز المعارض بمشاركة 40 دار نشر من المملكة العربية السعودية.\n"
        "وقال مدير المعرض إن الزوار يجدون فيه آلاف العناوين للطلاب والمعلمين."
    ),
}
_CEREMONY = {
    "id": "graduation",
    "title": "تخريج 90 طالبا من أكاديمية العلوم الصحية",
    "date": "2016-04-03",
    "text": (
        "احتفت الأكاديمية السعودية للعلوم الصحية مساء أمس بتخريج 90 طالبا من برامج الدبلوم، "
        "بحضور وكيل الوزارة وعدد من أولياء الأمور، وذلك بقاعة الأمير فيصل في مدينة الدمام.\n"
        "وتسلم الخريجون شهاداتهم في تخصصات التمريض والمختبرات."
    ),
}


def test_a_ceremony_of_a_saudi_body_is_read_from_its_article_not_refused(tmp_path):
    service = service_over(tmp_path, [_EXHIBITION, _CEREMONY])
    assert [c.name for c in service.events()] == ["معرض الكتاب المدرسي"]
    answer = service.ask("أين أقيم حفل تخريج طلاب الأكاديمية السعودية للعلوم الصحية؟")
    assert not answer.refused, answer.answer
    assert [c.doc_id for c in answer.citations] == ["graduation"]
    assert "قاعة الأمير فيصل" in answer.answer


def test_the_country_places_an_event_and_a_bodys_adjective_does_not(tmp_path):
    # (guard) "في السعودية" after a preposition is the country the event is held in
    from assistant.events.match import question_words

    service = service_over(tmp_path, [_EXHIBITION])
    qwords = question_words("ما المعارض التي تقام في السعودية؟", "ar", service.events())
    assert any("سعود" in w for w in qwords.places)
    qwords = question_words("ما المعارض التي تنظمها الهيئة السعودية للمعارض؟", "ar", [])
    assert not qwords.places
