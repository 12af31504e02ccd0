"""Where an event is held, in the article's words when it says the venue and its town
together ("بقاعة … بالدرعية"): the town stays with the venue as written rather than after
a comma (from articles nobody here tuned on)."""

from __future__ import annotations

from tests.conftest import service_over

_COURSE = {
    "id": "course",
    "title": "دورة تدريبية في مكافحة العدوى",
    "date": "2015-08-06",
    "text": (
        "انطلقت أمس أعمال الدورة التدريبية الأولى بعنوان «مكافحة العدوى في المستشفيات» "
        "بقاعة محاضرات مركز الأمير فيصل النموذجي بالدرعية، ويشرف عليها قسم التدريب.\n"
        "ويشارك في الدورة 40 متدربا من المستشفيات."
    ),
}
_FAIR = {
    "id": "fair",
    "title": "معرض للكتاب المستعمل في تبوك",
    "date": "2015-08-06",
    "text": (
        "افتتح وكيل الإمارة يوسف الحربي أمس معرض الكتاب المستعمل الثاني في قاعة المعارض "
        "بمركز الملك عبدالعزيز الثقافي، ويستمر المعرض في تبوك أسبوعا."
    ),
}


def test_the_venue_and_its_town_as_written(tmp_path):
    service = service_over(tmp_path, [_COURSE, _FAIR])
    answer = service.ask("أين أقيمت الدورة التدريبية «مكافحة العدوى في المستشفيات»؟")
    assert answer.short_answer is not None, answer.answer
    assert answer.short_answer.startswith("قاعة محاضرات مركز الأمير فيصل النموذجي بالدرعية"), (
        answer.short_answer
    )
    assert [c.doc_id for c in answer.citations] == ["course"]


def test_a_town_said_apart_from_the_venue_follows_it(tmp_path):
    service = service_over(tmp_path, [_COURSE, _FAIR])
    answer = service.ask("أين يقام معرض الكتاب المستعمل الثاني في تبوك؟")
    assert answer.short_answer is not None, answer.answer
    assert "بتبوك" not in answer.short_answer
    assert "تبوك" in answer.short_answer, answer.short_answer
