"""The town of an event no card places, read from the sentence most like the question (from
articles nobody here tuned on).

"في أي محافظة أقيم حفل تكريم منسوبي …؟" of a ceremony no card answers for (the question
calls the staff by another word than the card's name does) was answered with the sentence
alone; the town in it is written with a letter attached ("بالزلفي"), so the
answer never said the town. The town the gazetteer places in that sentence is now the short
answer.
"""

from __future__ import annotations

from tests.conftest import service_over

_CEREMONY = {
    "id": "ceremony",
    "title": "تكريم المعلمين المتميزين",
    "date": "2015-08-06",
    "text": (
        "أقامت مديرية الشؤون الصحية بالزلفي ممثلة في إدارة الرعاية الأولية حفل تكريم "
        "للعاملين بإدارة الرعاية الأولية، نظير ما بذلوه خلال العام.\n"
        "وتسلم المكرمون الدروع والشهادات."
    ),
}
_OTHER = {
    "id": "other",
    "title": "دورة للمعلمين في بريدة",
    "date": "2015-08-06",
    "text": (
        "نظمت إدارة التدريب التربوي في بريدة دورة للمعلمين الجدد في طرائق التدريس الحديثة.\n"
        "واستمرت الدورة ثلاثة أيام."
    ),
}


def _service(tmp_path):
    return service_over(tmp_path, [_CEREMONY, _OTHER])


def test_the_town_of_the_sentence_asked_about(tmp_path):
    answer = _service(tmp_path).ask("في أي محافظة أقيم حفل تكريم منسوبي إدارة الرعاية الأولية؟")
    assert answer.short_answer == "الزلفي", answer.answer
    assert [c.doc_id for c in answer.citations] == ["ceremony"]


def test_no_town_from_a_sentence_about_something_else(tmp_path):
    answer = _service(tmp_path).ask("في أي مدينة أقيم حفل تخريج طلاب كلية الطب؟")
    assert answer.short_answer not in ("الزلفي", "بريدة"), answer.answer
